package dev.responds.processor.model;

/**
 * The kind of object or call that made a response, so that a fix names a change that compiles
 * there: a {@code ProblemDetail} has no {@code .header(..)}, a thrown exception no builder.
 */
public enum ResponseForm {
  /** Not known: the fix follows the handler's framework. */
  UNKNOWN,
  /** A declaration on a handler that returns a plain value (the framework makes the response). */
  PLAIN_VALUE,
  /** Spring {@code ResponseEntity} and its builders. */
  RESPONSE_ENTITY,
  /** {@code new ResponseEntity<>(..)}: no builder, headers only through an {@code HttpHeaders} argument. */
  RESPONSE_ENTITY_CONSTRUCTOR,
  /** A thrown Spring {@code ResponseStatusException} (or subclass): it sends no headers of its own. */
  STATUS_EXCEPTION,
  /** A thrown exception whose class carries Spring's {@code @ResponseStatus}: no headers either. */
  ANNOTATED_EXCEPTION,
  /** A Spring {@code ErrorResponse}, or a thrown {@code ErrorResponseException}: has mutable headers. */
  ERROR_RESPONSE,
  /** A Spring {@code ProblemDetail} returned as the body: no headers. */
  PROBLEM_DETAIL,
  /** Spring's functional {@code ServerResponse} (WebFlux or WebMvc.fn). */
  SERVER_RESPONSE,
  /** A JAX-RS {@code Response} (or Quarkus {@code RestResponse}) and its builder. */
  JAXRS_RESPONSE,
  /** A thrown JAX-RS {@code WebApplicationException} (or subclass). */
  JAXRS_EXCEPTION,
  /** A thrown Micronaut {@code HttpStatusException}: it sends no headers of its own. */
  MICRONAUT_EXCEPTION,
  /** Written call by call on a servlet response, a JAX-RS response context or a reactive response. */
  WRITTEN_RESPONSE
}
