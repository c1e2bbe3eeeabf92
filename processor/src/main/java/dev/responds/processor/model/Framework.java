package dev.responds.processor.model;

/** The web framework a handler belongs to; JAX-RS comes in two namespaces. */
public enum Framework {
  SPRING("org.springframework"),
  JAKARTA_RS("jakarta.ws.rs"),
  JAVAX_RS("javax.ws.rs"),
  MICRONAUT("io.micronaut.http");

  private final String basePackage;

  Framework(String basePackage) {
    this.basePackage = basePackage;
  }

  /** The package the framework's API lives in, for example {@code jakarta.ws.rs}. */
  public String basePackage() {
    return basePackage;
  }

  public boolean isJaxRs() {
    return this == JAKARTA_RS || this == JAVAX_RS;
  }
}
