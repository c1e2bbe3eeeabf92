package dev.responds.processor.adapter;

import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.ElementSite;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import dev.responds.processor.model.Parameters;
import dev.responds.processor.model.ReturnShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Micronaut controllers: {@code @Controller} classes, methods mapped with {@code @Get},
 * {@code @Post} ..., {@code @Error} exception handlers, and {@code @Status}.
 */
final class MicronautAdapter implements FrameworkAdapter {
  private static final String ANNOTATION = "io.micronaut.http.annotation.";
  private static final String CONTROLLER = ANNOTATION + "Controller";
  private static final Map<String, String> MAPPINGS = Map.of(
      ANNOTATION + "Get", "GET", ANNOTATION + "Post", "POST", ANNOTATION + "Put", "PUT",
      ANNOTATION + "Delete", "DELETE", ANNOTATION + "Patch", "PATCH", ANNOTATION + "Head", "HEAD",
      ANNOTATION + "Options", "OPTIONS", ANNOTATION + "Trace", "TRACE");
  private static final String CUSTOM_METHOD = ANNOTATION + "CustomHttpMethod";
  private static final Set<String> RESPONSE_OBJECTS = Set.of(
      "io.micronaut.http.HttpResponse", "io.micronaut.http.MutableHttpResponse");
  /** Values Micronaut sends in its own way: a status returned as the value, a raw publisher. */
  private static final Set<String> SPECIAL_VALUES = Set.of(
      "io.micronaut.http.HttpStatus", "org.reactivestreams.Publisher");
  /** Micronaut reads and writes JSON unless told otherwise. */
  private static final List<String> JSON = List.of("application/json");

  private final Annotations annotations;

  MicronautAdapter(Annotations annotations) {
    this.annotations = annotations;
  }

  @Override
  public Handler describe(TypeElement type, ExecutableElement method) {
    Annotations.Found controller = annotations.findInHierarchy(type, Set.of(CONTROLLER));
    if (controller == null) {
      return null;
    }
    for (ExecutableElement declaration : annotations.methodHierarchy(method, type)) {
      if (annotations.direct(declaration, ANNOTATION + "Error") != null) {
        return handler(type, method, declaration, controller, null, Set.of(), HandlerRole.EXCEPTION_HANDLER);
      }
      for (AnnotationMirror annotation : declaration.getAnnotationMirrors()) {
        String name = Annotations.nameOf(annotation);
        String httpMethod = name.equals(CUSTOM_METHOD)
            ? annotations.strings(annotation, "method").stream().findFirst().orElse(null)
            : MAPPINGS.get(name);
        if (httpMethod != null) {
          return handler(type, method, declaration, controller, annotation,
              Set.of(httpMethod.toUpperCase(Locale.ROOT)), HandlerRole.ENDPOINT);
        }
      }
    }
    return null;
  }

  /** {@code declaration} is the method or the interface method it implements that carries the mapping. */
  private Handler handler(TypeElement type, ExecutableElement method, ExecutableElement declaration,
      Annotations.Found controller, AnnotationMirror mapping, Set<String> httpMethods, HandlerRole role) {
    List<String> paths = new ArrayList<>();
    if (mapping != null) {
      paths.addAll(annotations.strings(mapping, "value"));
      paths.addAll(annotations.strings(mapping, "uri"));
      paths.addAll(annotations.strings(mapping, "uris"));
      paths.removeIf(String::isEmpty);
    }
    String path = Paths.join(annotations.strings(controller.present(), "value"), paths);
    return new Handler(type, method, Framework.MICRONAUT, role, httpMethods, path,
        mediaTypes(controller, mapping, "produces"), mediaTypes(controller, mapping, "consumes"),
        parameters(method, type), returnShape(method), List.of(), status(method, declaration), List.of());
  }

  private List<String> mediaTypes(Annotations.Found controller, AnnotationMirror mapping, String name) {
    List<String> onMethod = mapping == null ? List.of() : annotations.strings(mapping, name);
    if (!onMethod.isEmpty()) {
      return onMethod;
    }
    List<String> onType = annotations.strings(controller.present(), name);
    return onType.isEmpty() ? JSON : onType;
  }

  private static ReturnShape returnShape(ExecutableElement method) {
    ReturnShape shape = ReturnShapes.of(method.getReturnType(), RESPONSE_OBJECTS);
    String value = Annotations.qualifiedName(shape.valueType());
    return shape.kind() == ReturnShape.Kind.BODY && value != null && SPECIAL_VALUES.contains(value)
        ? new ReturnShape(ReturnShape.Kind.UNKNOWN, shape.declaredType(), shape.valueType(), shape.wrapper())
        : shape;
  }

  /**
   * {@code @Status(HttpStatus.X)} on the method, else on the declaration it implements (Micronaut
   * inherits it from an interface): the status of a normal return.
   */
  private DeclaredStatus status(ExecutableElement method, ExecutableElement declaration) {
    AnnotationMirror status = annotations.direct(method, ANNOTATION + "Status");
    boolean inherited = status == null;
    if (inherited) {
      status = annotations.direct(declaration, ANNOTATION + "Status");
    }
    AnnotationValue value = status == null ? null : Annotations.explicitValue(status, "value");
    if (value == null || !(value.getValue() instanceof VariableElement constant)) {
      return null;
    }
    Integer code = StatusConstants.micronaut(constant.getSimpleName().toString());
    // An inherited status is reported on the implementing method: the interface may be compiled
    // apart, or already lowered by javac, and the fix belongs to the implementation anyway.
    return code == null ? null
        : new DeclaredStatus(code, inherited ? ElementSite.of(method) : ElementSite.of(method, status));
  }

  private Parameters parameters(ExecutableElement method, TypeElement type) {
    boolean body = false;
    boolean allHeaders = false;
    Set<String> headers = new TreeSet<>();
    for (VariableElement parameter : annotations.effectiveParameters(method, type)) {
      String typeName = Annotations.qualifiedName(parameter.asType());
      body |= annotations.direct(parameter, ANNOTATION + "Body") != null;
      allHeaders |= "io.micronaut.http.HttpHeaders".equals(typeName)
          || "io.micronaut.http.HttpRequest".equals(typeName);
      AnnotationMirror header = annotations.direct(parameter, ANNOTATION + "Header");
      if (header != null) {
        List<String> names = new ArrayList<>(annotations.strings(header, "value"));
        names.addAll(annotations.strings(header, "name"));
        names.removeIf(String::isEmpty);
        if (names.isEmpty()) {
          // Micronaut reads header ifNoneMatch as If-None-Match.
          names.add(parameter.getSimpleName().toString().replaceAll("([a-z0-9])([A-Z])", "$1-$2"));
        }
        names.forEach(name -> headers.add(name.toLowerCase(Locale.ROOT)));
      }
    }
    return new Parameters(body, headers, allHeaders, false, false);
  }
}
