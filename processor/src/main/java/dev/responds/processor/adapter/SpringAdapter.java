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
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Spring MVC (and WebFlux annotated controllers): controllers, mappings, exception handlers. */
final class SpringAdapter implements FrameworkAdapter {
  private static final String WEB = "org.springframework.web.bind.annotation.";
  static final String REQUEST_MAPPING = WEB + "RequestMapping";
  static final String RESPONSE_STATUS = WEB + "ResponseStatus";
  private static final String RESPONSE_BODY = WEB + "ResponseBody";
  private static final String EXCEPTION_HANDLER = WEB + "ExceptionHandler";
  private static final String CONTROLLER_ADVICE = WEB + "ControllerAdvice";
  private static final Set<String> CONTROLLERS = Set.of(
      "org.springframework.stereotype.Controller",
      WEB + "RestController",
      "org.springframework.data.rest.webmvc.BasePathAwareController",
      "org.springframework.data.rest.webmvc.RepositoryRestController");
  private static final Set<String> RESPONSE_OBJECTS = Set.of(
      "org.springframework.http.ResponseEntity", "org.springframework.http.HttpEntity");
  private static final Set<String> RAW_RESPONSES = Set.of(
      "jakarta.servlet.http.HttpServletResponse",
      "javax.servlet.http.HttpServletResponse",
      "jakarta.servlet.ServletResponse",
      "javax.servlet.ServletResponse",
      "org.springframework.http.server.reactive.ServerHttpResponse",
      "org.springframework.web.server.ServerWebExchange",
      "org.springframework.web.context.request.NativeWebRequest",
      "org.springframework.web.context.request.ServletWebRequest",
      "java.io.OutputStream",
      "java.io.Writer");
  private static final Set<String> PRECONDITION_PARAMETERS = Set.of(
      "org.springframework.web.context.request.WebRequest",
      "org.springframework.web.context.request.NativeWebRequest",
      "org.springframework.web.context.request.ServletWebRequest",
      "org.springframework.web.server.ServerWebExchange");
  /**
   * Parameter types through which a handler reads the request body without {@code @RequestBody}:
   * uploaded files and parts (alone, in arrays or collections), raw streams, request entities.
   */
  private static final Set<String> BODY_READERS = Set.of(
      "org.springframework.web.multipart.MultipartFile",
      "org.springframework.web.multipart.MultipartRequest",
      "org.springframework.web.multipart.MultipartHttpServletRequest",
      "org.springframework.http.codec.multipart.Part",
      "org.springframework.http.codec.multipart.FilePart",
      "jakarta.servlet.http.Part",
      "javax.servlet.http.Part",
      "java.io.InputStream",
      "java.io.Reader",
      "org.springframework.http.HttpEntity",
      "org.springframework.http.RequestEntity",
      "jakarta.servlet.http.HttpServletRequest",
      "javax.servlet.http.HttpServletRequest",
      "org.springframework.http.server.reactive.ServerHttpRequest",
      "org.springframework.web.server.ServerWebExchange");
  private static final Set<String> CONTAINERS = Set.of(
      "java.util.List", "java.util.Collection", "java.util.Set", "reactor.core.publisher.Flux",
      "reactor.core.publisher.Mono", "org.springframework.util.MultiValueMap", "java.util.Map");

  private static final List<String> VIEWS = List.of(
      "org.springframework.web.servlet.View",
      "org.springframework.web.servlet.ModelAndView",
      "org.springframework.web.reactive.result.view.View",
      "org.springframework.web.reactive.result.view.Rendering");

  /** Request objects a handler can read any header from, without {@code @RequestHeader}. */
  private static final Set<String> REQUESTS = Set.of(
      "jakarta.servlet.http.HttpServletRequest",
      "javax.servlet.http.HttpServletRequest",
      "org.springframework.http.server.reactive.ServerHttpRequest",
      "org.springframework.http.RequestEntity",
      "org.springframework.http.HttpEntity");
  private static final Set<String> ALL_HEADER_TYPES = Set.of(
      "org.springframework.http.HttpHeaders", "java.util.Map",
      "org.springframework.util.MultiValueMap");

  private final Annotations annotations;

  SpringAdapter(Annotations annotations) {
    this.annotations = annotations;
  }

