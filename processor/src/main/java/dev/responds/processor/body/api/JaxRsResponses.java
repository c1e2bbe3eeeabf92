package dev.responds.processor.body.api;

import dev.responds.processor.adapter.StatusConstants;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * JAX-RS's ways to build a response, in both namespaces: {@code Response} factories,
 * {@code ResponseBuilder} chains, and {@code WebApplicationException} with its subclasses; and
 * Quarkus REST's {@code RestResponse}, built the same way.
 */
final class JaxRsResponses implements Recogniser {
  private static final List<String> NAMESPACES = List.of("jakarta.ws.rs", "javax.ws.rs");
  private static final String REST_RESPONSE = "org.jboss.resteasy.reactive.RestResponse";
  private static final String REST_RESPONSE_BUILDER = REST_RESPONSE + ".ResponseBuilder";
  /** Calls that hand the response to JAX-RS later ({@code resume}), or instead of the resource ({@code abortWith}). */
  private static final Set<String> SENDS_ARGUMENT = Set.of(
      "jakarta.ws.rs.container.AsyncResponse.resume",
      "javax.ws.rs.container.AsyncResponse.resume",
      "jakarta.ws.rs.container.ContainerRequestContext.abortWith",
      "javax.ws.rs.container.ContainerRequestContext.abortWith");

  /** Factories whose name gives the status, with the header they set (or null). */
  private static final Map<String, Integer> NAMED_FACTORIES = Map.of(
      "ok", 200, "created", 201, "accepted", 202, "noContent", 204, "notModified", 304,
      "seeOther", 303, "temporaryRedirect", 307, "serverError", 500, "notAcceptable", 406,
      "notFound", 404);
  private static final Map<String, String> FACTORY_HEADERS = Map.of(
      "created", Headers.LOCATION, "seeOther", Headers.LOCATION,
      "temporaryRedirect", Headers.LOCATION, "notAcceptable", "vary");

  private static final Map<String, String> HEADER_SETTERS = Map.ofEntries(
      Map.entry("location", Headers.LOCATION),
      Map.entry("contentLocation", "content-location"),
      Map.entry("allow", Headers.ALLOW),
      Map.entry("tag", "etag"),
      Map.entry("lastModified", "last-modified"),
      Map.entry("expires", "expires"),
      Map.entry("cacheControl", "cache-control"),
      Map.entry("type", "content-type"),
      Map.entry("language", "content-language"),
      Map.entry("encoding", "content-encoding"),
      Map.entry("cookie", "set-cookie"),
      Map.entry("link", "link"),
      Map.entry("links", "link"));

  /** Exceptions whose class fixes the status. */
  private static final Map<String, Integer> FIXED_STATUS = Map.of(
      "BadRequestException", 400,
      "NotAuthorizedException", 401,
      "ForbiddenException", 403,
      "NotFoundException", 404,
      "NotAllowedException", 405,
      "NotAcceptableException", 406,
      "NotSupportedException", 415,
      "InternalServerErrorException", 500,
      "ServiceUnavailableException", 503);

