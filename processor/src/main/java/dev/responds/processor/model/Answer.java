package dev.responds.processor.model;

/**
 * One response a handler can send: its status and what is known of its body and headers, with
 * the site that decides it (a declaration, or a {@code return}/{@code throw} in the body).
 */
public record Answer(int status, Presence body, Headers headers, Site site, Source source) {

  /** Where the knowledge of this answer comes from. */
  public enum Source {
    /** {@code @Responds} on the method or its class. */
    RESPONDS,
    /** The framework's declared status: Spring {@code @ResponseStatus}. */
    FRAMEWORK_DECLARED,
    /** The framework's default: 200 for Spring, 204 for a JAX-RS {@code void} method. */
    IMPLICIT,
    /** Built or thrown by the method body, found by the body pass. */
    BUILT,
    /**
     * Written by the method body on a servlet response ({@code setStatus}, {@code sendError},
     * {@code sendRedirect}), found by the body pass.
     */
    WRITTEN
  }

  /** Whether the body pass found it in the method body, rather than read it from a declaration. */
  public boolean fromBody() {
    return source == Source.BUILT || source == Source.WRITTEN;
  }

  public boolean isDeclaration() {
    return !fromBody();
  }
}
