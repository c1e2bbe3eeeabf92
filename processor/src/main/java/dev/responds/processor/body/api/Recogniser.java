package dev.responds.processor.body.api;

import dev.responds.processor.model.Framework;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What one response API knows: the interpreter asks every recogniser, in the order {@link
 * Recognisers} lists them, what a call, a constructor or a thrown exception builds. Every method
 * says nothing by default (null, false or empty), so a recogniser overrides only what its API has.
 * The interpreter never names an API's class: adding one is a class here and a line in {@link
 * Recognisers}.
 */
public interface Recogniser {

  /**
   * The responses (or builders, header maps, wrapped responses) a call of {@code method} yields,
   * or null when this API does not know the method. Empty means: known, but nothing is certain.
   *
   * @param receiver the states of the object the method is called on (asked only when needed)
   */
  default List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    return null;
  }

  /** What {@code new T(..)} builds (a response, a header map), or null when this API has no such type. */
  default List<ResponseState> construct(ExecutableElement constructor, List<Argument> arguments) {
    return null;
  }

  /**
   * What an exception of {@code type} sends when a handler of {@code framework} throws it: empty
   * when the framework does not say, null when this recogniser does not decide (not its framework,
   * or a subclass whose own constructor passes the status on to its superclass).
   */
  default List<ResponseState> exception(Framework framework, TypeElement type, ExecutableElement constructor,
      List<Argument> arguments) {
    return null;
  }

  /**
   * The codes a status-valued call stands for ({@code HttpStatus.valueOf(201)}, {@code
   * Status.CREATED.getStatusCode()}), or null when the call is no status of this API.
   *
   * @param receiver the codes of the object the method is called on
   */
  default List<Integer> statuses(ExecutableElement method, Supplier<List<Integer>> receiver,
      List<Argument> arguments) {
    return null;
  }

  /** Types whose final fields may hold a status ({@code static final HttpStatus GONE = ..}). */
  default Set<String> statusTypes() {
    return Set.of();
  }

  /** Types whose instances calls change in place (builders, header maps): locals of them are followed. */
  default Set<String> mutableTypes() {
    return Set.of();
  }

  /**
   * Types that carry a response: a method of the handler's class that returns one is summarised,
   * so that its callers see what it builds.
   */
  default Set<String> responseTypes() {
    return Set.of();
  }

  /**
   * Whether a method of {@code owner} may receive a builder or header map without changing it
   * unseen (the API's own calls, such as {@code ResponseEntity.status(..).headers(headers)}).
   */
  default boolean keepsArguments(String owner) {
    return false;
  }


  /**
   * Whether the call hands its first argument to the framework as the answer, later or elsewhere
   * ({@code AsyncResponse.resume(..)}, {@code DeferredResult.setResult(..)}, {@code abortWith(..)}).
   */
  default boolean sendsArgument(ExecutableElement method) {
    return false;
  }

  /** Whether the call throws what its supplier argument returns ({@code Optional.orElseThrow(..)}). */
  default boolean throwsSupplied(ExecutableElement method) {
    return false;
  }

  /** Whether the call passes the request on to the rest of a filter chain ({@code chain.doFilter(..)}). */
  default boolean passesRequestOn(ExecutableElement method) {
    return false;
  }

  /**
   * Whether a lambda given as {@code parameter} of {@code method} answers requests: a handler
   * function of a router definition ({@code route().POST("/orders", request -> ..)}).
   */
  default boolean takesHandlerFunction(ExecutableElement method, VariableElement parameter, boolean last) {
    return false;
  }

  /**
   * Whether a lambda or method reference implementing {@code functionalInterface} answers for the
   * security layer by what it writes on its response parameter, as an entry point class would
   * ({@code (request, response, e) -> response.sendError(401)}).
   */
  default boolean isEntryPoint(String functionalInterface) {
    return false;
  }
}
