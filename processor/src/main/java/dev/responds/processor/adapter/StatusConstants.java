package dev.responds.processor.adapter;

import java.util.Map;

/**
 * The codes behind the frameworks' status enums, by constant name, since the processor cannot
 * load the frameworks' classes. Tests compare these tables with the real enums.
 */
public final class StatusConstants {
  /** Spring's {@code org.springframework.http.HttpStatus}. */
  public static final String SPRING_HTTP_STATUS = "org.springframework.http.HttpStatus";
  /** Micronaut's {@code io.micronaut.http.HttpStatus}. */
  public static final String MICRONAUT_HTTP_STATUS = "io.micronaut.http.HttpStatus";
  /** Quarkus REST's {@code org.jboss.resteasy.reactive.RestResponse.Status}: JAX-RS's, and a few more. */
  public static final String REST_RESPONSE_STATUS = "org.jboss.resteasy.reactive.RestResponse.Status";
  private static final Map<String, Integer> REST_RESPONSE_EXTRA = Map.of(
      "CONTINUE", 100, "SWITCHING_PROTOCOLS", 101, "NON_AUTHORITATIVE_INFORMATION", 203,
      "PAYLOAD_TOO_LARGE", 413, "URI_TOO_LONG", 414, "UPGRADE_REQUIRED", 426);

  private static final Map<String, Integer> SPRING = Map.ofEntries(
      Map.entry("CONTINUE", 100),
      Map.entry("SWITCHING_PROTOCOLS", 101),
      Map.entry("PROCESSING", 102),
      Map.entry("EARLY_HINTS", 103),
      Map.entry("CHECKPOINT", 103),
      Map.entry("OK", 200),
      Map.entry("CREATED", 201),
      Map.entry("ACCEPTED", 202),
      Map.entry("NON_AUTHORITATIVE_INFORMATION", 203),
      Map.entry("NO_CONTENT", 204),
      Map.entry("RESET_CONTENT", 205),
      Map.entry("PARTIAL_CONTENT", 206),
      Map.entry("MULTI_STATUS", 207),
      Map.entry("ALREADY_REPORTED", 208),
      Map.entry("IM_USED", 226),
      Map.entry("MULTIPLE_CHOICES", 300),
      Map.entry("MOVED_PERMANENTLY", 301),
      Map.entry("FOUND", 302),
      Map.entry("MOVED_TEMPORARILY", 302),
      Map.entry("SEE_OTHER", 303),
      Map.entry("NOT_MODIFIED", 304),
      Map.entry("USE_PROXY", 305),
      Map.entry("TEMPORARY_REDIRECT", 307),
      Map.entry("PERMANENT_REDIRECT", 308),
      Map.entry("BAD_REQUEST", 400),
      Map.entry("UNAUTHORIZED", 401),
      Map.entry("PAYMENT_REQUIRED", 402),
      Map.entry("FORBIDDEN", 403),
      Map.entry("NOT_FOUND", 404),
      Map.entry("METHOD_NOT_ALLOWED", 405),
      Map.entry("NOT_ACCEPTABLE", 406),
      Map.entry("PROXY_AUTHENTICATION_REQUIRED", 407),
      Map.entry("REQUEST_TIMEOUT", 408),
      Map.entry("CONFLICT", 409),
      Map.entry("GONE", 410),
      Map.entry("LENGTH_REQUIRED", 411),
      Map.entry("PRECONDITION_FAILED", 412),
      Map.entry("PAYLOAD_TOO_LARGE", 413),
      Map.entry("CONTENT_TOO_LARGE", 413),
      Map.entry("REQUEST_ENTITY_TOO_LARGE", 413),
      Map.entry("URI_TOO_LONG", 414),
      Map.entry("REQUEST_URI_TOO_LONG", 414),
      Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
      Map.entry("REQUESTED_RANGE_NOT_SATISFIABLE", 416),
      Map.entry("EXPECTATION_FAILED", 417),
      Map.entry("I_AM_A_TEAPOT", 418),
      Map.entry("INSUFFICIENT_SPACE_ON_RESOURCE", 419),
      Map.entry("METHOD_FAILURE", 420),
      Map.entry("DESTINATION_LOCKED", 421),
      Map.entry("UNPROCESSABLE_ENTITY", 422),
      Map.entry("UNPROCESSABLE_CONTENT", 422),
      Map.entry("LOCKED", 423),
      Map.entry("FAILED_DEPENDENCY", 424),
      Map.entry("TOO_EARLY", 425),
      Map.entry("UPGRADE_REQUIRED", 426),
      Map.entry("PRECONDITION_REQUIRED", 428),
      Map.entry("TOO_MANY_REQUESTS", 429),
      Map.entry("REQUEST_HEADER_FIELDS_TOO_LARGE", 431),
      Map.entry("UNAVAILABLE_FOR_LEGAL_REASONS", 451),
      Map.entry("INTERNAL_SERVER_ERROR", 500),
      Map.entry("NOT_IMPLEMENTED", 501),
      Map.entry("BAD_GATEWAY", 502),
      Map.entry("SERVICE_UNAVAILABLE", 503),
      Map.entry("GATEWAY_TIMEOUT", 504),
      Map.entry("HTTP_VERSION_NOT_SUPPORTED", 505),
      Map.entry("VARIANT_ALSO_NEGOTIATES", 506),
      Map.entry("INSUFFICIENT_STORAGE", 507),
      Map.entry("LOOP_DETECTED", 508),
      Map.entry("BANDWIDTH_LIMIT_EXCEEDED", 509),
      Map.entry("NOT_EXTENDED", 510),
      Map.entry("NETWORK_AUTHENTICATION_REQUIRED", 511));

