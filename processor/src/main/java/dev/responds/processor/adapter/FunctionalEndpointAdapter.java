package dev.responds.processor.adapter;

import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import dev.responds.processor.model.Parameters;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Spring's functional endpoints, WebFlux and WebMvc.fn: handler functions (a method that takes a
 * {@code ServerRequest} and returns a {@code ServerResponse}, or a {@code Mono} of one) and router
 * definitions (a method returning a {@code RouterFunction}, whose lambdas are handler functions).
 * They are mapped in code, so neither HTTP methods nor paths are known.
 */
final class FunctionalEndpointAdapter implements FrameworkAdapter {
  private static final List<String> PACKAGES = List.of(
      "org.springframework.web.reactive.function.server.", "org.springframework.web.servlet.function.");
  private static final String MONO = "reactor.core.publisher.Mono";

  @Override
  public Handler describe(TypeElement type, ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      return null;
    }
    boolean router = isFrameworkType(Annotations.qualifiedName(method.getReturnType()), "RouterFunction");
    boolean handlerFunction = method.getParameters().size() == 1
        && isFrameworkType(Annotations.qualifiedName(method.getParameters().get(0).asType()), "ServerRequest")
        && returnsServerResponse(method.getReturnType());
    if (!router && !handlerFunction) {
      return null;
    }
    return new Handler(type, method, Framework.SPRING, HandlerRole.ROUTE, Set.of(), "/", List.of(),
        List.of(), Parameters.none(), ReturnShapes.of(method.getReturnType(), Set.of()), List.of(),
        null, List.of());
  }

  private static boolean returnsServerResponse(TypeMirror type) {
    String name = Annotations.qualifiedName(type);
    if (MONO.equals(name) && type instanceof DeclaredType mono && mono.getTypeArguments().size() == 1) {
      return isFrameworkType(Annotations.qualifiedName(mono.getTypeArguments().get(0)), "ServerResponse");
    }
    return isFrameworkType(name, "ServerResponse");
  }

  private static boolean isFrameworkType(String name, String simpleName) {
    return name != null && PACKAGES.stream().anyMatch(prefix -> name.equals(prefix + simpleName));
  }
}
