package dev.responds.processor.body;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import dev.responds.processor.body.api.Argument;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Evaluates the expressions of one method abstractly: to the responses they can be (builder
 * states, exceptions, header maps), to status codes, or to constant strings. Every call is
 * resolved to its declaring type through javac's symbols; whatever is computed at run time
 * evaluates to nothing.
 *
 * <p>This class dispatches on the form of an expression and follows locals; each form has its
 * own class: {@link Calls} (calls and constructors), {@link StatusValues} (constants and status
 * values), {@link Functions} (lambdas, method references, anonymous classes) and {@link
 * Conditionals} (ternaries and switches).
 */
final class ExpressionEvaluator {
  /** Deep enough for any chain a person writes; a guard against pathological trees. */
  private static final int MAX_DEPTH = 200;
  /** More possibilities than this is code we do not understand: unknown is the safe answer. */
  static final int MAX_STATES = 32;

  private final BodyContext context;
  final LocalVariables locals;
  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  /** Identifiers standing for a known value while an in-place change is evaluated. */
  final Map<Tree, List<ResponseState>> bindings = new IdentityHashMap<>();
  /** The locals being read, so that a local defined through itself reads as unknown. */
  final Set<Element> evaluating = new LinkedHashSet<>();
  /** A constructor's parameters, standing for placeholder statuses while its delegation is summarised. */
  final Map<Element, Integer> parameterPlaceholders = new IdentityHashMap<>();
  /** A helper's parameters, standing for {@link ParameterStates} while the helper is summarised. */
  private final Map<Element, List<ResponseState>> parameterStates = new IdentityHashMap<>();
  private final Calls calls;
  private final StatusValues statusValues;
  final Functions functions;
  private final Conditionals conditionals;
  private int depth;

  ExpressionEvaluator(BodyContext context, TreePath method) {
    this.context = context;
    this.locals = LocalVariables.of(method, context.trees(), context.recognisers());
    this.unit = method.getCompilationUnit();
    this.positions = context.trees().getSourcePositions();
    this.calls = new Calls(this, context);
    this.statusValues = new StatusValues(this, context);
    this.functions = new Functions(this, context);
    this.conditionals = new Conditionals(this, context);
  }

  /**
   * Summarises a constructor's {@code super(..)}/{@code this(..)} call with each parameter standing
   * for a placeholder status, so that {@code new ApiException(HttpStatus.UNAUTHORIZED)} can later
   * put the caller's status where {@code super(status)} passes its parameter on.
   */
  static List<ResponseState> parametricDelegation(BodyContext context, TreePath constructorPath,
      ExecutableElement constructor, TreePath call) {
    ExpressionEvaluator evaluator = new ExpressionEvaluator(context, constructorPath);
    for (int i = 0; i < constructor.getParameters().size(); i++) {
      evaluator.parameterPlaceholders.put(constructor.getParameters().get(i), Calls.placeholder(i));
    }
    return evaluator.delegation(call);
  }