  @Override
  public Handler describe(TypeElement type, ExecutableElement method) {
    boolean controller = annotations.findInHierarchy(type, CONTROLLERS) != null;
    boolean advice = annotations.findInHierarchy(type, Set.of(CONTROLLER_ADVICE)) != null;
    boolean inherited = Annotations.isAbstractOrInterface(type);
    if (!controller && !advice && !inherited) {
      return null;
    }
    for (ExecutableElement declaration : annotations.methodHierarchy(method, type)) {
      Annotations.Found mapping = annotations.find(declaration, REQUEST_MAPPING);
      if (mapping != null && (controller || inherited)) {
        return handler(type, method, declaration, mapping, HandlerRole.ENDPOINT);
      }
      if (annotations.direct(declaration, EXCEPTION_HANDLER) != null && (controller || advice)) {
        return handler(type, method, declaration, null, HandlerRole.EXCEPTION_HANDLER);
      }
    }
    return null;
  }

  private Handler handler(TypeElement type, ExecutableElement method, ExecutableElement declaration,
      Annotations.Found mapping, HandlerRole role) {
    Annotations.Found typeMapping = annotations.findInHierarchy(type, Set.of(REQUEST_MAPPING));
    Set<String> httpMethods = new TreeSet<>();
    String path = "/";
    List<String> produces = List.of();
    List<String> consumes = List.of();
    if (mapping != null) {
      httpMethods.addAll(attribute(mapping, "method"));
      path = Paths.join(typeMapping == null ? List.of() : paths(typeMapping), paths(mapping));
      produces = attribute(mapping, "produces");
      consumes = attribute(mapping, "consumes");
      if (typeMapping != null) {
        produces = produces.isEmpty() ? attribute(typeMapping, "produces") : produces;
        consumes = consumes.isEmpty() ? attribute(typeMapping, "consumes") : consumes;
      }
    }
    ReturnShape shape = ReturnShapes.of(method.getReturnType(), RESPONSE_OBJECTS);
    if (shape.kind() != ReturnShape.Kind.RESPONSE_OBJECT && shape.kind() != ReturnShape.Kind.VOID
        && (!writesBody(type, method, declaration) || isView(shape.valueType()))) {
      shape = new ReturnShape(ReturnShape.Kind.UNKNOWN, shape.declaredType(), shape.valueType(),
          shape.wrapper());
    }
    return new Handler(type, method, Framework.SPRING, role, httpMethods, path, produces, consumes,
        parameters(method, type), shape, List.of(), responseStatus(method, type, declaration), List.of());
  }

  /** A value of the mapping: from the annotation as written if it declares the element, else from the meta-annotation. */
  private List<String> attribute(Annotations.Found found, String name) {
    AnnotationValue written = Annotations.explicitValue(found.present(), name);
    if (written != null) {
      return Annotations.flatten(written);
    }
    if (found.present() != found.target() && annotations.value(found.present(), name) != null) {
      List<String> own = annotations.strings(found.present(), name);
      if (!own.isEmpty()) {
        return own;
      }
    }
    return annotations.strings(found.target(), name);
  }

  private List<String> paths(Annotations.Found found) {
    List<String> paths = attribute(found, "path");
    return paths.isEmpty() ? attribute(found, "value") : paths;
  }

