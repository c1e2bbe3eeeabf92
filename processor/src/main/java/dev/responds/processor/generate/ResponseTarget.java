package dev.responds.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.responds.processor.model.Framework;

/**
 * The response type a framework's handlers return, and how generated code builds one. Only API
 * present in Spring 6 and in JAX-RS 2.1/3.1 is used, so helpers compile against the framework the
 * user already has.
 */
enum ResponseTarget {
  /** {@code org.springframework.http.ResponseEntity<T>}. */
  SPRING(ClassName.get("org.springframework.http", "ResponseEntity"), "body"),
  /** {@code jakarta.ws.rs.core.Response}. */
  JAKARTA_RS(ClassName.get("jakarta.ws.rs.core", "Response"), "entity"),
  /** {@code javax.ws.rs.core.Response}. */
  JAVAX_RS(ClassName.get("javax.ws.rs.core", "Response"), "entity");

  private final ClassName responseClass;
  private final String bodyMethod;

  ResponseTarget(ClassName responseClass, String bodyMethod) {
    this.responseClass = responseClass;
    this.bodyMethod = bodyMethod;
  }

  /** The target of a framework's handlers, or null when no helpers are generated for it (Micronaut). */
  static ResponseTarget of(Framework framework) {
    return switch (framework) {
      case SPRING -> SPRING;
      case JAKARTA_RS -> JAKARTA_RS;
      case JAVAX_RS -> JAVAX_RS;
      case MICRONAUT -> null;
    };
  }

  /** The qualified name of the class the generated code needs on the user's classpath. */
  String requiredClass() {
    return responseClass.canonicalName();
  }

  /** What a helper method returns: {@code ResponseEntity<body>} or {@code Response}. */
  TypeName returnType(TypeName bodyType) {
    return this == SPRING ? ParameterizedTypeName.get(responseClass, bodyType) : responseClass;
  }

  ClassName responseClass() {
    return responseClass;
  }

  /** The builder method that sets the body: {@code body} or {@code entity}. */
  String bodyMethod() {
    return bodyMethod;
  }
}
