package dev.responds;

/**
 * Named HTTP status codes, so that {@code @Responds(Status.CREATED)} (or, statically imported,
 * {@code @Responds(CREATED)}) reads well. Each constant has the name and the value of its
 * {@link StatusCode} catalogue entry.
 */
public final class Status {
  private Status() {}

  /** 100 Continue. */
  public static final int CONTINUE = 100;

  /** 101 Switching Protocols. */
  public static final int SWITCHING_PROTOCOLS = 101;

  /** 102 Processing. */
  public static final int PROCESSING = 102;

  /** 103 Early Hints. */
  public static final int EARLY_HINTS = 103;

  /** 104 Upload Resumption Supported. */
  public static final int UPLOAD_RESUMPTION_SUPPORTED = 104;

  /** 200 OK. */
  public static final int OK = 200;

  /** 201 Created. */
  public static final int CREATED = 201;

  /** 202 Accepted. */
  public static final int ACCEPTED = 202;

  /** 203 Non-Authoritative Information. */
  public static final int NON_AUTHORITATIVE_INFORMATION = 203;

  /** 204 No Content. */
  public static final int NO_CONTENT = 204;

  /** 205 Reset Content. */
  public static final int RESET_CONTENT = 205;

  /** 206 Partial Content. */
  public static final int PARTIAL_CONTENT = 206;

  /** 207 Multi-Status. */
  public static final int MULTI_STATUS = 207;

  /** 208 Already Reported. */
  public static final int ALREADY_REPORTED = 208;

  /** 218 This is fine (Apache). */
  public static final int THIS_IS_FINE = 218;

  /** 226 IM Used. */
  public static final int IM_USED = 226;

  /** 300 Multiple Choices. */
  public static final int MULTIPLE_CHOICES = 300;

  /** 301 Moved Permanently. */
  public static final int MOVED_PERMANENTLY = 301;

  /** 302 Found. */
  public static final int FOUND = 302;

  /** 303 See Other. */
  public static final int SEE_OTHER = 303;

  /** 304 Not Modified. */
  public static final int NOT_MODIFIED = 304;

  /** 305 Use Proxy. */
  public static final int USE_PROXY = 305;

  /** 306 (Unused). */
  public static final int UNUSED = 306;

  /** 307 Temporary Redirect. */
  public static final int TEMPORARY_REDIRECT = 307;

  /** 308 Permanent Redirect. */
  public static final int PERMANENT_REDIRECT = 308;

  /** 400 Bad Request. */
  public static final int BAD_REQUEST = 400;

  /** 401 Unauthorized. */
  public static final int UNAUTHORIZED = 401;

  /** 402 Payment Required. */
  public static final int PAYMENT_REQUIRED = 402;

  /** 403 Forbidden. */
  public static final int FORBIDDEN = 403;

  /** 404 Not Found. */
  public static final int NOT_FOUND = 404;

  /** 405 Method Not Allowed. */
  public static final int METHOD_NOT_ALLOWED = 405;

  /** 406 Not Acceptable. */
  public static final int NOT_ACCEPTABLE = 406;

  /** 407 Proxy Authentication Required. */
  public static final int PROXY_AUTHENTICATION_REQUIRED = 407;

  /** 408 Request Timeout. */
  public static final int REQUEST_TIMEOUT = 408;

  /** 409 Conflict. */
  public static final int CONFLICT = 409;

  /** 410 Gone. */
  public static final int GONE = 410;

  /** 411 Length Required. */
  public static final int LENGTH_REQUIRED = 411;

  /** 412 Precondition Failed. */
  public static final int PRECONDITION_FAILED = 412;

  /** 413 Content Too Large. */
  public static final int CONTENT_TOO_LARGE = 413;

  /** 414 URI Too Long. */
  public static final int URI_TOO_LONG = 414;

  /** 415 Unsupported Media Type. */
  public static final int UNSUPPORTED_MEDIA_TYPE = 415;

  /** 416 Range Not Satisfiable. */
  public static final int RANGE_NOT_SATISFIABLE = 416;

  /** 417 Expectation Failed. */
  public static final int EXPECTATION_FAILED = 417;

  /** 418 I'm a teapot. */
  public static final int IM_A_TEAPOT = 418;

  /** 419 Page Expired (Laravel). */
  public static final int PAGE_EXPIRED = 419;

  /** 420 Enhance Your Calm (Twitter). */
  public static final int ENHANCE_YOUR_CALM = 420;

  /** 421 Misdirected Request. */
  public static final int MISDIRECTED_REQUEST = 421;

  /** 422 Unprocessable Content. */
  public static final int UNPROCESSABLE_CONTENT = 422;

  /** 423 Locked. */
  public static final int LOCKED = 423;

  /** 424 Failed Dependency. */
  public static final int FAILED_DEPENDENCY = 424;

