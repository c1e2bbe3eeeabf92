package dev.responds.processor.body.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;

/**
 * {@code Optional}, {@code Mono} and {@code CompletableFuture} written inline around a response:
 * what the wrapper eventually holds is what the handler answers.
 */
final class AsyncWrappers implements Recogniser {
  private static final Set<String> WRAPPERS = Set.of(
      "java.util.Optional",
      "reactor.core.publisher.Mono",
      "java.util.concurrent.CompletableFuture",
      "java.util.concurrent.CompletionStage");

  /** The value is the last argument. */
  private static final Set<String> WRAP = Set.of(
      "just", "justOrEmpty", "completedFuture", "of", "ofNullable", "thenReturn");
  /** The value is what the function argument returns. */
  private static final Set<String> APPLY = Set.of(
      "map", "flatMap", "thenApply", "thenApplyAsync", "thenCompose", "thenComposeAsync", "handle",
      "handleAsync", "fromSupplier", "fromCallable", "supplyAsync", "defer");
  /** The receiver's value, or what the function argument returns. */
  private static final Set<String> RECEIVER_OR_RESULT = Set.of(
      "orElseGet", "or", "exceptionally", "onErrorResume", "exceptionallyCompose");
  /** The receiver's value, or the last argument. */
  private static final Set<String> RECEIVER_OR_VALUE = Set.of(
      "orElse", "defaultIfEmpty", "switchIfEmpty", "onErrorReturn");
  /** The receiver's value (an exception they throw is found where they are called). */
  private static final Set<String> RECEIVER = Set.of(
      "orElseThrow", "get", "join", "filter", "block", "toFuture", "doOnNext", "doOnSuccess",
      "doOnError", "log", "cache", "whenComplete", "whenCompleteAsync", "toCompletableFuture");

  @Override
  public List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    if (!WRAPPERS.contains(TypeNames.owner(method))) {
      return null;
    }
    String name = TypeNames.name(method);
    Argument last = arguments.isEmpty() ? Argument.opaque() : arguments.get(arguments.size() - 1);
    Argument first = arguments.isEmpty() ? Argument.opaque() : arguments.get(0);
    if (WRAP.contains(name)) {
      return last.states();
    }
    if (APPLY.contains(name)) {
      return first.results();
    }
    if (name.equals("error")) {
      return union(first.states(), first.results());
    }
    if (TypeNames.isStatic(method)) {
      return List.of();
    }
    if (RECEIVER_OR_RESULT.contains(name)) {
      return union(receiver.get(), last.results());
    }
    if (RECEIVER_OR_VALUE.contains(name)) {
      return union(receiver.get(), last.states());
    }
    if (RECEIVER.contains(name)) {
      return receiver.get();
    }
    return List.of();
  }

  @Override
  public boolean throwsSupplied(ExecutableElement method) {
    return TypeNames.owner(method).startsWith("java.util.Optional")
        && TypeNames.name(method).equals("orElseThrow") && method.getParameters().size() == 1;
  }

  /** Either value: when only one is known, the other stands beside it as unknown. */
  static List<ResponseState> union(List<ResponseState> first, List<ResponseState> second) {
    List<ResponseState> all = new ArrayList<>(first);
    all.addAll(second);
    if (!all.isEmpty() && (first.isEmpty() || second.isEmpty())) {
      all.add(ResponseState.unknown());
    }
    return all;
  }
}
