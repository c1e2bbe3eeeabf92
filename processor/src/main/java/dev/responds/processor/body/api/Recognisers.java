package dev.responds.processor.body.api;

import dev.responds.processor.adapter.HandlerScanner;
import dev.responds.processor.model.Framework;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Every {@link Recogniser}, asked in order. A call, constructor, exception or status gets the
 * first answer that is not null (the APIs' types do not overlap, so the order only matters where
 * a comment says so); the type sets are the union of all; a yes from any recogniser is
 * a yes.
 */
public final class Recognisers {
  private final List<Recogniser> all;
  private final Set<String> statusTypes;
  private final Set<String> mutableTypes;
  private final Set<String> responseTypes;

  private Recognisers(List<Recogniser> all) {
    this.all = all;
    this.statusTypes = union(Recogniser::statusTypes);
    this.mutableTypes = union(Recogniser::mutableTypes);
    this.responseTypes = union(Recogniser::responseTypes);
  }

  /** The recognisers of every API Responds knows; one line each. */
  public static Recognisers create(HandlerScanner scanner) {
    return new Recognisers(List.of(
        new SpringResponses(scanner),
        new FunctionalResponses(),
        new JaxRsResponses(),
        new MicronautResponses(),
        new AsyncWrappers(),
        new MutinyChains(),
        new ServletApi(),
        // Last: a helper is recognised by the @Responds on its methods, in any package.
        new GeneratedHelpers()));
  }

  public List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    return first(recogniser -> recogniser.invoke(method, receiver, arguments));
  }

  public List<ResponseState> construct(ExecutableElement constructor, List<Argument> arguments) {
    return first(recogniser -> recogniser.construct(constructor, arguments));
  }

  public List<ResponseState> exception(Framework framework, TypeElement type, ExecutableElement constructor,
      List<Argument> arguments) {
    return first(recogniser -> recogniser.exception(framework, type, constructor, arguments));
  }

  public List<Integer> statuses(ExecutableElement method, Supplier<List<Integer>> receiver,
      List<Argument> arguments) {
    return first(recogniser -> recogniser.statuses(method, receiver, arguments));
  }

  public Set<String> statusTypes() {
    return statusTypes;
  }

  public Set<String> mutableTypes() {
    return mutableTypes;
  }

  public Set<String> responseTypes() {
    return responseTypes;
  }


  public boolean keepsArguments(String owner) {
    return any(recogniser -> recogniser.keepsArguments(owner));
  }

  public boolean sendsArgument(ExecutableElement method) {
    return any(recogniser -> recogniser.sendsArgument(method));
  }

  public boolean throwsSupplied(ExecutableElement method) {
    return any(recogniser -> recogniser.throwsSupplied(method));
  }

  public boolean passesRequestOn(ExecutableElement method) {
    return any(recogniser -> recogniser.passesRequestOn(method));
  }

  public boolean takesHandlerFunction(ExecutableElement method, VariableElement parameter, boolean last) {
    return any(recogniser -> recogniser.takesHandlerFunction(method, parameter, last));
  }

  /** Whether some API's entry points have this functional interface. */
  public boolean isEntryPoint(String functionalInterface) {
    return any(recogniser -> recogniser.isEntryPoint(functionalInterface));
  }

  private <T> T first(Function<Recogniser, T> question) {
    for (Recogniser recogniser : all) {
      T answer = question.apply(recogniser);
      if (answer != null) {
        return answer;
      }
    }
    return null;
  }

  private boolean any(Predicate<Recogniser> question) {
    for (Recogniser recogniser : all) {
      if (question.test(recogniser)) {
        return true;
      }
    }
    return false;
  }

  private Set<String> union(Function<Recogniser, Set<String>> part) {
    Set<String> result = new HashSet<>();
    for (Recogniser recogniser : all) {
      result.addAll(part.apply(recogniser));
    }
    return Set.copyOf(result);
  }

}