  /** 425 Too Early. */
  public static final int TOO_EARLY = 425;

  /** 426 Upgrade Required. */
  public static final int UPGRADE_REQUIRED = 426;

  /** 428 Precondition Required. */
  public static final int PRECONDITION_REQUIRED = 428;

  /** 429 Too Many Requests. */
  public static final int TOO_MANY_REQUESTS = 429;

  /** 430 Request Header Fields Too Large (Shopify) (Shopify). */
  public static final int SHOPIFY_REQUEST_HEADER_FIELDS_TOO_LARGE = 430;

  /** 431 Request Header Fields Too Large. */
  public static final int REQUEST_HEADER_FIELDS_TOO_LARGE = 431;

  /** 440 Login Time-out (Microsoft). */
  public static final int LOGIN_TIME_OUT = 440;

  /** 444 No Response (Nginx). */
  public static final int NO_RESPONSE = 444;

  /** 449 Retry With (Microsoft). */
  public static final int RETRY_WITH = 449;

  /** 450 Blocked by Windows Parental Controls (Microsoft). */
  public static final int BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS = 450;

  /** 451 Unavailable For Legal Reasons. */
  public static final int UNAVAILABLE_FOR_LEGAL_REASONS = 451;

  /** 494 Request Header Too Large (Nginx). */
  public static final int REQUEST_HEADER_TOO_LARGE = 494;

  /** 495 SSL Certificate Error (Nginx). */
  public static final int SSL_CERTIFICATE_ERROR = 495;

  /** 496 SSL Certificate Required (Nginx). */
  public static final int SSL_CERTIFICATE_REQUIRED = 496;

  /** 497 HTTP Request Sent to HTTPS Port (Nginx). */
  public static final int HTTP_REQUEST_SENT_TO_HTTPS_PORT = 497;

  /** 498 Invalid Token (Esri). */
  public static final int INVALID_TOKEN = 498;

  /** 499 Client Closed Request (Nginx). */
  public static final int CLIENT_CLOSED_REQUEST = 499;

  /** 500 Internal Server Error. */
  public static final int INTERNAL_SERVER_ERROR = 500;

  /** 501 Not Implemented. */
  public static final int NOT_IMPLEMENTED = 501;

  /** 502 Bad Gateway. */
  public static final int BAD_GATEWAY = 502;

  /** 503 Service Unavailable. */
  public static final int SERVICE_UNAVAILABLE = 503;

  /** 504 Gateway Timeout. */
  public static final int GATEWAY_TIMEOUT = 504;

  /** 505 HTTP Version Not Supported. */
  public static final int HTTP_VERSION_NOT_SUPPORTED = 505;

  /** 506 Variant Also Negotiates. */
  public static final int VARIANT_ALSO_NEGOTIATES = 506;

  /** 507 Insufficient Storage. */
  public static final int INSUFFICIENT_STORAGE = 507;

  /** 508 Loop Detected. */
  public static final int LOOP_DETECTED = 508;

  /** 509 Bandwidth Limit Exceeded (Apache/cPanel). */
  public static final int BANDWIDTH_LIMIT_EXCEEDED = 509;

  /** 510 Not Extended. */
  public static final int NOT_EXTENDED = 510;

  /** 511 Network Authentication Required. */
  public static final int NETWORK_AUTHENTICATION_REQUIRED = 511;

  /** 520 Web Server Returned an Unknown Error (Cloudflare). */
  public static final int WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR = 520;

  /** 521 Web Server Is Down (Cloudflare). */
  public static final int WEB_SERVER_IS_DOWN = 521;

  /** 522 Connection Timed Out (Cloudflare). */
  public static final int CONNECTION_TIMED_OUT = 522;

  /** 523 Origin Is Unreachable (Cloudflare). */
  public static final int ORIGIN_IS_UNREACHABLE = 523;

  /** 524 A Timeout Occurred (Cloudflare). */
  public static final int A_TIMEOUT_OCCURRED = 524;

  /** 525 SSL Handshake Failed (Cloudflare). */
  public static final int SSL_HANDSHAKE_FAILED = 525;

  /** 526 Invalid SSL Certificate (Cloudflare). */
  public static final int INVALID_SSL_CERTIFICATE = 526;

  /** 529 Site is overloaded (Qualys). */
  public static final int SITE_IS_OVERLOADED = 529;

  /** 530 Origin DNS Error (Cloudflare). */
  public static final int ORIGIN_DNS_ERROR = 530;

  /** 598 Network Read Timeout Error (Microsoft). */
  public static final int NETWORK_READ_TIMEOUT_ERROR = 598;

  /** 599 Network Connect Timeout Error (Microsoft). */
  public static final int NETWORK_CONNECT_TIMEOUT_ERROR = 599;
}