  /**
   * An evaluator for the helper method at {@code path}, whose parameters that may carry a response
   * stand for what its callers pass (see {@link ParameterStates}).
   */
  static ExpressionEvaluator forHelper(BodyContext context, TreePath path, ExecutableElement method) {
    ExpressionEvaluator evaluator = new ExpressionEvaluator(context, path);
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (ParameterStates.mayCarryResponse(method.getParameters().get(i))) {
        evaluator.parameterStates.put(method.getParameters().get(i), List.of(ParameterStates.placeholder(i)));
      }
    }
    return evaluator;
  }

  /** The responses the expression's value can be; empty when nothing is known. */
  List<ResponseState> evaluate(TreePath path) {
    List<ResponseState> bound = bindings.get(path.getLeaf());
    if (bound != null) {
      return bound;
    }
    if (depth > MAX_DEPTH) {
      return List.of();
    }
    depth++;
    try {
      List<ResponseState> states = evaluateTree(path);
      if (states.size() <= 1) {
        return states;
      }
      List<ResponseState> distinct = List.copyOf(new LinkedHashSet<>(states));
      return distinct.size() > MAX_STATES ? List.of() : distinct;
    } finally {
      depth--;
    }
  }

  private List<ResponseState> evaluateTree(TreePath path) {
    Tree leaf = path.getLeaf();
    switch (leaf.getKind()) {
      case PARENTHESIZED:
        return evaluate(child(path, ((ParenthesizedTree) leaf).getExpression()));
      case TYPE_CAST:
        return evaluate(child(path, ((TypeCastTree) leaf).getExpression()));
      case CONDITIONAL_EXPRESSION:
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) leaf;
        return conditionals.alternatives(List.of(child(path, conditional.getTrueExpression()),
            child(path, conditional.getFalseExpression())));
      case SWITCH_EXPRESSION:
        return conditionals.alternatives(Conditionals.switchResults(path));
      case IDENTIFIER:
        return local(path);
      case METHOD_INVOCATION:
        return calls.invocation(path, (MethodInvocationTree) leaf);
      case NEW_CLASS:
        return calls.construction(path, (NewClassTree) leaf);
      default:
        return List.of();
    }
  }

  /** A local variable: every value assigned to it, changed by the statements before this use. */
  private List<ResponseState> local(TreePath use) {
    Element element = context.trees().getElement(use);
    return element == null ? List.of() : local(element, use, positions.getStartPosition(unit, use.getLeaf()));
  }

  /**
   * What a helper's parameter holds when the helper ends, with the parameter standing for what its
   * callers pass; empty when it is not a builder or header map followed in place, or is reassigned.
   */
  List<ResponseState> atEnd(Element parameter, MethodTree method) {
    LocalVariables.Facts facts = locals.facts(parameter);
    if (facts == null || !facts.mutable || !facts.values.isEmpty() || !parameterStates.containsKey(parameter)) {
      return List.of();
    }
    return local(parameter, null, positions.getEndPosition(unit, method));
  }

  /** The local's states at {@code position}, read at {@code use} (null: at the end of the method). */
  private List<ResponseState> local(Element element, TreePath use, long position) {
    LocalVariables.Facts facts = locals.facts(element);
    if (facts == null || facts.untracked || !evaluating.add(element)) {
      return List.of();
    }
    try {
      List<ResponseState> states = conditionals.alternatives(
          use == null ? facts.values : LocalVariables.valuesReaching(facts, use));
      List<ResponseState> passed = parameterStates.get(element);
      if (passed != null) {
        List<ResponseState> all = new ArrayList<>(passed);
        all.addAll(states);
        states = all;
      }
      if (!facts.mutable) {
        return states;
      }
      boolean escapes = facts.escapes;
      for (LocalVariables.Effect effect : facts.effects) {
        if (positions.getStartPosition(unit, effect.statement().getLeaf()) >= position) {
          // Handed, later, to code we do not follow: it may keep the object and change it any time.
          escapes |= effect.parameter() >= 0 && changeOf(effect) == null;
          continue;
        }
        bindings.put(effect.root(), states);
        List<ResponseState> after;
        try {
          after = effect.parameter() < 0 ? evaluate(effect.expression()) : handedOver(effect);
        } finally {
          bindings.remove(effect.root());
        }
        states = effect.direct() && !after.isEmpty() ? after : maybe(states, after);
      }
      if (escapes) {
        states = maybe(states, List.of());
      }
      return states;
    } finally {
      evaluating.remove(element);
    }
  }

  /**
   * What a method the local is handed to leaves in it ({@code describe(builder, error);}): its
   * summary's change of that parameter, with what this call passes in place of its parameters;
   * empty (unknown) for a method that is not followed.
   */
  private List<ResponseState> handedOver(LocalVariables.Effect effect) {
    List<ResponseState> changed = changeOf(effect);
    return changed == null ? List.of() : calls.passedTo(changed, effect.expression());
  }

  /** The summarised change of the parameter a hand-off passes the local to, or null when not followed. */
  private List<ResponseState> changeOf(LocalVariables.Effect effect) {
    if (!(context.trees().getElement(effect.expression()) instanceof ExecutableElement method)) {
      return null;
    }
    MethodSummaries.MethodSummary summary = context.followed(method);
    return summary == null ? null : summary.changed().get(effect.parameter());
  }

  /**
   * States after a change that may or may not have happened: what both agree on stays, the rest
   * becomes unknown.
   */
  private static List<ResponseState> maybe(List<ResponseState> before, List<ResponseState> after) {
    List<ResponseState> result = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      ResponseState old = before.get(i);
      ResponseState changed = i < after.size() && after.size() == before.size() ? after.get(i) : null;
      Integer status = changed != null && Objects.equals(changed.status(), old.status())
          ? old.status() : null;
      Presence body = changed != null && changed.body() == old.body() ? old.body() : Presence.UNKNOWN;
      result.add(new ResponseState(status, body, old.headers().opened()));
    }
    return result;
  }

  /** What a function (lambda, method reference) returns when called: see {@link Functions}. */
  List<ResponseState> results(TreePath path) {
    return functions.results(path);
  }

  /** The headers an {@code HttpHeaders} expression holds, or a {@code Consumer<HttpHeaders>} sets; null when unknown. */
  Headers headers(TreePath path) {
    return functions.headers(path);
  }

  /** The status codes an expression can stand for: see {@link StatusValues}. */
  List<Integer> statuses(TreePath path) {
    return statusValues.statuses(path);
  }

  /** The value of a compile-time constant string, or null. */
  String constantString(TreePath path) {
    return statusValues.constantString(path);
  }

  /** Whether the expression is a literal or a compile-time constant. */
  boolean isConstant(TreePath path) {
    return statusValues.isConstant(path);
  }

  /** The media type a Content-Type expression stands for, or null. */
  String mediaType(TreePath path) {
    return statusValues.mediaType(path);
  }

  /** The expressions whose value {@code path}'s may be: see {@link Conditionals#branches}. */
  List<TreePath> branches(TreePath path) {
    return conditionals.branches(path);
  }

  /** The states a helper sends, with what the call at {@code call} passes put in place of its parameters. */
  List<ResponseState> passedTo(List<ResponseState> states, TreePath call) {
    return calls.passedTo(states, call);
  }

  /** What the superclass constructor that {@code call} invokes builds: see {@link Calls#delegation}. */
  List<ResponseState> delegation(TreePath call) {
    return calls.delegation(call);
  }

  List<ResponseState> construct(ExecutableElement constructor, List<Argument> arguments) {
    return calls.construct(constructor, arguments);
  }

  List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    return calls.invoke(method, receiver, arguments);
  }

  List<Argument> arguments(TreePath call, List<? extends ExpressionTree> trees) {
    return calls.arguments(call, trees);
  }

  /** The static type of an expression, or null. */
  TypeMirror type(TreePath path) {
    return context.trees().getTypeMirror(path);
  }

  /** {@code read} applied to the one value of a local assigned once (in its initialiser), or {@code none}. */
  <R> R ofSingleValue(Element variable, Function<TreePath, R> read, R none) {
    LocalVariables.Facts facts = locals.facts(variable);
    if (facts == null || facts.values.size() != 1 || !LocalVariables.isAssignedOnce(facts)
        || !evaluating.add(variable)) {
      return none;
    }
    try {
      return read.apply(facts.values.get(0));
    } finally {
      evaluating.remove(variable);
    }
  }

  static boolean isNullLiteral(Tree tree) {
    Tree current = tree;
    while (current instanceof ParenthesizedTree parenthesized) {
      current = parenthesized.getExpression();
    }
    return current.getKind() == Tree.Kind.NULL_LITERAL;
  }

  static TreePath child(TreePath parent, Tree leaf) {
    return new TreePath(parent, leaf);
  }
}
