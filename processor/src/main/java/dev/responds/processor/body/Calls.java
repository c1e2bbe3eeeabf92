package dev.responds.processor.body;

import static dev.responds.processor.body.ExpressionEvaluator.child;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import dev.responds.processor.body.api.Argument;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.body.api.TypeNames;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Calls and constructors: what a recognised API call or constructor builds (asked of the
 * recognisers), what a method of the handler's class or another class of the compilation returns
 * (its summary, with what this call passes in place of its parameters), and what a thrown exception sends under the handler's
 * framework, down to the superclass constructor a subclass of a framework exception calls.
 */
final class Calls {
  private final ExpressionEvaluator evaluator;
  private final BodyContext context;

  Calls(ExpressionEvaluator evaluator, BodyContext context) {
    this.evaluator = evaluator;
    this.context = context;
  }

  /** The placeholder status a constructor's parameter stands for while the constructor is summarised. */
  static int placeholder(int parameter) {
    return ResponseState.placeholder(parameter);
  }

  /** The states with each placeholder status replaced by what the caller passed for that parameter. */
  private static List<ResponseState> substitute(List<ResponseState> states, List<Argument> arguments) {
    List<ResponseState> result = new ArrayList<>();
    for (ResponseState state : states) {
      int parameter = ResponseState.placeholderSlot(state.status());
      if (parameter < 0) {
        result.add(state);
        continue;
      }
      List<Integer> passed = parameter < arguments.size() ? arguments.get(parameter).statuses() : List.of();
      if (passed.isEmpty()) {
        result.add(state.withStatus(null));
      }
      for (Integer code : passed) {
        result.add(state.withStatus(code));
      }
    }
    return result;
  }

  List<ResponseState> invocation(TreePath path, MethodInvocationTree call) {
    if (!(context.trees().getElement(path) instanceof ExecutableElement method)) {
      return List.of();
    }
    if (call.getMethodSelect() instanceof MemberSelectTree select
        && method.getEnclosingElement() instanceof TypeElement face && method.equals(PassThroughCalls.functionOf(face))) {
      // A function called ({@code handlers.get(type).apply(e)}): what it returns.
      List<ResponseState> results = evaluator.results(child(child(path, select), select.getExpression()));
      if (!results.isEmpty()) {
        return results;
      }
    }
    Supplier<List<ResponseState>> receiver = () -> call.getMethodSelect() instanceof MemberSelectTree select
        ? evaluator.evaluate(child(child(path, select), select.getExpression())) : List.of();
    return invoke(method, receiver, arguments(path, call.getArguments()));
  }