  private static final Map<String, Integer> JAX_RS = Map.ofEntries(
      Map.entry("OK", 200),
      Map.entry("CREATED", 201),
      Map.entry("ACCEPTED", 202),
      Map.entry("NO_CONTENT", 204),
      Map.entry("RESET_CONTENT", 205),
      Map.entry("PARTIAL_CONTENT", 206),
      Map.entry("MULTIPLE_CHOICES", 300),
      Map.entry("MOVED_PERMANENTLY", 301),
      Map.entry("FOUND", 302),
      Map.entry("SEE_OTHER", 303),
      Map.entry("NOT_MODIFIED", 304),
      Map.entry("USE_PROXY", 305),
      Map.entry("TEMPORARY_REDIRECT", 307),
      Map.entry("PERMANENT_REDIRECT", 308),
      Map.entry("BAD_REQUEST", 400),
      Map.entry("UNAUTHORIZED", 401),
      Map.entry("PAYMENT_REQUIRED", 402),
      Map.entry("FORBIDDEN", 403),
      Map.entry("NOT_FOUND", 404),
      Map.entry("METHOD_NOT_ALLOWED", 405),
      Map.entry("NOT_ACCEPTABLE", 406),
      Map.entry("PROXY_AUTHENTICATION_REQUIRED", 407),
      Map.entry("REQUEST_TIMEOUT", 408),
      Map.entry("CONFLICT", 409),
      Map.entry("GONE", 410),
      Map.entry("LENGTH_REQUIRED", 411),
      Map.entry("PRECONDITION_FAILED", 412),
      Map.entry("REQUEST_ENTITY_TOO_LARGE", 413),
      Map.entry("REQUEST_URI_TOO_LONG", 414),
      Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
      Map.entry("REQUESTED_RANGE_NOT_SATISFIABLE", 416),
      Map.entry("EXPECTATION_FAILED", 417),
      Map.entry("PRECONDITION_REQUIRED", 428),
      Map.entry("TOO_MANY_REQUESTS", 429),
      Map.entry("REQUEST_HEADER_FIELDS_TOO_LARGE", 431),
      Map.entry("UNAVAILABLE_FOR_LEGAL_REASONS", 451),
      Map.entry("INTERNAL_SERVER_ERROR", 500),
      Map.entry("NOT_IMPLEMENTED", 501),
      Map.entry("BAD_GATEWAY", 502),
      Map.entry("SERVICE_UNAVAILABLE", 503),
      Map.entry("GATEWAY_TIMEOUT", 504),
      Map.entry("HTTP_VERSION_NOT_SUPPORTED", 505),
      Map.entry("NETWORK_AUTHENTICATION_REQUIRED", 511));

