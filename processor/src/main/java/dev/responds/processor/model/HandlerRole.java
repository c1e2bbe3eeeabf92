package dev.responds.processor.model;

/** What a method is to the framework that calls it. */
public enum HandlerRole {
  /** Answers requests mapped to a path and HTTP method. */
  ENDPOINT,
  /** Turns an exception into a response: Spring's {@code @ExceptionHandler}, JAX-RS {@code ExceptionMapper.toResponse}. */
  EXCEPTION_HANDLER,
  /**
   * Runs in the servlet container before the framework (a servlet {@code Filter}, Spring's
   * {@code OncePerRequestFilter}): it answers only when it stops the request or writes on the
   * response, and otherwise passes it on; an exception it throws is no framework's business.
   */
  FILTER,
  /**
   * Runs inside the framework around its handlers (a Spring {@code HandlerInterceptor} or {@code
   * WebFilter}, a JAX-RS container filter): it answers when it stops the request or rewrites the
   * response, and an exception it throws is mapped like a handler's.
   */
  INTERCEPTOR,
  /**
   * Answers for the security layer when a request may not go on: Spring Security's
   * {@code AuthenticationEntryPoint} and {@code AccessDeniedHandler}, servlet or reactive. An
   * exception it throws is no framework's business.
   */
  ENTRY_POINT,
  /**
   * A functional endpoint: a handler function ({@code Mono<ServerResponse> create(ServerRequest)})
   * or a router definition whose lambdas are handler functions. It is mapped in code, not by
   * annotations, so its HTTP methods and paths are not known; it answers with what it builds.
   */
  ROUTE,
  /** Not called by a framework to answer requests (it carries {@code @Responds} all the same). */
  NONE;

  /**
   * Whether the framework maps requests to it and picks a status for what it returns
   * (an endpoint, an exception handler), so that its signature and {@code @Responds} say what it
   * answers. Filters and entry points answer only through what their bodies write.
   */
  public boolean isHandler() {
    return this == ENDPOINT || this == EXCEPTION_HANDLER;
  }

  /** Whether the framework turns an exception the method throws into a response. */
  public boolean exceptionsAnswer() {
    return this == ENDPOINT || this == EXCEPTION_HANDLER || this == INTERCEPTOR || this == ROUTE;
  }
}
