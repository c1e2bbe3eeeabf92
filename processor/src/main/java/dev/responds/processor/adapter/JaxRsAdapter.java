package dev.responds.processor.adapter;

import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import dev.responds.processor.model.Parameters;
import dev.responds.processor.model.ReturnShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** JAX-RS resources, in the {@code jakarta.ws.rs} or the {@code javax.ws.rs} namespace. */
final class JaxRsAdapter implements FrameworkAdapter {
  /** Parameter annotations that mark a parameter as something other than the request entity. */
  private static final Set<String> NON_ENTITY = Set.of(
      "PathParam", "QueryParam", "HeaderParam", "CookieParam", "FormParam", "MatrixParam",
      "BeanParam", "core.Context", "container.Suspended");

  /** Quarkus REST's typed response: built in the body like {@code Response}, never a plain body. */
  private static final String REST_RESPONSE = "org.jboss.resteasy.reactive.RestResponse";

  private final Annotations annotations;
  private final Framework framework;
  private final String api;

  JaxRsAdapter(Annotations annotations, Framework framework) {
    this.annotations = annotations;
    this.framework = framework;
    this.api = framework.basePackage() + ".";
  }

  @Override
  public Handler describe(TypeElement type, ExecutableElement method) {
    if (isExceptionMapper(type, method)) {
      return new Handler(type, method, framework, HandlerRole.EXCEPTION_HANDLER, Set.of(), "/",
          List.of(), List.of(), Parameters.none(), returnShape(method), List.of(), null, List.of());
    }
    if (isContainerFilter(type, method)) {
      return new Handler(type, method, framework, HandlerRole.INTERCEPTOR, Set.of(), "/", List.of(),
          List.of(), Parameters.none(), returnShape(method), List.of(), null, List.of());
    }
    for (ExecutableElement declaration : annotations.methodHierarchy(method, type)) {
      Set<String> httpMethods = httpMethods(declaration);
      if (httpMethods.isEmpty()) {
        continue;
      }
      Annotations.Found typePath = annotations.findInHierarchy(type, Set.of(api + "Path"));
      AnnotationMirror methodPath = annotations.direct(declaration, api + "Path");
      String path = Paths.join(
          typePath == null ? List.of() : annotations.strings(typePath.present(), "value"),
          methodPath == null ? List.of() : annotations.strings(methodPath, "value"));
      return new Handler(type, method, framework, HandlerRole.ENDPOINT, httpMethods, path,
          mediaTypes(type, declaration, "Produces"), mediaTypes(type, declaration, "Consumes"),
          parameters(method, type), returnShape(method), List.of(), null, List.of());
    }
    return null;
  }

  private boolean isExceptionMapper(TypeElement type, ExecutableElement method) {
    return method.getSimpleName().contentEquals("toResponse") && method.getParameters().size() == 1
        && annotations.isSubtype(type.asType(), api + "ext.ExceptionMapper");
  }

  /**
   * {@code ContainerRequestFilter.filter(request)}, which may answer with {@code abortWith(..)}, or
   * {@code ContainerResponseFilter.filter(request, response)}, which may rewrite the response.
   */
  private boolean isContainerFilter(TypeElement type, ExecutableElement method) {
    if (!method.getSimpleName().contentEquals("filter")) {
      return false;
    }
    List<String> parameters = method.getParameters().stream()
        .map(parameter -> Annotations.qualifiedName(parameter.asType())).toList();
    String request = api + "container.ContainerRequestContext";
    return parameters.equals(List.of(request))
            && annotations.isSubtype(type.asType(), api + "container.ContainerRequestFilter")
        || parameters.equals(List.of(request, api + "container.ContainerResponseContext"))
            && annotations.isSubtype(type.asType(), api + "container.ContainerResponseFilter");
  }

  /** The HTTP methods named by annotations that are themselves annotated {@code @HttpMethod}. */
  private Set<String> httpMethods(ExecutableElement method) {
    Set<String> result = new TreeSet<>();
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      AnnotationMirror httpMethod =
          annotations.direct(annotation.getAnnotationType().asElement(), api + "HttpMethod");
      if (httpMethod != null) {
        annotations.strings(httpMethod, "value")
            .forEach(name -> result.add(name.toUpperCase(Locale.ROOT)));
      }
    }
    return result;
  }

  private List<String> mediaTypes(TypeElement type, ExecutableElement method, String annotation) {
    AnnotationMirror onMethod = annotations.direct(method, api + annotation);
    if (onMethod != null) {
      return annotations.strings(onMethod, "value");
    }
    Annotations.Found onType = annotations.findInHierarchy(type, Set.of(api + annotation));
    return onType == null ? List.of() : annotations.strings(onType.present(), "value");
  }

  private ReturnShape returnShape(ExecutableElement method) {
    ReturnShape shape = ReturnShapes.of(method.getReturnType(), Set.of(api + "core.Response", REST_RESPONSE));
    for (VariableElement parameter : method.getParameters()) {
      if (annotations.direct(parameter, api + "container.Suspended") != null) {
        return new ReturnShape(ReturnShape.Kind.UNKNOWN, shape.declaredType(), null, null);
      }
    }
    return shape;
  }

  private Parameters parameters(ExecutableElement method, TypeElement type) {
    boolean entity = false;
    boolean allHeaders = false;
    boolean preconditions = false;
    boolean raw = false;
    Set<String> headers = new TreeSet<>();
    List<VariableElement> contexts = new ArrayList<>(contextFields(type));
    for (VariableElement parameter : annotations.effectiveParameters(method, type)) {
      entity |= NON_ENTITY.stream().noneMatch(name -> annotations.direct(parameter, api + name) != null);
      if (annotations.direct(parameter, api + "core.Context") != null) {
        contexts.add(parameter);
      }
      AnnotationMirror header = annotations.direct(parameter, api + "HeaderParam");
      if (header != null) {
        annotations.strings(header, "value").forEach(name -> headers.add(name.toLowerCase(Locale.ROOT)));
      }
    }
    for (VariableElement context : contexts) {
      String typeName = Annotations.qualifiedName(context.asType());
      allHeaders |= typeName != null && (typeName.equals(api + "core.HttpHeaders")
          || typeName.equals(api + "container.ContainerRequestContext")
          || typeName.endsWith(".servlet.http.HttpServletRequest"));
      preconditions |= (api + "core.Request").equals(typeName);
      raw |= typeName != null && typeName.endsWith("ServletResponse");
    }
    return new Parameters(entity, headers, allHeaders, preconditions, raw);
  }

  /** Fields the runtime injects with {@code @Context}: every resource method of the class can use them. */
  private List<VariableElement> contextFields(TypeElement type) {
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement current : annotations.typeHierarchy(type)) {
      for (VariableElement field : annotations.declaredFields(current)) {
        if (annotations.direct(field, api + "core.Context") != null) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

}