  private static final Map<String, Integer> MICRONAUT = Map.ofEntries(
      Map.entry("CONTINUE", 100),
      Map.entry("SWITCHING_PROTOCOLS", 101),
      Map.entry("PROCESSING", 102),
      Map.entry("EARLY_HINTS", 103),
      Map.entry("OK", 200),
      Map.entry("CREATED", 201),
      Map.entry("ACCEPTED", 202),
      Map.entry("NON_AUTHORITATIVE_INFORMATION", 203),
      Map.entry("NO_CONTENT", 204),
      Map.entry("RESET_CONTENT", 205),
      Map.entry("PARTIAL_CONTENT", 206),
      Map.entry("MULTI_STATUS", 207),
      Map.entry("ALREADY_IMPORTED", 208),
      Map.entry("IM_USED", 226),
      Map.entry("MULTIPLE_CHOICES", 300),
      Map.entry("MOVED_PERMANENTLY", 301),
      Map.entry("FOUND", 302),
      Map.entry("SEE_OTHER", 303),
      Map.entry("NOT_MODIFIED", 304),
      Map.entry("USE_PROXY", 305),
      Map.entry("SWITCH_PROXY", 306),
      Map.entry("TEMPORARY_REDIRECT", 307),
      Map.entry("PERMANENT_REDIRECT", 308),
      Map.entry("BAD_REQUEST", 400),
      Map.entry("UNAUTHORIZED", 401),
      Map.entry("PAYMENT_REQUIRED", 402),
      Map.entry("FORBIDDEN", 403),
      Map.entry("NOT_FOUND", 404),
      Map.entry("METHOD_NOT_ALLOWED", 405),
      Map.entry("NOT_ACCEPTABLE", 406),
      Map.entry("PROXY_AUTHENTICATION_REQUIRED", 407),
      Map.entry("REQUEST_TIMEOUT", 408),
      Map.entry("CONFLICT", 409),
      Map.entry("GONE", 410),
      Map.entry("LENGTH_REQUIRED", 411),
      Map.entry("PRECONDITION_FAILED", 412),
      Map.entry("REQUEST_ENTITY_TOO_LARGE", 413),
      Map.entry("REQUEST_URI_TOO_LONG", 414),
      Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
      Map.entry("REQUESTED_RANGE_NOT_SATISFIABLE", 416),
      Map.entry("EXPECTATION_FAILED", 417),
      Map.entry("I_AM_A_TEAPOT", 418),
      Map.entry("ENHANCE_YOUR_CALM", 420),
      Map.entry("MISDIRECTED_REQUEST", 421),
      Map.entry("UNPROCESSABLE_ENTITY", 422),
      Map.entry("LOCKED", 423),
      Map.entry("FAILED_DEPENDENCY", 424),
      Map.entry("TOO_EARLY", 425),
      Map.entry("UPGRADE_REQUIRED", 426),
      Map.entry("PRECONDITION_REQUIRED", 428),
      Map.entry("TOO_MANY_REQUESTS", 429),
      Map.entry("REQUEST_HEADER_FIELDS_TOO_LARGE", 431),
      Map.entry("NO_RESPONSE", 444),
      Map.entry("BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS", 450),
      Map.entry("UNAVAILABLE_FOR_LEGAL_REASONS", 451),
      Map.entry("REQUEST_HEADER_TOO_LARGE", 494),
      Map.entry("INTERNAL_SERVER_ERROR", 500),
      Map.entry("NOT_IMPLEMENTED", 501),
      Map.entry("BAD_GATEWAY", 502),
      Map.entry("SERVICE_UNAVAILABLE", 503),
      Map.entry("GATEWAY_TIMEOUT", 504),
      Map.entry("HTTP_VERSION_NOT_SUPPORTED", 505),
      Map.entry("VARIANT_ALSO_NEGOTIATES", 506),
      Map.entry("INSUFFICIENT_STORAGE", 507),
      Map.entry("LOOP_DETECTED", 508),
      Map.entry("BANDWIDTH_LIMIT_EXCEEDED", 509),
      Map.entry("NOT_EXTENDED", 510),
      Map.entry("NETWORK_AUTHENTICATION_REQUIRED", 511),
      Map.entry("CONNECTION_TIMED_OUT", 522));

  private StatusConstants() {}

  /** The code of a constant of any framework's status enum, by the enum's qualified name; or null. */
  public static Integer of(String enumType, String constant) {
    if (SPRING_HTTP_STATUS.equals(enumType)) {
      return spring(constant);
    }
    if (MICRONAUT_HTTP_STATUS.equals(enumType)) {
      return micronaut(constant);
    }
    if (REST_RESPONSE_STATUS.equals(enumType)) {
      Integer code = jaxRs(constant);
      return code != null ? code : REST_RESPONSE_EXTRA.get(constant);
    }
    return isJaxRsStatus(enumType) ? jaxRs(constant) : null;
  }

  /** The code of a constant of Micronaut's {@code HttpStatus}, or null. */
  public static Integer micronaut(String constant) {
    return MICRONAUT.get(constant);
  }

  /** The code of a constant of Spring's {@code HttpStatus}, or null. */
  public static Integer spring(String constant) {
    return SPRING.get(constant);
  }

  /** The code of a constant of JAX-RS {@code Response.Status} (either namespace), or null. */
  public static Integer jaxRs(String constant) {
    return JAX_RS.get(constant);
  }

  /** Whether a qualified name is JAX-RS {@code Response.Status} of either namespace. */
  public static boolean isJaxRsStatus(String qualifiedName) {
    return "jakarta.ws.rs.core.Response.Status".equals(qualifiedName)
        || "javax.ws.rs.core.Response.Status".equals(qualifiedName);
  }
}
