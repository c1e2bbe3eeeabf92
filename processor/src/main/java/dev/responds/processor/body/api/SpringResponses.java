package dev.responds.processor.body.api;

import dev.responds.processor.adapter.HandlerScanner;
import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Spring's ways to build a response: {@code ResponseEntity} factories, builder chains and
 * constructors, {@code HttpHeaders}, and the exceptions Spring turns into responses.
 */
final class SpringResponses implements Recogniser {
  private static final String RESPONSE_ENTITY = "org.springframework.http.ResponseEntity";
  private static final String HEADERS_BUILDER = RESPONSE_ENTITY + ".HeadersBuilder";
  private static final String BODY_BUILDER = RESPONSE_ENTITY + ".BodyBuilder";
  private static final String HTTP_HEADERS = "org.springframework.http.HttpHeaders";
  private static final String HTTP_STATUS = "org.springframework.http.HttpStatus";
  private static final String HTTP_STATUS_CODE = "org.springframework.http.HttpStatusCode";
  private static final String RESPONSE_STATUS_EXCEPTION =
      "org.springframework.web.server.ResponseStatusException";
  private static final String ERROR_RESPONSE_EXCEPTION = "org.springframework.web.ErrorResponseException";
  private static final String RESOURCE_REGION = "org.springframework.core.io.support.ResourceRegion";
  /** Returned from a handler, Spring sends it as the body with its own status (Spring 6). */
  private static final String PROBLEM_DETAIL = "org.springframework.http.ProblemDetail";
  /** Returned from a handler, Spring sends its status, headers and problem body. */
  private static final String ERROR_RESPONSE = "org.springframework.web.ErrorResponse";
  private static final String ERROR_RESPONSE_BUILDER = ERROR_RESPONSE + ".Builder";
  private static final Set<String> HEADER_MAPS =
      Set.of("org.springframework.util.MultiValueMap", HTTP_HEADERS);

  /** Factories whose name gives the status. */
  private static final Map<String, Integer> NAMED_FACTORIES = Map.of(
      "ok", 200, "created", 201, "accepted", 202, "noContent", 204, "badRequest", 400,
      "notFound", 404, "unprocessableEntity", 422, "internalServerError", 500);

  /** Builder and {@code HttpHeaders} methods that set one header, by the header they set. */
  private static final Map<String, String> HEADER_SETTERS = Map.ofEntries(
      Map.entry("location", Headers.LOCATION),
      Map.entry("allow", Headers.ALLOW),
      Map.entry("eTag", "etag"),
      Map.entry("lastModified", "last-modified"),
      Map.entry("cacheControl", "cache-control"),
      Map.entry("varyBy", "vary"),
      Map.entry("contentLength", "content-length"),
      Map.entry("contentType", "content-type"),
      Map.entry("setLocation", Headers.LOCATION),
      Map.entry("setAllow", Headers.ALLOW),
      Map.entry("setETag", "etag"),
      Map.entry("setLastModified", "last-modified"),
      Map.entry("setCacheControl", "cache-control"),
      Map.entry("setVary", "vary"),
      Map.entry("setContentLength", "content-length"),
      Map.entry("setContentType", "content-type"),
      Map.entry("setContentDisposition", "content-disposition"),
      Map.entry("setContentLanguage", "content-language"),
      Map.entry("setExpires", "expires"),
      Map.entry("setDate", "date"),
      Map.entry("setBearerAuth", "authorization"),
      Map.entry("setBasicAuth", "authorization"));

  /** Spring's own subclasses of {@code ResponseStatusException}, with the status each sends. */
  private static final Map<String, Integer> STATUS_EXCEPTIONS = Map.of(
      "org.springframework.web.server.MethodNotAllowedException", 405,
      "org.springframework.web.server.NotAcceptableStatusException", 406,
      "org.springframework.web.server.UnsupportedMediaTypeStatusException", 415,
      "org.springframework.web.server.ServerWebInputException", 400,
      "org.springframework.web.server.MissingRequestValueException", 400,
      "org.springframework.web.server.PayloadTooLargeException", 413,
      "org.springframework.web.server.ServerErrorException", 500);

  /** Calls that hand the response to Spring later, from another thread. */
  private static final Set<String> DEFERRED_RESULTS = Set.of(
      "org.springframework.web.context.request.async.DeferredResult.setResult",
      "org.springframework.web.context.request.async.DeferredResult.setErrorResult");

