package dev.responds.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * What a handler returns once async and reactive wrappers ({@code CompletableFuture}, {@code
 * Mono}, {@code Callable} ...) are taken off.
 *
 * @param kind what the framework does with the value
 * @param declaredType the method's return type as written
 * @param valueType the type inside the wrappers; for a response object, its body type argument
 *     ({@code Book} of {@code ResponseEntity<Book>}), or null when there is none ({@code Response})
 * @param wrapper the qualified name of the outermost wrapper, or null
 */
public record ReturnShape(Kind kind, TypeMirror declaredType, TypeMirror valueType, String wrapper) {

  public enum Kind {
    /** A plain value the framework writes as the body. */
    BODY,
    /** Nothing: {@code void} or {@code Void}. */
    VOID,
    /** A response object the method builds: Spring {@code ResponseEntity}, JAX-RS {@code Response}. */
    RESPONSE_OBJECT,
    /** Something the framework handles in its own way (a view, an {@code AsyncResponse} ...). */
    UNKNOWN
  }
}
