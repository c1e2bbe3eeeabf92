package dev.responds.processor.generate;

import dev.responds.processor.model.Headers;
import dev.responds.processor.model.StatusRequirement;
import java.util.List;

/**
 * What a helper method of a status takes, as lists of {@link Part}s: the header that
 * {@link StatusRequirement} says the status calls for, and a body where the status usually
 * carries the handler's content. One method per status, except where two forms are both common:
 * 202 with a status monitor or a body, and a 405 whose Allow value is either computed at compile
 * time or passed in. A handler typed for no body ({@code ResponseEntity<Void>}) gets methods
 * without one: a 201 without the created resource, say.
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
   *     time (not for exception handlers and class-wide statuses, which serve many paths)
   * @param body whether the response type can carry a body (not {@code ResponseEntity<Void>})
   */
  static List<List<Part>> of(int code, boolean computedAllow, boolean body) {
    StatusRequirement requirement = StatusRequirement.of(code);
    // A success carries the handler's content; an error's body would have to be of the
    // success's type, so error helpers send none.
    boolean withBody = body && code / 100 == 2 && !requirement.bodyForbidden();
    if (code == 202) {
      return withBody ? List.of(List.of(Part.MONITOR), List.of(Part.BODY)) : List.of(List.of(Part.MONITOR));
    }
    if (requirement.header() == null) {
      return List.of(withBody ? List.of(Part.BODY) : List.of());
    }
    if (requirement.header().equals(Headers.ALLOW)) {
      return computedAllow
          ? List.of(List.of(Part.COMPUTED_ALLOW), List.of(Part.ALLOWED_METHODS))
          : List.of(List.of(Part.ALLOWED_METHODS));
    }
    Part header = headerPart(requirement.header());
    return List.of(withBody ? List.of(header, Part.BODY) : List.of(header));
  }

  private static Part headerPart(String header) {
    return switch (header) {
      case Headers.LOCATION -> Part.LOCATION;
      case Headers.WWW_AUTHENTICATE -> Part.CHALLENGE;
      case Headers.PROXY_AUTHENTICATE -> Part.PROXY_CHALLENGE;
      case Headers.CONTENT_RANGE -> Part.CONTENT_RANGE;
      case Headers.UPGRADE -> Part.UPGRADE;
      case Headers.RETRY_AFTER -> Part.RETRY_AFTER;
      default -> throw new IllegalArgumentException("no helper parameter for the header " + header);
    };
  }
}
