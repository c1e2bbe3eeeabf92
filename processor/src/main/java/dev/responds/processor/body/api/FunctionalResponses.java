package dev.responds.processor.body.api;

import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Spring's functional endpoints, reactive (WebFlux) and servlet (WebMvc.fn): the {@code
 * ServerResponse} factories and builder chains that handler functions return, and the handler
 * functions that router definitions take as lambdas ({@code route().POST("/x", request -> ..)}).
 */
final class FunctionalResponses implements Recogniser {
  private static final List<String> PACKAGES = List.of(
      "org.springframework.web.reactive.function.server", "org.springframework.web.servlet.function");
  private static final List<String> SERVER_RESPONSES = List.of(
      PACKAGES.get(0) + ".ServerResponse", PACKAGES.get(1) + ".ServerResponse");
  /** The builder types, which locals hold and change in place. */
  private static final Set<String> BUILDERS = Set.of(
      SERVER_RESPONSES.get(0) + ".HeadersBuilder", SERVER_RESPONSES.get(0) + ".BodyBuilder",
      SERVER_RESPONSES.get(1) + ".HeadersBuilder", SERVER_RESPONSES.get(1) + ".BodyBuilder");

  /** Factories whose name gives the status. */
  private static final Map<String, Integer> NAMED_FACTORIES = Map.of(
      "ok", 200, "created", 201, "accepted", 202, "noContent", 204, "seeOther", 303,
      "temporaryRedirect", 307, "permanentRedirect", 308, "badRequest", 400, "notFound", 404,
      "unprocessableEntity", 422);
  /** Factories that take the Location. */
  private static final Set<String> LOCATED = Set.of("created", "seeOther", "temporaryRedirect",
      "permanentRedirect");
  /** Builder calls that finish with a body. */
  private static final Set<String> BODIES = Set.of("bodyValue", "body", "syncBody", "render");
  /** Builder calls that change nothing we judge. */
  private static final Set<String> HINTS = Set.of("hint", "hints");

  /** Function types whose lambdas answer requests when a router definition is given them. */
  private static final Set<String> HANDLER_FUNCTIONS = Set.of(
      PACKAGES.get(0) + ".HandlerFunction", PACKAGES.get(1) + ".HandlerFunction",
      PACKAGES.get(0) + ".HandlerFilterFunction", PACKAGES.get(1) + ".HandlerFilterFunction");

  @Override
  public List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    String owner = TypeNames.owner(method);
    String name = TypeNames.name(method);
    if (SERVER_RESPONSES.contains(owner) && TypeNames.isStatic(method)) {
      return factory(method, name, arguments);
    }
    if (!BUILDERS.contains(owner) || TypeNames.isStatic(method)) {
      return null;
    }
    List<ResponseState> result = new ArrayList<>();
    for (ResponseState state : receiver.get()) {
      result.add(step(state, name, arguments));
    }
    return result;
  }

  private static List<ResponseState> factory(ExecutableElement method, String name,
      List<Argument> arguments) {
    Integer named = NAMED_FACTORIES.get(name);
    if (named != null) {
      ResponseState state = ResponseState.of(named);
      return List.of(LOCATED.contains(name) ? state.withHeader(Headers.LOCATION) : state);
    }
    if (name.equals("status") && arguments.size() == 1) {
      List<Integer> statuses = arguments.get(0).statuses();
      if (statuses.isEmpty()) {
        return List.of(ResponseState.of(null));
      }
      List<ResponseState> result = new ArrayList<>();
      statuses.forEach(status -> result.add(ResponseState.of(status)));
      return result;
    }
    boolean copiesResponse = name.equals("from") && arguments.size() == 1
        && SERVER_RESPONSES.contains(TypeNames.of(method.getParameters().get(0).asType()));
    if (copiesResponse) {
      // from(other) copies the status and the headers, not the body.
      List<ResponseState> result = new ArrayList<>();
      arguments.get(0).states().forEach(state -> result.add(state.withBody(Presence.ABSENT)));
      return result;
    }
    return List.of();
  }

  private static ResponseState step(ResponseState state, String name, List<Argument> arguments) {
    if (BODIES.contains(name)) {
      return name.equals("render") || arguments.isEmpty() ? state.withBody(Presence.PRESENT)
          : state.withBody(arguments.get(0).asBody());
    }
    if (name.equals("build")) {
      // build(writeFunction) writes what it likes; build(voidPublisher) writes nothing.
      return arguments.isEmpty() || !isFunction(arguments.get(0)) ? state : state.uncertain();
    }
    if (HINTS.contains(name)) {
      return state;
    }
    if (name.equals("cookie") || name.equals("cookies")) {
      return state.withHeader("set-cookie");
    }
    return SpringResponses.step(state, name, arguments);
  }

  private static boolean isFunction(Argument argument) {
    return TypeNames.of(argument.type()).equals("java.util.function.BiFunction");
  }

  /**
   * The handler functions of a router definition: those given to {@code route().GET(..)}, {@code
   * RouterFunctions.route(..)}, {@code andRoute(..)}, {@code filter(..)} (a filter may answer
   * instead of the handler), and the error handlers of {@code onError(..)}.
   */
  @Override
  public boolean takesHandlerFunction(ExecutableElement method, VariableElement parameter, boolean last) {
    String owner = TypeNames.owner(method);
    if (PACKAGES.stream().noneMatch(owner::startsWith) || !owner.contains(".Router")) {
      return false;
    }
    String type = TypeNames.of(parameter.asType());
    return HANDLER_FUNCTIONS.contains(type)
        || last && TypeNames.name(method).equals("onError") && type.equals("java.util.function.BiFunction");
  }

  @Override
  public Set<String> mutableTypes() {
    return BUILDERS;
  }
}