  /** Spring Security's ways to answer a request that may not go on, servlet and reactive. */
  private static final Set<String> ENTRY_POINTS = Set.of(
      "org.springframework.security.web.AuthenticationEntryPoint",
      "org.springframework.security.web.access.AccessDeniedHandler",
      "org.springframework.security.web.server.ServerAuthenticationEntryPoint",
      "org.springframework.security.web.server.authorization.ServerAccessDeniedHandler");

  private final HandlerScanner scanner;

  /** The header an {@code HttpHeaders} (or builder) method named {@code method} sets, or null. */
  static String headerSetBy(String method) {
    return HEADER_SETTERS.get(method);
  }

  SpringResponses(HandlerScanner scanner) {
    this.scanner = scanner;
  }

  @Override
  public List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    String owner = TypeNames.owner(method);
    String name = TypeNames.name(method);
    if (owner.equals(RESPONSE_ENTITY) && TypeNames.isStatic(method)) {
      return factory(method, name, arguments);
    }
    if (owner.equals(PROBLEM_DETAIL)) {
      return problemDetail(method, name, receiver, arguments);
    }
    if (owner.equals(ERROR_RESPONSE) || owner.equals(ERROR_RESPONSE_BUILDER)) {
      return errorResponse(method, name, receiver, arguments);
    }
    if ((owner.equals(HEADERS_BUILDER) || owner.equals(BODY_BUILDER) || owner.equals(HTTP_HEADERS))
        && !TypeNames.isStatic(method)) {
      List<ResponseState> result = new ArrayList<>();
      for (ResponseState state : receiver.get()) {
        result.add(step(state, name, arguments));
      }
      return result;
    }
    return null;
  }

  private static List<ResponseState> factory(ExecutableElement method, String name, List<Argument> arguments) {
    Integer named = NAMED_FACTORIES.get(name);
    if (named != null) {
      ResponseState state = ResponseState.of(named);
      if (named == 201) {
        state = state.withHeader(Headers.LOCATION);
      }
      return List.of(arguments.isEmpty() || named == 201 ? state : state.withBody(arguments.get(0).asBody()));
    }
    switch (name) {
      case "status":
        return statesOf(arguments.get(0).statuses());
      case "of":
        String parameter = TypeNames.of(method.getParameters().get(0).asType());
        if (parameter.equals(PROBLEM_DETAIL)) {
          // ResponseEntity.of(problem): the problem's status, the problem as the body, no header yet.
          return problemBodies(arguments.get(0).states());
        }
        return parameter.equals("java.util.Optional") ? presentOrNotFound()
            : List.of(ResponseState.of(null).withOpenedHeaders());
      case "ofNullable":
        return presentOrNotFound();
      default:
        return List.of();
    }
  }

  /**
   * {@code ProblemDetail.forStatus(..)} and {@code forStatusAndDetail(..)}: a body with that
   * status and no header; {@code setStatus(..)} changes the status, the other setters only the body.
   */
  private static List<ResponseState> problemDetail(ExecutableElement method, String name,
      Supplier<List<ResponseState>> receiver, List<Argument> arguments) {
    if (TypeNames.isStatic(method)) {
      if (!name.equals("forStatus") && !name.equals("forStatusAndDetail")) {
        return List.of();
      }
      List<ResponseState> result = new ArrayList<>();
      for (ResponseState state : statesOf(arguments.get(0).statuses())) {
        result.add(state.withBody(Presence.PRESENT));
      }
      return result;
    }
    if (!name.equals("setStatus")) {
      return receiver.get();
    }
    List<ResponseState> result = new ArrayList<>();
    List<Integer> statuses = arguments.get(0).statuses();
    for (ResponseState state : receiver.get()) {
      if (statuses.isEmpty()) {
        result.add(state.withStatus(null));
      }
      for (Integer status : statuses) {
        result.add(state.withStatus(status));
      }
    }
    return result;
  }

  /**
   * {@code ErrorResponse.create(ex, status, detail)} and {@code ErrorResponse.builder(..)}: that
   * status with a problem body and no header; the builder adds what {@code header(..)} names and
   * {@code build()} keeps it. Of an error response, {@code getBody()} is its problem (its status,
   * no header) and {@code getHeaders()} its header map.
   */
  private static List<ResponseState> errorResponse(ExecutableElement method, String name,
      Supplier<List<ResponseState>> receiver, List<Argument> arguments) {
    if (TypeNames.isStatic(method)) {
      if (!(name.equals("create") || name.equals("builder")) || arguments.size() < 2) {
        return null;
      }
      boolean fromProblem = TypeNames.of(method.getParameters().get(1).asType()).equals(PROBLEM_DETAIL);
      return problemBodies(fromProblem ? arguments.get(1).states() : statesOf(arguments.get(1).statuses()));
    }
    boolean builder = TypeNames.owner(method).equals(ERROR_RESPONSE_BUILDER);
    if (!builder && !name.equals("getBody") && !name.equals("getHeaders")) {
      return null;
    }
    List<ResponseState> result = new ArrayList<>();
    for (ResponseState state : receiver.get()) {
      result.add(switch (name) {
        case "getBody" -> new ResponseState(state.status(), Presence.PRESENT, Headers.none());
        case "getHeaders" -> new ResponseState(null, Presence.ABSENT, state.headers());
        case "header", "headers" -> step(state, name, arguments);
        default -> state;
      });
    }
    return result;
  }

  /** Responses whose body is the problem each of {@code problems} describes, with its status and no header. */
  private static List<ResponseState> problemBodies(List<ResponseState> problems) {
    List<ResponseState> result = new ArrayList<>();
    for (ResponseState problem : problems.isEmpty() ? List.of(ResponseState.of(null)) : problems) {
      result.add(new ResponseState(problem.status(), Presence.PRESENT, Headers.none()));
    }
    return result;
  }

  private static List<ResponseState> presentOrNotFound() {
    return List.of(ResponseState.of(200).withBody(Presence.PRESENT), ResponseState.of(404));
  }

  /** One builder or {@code HttpHeaders} method applied to a state. */
  static ResponseState step(ResponseState state, String name, List<Argument> arguments) {
    if ((name.equals("contentType") || name.equals("setContentType")) && arguments.size() == 1) {
      return state.withContentType(arguments.get(0).mediaType());
    }
    String header = HEADER_SETTERS.get(name);
    if (header != null) {
      return state.withHeader(header);
    }
    switch (name) {
      case "body":
        return withBody(state, arguments.get(0));
      case "build":
        return state;
      case "header":
      case "set":
      case "add":
        String headerName = arguments.isEmpty() ? null : arguments.get(0).constantString();
        if (headerName != null && headerName.equalsIgnoreCase(Headers.CONTENT_TYPE)
            && arguments.size() == 2) {
          return state.withContentType(arguments.get(1).mediaType());
        }
        return headerName == null ? state.withOpenedHeaders() : state.withHeader(headerName);
      case "headers":
        Headers more = arguments.get(0).headers();
        return more == null ? state.withOpenedHeaders() : state.withHeaders(more);
      default:
        return state.withOpenedHeaders();
    }
  }

  private static ResponseState withBody(ResponseState state, Argument body) {
    ResponseState result = state.withBody(body.asBody());
    return isRegions(body.type()) ? result.withHeader(Headers.CONTENT_RANGE) : result;
  }

  /**
   * Whether a body is a {@code ResourceRegion} or a collection of them: Spring's converter for
   * them writes Content-Range (or a multipart/byteranges body) itself.
   */
  private static boolean isRegions(TypeMirror type) {
    if (TypeNames.of(type).equals(RESOURCE_REGION)) {
      return true;
    }
    return type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1
        && TypeNames.of(declared.getTypeArguments().get(0)).equals(RESOURCE_REGION);
  }

  /** The states of {@code new ResponseEntity<>(..)} and {@code new HttpHeaders()}; null for another constructor. */
  @Override
  public List<ResponseState> construct(ExecutableElement constructor, List<Argument> arguments) {
    String owner = TypeNames.owner(constructor);
    if (owner.equals(HTTP_HEADERS)) {
      return arguments.isEmpty() ? List.of(ResponseState.headerMap()) : List.of();
    }
    if (!owner.equals(RESPONSE_ENTITY) || arguments.isEmpty()) {
      return null;
    }
    List<? extends VariableElement> parameters = constructor.getParameters();
    Presence body = Presence.ABSENT;
    Headers headers = Headers.none();
    boolean regions = false;
    for (int i = 0; i < parameters.size() - 1; i++) {
      String type = TypeNames.of(parameters.get(i).asType());
      if (HEADER_MAPS.contains(type)) {
        Headers given = arguments.get(i).headers();
        headers = given == null ? Headers.unknown() : given;
      } else if (parameters.get(i).asType().getKind() == TypeKind.TYPEVAR || type.equals("java.lang.Object")) {
        body = arguments.get(i).asBody();
        regions = isRegions(arguments.get(i).type());
      }
    }
    if (regions) {
      headers = headers.with(Headers.CONTENT_RANGE);
    }
    List<ResponseState> result = new ArrayList<>();
    for (Integer status : arguments.get(arguments.size() - 1).statuses()) {
      result.add(new ResponseState(status, body, headers));
    }
    return result;
  }

  /**
   * What the exception sends once thrown out of a Spring handler: empty when Spring does not say,
   * null for a subclass of {@code ResponseStatusException}, whose constructor decides.
   */
  @Override
  public List<ResponseState> exception(Framework framework, TypeElement type, ExecutableElement constructor,
      List<Argument> arguments) {
    if (framework != Framework.SPRING) {
      return null;
    }
    String name = type.getQualifiedName().toString();
    if (name.equals(RESPONSE_STATUS_EXCEPTION) || name.equals(ERROR_RESPONSE_EXCEPTION)) {
      // ErrorResponseException lets callers add headers after construction.
      Headers headers = name.equals(RESPONSE_STATUS_EXCEPTION) ? Headers.none() : Headers.unknown();
      List<ResponseState> result = new ArrayList<>();
      for (Integer status : arguments.isEmpty() ? List.<Integer>of() : arguments.get(0).statuses()) {
        result.add(ResponseState.thrown(status, headers));
      }
      return result;
    }
    Integer known = STATUS_EXCEPTIONS.get(name);
    if (known != null) {
      return List.of(ResponseState.thrown(known, Headers.unknown()));
    }
    for (TypeElement superclass : TypeNames.superclasses(type)) {
      String superName = superclass.getQualifiedName().toString();
      if (superName.equals(RESPONSE_STATUS_EXCEPTION) || superName.equals(ERROR_RESPONSE_EXCEPTION)) {
        return null;
      }
    }
    DeclaredStatus declared = scanner.exceptionStatus(type);
    return declared == null ? List.of() : List.of(ResponseState.thrown(declared.code(), Headers.none()));
  }

  /** {@code HttpStatusCode.valueOf(n)}, {@code HttpStatus.resolve(n)}, {@code HttpStatus.CREATED.value()}. */
  @Override
  public List<Integer> statuses(ExecutableElement method, Supplier<List<Integer>> receiver,
      List<Argument> arguments) {
    String owner = TypeNames.owner(method);
    if (!owner.equals(HTTP_STATUS) && !owner.equals(HTTP_STATUS_CODE)) {
      return null;
    }
    String name = TypeNames.name(method);
    if (TypeNames.isStatic(method) && (name.equals("valueOf") || name.equals("resolve"))
        && TypeNames.takesOneInt(method) && arguments.size() == 1) {
      return arguments.get(0).statuses();
    }
    return !TypeNames.isStatic(method) && arguments.isEmpty() && name.equals("value") ? receiver.get() : null;
  }

  @Override
  public Set<String> statusTypes() {
    return Set.of(HTTP_STATUS, HTTP_STATUS_CODE);
  }

  @Override
  public Set<String> mutableTypes() {
    return Set.of(HTTP_HEADERS, BODY_BUILDER, HEADERS_BUILDER, PROBLEM_DETAIL, ERROR_RESPONSE_BUILDER);
  }

  @Override
  public Set<String> responseTypes() {
    return Set.of(RESPONSE_ENTITY, BODY_BUILDER, HEADERS_BUILDER, HTTP_HEADERS, ERROR_RESPONSE);
  }

  @Override
  public boolean keepsArguments(String owner) {
    return owner.startsWith("org.springframework.http.");
  }

  @Override
  public boolean sendsArgument(ExecutableElement method) {
    return DEFERRED_RESULTS.contains(TypeNames.owner(method) + "." + TypeNames.name(method));
  }

  @Override
  public boolean isEntryPoint(String functionalInterface) {
    return ENTRY_POINTS.contains(functionalInterface);
  }

  @Override
  public boolean passesRequestOn(ExecutableElement method) {
    return TypeNames.owner(method).equals("org.springframework.web.server.WebFilterChain")
        && TypeNames.name(method).equals("filter");
  }

  private static List<ResponseState> statesOf(List<Integer> statuses) {
    if (statuses.isEmpty()) {
      return List.of(ResponseState.of(null));
    }
    List<ResponseState> result = new ArrayList<>();
    for (Integer status : statuses) {
      result.add(ResponseState.of(status));
    }
    return result;
  }
}
