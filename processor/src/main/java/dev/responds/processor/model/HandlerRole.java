package dev.responds.processor.model;

/** What a method is to the framework that calls it. */
public enum HandlerRole {
  /** Answers requests mapped to a path and HTTP method. */
  ENDPOINT,
  /** Turns an exception into a response: Spring's {@code @ExceptionHandler}, JAX-RS {@code ExceptionMapper.toResponse}. */
  EXCEPTION_HANDLER,
  /** Not called by a framework to answer requests (it carries {@code @Responds} all the same). */
  NONE
}
