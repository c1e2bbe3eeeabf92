package dev.responds.processor.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * What a helper method must ask for to build a compliant response of a status: the overloads of
 * each status, as lists of {@link Part}s. This is the generator's reading of the status catalogue
 * (which statuses need a Location, a challenge, an Allow value, no body ...); it knows no rule.
 */
final class StatusOverloads {

  /** One thing a helper method sets on the response, mostly from a parameter. */
  enum Part {
    /** {@code Location}: where the new resource or the redirect target is. */
    LOCATION,
    /** {@code Location} of a 202: the status monitor. */
    MONITOR,
    /** {@code WWW-Authenticate}. */
    CHALLENGE,
    /** {@code Proxy-Authenticate}. */
    PROXY_CHALLENGE,
    /** {@code Allow}, computed at compile time: no parameter. */
    COMPUTED_ALLOW,
    /** {@code Allow}, from an explicit set of methods. */
    ALLOWED_METHODS,
    /** {@code Content-Range}. */
    CONTENT_RANGE,
    /** {@code Upgrade}. */
    UPGRADE,
    /** {@code Retry-After}, in seconds. */
    RETRY_AFTER,
    /** The body. */
    BODY
  }

  private StatusOverloads() {}

  /**
   * The overloads of {@code code}, each a list of parts in parameter order.
   *
   * @param computedAllow whether a 405 gets the overload whose Allow value is computed at compile
   *     time (not for exception handlers, which serve many paths)
   * @param body whether the response type can carry a body (not {@code ResponseEntity<Void>})
   */
  static List<List<Part>> of(int code, boolean computedAllow, boolean body) {
    List<List<Part>> overloads = new ArrayList<>();
    for (List<Part> overload : withBodies(code, computedAllow)) {
      List<Part> parts = new ArrayList<>(overload);
      if (!body) {
        parts.remove(Part.BODY);
      }
      if (!overloads.contains(parts)) {
        overloads.add(List.copyOf(parts));
      }
    }
    return overloads;
  }

  private static List<List<Part>> withBodies(int code, boolean computedAllow) {
    switch (code) {
      case 201:
        return List.of(List.of(Part.LOCATION), List.of(Part.LOCATION, Part.BODY));
      case 301: case 302: case 303: case 307: case 308:
        return List.of(List.of(Part.LOCATION));
      case 202:
        return List.of(List.of(Part.MONITOR), List.of(Part.BODY), List.of(Part.MONITOR, Part.BODY));
      case 204: case 205: case 304:
        return List.of(List.of());
      case 206:
        return List.of(List.of(Part.CONTENT_RANGE, Part.BODY));
      case 401:
        return List.of(List.of(Part.CHALLENGE), List.of(Part.CHALLENGE, Part.BODY));
      case 407:
        return List.of(List.of(Part.PROXY_CHALLENGE), List.of(Part.PROXY_CHALLENGE, Part.BODY));
      case 405:
        return computedAllow
            ? List.of(List.of(Part.COMPUTED_ALLOW), List.of(Part.ALLOWED_METHODS))
            : List.of(List.of(Part.ALLOWED_METHODS));
      case 426:
        return List.of(List.of(Part.UPGRADE), List.of(Part.UPGRADE, Part.BODY));
      case 429: case 503:
        return List.of(List.of(), List.of(Part.BODY), List.of(Part.RETRY_AFTER),
            List.of(Part.RETRY_AFTER, Part.BODY));
      default:
        return code / 100 == 2
            ? List.of(List.of(Part.BODY))
            : List.of(List.of(), List.of(Part.BODY));
    }
  }
}
