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

/**
 * The code that answers requests before or around Spring's handlers: servlet filters, Spring's
 * interceptors and web filters, and Spring Security's entry points and access-denied handlers
 * (servlet and reactive). Each is a method a framework interface names; it answers only through
 * what its body writes on the response. A servlet filter belongs to no framework: it is modelled
 * with Spring, whose fixes (the servlet response's own calls) fit it.
 */
final class WebInfrastructureAdapter implements FrameworkAdapter {
  private static final String SECURITY = "org.springframework.security.web.";

  /** A method that a framework calls on every implementation of {@code type}. */
  private record Hook(String type, String method, int parameters, HandlerRole role) {}

  private static final List<Hook> HOOKS = List.of(
      new Hook("jakarta.servlet.Filter", "doFilter", 3, HandlerRole.FILTER),
      new Hook("javax.servlet.Filter", "doFilter", 3, HandlerRole.FILTER),
      new Hook("org.springframework.web.filter.OncePerRequestFilter", "doFilterInternal", 3,
          HandlerRole.FILTER),
      new Hook("org.springframework.web.servlet.HandlerInterceptor", "preHandle", 3,
          HandlerRole.INTERCEPTOR),
      new Hook("org.springframework.web.server.WebFilter", "filter", 2, HandlerRole.INTERCEPTOR),
      new Hook(SECURITY + "AuthenticationEntryPoint", "commence", 3, HandlerRole.ENTRY_POINT),
      new Hook(SECURITY + "access.AccessDeniedHandler", "handle", 3, HandlerRole.ENTRY_POINT),
      new Hook(SECURITY + "server.ServerAuthenticationEntryPoint", "commence", 2,
          HandlerRole.ENTRY_POINT),
      new Hook(SECURITY + "server.authorization.ServerAccessDeniedHandler", "handle", 2,
          HandlerRole.ENTRY_POINT));

  /**
   * What a method returns when it may write entry points as lambdas or method references: one of
   * them (a {@code @Bean} method), or the security filter chain it configures them on.
   */
  private static final Set<String> ENTRY_POINT_HOSTS = Set.of(
      SECURITY + "AuthenticationEntryPoint", SECURITY + "access.AccessDeniedHandler",
      SECURITY + "server.ServerAuthenticationEntryPoint",
      SECURITY + "server.authorization.ServerAccessDeniedHandler",
      SECURITY + "SecurityFilterChain", SECURITY + "server.SecurityWebFilterChain");

  private final Annotations annotations;

  WebInfrastructureAdapter(Annotations annotations) {
    this.annotations = annotations;
  }

  @Override
  public Handler describe(TypeElement type, ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.ABSTRACT) || method.getModifiers().contains(Modifier.STATIC)) {
      return null;
    }
    for (Hook hook : HOOKS) {
      if (method.getParameters().size() == hook.parameters()
          && method.getSimpleName().contentEquals(hook.method())
          && annotations.isSubtype(type.asType(), hook.type())) {
        return handler(type, method, hook.role());
      }
    }
    // Its lambdas and method references are entry points (the body pass finds them).
    String returned = Annotations.qualifiedName(method.getReturnType());
    return returned != null && ENTRY_POINT_HOSTS.contains(returned)
        ? handler(type, method, HandlerRole.ENTRY_POINT) : null;
  }

  private static Handler handler(TypeElement type, ExecutableElement method, HandlerRole role) {
    return new Handler(type, method, Framework.SPRING, role, Set.of(), "/", List.of(), List.of(),
        Parameters.none(), ReturnShapes.of(method.getReturnType(), Set.of()), List.of(), null, List.of());
  }
}
