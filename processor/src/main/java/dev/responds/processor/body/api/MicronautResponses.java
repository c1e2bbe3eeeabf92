package dev.responds.processor.body.api;

import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Micronaut's {@code HttpResponse} factories and the {@code MutableHttpResponse} chains after them. */
final class MicronautResponses implements Recogniser {
  private static final String HTTP_RESPONSE = "io.micronaut.http.HttpResponse";
  private static final String HTTP_STATUS_EXCEPTION = "io.micronaut.http.exceptions.HttpStatusException";
  /** The mutable response, which locals hold and change in place. */
  private static final String MUTABLE_RESPONSE = "io.micronaut.http.MutableHttpResponse";
  private static final Set<String> BUILDERS = Set.of(MUTABLE_RESPONSE, "io.micronaut.http.MutableHttpMessage");

  /** Factories whose name gives the status; an argument that is not a URI is the body. */
  private static final Map<String, Integer> NAMED_FACTORIES = Map.ofEntries(
      Map.entry("ok", 200), Map.entry("created", 201), Map.entry("accepted", 202),
      Map.entry("noContent", 204), Map.entry("redirect", 301), Map.entry("seeOther", 303),
      Map.entry("notModified", 304), Map.entry("temporaryRedirect", 307),
      Map.entry("permanentRedirect", 308), Map.entry("badRequest", 400),
      Map.entry("unauthorized", 401), Map.entry("notFound", 404), Map.entry("notAllowed", 405),
      Map.entry("notAllowedGeneric", 405), Map.entry("unprocessableEntity", 422),
      Map.entry("serverError", 500));

  /** Chain calls that set one header, by the header they set. */
  private static final Map<String, String> HEADER_SETTERS = Map.of(
      "contentLength", "content-length",
      "contentEncoding", "content-encoding",
      "locale", "content-language",
      "cookie", "set-cookie",
      "cookies", "set-cookie",
      "cacheControl", "cache-control");
  /** Chain calls that change nothing we judge. */
  private static final Set<String> NEUTRAL = Set.of("attribute", "characterEncoding", "toMutableResponse");

  @Override
  public List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    String owner = TypeNames.owner(method);
    if (owner.equals(HTTP_RESPONSE) && TypeNames.isStatic(method)) {
      return factory(method, arguments);
    }
    if (!BUILDERS.contains(owner) || TypeNames.isStatic(method)) {
      return null;
    }
    List<ResponseState> result = new ArrayList<>();
    for (ResponseState state : receiver.get()) {
      result.addAll(step(state, TypeNames.name(method), arguments));
    }
    return result;
  }

  /**
   * What an exception sends once thrown out of a Micronaut handler: an {@code HttpStatusException}
   * its status, with no headers. Anything else, its subclasses included, is left to an
   * {@code @Error} handler or an exception handler bean, which are not seen from here: empty.
   */
  @Override
  public List<ResponseState> exception(Framework framework, TypeElement type, ExecutableElement constructor,
      List<Argument> arguments) {
    if (framework != Framework.MICRONAUT) {
      return null;
    }
    if (!type.getQualifiedName().contentEquals(HTTP_STATUS_EXCEPTION) || arguments.isEmpty()) {
      return List.of();
    }
    List<ResponseState> result = new ArrayList<>();
    for (Integer status : arguments.get(0).statuses()) {
      result.add(ResponseState.thrown(status, Headers.none()));
    }
    return result;
  }

  @Override
  public Set<String> mutableTypes() {
    return Set.of(MUTABLE_RESPONSE);
  }

  private static List<ResponseState> factory(ExecutableElement method, List<Argument> arguments) {
    String name = TypeNames.name(method);
    if (name.equals("status") && !arguments.isEmpty()) {
      return withStatuses(ResponseState.of(null), arguments.get(0));
    }
    Integer named = NAMED_FACTORIES.get(name);
    if (named == null) {
      return List.of();
    }
    ResponseState state = ResponseState.of(named);
    if (named == 405) {
      state = state.withHeader(Headers.ALLOW);
    }
    for (int i = 0; i < arguments.size(); i++) {
      String type = TypeNames.of(method.getParameters().get(i).asType());
      if (type.equals("java.net.URI")) {
        state = state.withHeader(Headers.LOCATION);
      } else if (named != 405) {
        state = state.withBody(arguments.get(i).asBody());
      }
    }
    return List.of(state);
  }

  private static List<ResponseState> step(ResponseState state, String name, List<Argument> arguments) {
    String header = HEADER_SETTERS.get(name);
    if (header != null) {
      return List.of(state.withHeader(header));
    }
    if (NEUTRAL.contains(name)) {
      return List.of(state);
    }
    switch (name) {
      case "body":
        return List.of(state.withBody(arguments.get(0).asBody()));
      case "status":
        return withStatuses(state, arguments.get(0));
      case "contentType":
        return List.of(state.withContentType(arguments.get(0).mediaType()));
      case "header":
        String headerName = arguments.get(0).constantString();
        if (headerName == null) {
          return List.of(state.withOpenedHeaders());
        }
        return List.of(headerName.equalsIgnoreCase(Headers.CONTENT_TYPE)
            ? state.withContentType(arguments.get(1).mediaType()) : state.withHeader(headerName));
      default:
        return List.of(state.withOpenedHeaders());
    }
  }

  /** The state with each status the argument can stand for; unknown when it is computed. */
  private static List<ResponseState> withStatuses(ResponseState state, Argument status) {
    List<Integer> statuses = status.statuses();
    if (statuses.isEmpty()) {
      return List.of(state.withStatus(null));
    }
    List<ResponseState> result = new ArrayList<>();
    statuses.forEach(code -> result.add(state.withStatus(code)));
    return result;
  }
}
