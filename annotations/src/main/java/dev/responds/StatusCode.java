package dev.responds;

import java.util.Locale;

/**
 * The status code catalogue: every code of the IANA HTTP Status Code Registry (RFC 9110 and the
 * RFCs that extend it) and the vendor codes met in practice, each with its reason phrase and its
 * {@link Standing}. It is the one source of truth for the processor's rules, its documentation
 * and the names of the generated helper methods.
 *
 * <p>Reason phrases are RFC 9110's where it renamed an older phrase (413 Content Too Large, 414
 * URI Too Long, 416 Range Not Satisfiable, 422 Unprocessable Content).
 */
public enum StatusCode {
  CONTINUE(100, "Continue", Standing.STANDARD, null, "RFC 9110"),
  SWITCHING_PROTOCOLS(101, "Switching Protocols", Standing.STANDARD, null, "RFC 9110"),
  PROCESSING(102, "Processing", Standing.DEPRECATED, null, "RFC 2518, removed by RFC 4918"),
  EARLY_HINTS(103, "Early Hints", Standing.EXPERIMENTAL, null, "RFC 8297"),
  UPLOAD_RESUMPTION_SUPPORTED(104, "Upload Resumption Supported", Standing.EXPERIMENTAL, null, "temporary IANA registration (resumable uploads draft)"),
  OK(200, "OK", Standing.STANDARD, null, "RFC 9110"),
  CREATED(201, "Created", Standing.STANDARD, null, "RFC 9110"),
  ACCEPTED(202, "Accepted", Standing.STANDARD, null, "RFC 9110"),
  NON_AUTHORITATIVE_INFORMATION(203, "Non-Authoritative Information", Standing.STANDARD, null, "RFC 9110"),
  NO_CONTENT(204, "No Content", Standing.STANDARD, null, "RFC 9110"),
  RESET_CONTENT(205, "Reset Content", Standing.STANDARD, null, "RFC 9110"),
  PARTIAL_CONTENT(206, "Partial Content", Standing.STANDARD, null, "RFC 9110"),
  MULTI_STATUS(207, "Multi-Status", Standing.WEBDAV, null, "RFC 4918"),
  ALREADY_REPORTED(208, "Already Reported", Standing.WEBDAV, null, "RFC 5842"),
  THIS_IS_FINE(218, "This is fine", Standing.VENDOR, "Apache", "Apache HTTP Server"),
  IM_USED(226, "IM Used", Standing.STANDARD, null, "RFC 3229"),
  MULTIPLE_CHOICES(300, "Multiple Choices", Standing.STANDARD, null, "RFC 9110"),
  MOVED_PERMANENTLY(301, "Moved Permanently", Standing.STANDARD, null, "RFC 9110"),
  FOUND(302, "Found", Standing.STANDARD, null, "RFC 9110"),
  SEE_OTHER(303, "See Other", Standing.STANDARD, null, "RFC 9110"),
  NOT_MODIFIED(304, "Not Modified", Standing.STANDARD, null, "RFC 9110"),
  USE_PROXY(305, "Use Proxy", Standing.DEPRECATED, null, "RFC 9110 (deprecated)"),
  UNUSED(306, "(Unused)", Standing.UNUSED, null, "RFC 9110"),
  TEMPORARY_REDIRECT(307, "Temporary Redirect", Standing.STANDARD, null, "RFC 9110"),
  PERMANENT_REDIRECT(308, "Permanent Redirect", Standing.STANDARD, null, "RFC 9110"),
  BAD_REQUEST(400, "Bad Request", Standing.STANDARD, null, "RFC 9110"),
  UNAUTHORIZED(401, "Unauthorized", Standing.STANDARD, null, "RFC 9110"),
  PAYMENT_REQUIRED(402, "Payment Required", Standing.STANDARD, null, "RFC 9110 (reserved for future use)"),
  FORBIDDEN(403, "Forbidden", Standing.STANDARD, null, "RFC 9110"),
  NOT_FOUND(404, "Not Found", Standing.STANDARD, null, "RFC 9110"),
  METHOD_NOT_ALLOWED(405, "Method Not Allowed", Standing.STANDARD, null, "RFC 9110"),
  NOT_ACCEPTABLE(406, "Not Acceptable", Standing.STANDARD, null, "RFC 9110"),
  PROXY_AUTHENTICATION_REQUIRED(407, "Proxy Authentication Required", Standing.STANDARD, null, "RFC 9110"),
  REQUEST_TIMEOUT(408, "Request Timeout", Standing.STANDARD, null, "RFC 9110"),
  CONFLICT(409, "Conflict", Standing.STANDARD, null, "RFC 9110"),
  GONE(410, "Gone", Standing.STANDARD, null, "RFC 9110"),
  LENGTH_REQUIRED(411, "Length Required", Standing.STANDARD, null, "RFC 9110"),
  PRECONDITION_FAILED(412, "Precondition Failed", Standing.STANDARD, null, "RFC 9110"),
  CONTENT_TOO_LARGE(413, "Content Too Large", Standing.STANDARD, null, "RFC 9110 (was Request Entity Too Large)"),
  URI_TOO_LONG(414, "URI Too Long", Standing.STANDARD, null, "RFC 9110 (was Request-URI Too Long)"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", Standing.STANDARD, null, "RFC 9110"),
  RANGE_NOT_SATISFIABLE(416, "Range Not Satisfiable", Standing.STANDARD, null, "RFC 9110 (was Requested Range Not Satisfiable)"),
  EXPECTATION_FAILED(417, "Expectation Failed", Standing.STANDARD, null, "RFC 9110"),
  IM_A_TEAPOT(418, "I'm a teapot", Standing.UNUSED, null, "RFC 2324; reserved as (Unused) by RFC 9110"),
  PAGE_EXPIRED(419, "Page Expired", Standing.VENDOR, "Laravel", "Laravel framework"),
  ENHANCE_YOUR_CALM(420, "Enhance Your Calm", Standing.VENDOR, "Twitter", "Twitter Search and Trends API"),
  MISDIRECTED_REQUEST(421, "Misdirected Request", Standing.STANDARD, null, "RFC 9110"),
  UNPROCESSABLE_CONTENT(422, "Unprocessable Content", Standing.STANDARD, null, "RFC 9110 (was WebDAV's Unprocessable Entity)"),
  LOCKED(423, "Locked", Standing.WEBDAV, null, "RFC 4918"),
  FAILED_DEPENDENCY(424, "Failed Dependency", Standing.WEBDAV, null, "RFC 4918"),
  TOO_EARLY(425, "Too Early", Standing.STANDARD, null, "RFC 8470"),
  UPGRADE_REQUIRED(426, "Upgrade Required", Standing.STANDARD, null, "RFC 9110"),
  PRECONDITION_REQUIRED(428, "Precondition Required", Standing.STANDARD, null, "RFC 6585"),
  TOO_MANY_REQUESTS(429, "Too Many Requests", Standing.STANDARD, null, "RFC 6585"),
  SHOPIFY_REQUEST_HEADER_FIELDS_TOO_LARGE(430, "Request Header Fields Too Large (Shopify)", Standing.VENDOR, "Shopify", "Shopify"),
  REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request Header Fields Too Large", Standing.STANDARD, null, "RFC 6585"),
  LOGIN_TIME_OUT(440, "Login Time-out", Standing.VENDOR, "Microsoft", "Microsoft IIS"),
  NO_RESPONSE(444, "No Response", Standing.VENDOR, "Nginx", "Nginx"),
  RETRY_WITH(449, "Retry With", Standing.VENDOR, "Microsoft", "Microsoft IIS"),
  BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS(450, "Blocked by Windows Parental Controls", Standing.VENDOR, "Microsoft", "Microsoft"),
  UNAVAILABLE_FOR_LEGAL_REASONS(451, "Unavailable For Legal Reasons", Standing.STANDARD, null, "RFC 7725"),
  REQUEST_HEADER_TOO_LARGE(494, "Request Header Too Large", Standing.VENDOR, "Nginx", "Nginx"),
  SSL_CERTIFICATE_ERROR(495, "SSL Certificate Error", Standing.VENDOR, "Nginx", "Nginx"),
  SSL_CERTIFICATE_REQUIRED(496, "SSL Certificate Required", Standing.VENDOR, "Nginx", "Nginx"),
  HTTP_REQUEST_SENT_TO_HTTPS_PORT(497, "HTTP Request Sent to HTTPS Port", Standing.VENDOR, "Nginx", "Nginx"),
  INVALID_TOKEN(498, "Invalid Token", Standing.VENDOR, "Esri", "Esri ArcGIS Server"),
  CLIENT_CLOSED_REQUEST(499, "Client Closed Request", Standing.VENDOR, "Nginx", "Nginx"),
  INTERNAL_SERVER_ERROR(500, "Internal Server Error", Standing.STANDARD, null, "RFC 9110"),
  NOT_IMPLEMENTED(501, "Not Implemented", Standing.STANDARD, null, "RFC 9110"),
  BAD_GATEWAY(502, "Bad Gateway", Standing.STANDARD, null, "RFC 9110"),
  SERVICE_UNAVAILABLE(503, "Service Unavailable", Standing.STANDARD, null, "RFC 9110"),
  GATEWAY_TIMEOUT(504, "Gateway Timeout", Standing.STANDARD, null, "RFC 9110"),
  HTTP_VERSION_NOT_SUPPORTED(505, "HTTP Version Not Supported", Standing.STANDARD, null, "RFC 9110"),
  VARIANT_ALSO_NEGOTIATES(506, "Variant Also Negotiates", Standing.EXPERIMENTAL, null, "RFC 2295"),
  INSUFFICIENT_STORAGE(507, "Insufficient Storage", Standing.WEBDAV, null, "RFC 4918"),
  LOOP_DETECTED(508, "Loop Detected", Standing.WEBDAV, null, "RFC 5842"),
  BANDWIDTH_LIMIT_EXCEEDED(509, "Bandwidth Limit Exceeded", Standing.VENDOR, "Apache/cPanel", "Apache HTTP Server (mod_bw) and cPanel"),
  NOT_EXTENDED(510, "Not Extended", Standing.DEPRECATED, null, "RFC 2774, obsoleted in the IANA registry"),
  NETWORK_AUTHENTICATION_REQUIRED(511, "Network Authentication Required", Standing.STANDARD, null, "RFC 6585"),
  WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR(520, "Web Server Returned an Unknown Error", Standing.VENDOR, "Cloudflare", "Cloudflare"),
  WEB_SERVER_IS_DOWN(521, "Web Server Is Down", Standing.VENDOR, "Cloudflare", "Cloudflare"),
  CONNECTION_TIMED_OUT(522, "Connection Timed Out", Standing.VENDOR, "Cloudflare", "Cloudflare"),
  ORIGIN_IS_UNREACHABLE(523, "Origin Is Unreachable", Standing.VENDOR, "Cloudflare", "Cloudflare"),
  A_TIMEOUT_OCCURRED(524, "A Timeout Occurred", Standing.VENDOR, "Cloudflare", "Cloudflare"),
  SSL_HANDSHAKE_FAILED(525, "SSL Handshake Failed", Standing.VENDOR, "Cloudflare", "Cloudflare"),
  INVALID_SSL_CERTIFICATE(526, "Invalid SSL Certificate", Standing.VENDOR, "Cloudflare", "Cloudflare"),
  SITE_IS_OVERLOADED(529, "Site is overloaded", Standing.VENDOR, "Qualys", "Qualys SSL Labs"),
  ORIGIN_DNS_ERROR(530, "Origin DNS Error", Standing.VENDOR, "Cloudflare", "Cloudflare"),
  NETWORK_READ_TIMEOUT_ERROR(598, "Network Read Timeout Error", Standing.VENDOR, "Microsoft", "Microsoft HTTP proxies"),
  NETWORK_CONNECT_TIMEOUT_ERROR(599, "Network Connect Timeout Error", Standing.VENDOR, "Microsoft", "Microsoft HTTP proxies");

  private final int code;
  private final String reasonPhrase;
  private final Standing standing;
  private final String vendor;
  private final String reference;

  StatusCode(int code, String reasonPhrase, Standing standing, String vendor, String reference) {
    this.code = code;
    this.reasonPhrase = reasonPhrase;
    this.standing = standing;
    this.vendor = vendor;
    this.reference = reference;
  }

  /** The numeric code, for example 201. */
  public int code() {
    return code;
  }

  /** The reason phrase, for example "Created". */
  public String reasonPhrase() {
    return reasonPhrase;
  }

  /** The class of the code: informational, success, redirection, client or server error. */
  public StatusClass statusClass() {
    return StatusClass.of(code);
  }

  /** Where the code stands: standard, WebDAV, experimental, deprecated, unused or vendor. */
  public Standing standing() {
    return standing;
  }

  /** The vendor that uses this code, for {@link Standing#VENDOR} codes; otherwise null. */
  public String vendor() {
    return vendor;
  }

  /** The document that defines the code. */
  public String reference() {
    return reference;
  }

  /** The code and its reason phrase, for example "201 Created". */
  public String describe() {
    return code + " " + reasonPhrase;
  }

  /**
   * The reason phrase in lowerCamelCase, for example "created", "noContent", "imATeapot": the
   * name of the generated helper method for this status.
   */
  public String methodName() {
    String[] words = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
    }
    return name.toString();
  }

  /** The catalogue entry for {@code code}, or {@code null} if the catalogue has none. */
  public static StatusCode of(int code) {
    for (StatusCode status : values()) {
      if (status.code == code) {
        return status;
      }
    }
    return null;
  }
}
