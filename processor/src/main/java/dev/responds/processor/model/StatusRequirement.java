package dev.responds.processor.model;

/**
 * What HTTP asks of a response with one status: the header it must (or should) carry, and
 * whether it must carry no body. The one place this is written: the rules check responses
 * against it, the generator builds helpers that meet it, and the body pass trusts a helper call
 * for exactly this much.
 *
 * @param header the header the status calls for (lower case, as in {@link Headers}), or null
 * @param headerRecommended true when HTTP says "should" for the header rather than "must"
 * @param bodyForbidden true when a response of this status must carry no body
 */
public record StatusRequirement(String header, boolean headerRecommended, boolean bodyForbidden) {
  private static final StatusRequirement NONE = new StatusRequirement(null, false, false);
  private static final StatusRequirement NO_BODY = new StatusRequirement(null, false, true);

  public static StatusRequirement of(int status) {
    return switch (status) {
      // RFC 9110 15.3.2: the new resource; 15.4: the redirect target.
      case 201, 301, 302, 303, 307, 308 -> must(Headers.LOCATION);
      case 206 -> must(Headers.CONTENT_RANGE);
      case 401 -> must(Headers.WWW_AUTHENTICATE);
      case 405 -> must(Headers.ALLOW);
      case 407 -> must(Headers.PROXY_AUTHENTICATE);
      case 426 -> must(Headers.UPGRADE);
      // RFC 9110 15.5.17: the current length, as bytes */<length>.
      case 416 -> should(Headers.CONTENT_RANGE);
      // RFC 6585 section 4 and RFC 9110 15.6.4: when to come back.
      case 429, 503 -> should(Headers.RETRY_AFTER);
      // RFC 9110 15.3.5, 15.3.6, 15.4.5.
      case 204, 205, 304 -> NO_BODY;
      default -> NONE;
    };
  }

  private static StatusRequirement must(String header) {
    return new StatusRequirement(header, false, false);
  }

  private static StatusRequirement should(String header) {
    return new StatusRequirement(header, true, false);
  }

  /** The headers a compliant response of this status certainly sets, known to be incomplete. */
  public Headers compliantHeaders() {
    return header == null ? Headers.unknown() : Headers.unknown().with(header);
  }

  /** What a compliant response of this status carries as a body, when nothing else is known. */
  public Presence compliantBody() {
    return bodyForbidden ? Presence.ABSENT : Presence.UNKNOWN;
  }
}
