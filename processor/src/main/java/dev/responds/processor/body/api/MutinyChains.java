package dev.responds.processor.body.api;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;

/**
 * Mutiny's {@code Uni} and {@code Multi} written inline around a response (Quarkus): {@code
 * Uni.createFrom().item(..)}, {@code replaceWith(..)}, {@code map}, {@code onItem().transform(..)},
 * {@code chain(..)}, recoveries. The group objects ({@code onItem()}, {@code onFailure()} ...)
 * carry the value of the {@code Uni} they come from.
 */
final class MutinyChains implements Recogniser {
  private static final String PACKAGE = "io.smallrye.mutiny.";
  private static final String GROUPS = PACKAGE + "groups.";

  /** The value becomes the last argument, or what that function argument returns. */
  private static final Set<String> REPLACE = Set.of(
      "item", "replaceWith", "failure", "deferred", "completionStage", "optional", "map", "flatMap",
      "chain", "transform", "transformToUni", "failWith");
  /** The value stays. */
  private static final Set<String> RECEIVER = Set.of(
      "onItem", "onFailure", "onItemOrFailure", "ifNoItem", "after", "on", "ifNull", "ifNotNull",
      "invoke", "call", "log", "memoize", "indefinitely", "atMost", "emitOn", "runSubscriptionOn",
      "toUni", "retry", "await", "onTermination", "onCancellation", "onSubscription",
      "subscribeAsCompletionStage");
  /** The value stays, or becomes the last argument, or what that function argument returns. */
  private static final Set<String> RECEIVER_OR_REPLACE = Set.of(
      "recoverWithItem", "recoverWithUni", "continueWith", "replaceIfNullWith", "switchTo");
  /** Groups whose operators act on a failure, a null or a timeout: the item may pass unchanged. */
  private static final List<String> CONDITIONAL_GROUPS = List.of("OnFailure", "OnNull", "OnTimeout");

  @Override
  public List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    String owner = TypeNames.owner(method);
    if (!owner.equals(PACKAGE + "Uni") && !owner.equals(PACKAGE + "Multi") && !owner.startsWith(GROUPS)) {
      return null;
    }
    String name = TypeNames.name(method);
    if (TypeNames.isStatic(method)) {
      return List.of();
    }
    boolean conditional = owner.startsWith(GROUPS) && CONDITIONAL_GROUPS.stream().anyMatch(owner::contains);
    if (RECEIVER_OR_REPLACE.contains(name) || conditional && (REPLACE.contains(name) || name.equals("fail"))) {
      return AsyncWrappers.union(receiver.get(), replacement(arguments));
    }
    if (REPLACE.contains(name)) {
      return replacement(arguments);
    }
    return RECEIVER.contains(name) ? receiver.get() : List.of();
  }

  /** The last argument's value, or what it returns when it is a function. */
  private static List<ResponseState> replacement(List<Argument> arguments) {
    if (arguments.isEmpty()) {
      return List.of();
    }
    Argument last = arguments.get(arguments.size() - 1);
    List<ResponseState> states = last.states();
    return states.isEmpty() ? last.results() : states;
  }
}