  List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    List<ResponseState> states = context.recognisers().invoke(method, receiver, arguments);
    if (states != null) {
      return states;
    }
    MethodSummaries.MethodSummary summary = context.followed(method);
    if (summary != null && !summary.returned().isEmpty()) {
      return ParameterStates.substitute(summary.returned(), arguments);
    }
    return passedThrough(method, arguments);
  }

  /** The states a helper sends, with what the call at {@code call} passes put in place of its parameters. */
  List<ResponseState> passedTo(List<ResponseState> states, TreePath call) {
    return call.getLeaf() instanceof MethodInvocationTree invocation
        ? ParameterStates.substitute(states, arguments(call, invocation.getArguments())) : states;
  }

  /** What a call returns that hands back what its function arguments return (see {@link PassThroughCalls}). */
  private static List<ResponseState> passedThrough(ExecutableElement method, List<Argument> arguments) {
    List<ResponseState> all = new ArrayList<>();
    boolean someUnknown = false;
    for (int index : PassThroughCalls.functionArguments(method)) {
      List<ResponseState> results = index < arguments.size() ? arguments.get(index).results() : List.of();
      someUnknown |= results.isEmpty();
      all.addAll(results);
    }
    if (someUnknown && !all.isEmpty()) {
      all.add(ResponseState.unknown());
    }
    return all;
  }

  List<ResponseState> construction(TreePath path, NewClassTree creation) {
    if (!(context.trees().getElement(path) instanceof ExecutableElement constructor)) {
      return List.of();
    }
    List<Argument> arguments = arguments(path, creation.getArguments());
    if (creation.getClassBody() == null) {
      return construct(constructor, arguments);
    }
    // An anonymous subclass passes its arguments to its superclass, and may override anything
    // but the status its superclass checks.
    if (!(constructor.getEnclosingElement() instanceof TypeElement anonymous)
        || !(anonymous.getSuperclass() instanceof DeclaredType superclass)
        || !(superclass.asElement() instanceof TypeElement superType) || !TypeNames.isThrowable(superType)) {
      return List.of();
    }
    List<ResponseState> opened = new ArrayList<>();
    for (ResponseState state : exception(superType, constructor, arguments)) {
      opened.add(state.uncertain());
    }
    return opened;
  }

  List<ResponseState> construct(ExecutableElement constructor, List<Argument> arguments) {
    List<ResponseState> states = context.recognisers().construct(constructor, arguments);
    if (states != null) {
      return states;
    }
    if (!(constructor.getEnclosingElement() instanceof TypeElement type) || !TypeNames.isThrowable(type)) {
      return List.of();
    }
    return exception(type, constructor, arguments);
  }

  /** What an exception of {@code type} sends when thrown out of a handler of this framework. */
  private List<ResponseState> exception(TypeElement type, ExecutableElement constructor,
      List<Argument> arguments) {
    List<ResponseState> states = context.recognisers().exception(context.framework(), type, constructor, arguments);
    // A subclass of a framework exception: its constructor passes the status on.
    return states == null
        ? substitute(context.summaries().constructed(constructor, context), arguments) : states;
  }

  /**
   * What the superclass constructor that {@code call} ({@code super(..)} or {@code this(..)})
   * invokes builds; the subclass may then override anything but the status.
   */
  List<ResponseState> delegation(TreePath call) {
    if (!(call.getLeaf() instanceof MethodInvocationTree invocation)
        || !(context.trees().getElement(call) instanceof ExecutableElement constructor)) {
      return List.of();
    }
    List<ResponseState> opened = new ArrayList<>();
    for (ResponseState state : construct(constructor, arguments(call, invocation.getArguments()))) {
      opened.add(state.uncertain());
    }
    return opened;
  }

  List<Argument> arguments(TreePath call, List<? extends ExpressionTree> trees) {
    List<Argument> result = new ArrayList<>(trees.size());
    for (ExpressionTree argument : trees) {
      result.add(new SourceArgument(evaluator, child(call, argument)));
    }
    return result;
  }

  /** An argument written in the source: every question about it is answered by the evaluator. */
  static final class SourceArgument implements Argument {
    private final ExpressionEvaluator evaluator;
    private final TreePath path;

    SourceArgument(ExpressionEvaluator evaluator, TreePath path) {
      this.evaluator = evaluator;
      this.path = path;
    }

    @Override
    public boolean isNullLiteral() {
      return ExpressionEvaluator.isNullLiteral(path.getLeaf());
    }

    @Override
    public Presence asBody() {
      Tree value = path.getLeaf();
      while (value instanceof TypeCastTree cast) {
        value = cast.getExpression();
      }
      return ExpressionEvaluator.isNullLiteral(value) || TypeNames.of(type()).equals("java.lang.Void")
          ? Presence.ABSENT : Presence.PRESENT;
    }

    @Override
    public String mediaType() {
      return evaluator.mediaType(path);
    }

    @Override
    public TypeMirror type() {
      return evaluator.type(path);
    }

    @Override
    public boolean isConstant() {
      return evaluator.isConstant(path);
    }

    @Override
    public String constantString() {
      return evaluator.constantString(path);
    }

    @Override
    public List<Integer> statuses() {
      return evaluator.statuses(path);
    }

    @Override
    public List<ResponseState> states() {
      return evaluator.evaluate(path);
    }

    @Override
    public List<ResponseState> results() {
      return evaluator.results(path);
    }

    @Override
    public Headers headers() {
      return isNullLiteral() ? Headers.none() : evaluator.headers(path);
    }
  }
}