  /**
   * Whether the value is a view, which Spring renders (a redirect, a template) even in a
   * {@code @RestController}: its status and headers are the view's business.
   */
  private boolean isView(TypeMirror value) {
    for (String view : VIEWS) {
      if (annotations.isSubtype(value, view)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the return value is written as the body rather than resolved as a view name. */
  private boolean writesBody(TypeElement type, ExecutableElement method, ExecutableElement declaration) {
    return annotations.findInHierarchy(type, Set.of(RESPONSE_BODY)) != null
        || annotations.has(method, RESPONSE_BODY) || annotations.has(declaration, RESPONSE_BODY)
        || Annotations.isAbstractOrInterface(type);
  }

  private DeclaredStatus responseStatus(Element method, TypeElement type, ExecutableElement declaration) {
    AnnotationMirror annotation = annotations.direct(method, RESPONSE_STATUS);
    Element owner = method;
    if (annotation == null) {
      annotation = annotations.direct(declaration, RESPONSE_STATUS);
      owner = declaration;
    }
    if (annotation == null) {
      // Spring also honours @ResponseStatus on the controller class, for every handler in it.
      Annotations.Found onType = annotations.findInHierarchy(type, Set.of(RESPONSE_STATUS));
      if (onType == null) {
        return null;
      }
      annotation = onType.present();
      owner = typeDeclaring(type, annotation);
    }
    Integer code = responseStatusCode(annotation);
    return code == null ? null : new DeclaredStatus(code, ElementSite.of(owner, annotation));
  }

  private TypeElement typeDeclaring(TypeElement type, AnnotationMirror annotation) {
    for (TypeElement candidate : annotations.typeHierarchy(type)) {
      if (candidate.getAnnotationMirrors().contains(annotation)) {
        return candidate;
      }
    }
    return type;
  }

  /** The code of a {@code @ResponseStatus}, from {@code code} or its alias {@code value}. */
  Integer responseStatusCode(AnnotationMirror responseStatus) {
    AnnotationValue value = Annotations.explicitValue(responseStatus, "code");
    if (value == null) {
      value = Annotations.explicitValue(responseStatus, "value");
    }
    if (value == null) {
      return 500;
    }
    return value.getValue() instanceof VariableElement constant
        ? StatusConstants.spring(constant.getSimpleName().toString())
        : null;
  }

  private Parameters parameters(ExecutableElement method, TypeElement type) {
    boolean body = false;
    boolean allHeaders = false;
    boolean preconditions = false;
    boolean raw = false;
    Set<String> headers = new TreeSet<>();
    for (VariableElement parameter : annotations.effectiveParameters(method, type)) {
      String typeName = Annotations.qualifiedName(parameter.asType());
      body |= annotations.direct(parameter, WEB + "RequestBody") != null
          || annotations.direct(parameter, WEB + "RequestPart") != null
          || readsBody(parameter.asType());
      raw |= typeName != null && RAW_RESPONSES.contains(typeName);
      preconditions |= typeName != null && PRECONDITION_PARAMETERS.contains(typeName);
      allHeaders |= typeName != null && REQUESTS.contains(typeName);
      AnnotationMirror header = annotations.direct(parameter, WEB + "RequestHeader");
      if (header != null) {
        List<String> names = new ArrayList<>(annotations.strings(header, "name"));
        names.addAll(annotations.strings(header, "value"));
        names.removeIf(String::isEmpty);
        if (typeName != null && ALL_HEADER_TYPES.contains(typeName)) {
          allHeaders = true;
        } else if (names.isEmpty()) {
          headers.add(parameter.getSimpleName().toString().toLowerCase(Locale.ROOT));
        } else {
          names.forEach(name -> headers.add(name.toLowerCase(Locale.ROOT)));
        }
      }
    }
    // Spring injects a proxy of the current response into a field: every handler can write on it.
    raw |= hasResponseField(type);
    return new Parameters(body, headers, allHeaders, preconditions, raw);
  }

  private boolean hasResponseField(TypeElement type) {
    for (TypeElement current : annotations.typeHierarchy(type)) {
      for (VariableElement field : annotations.declaredFields(current)) {
        String typeName = Annotations.qualifiedName(field.asType());
        if (typeName != null && RAW_RESPONSES.contains(typeName)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean readsBody(TypeMirror type) {
    String name = elementTypeName(type);
    return name != null && BODY_READERS.contains(name);
  }

  /** The name of a type, or of what an array or collection of it holds (its last type argument). */
  private static String elementTypeName(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return Annotations.qualifiedName(array.getComponentType());
    }
    String name = Annotations.qualifiedName(type);
    if (name != null && CONTAINERS.contains(name)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      return arguments.isEmpty() ? name : Annotations.qualifiedName(arguments.get(arguments.size() - 1));
    }
    return name;
  }

  /** The code of {@code @ResponseStatus} on an exception class (or its superclasses), with its site; or null. */
  DeclaredStatus exceptionStatus(TypeElement exception) {
    for (TypeElement type : annotations.typeHierarchy(exception)) {
      AnnotationMirror annotation = annotations.direct(type, RESPONSE_STATUS);
      if (annotation != null) {
        Integer code = responseStatusCode(annotation);
        return code == null ? null : new DeclaredStatus(code, ElementSite.of(type, annotation));
      }
    }
    return null;
  }
}