  @Override
  public List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    String owner = TypeNames.owner(method);
    String name = TypeNames.name(method);
    for (String namespace : NAMESPACES) {
      if (owner.equals(namespace + ".core.Response") && TypeNames.isStatic(method)) {
        return factory(method, name, arguments);
      }
      if (owner.equals(namespace + ".core.Response.ResponseBuilder") && !TypeNames.isStatic(method)) {
        return steps(receiver, name, arguments);
      }
    }
    if (owner.equals(REST_RESPONSE) || owner.equals(REST_RESPONSE_BUILDER)) {
      // Quarkus REST's typed twin of Response: the same factories (on the builder too) and steps.
      if (TypeNames.isStatic(method)) {
        return factory(method, name.equals("create") ? "status" : name, arguments);
      }
      if (owner.equals(REST_RESPONSE_BUILDER)) {
        return steps(receiver, name, arguments);
      }
      return name.equals("toResponse") ? receiver.get() : List.of();
    }
    return null;
  }

  private static List<ResponseState> steps(Supplier<List<ResponseState>> receiver, String name,
      List<Argument> arguments) {
    List<ResponseState> result = new ArrayList<>();
    for (ResponseState state : receiver.get()) {
      result.addAll(step(state, name, arguments));
    }
    return result;
  }

  private static List<ResponseState> factory(ExecutableElement method, String name, List<Argument> arguments) {
    Integer named = NAMED_FACTORIES.get(name);
    if (named != null) {
      ResponseState state = ResponseState.of(named);
      String header = FACTORY_HEADERS.get(name);
      if (header != null) {
        state = state.withHeader(header);
      } else if (name.equals("notModified") && !arguments.isEmpty()) {
        state = state.withHeader("etag");
      } else if (!arguments.isEmpty()) {
        state = state.withBody(arguments.get(0).asBody());
        if (arguments.size() > 1) {
          state = state.withContentType(arguments.get(1).mediaType());
        }
      }
      return List.of(state);
    }
    switch (name) {
      case "status":
        List<ResponseState> states = statesOf(arguments.get(0).statuses());
        // RestResponse.status(status, entity); status(int, reasonPhrase) takes no entity.
        if (arguments.size() == 2 && method.getParameters().get(1).asType().getKind() == TypeKind.TYPEVAR) {
          List<ResponseState> withEntity = new ArrayList<>();
          for (ResponseState state : states) {
            withEntity.add(state.withBody(arguments.get(1).asBody()));
          }
          return withEntity;
        }
        return states;
      case "fromResponse":
        return arguments.get(0).states();
      default:
        return List.of();
    }
  }

  private static List<ResponseState> step(ResponseState state, String name, List<Argument> arguments) {
    if (name.equals("type") && arguments.size() == 1 && !arguments.get(0).isNullLiteral()) {
      return List.of(state.withContentType(arguments.get(0).mediaType()));
    }
    String header = HEADER_SETTERS.get(name);
    if (header != null) {
      // location(null) and friends remove the header.
      return List.of(!arguments.isEmpty() && arguments.get(0).isNullLiteral() ? state.withOpenedHeaders()
          : state.withHeader(header));
    }
    switch (name) {
      case "entity":
        return List.of(state.withBody(arguments.get(0).asBody()));
      case "build":
      case "clone":
        return List.of(state);
      case "status":
        List<Integer> statuses = arguments.get(0).statuses();
        List<ResponseState> result = new ArrayList<>();
        for (Integer status : statuses.isEmpty() ? Collections.<Integer>singletonList(null) : statuses) {
          result.add(state.withStatus(status));
        }
        return result;
      case "header":
        String headerName = arguments.get(0).constantString();
        if (headerName == null || arguments.get(1).isNullLiteral()) {
          return List.of(state.withOpenedHeaders());
        }
        if (headerName.equalsIgnoreCase(Headers.CONTENT_TYPE)) {
          return List.of(state.withContentType(arguments.get(1).mediaType()));
        }
        return List.of(state.withHeader(headerName));
      default:
        return List.of(state.withOpenedHeaders());
    }
  }

  /**
   * What a {@code WebApplicationException} (or subclass) sends when thrown: empty for any other
   * exception, null for a subclass whose constructor decides the status.
   */
  @Override
  public List<ResponseState> exception(Framework framework, TypeElement type, ExecutableElement constructor,
      List<Argument> arguments) {
    if (framework != Framework.JAKARTA_RS && framework != Framework.JAVAX_RS) {
      return null;
    }
    TypeElement known = null;
    for (TypeElement candidate : TypeNames.superclasses(type)) {
      if (isJaxRsException(candidate)) {
        known = candidate;
        break;
      }
    }
    if (known == null) {
      return List.of();
    }
    if (known == type) {
      return knownException(known.getSimpleName().toString(), constructor, arguments);
    }
    Integer fixed = FIXED_STATUS.get(known.getSimpleName().toString());
    if (fixed == null) {
      return null;
    }
    List<ResponseState> result = List.of(ResponseState.thrown(fixed, Headers.none()));
    // A subclass keeps the status its JAX-RS superclass checks, but may add headers.
    List<ResponseState> opened = new ArrayList<>();
    for (ResponseState state : result) {
      opened.add(state.withOpenedHeaders());
    }
    return opened;
  }

  /**
   * {@code Response.Status.fromStatusCode(n)}, {@code Status.CREATED.getStatusCode()}, and the same
   * on Quarkus's {@code RestResponse.Status}.
   */
  @Override
  public List<Integer> statuses(ExecutableElement method, Supplier<List<Integer>> receiver,
      List<Argument> arguments) {
    String owner = TypeNames.owner(method);
    if (!StatusConstants.isJaxRsStatus(owner) && !owner.equals(StatusConstants.REST_RESPONSE_STATUS)) {
      return null;
    }
    String name = TypeNames.name(method);
    if (TypeNames.isStatic(method) && name.equals("fromStatusCode") && TypeNames.takesOneInt(method)
        && arguments.size() == 1) {
      return arguments.get(0).statuses();
    }
    return !TypeNames.isStatic(method) && arguments.isEmpty() && name.equals("getStatusCode")
        ? receiver.get() : null;
  }

  @Override
  public Set<String> statusTypes() {
    Set<String> types = new HashSet<>(Set.of(REST_RESPONSE + ".Status", REST_RESPONSE + ".StatusCode"));
    for (String namespace : NAMESPACES) {
      types.add(namespace + ".core.Response.Status");
      types.add(namespace + ".core.Response.StatusType");
    }
    return types;
  }

  @Override
  public Set<String> mutableTypes() {
    return Set.of(NAMESPACES.get(0) + ".core.Response.ResponseBuilder",
        NAMESPACES.get(1) + ".core.Response.ResponseBuilder", REST_RESPONSE_BUILDER);
  }

  @Override
  public Set<String> responseTypes() {
    Set<String> types = new HashSet<>(Set.of(REST_RESPONSE, REST_RESPONSE_BUILDER));
    for (String namespace : NAMESPACES) {
      types.add(namespace + ".core.Response");
      types.add(namespace + ".core.Response.ResponseBuilder");
    }
    return types;
  }

  @Override
  public boolean keepsArguments(String owner) {
    return owner.startsWith("jakarta.ws.rs.") || owner.startsWith("javax.ws.rs.")
        || owner.startsWith("org.jboss.resteasy.reactive.");
  }

  @Override
  public boolean sendsArgument(ExecutableElement method) {
    return SENDS_ARGUMENT.contains(TypeNames.owner(method) + "." + TypeNames.name(method));
  }

  private static boolean isJaxRsException(TypeElement type) {
    String name = type.getQualifiedName().toString();
    String simple = type.getSimpleName().toString();
    for (String namespace : NAMESPACES) {
      if (name.equals(namespace + "." + simple) && (FIXED_STATUS.containsKey(simple)
          || simple.equals("WebApplicationException") || simple.equals("ClientErrorException")
          || simple.equals("ServerErrorException") || simple.equals("RedirectionException"))) {
        return true;
      }
    }
    return false;
  }

  private static List<ResponseState> knownException(String simpleName, ExecutableElement constructor,
      List<Argument> arguments) {
    List<? extends VariableElement> parameters = constructor.getParameters();
    Integer fixed = FIXED_STATUS.get(simpleName);
    List<Integer> statuses = new ArrayList<>();
    Argument response = null;
    Argument retryAfter = null;
    for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
      TypeMirror type = parameters.get(i).asType();
      String typeName = TypeNames.of(type);
      if (typeName.endsWith(".core.Response")) {
        response = arguments.get(i);
      } else if (type.getKind() == TypeKind.INT || typeName.endsWith(".core.Response.Status")
          || typeName.endsWith(".core.Response.StatusType")) {
        statuses.addAll(arguments.get(i).statuses());
      } else if (typeName.equals("java.lang.Long") || typeName.equals("java.util.Date")) {
        retryAfter = arguments.get(i);
      }
    }
    if (response != null) {
      return fromResponse(response, fixed, simpleName);
    }
    if (fixed == null && statuses.isEmpty()) {
      // WebApplicationException without a status sends 500; the others always take one.
      if (!simpleName.equals("WebApplicationException")) {
        return List.of();
      }
      statuses.add(500);
    } else if (fixed != null) {
      statuses = List.of(fixed);
    }
    Headers headers = Headers.none();
    switch (simpleName) {
      case "NotAllowedException" -> headers = headers.with(Headers.ALLOW);
      case "NotAuthorizedException" -> headers = headers.with(Headers.WWW_AUTHENTICATE);
      case "RedirectionException" -> headers = headers.with(Headers.LOCATION);
      case "ServiceUnavailableException" -> {
        if (retryAfter != null && !retryAfter.isNullLiteral()) {
          headers = retryAfter.isConstant() ? headers.with(Headers.RETRY_AFTER) : headers.opened();
        }
      }
      default -> { }
    }
    List<ResponseState> result = new ArrayList<>();
    for (Integer status : statuses) {
      result.add(ResponseState.thrown(status, headers));
    }
    return result;
  }

  /** An exception built around a response sends that response (with the status its class requires). */
  private static List<ResponseState> fromResponse(Argument response, Integer fixed, String simpleName) {
    List<ResponseState> states = response.states();
    List<ResponseState> result = new ArrayList<>();
    for (ResponseState state : states) {
      ResponseState sent = fixed == null ? state : state.withStatus(fixed);
      result.add(simpleName.equals("NotAllowedException") ? sent.withHeader(Headers.ALLOW) : sent);
    }
    if (result.isEmpty() && fixed != null) {
      Headers headers = simpleName.equals("NotAllowedException")
          ? Headers.unknown().with(Headers.ALLOW) : Headers.unknown();
      result.add(new ResponseState(fixed, Presence.UNKNOWN, headers));
    }
    return result;
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
