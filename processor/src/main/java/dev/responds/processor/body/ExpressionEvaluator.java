package dev.responds.processor.body;

import dev.responds.processor.body.api.MediaTypes;
import dev.responds.processor.body.api.TypeNames;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.body.api.Argument;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.responds.processor.adapter.StatusConstants;
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
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Evaluates the expressions of one method abstractly: to the responses they can be (builder
 * states, exceptions, header maps), to status codes, or to constant strings. Every call is
 * resolved to its declaring type through javac's symbols; whatever is computed at run time
 * evaluates to nothing.
 */
final class ExpressionEvaluator {
  /** Deep enough for any chain a person writes; a guard against pathological trees. */
  private static final int MAX_DEPTH = 200;
  private static final int MAX_STATES = 32;

  private final BodyContext context;
  private final LocalVariables locals;
  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  /** Identifiers standing for a known value while an in-place change is evaluated. */
  private final Map<Tree, List<ResponseState>> bindings = new IdentityHashMap<>();
  private final Set<Element> evaluating = new LinkedHashSet<>();
  /** A constructor's parameters, standing for placeholder statuses while its delegation is summarised. */
  private final Map<Element, Integer> parameterPlaceholders = new IdentityHashMap<>();
  /** A helper's parameters, standing for {@link ParameterStates} while the helper is summarised. */
  private final Map<Element, List<ResponseState>> parameterStates = new IdentityHashMap<>();
  private int depth;

  ExpressionEvaluator(BodyContext context, TreePath method) {
    this.context = context;
    this.locals = LocalVariables.of(method, context.trees(), context.recognisers());
    this.unit = method.getCompilationUnit();
    this.positions = context.trees().getSourcePositions();
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
      evaluator.parameterPlaceholders.put(constructor.getParameters().get(i), placeholder(i));
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

  /** Placeholder statuses are negative, so they can never be mistaken for a real code. */
  private static int placeholder(int parameter) {
    return -1 - parameter;
  }

  /** The states with each placeholder status replaced by what the caller passed for that parameter. */
  private static List<ResponseState> substitute(List<ResponseState> states, List<Argument> arguments) {
    List<ResponseState> result = new ArrayList<>();
    for (ResponseState state : states) {
      Integer status = state.status();
      if (status == null || status >= 0) {
        result.add(state);
        continue;
      }
      int parameter = -1 - status;
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
      // So many possibilities is code we do not understand: unknown is the safe answer.
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
        return alternatives(List.of(child(path, conditional.getTrueExpression()),
            child(path, conditional.getFalseExpression())));
      case SWITCH_EXPRESSION:
        return alternatives(switchResults(path));
      case IDENTIFIER:
        return local(path);
      case METHOD_INVOCATION:
        return invocation(path, (MethodInvocationTree) leaf);
      case NEW_CLASS:
        return construction(path, (NewClassTree) leaf);
      default:
        return List.of();
    }
  }

  private List<ResponseState> invocation(TreePath path, MethodInvocationTree call) {
    if (!(context.trees().getElement(path) instanceof ExecutableElement method)) {
      return List.of();
    }
    Supplier<List<ResponseState>> receiver = () -> call.getMethodSelect() instanceof MemberSelectTree select
        ? evaluate(child(child(path, select), select.getExpression())) : List.of();
    return invoke(method, receiver, arguments(path, call.getArguments()));
  }

  private List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    List<ResponseState> states = context.recognisers().invoke(method, receiver, arguments);
    if (states != null) {
      return states;
    }
    if (context.isHelper(method)) {
      List<ResponseState> returned = context.summary(method).returned();
      if (!returned.isEmpty()) {
        return ParameterStates.substitute(returned, arguments);
      }
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

  private List<ResponseState> construction(TreePath path, NewClassTree creation) {
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

  private List<ResponseState> construct(ExecutableElement constructor, List<Argument> arguments) {
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

  private List<Argument> arguments(TreePath call, List<? extends ExpressionTree> trees) {
    List<Argument> result = new ArrayList<>(trees.size());
    for (ExpressionTree argument : trees) {
      result.add(new SourceArgument(this, child(call, argument)));
    }
    return result;
  }

  /** A local variable: every value assigned to it, changed by the statements before this use. */
  private List<ResponseState> local(TreePath use) {
    Element element = context.trees().getElement(use);
    LocalVariables.Facts facts = element == null ? null : locals.facts(element);
    if (facts == null || facts.untracked || !evaluating.add(element)) {
      return List.of();
    }
    try {
      List<ResponseState> states = alternatives(facts.values);
      List<ResponseState> passed = parameterStates.get(element);
      if (passed != null) {
        List<ResponseState> all = new ArrayList<>(passed);
        all.addAll(states);
        states = all;
      }
      if (!facts.mutable) {
        return states;
      }
      long position = positions.getStartPosition(unit, use.getLeaf());
      for (LocalVariables.Effect effect : facts.effects) {
        if (positions.getStartPosition(unit, effect.statement().getLeaf()) >= position) {
          continue;
        }
        bindings.put(effect.root(), states);
        List<ResponseState> after;
        try {
          after = evaluate(effect.expression());
        } finally {
          bindings.remove(effect.root());
        }
        states = effect.direct() && !after.isEmpty() ? after : maybe(states, after);
      }
      if (facts.escapes) {
        states = maybe(states, List.of());
      }
      return states;
    } finally {
      evaluating.remove(element);
    }
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

  /** What a function (lambda, method reference) returns when called. */
  List<ResponseState> results(TreePath path) {
    TreePath function = unwrapped(path);
    List<TreePath> returned = resultExpressions(function);
    if (returned != null) {
      List<ResponseState> states = new ArrayList<>();
      for (TreePath result : returned) {
        states.addAll(evaluate(result));
      }
      return states;
    }
    Tree leaf = function.getLeaf();
    if (leaf instanceof MemberReferenceTree reference
        && context.trees().getElement(function) instanceof ExecutableElement method) {
      List<Argument> inputs = new ArrayList<>();
      for (int i = 0; i < method.getParameters().size(); i++) {
        inputs.add(Argument.opaque());
      }
      if (reference.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
        return construct(method, inputs);
      }
      // A bound reference ({@code builder::build}) calls the method on the value of its qualifier.
      TreePath qualifier = child(function, reference.getQualifierExpression());
      Supplier<List<ResponseState>> receiver = context.trees().getElement(qualifier) instanceof TypeElement
          ? List::of : () -> evaluate(qualifier);
      return invoke(method, receiver, inputs);
    }
    if (leaf instanceof IdentifierTree && context.trees().getElement(function) instanceof VariableElement variable) {
      // A function kept in a local: {@code Callable<Response> work = () -> ...;}
      return ofSingleValue(variable, this::results, List.of());
    }
    return List.of();
  }

  /** The expression inside parentheses and casts. */
  static TreePath unwrapped(TreePath path) {
    TreePath current = path;
    while (true) {
      Tree leaf = current.getLeaf();
      if (leaf instanceof ParenthesizedTree parenthesized) {
        current = child(current, parenthesized.getExpression());
      } else if (leaf instanceof TypeCastTree cast) {
        current = child(current, cast.getExpression());
      } else {
        return current;
      }
    }
  }

  /**
   * The expressions a function written in place returns: a lambda's body or its {@code return}s,
   * the {@code return}s of the method an anonymous class implements; null for any other function.
   */
  private List<TreePath> resultExpressions(TreePath function) {
    Tree leaf = function.getLeaf();
    if (leaf instanceof LambdaExpressionTree) {
      return lambdaResults(function);
    }
    if (!(leaf instanceof NewClassTree creation) || creation.getClassBody() == null
        || !(context.trees().getElement(function) instanceof ExecutableElement constructor)
        || !(constructor.getEnclosingElement() instanceof TypeElement anonymous)
        || anonymous.getInterfaces().size() != 1
        || !(context.types().asElement(anonymous.getInterfaces().get(0)) instanceof TypeElement face)) {
      return null;
    }
    ExecutableElement implemented = PassThroughCalls.functionOf(face);
    if (implemented == null) {
      return null;
    }
    TreePath body = child(function, creation.getClassBody());
    for (Tree member : creation.getClassBody().getMembers()) {
      if (member instanceof MethodTree method && method.getBody() != null
          && method.getName().contentEquals(implemented.getSimpleName())
          && method.getParameters().size() == implemented.getParameters().size()) {
        return lambdaReturns(child(child(body, method), method.getBody()));
      }
    }
    return null;
  }

  /**
   * The headers an {@code HttpHeaders} expression holds, or that a {@code Consumer<HttpHeaders>}
   * lambda sets; null when unknown.
   */
  Headers headers(TreePath path) {
    if (path.getLeaf() instanceof LambdaExpressionTree lambda && lambda.getParameters().size() == 1) {
      Element parameter = context.trees().getElement(child(path, lambda.getParameters().get(0)));
      List<TreePath> changes = new ArrayList<>();
      TreePath body = child(path, lambda.getBody());
      if (lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
        changes.add(body);
      } else {
        for (StatementTree statement : ((BlockTree) lambda.getBody()).getStatements()) {
          if (!(statement instanceof ExpressionStatementTree expression)) {
            return null;
          }
          changes.add(child(child(body, statement), expression.getExpression()));
        }
      }
      List<ResponseState> states = List.of(ResponseState.headerMap());
      for (TreePath change : changes) {
        IdentifierTree root = LocalVariables.chainRoot((ExpressionTree) change.getLeaf());
        if (root == null || parameter == null
            || !parameter.equals(context.trees().getElement(new TreePath(change, root)))) {
          return null;
        }
        bindings.put(root, states);
        try {
          states = evaluate(change);
        } finally {
          bindings.remove(root);
        }
      }
      return ResponseState.common(states);
    }
    return ResponseState.common(evaluate(path));
  }

  /** The status codes an expression can stand for: constants only, one per branch. */
  List<Integer> statuses(TreePath path) {
    Tree leaf = path.getLeaf();
    switch (leaf.getKind()) {
      case PARENTHESIZED:
        return statuses(child(path, ((ParenthesizedTree) leaf).getExpression()));
      case TYPE_CAST:
        return statuses(child(path, ((TypeCastTree) leaf).getExpression()));
      case CONDITIONAL_EXPRESSION:
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) leaf;
        return statusesOfAll(List.of(child(path, conditional.getTrueExpression()),
            child(path, conditional.getFalseExpression())));
      case SWITCH_EXPRESSION:
        return statusesOfAll(switchResults(path));
      case PLUS:
      case MINUS:
      case MULTIPLY:
        return arithmetic(path, (BinaryTree) leaf);
      case INT_LITERAL:
        return List.of((Integer) ((LiteralTree) leaf).getValue());
      case IDENTIFIER:
      case MEMBER_SELECT:
        Element element = context.trees().getElement(path);
        Integer placeholder = parameterPlaceholders.get(element);
        if (placeholder != null) {
          return List.of(placeholder);
        }
        Integer constant = constantStatus(element);
        return constant == null ? variableStatuses(element) : List.of(constant);
      case METHOD_INVOCATION:
        return statusCall(path, (MethodInvocationTree) leaf);
      default:
        return List.of();
    }
  }

  /**
   * The statuses every one of {@code values} can stand for, one per branch; empty when any of them
   * is not known, since the status is then not known on that branch.
   */
  private List<Integer> statusesOfAll(List<TreePath> values) {
    List<Integer> all = new ArrayList<>();
    for (TreePath value : values) {
      List<Integer> statuses = statuses(value);
      if (statuses.isEmpty()) {
        return List.of();
      }
      all.addAll(statuses);
    }
    return List.copyOf(new LinkedHashSet<>(all));
  }

  /** A constant expression over codes ({@code SC_BAD_REQUEST + 1}), every combination of its branches. */
  private List<Integer> arithmetic(TreePath path, BinaryTree binary) {
    List<Integer> left = statuses(child(path, binary.getLeftOperand()));
    List<Integer> right = statuses(child(path, binary.getRightOperand()));
    Set<Integer> result = new LinkedHashSet<>();
    for (Integer one : left) {
      for (Integer other : right) {
        result.add(switch (binary.getKind()) {
          case PLUS -> one + other;
          case MINUS -> one - other;
          default -> one * other;
        });
      }
    }
    return result.size() > MAX_STATES ? List.of() : List.copyOf(result);
  }

  /**
   * The statuses a variable holds: a final field's initialiser, or each value of a local that is
   * final or effectively final. A parameter, or a local assigned twice on one path, is unknown.
   */
  private List<Integer> variableStatuses(Element element) {
    if (!(element instanceof VariableElement variable)) {
      return List.of();
    }
    if (variable.getKind() == ElementKind.FIELD) {
      return context.fields().statuses(variable, context);
    }
    LocalVariables.Facts facts = locals.facts(variable);
    if (facts == null || !LocalVariables.isAssignedOnce(facts) || !evaluating.add(variable)) {
      return List.of();
    }
    try {
      return statusesOfAll(facts.values);
    } finally {
      evaluating.remove(variable);
    }
  }

  static Integer constantStatus(Element element) {
    if (!(element instanceof VariableElement variable)) {
      return null;
    }
    if (variable.getConstantValue() instanceof Integer code) {
      return code;
    }
    if (variable.getKind() != ElementKind.ENUM_CONSTANT) {
      return null;
    }
    return StatusConstants.of(TypeNames.owner(variable), variable.getSimpleName().toString());
  }

  /** {@code HttpStatusCode.valueOf(n)}, {@code Status.fromStatusCode(n)}, {@code HttpStatus.X.value()} ... */
  private List<Integer> statusCall(TreePath path, MethodInvocationTree call) {
    if (!(context.trees().getElement(path) instanceof ExecutableElement method)) {
      return List.of();
    }
    Supplier<List<Integer>> receiver = () -> call.getMethodSelect() instanceof MemberSelectTree select
        ? statuses(child(child(path, select), select.getExpression())) : List.of();
    List<Integer> statuses = context.recognisers().statuses(method, receiver, arguments(path, call.getArguments()));
    return statuses == null ? List.of() : statuses;
  }

  /** The static type of an expression, or null. */
  TypeMirror type(TreePath path) {
    return context.trees().getTypeMirror(path);
  }

  /** The value of a compile-time constant string, or null. */
  String constantString(TreePath path) {
    Object value = constantValue(path);
    return value instanceof String text ? text : null;
  }

  /** The media type a Content-Type expression stands for, or null: see {@link MediaTypes}. */
  String mediaType(TreePath path) {
    return new MediaTypes(this::constantString, context.trees()).of(path);
  }

  boolean isConstant(TreePath path) {
    return constantValue(path) != null;
  }

  private Object constantValue(TreePath path) {
    Tree leaf = path.getLeaf();
    if (leaf instanceof ParenthesizedTree parenthesized) {
      return constantValue(child(path, parenthesized.getExpression()));
    }
    if (leaf instanceof LiteralTree literal) {
      return literal.getValue();
    }
    if (leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree) {
      if (!(context.trees().getElement(path) instanceof VariableElement variable)) {
        return null;
      }
      if (variable.getConstantValue() != null) {
        return variable.getConstantValue();
      }
      // A local assigned once from a constant ({@code String header = "Location";}).
      return ofSingleValue(variable, this::constantValue, null);
    }
    return null;
  }

  /** {@code read} applied to the one value of a local assigned once (in its initialiser), or {@code none}. */
  private <R> R ofSingleValue(Element variable, Function<TreePath, R> read, R none) {
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

  private static TreePath child(TreePath parent, Tree leaf) {
    return new TreePath(parent, leaf);
  }

  /**
   * The states of a value that is one of {@code values}: every known state, and an unknown one
   * when some value is not known, so that a header map is known to lack a header only when every
   * value it can be lacks it. Empty when no value is known.
   */
  private List<ResponseState> alternatives(List<TreePath> values) {
    List<ResponseState> all = new ArrayList<>();
    boolean someUnknown = false;
    for (TreePath value : values) {
      List<ResponseState> states = evaluate(value);
      someUnknown |= states.isEmpty();
      all.addAll(states);
    }
    if (someUnknown && !all.isEmpty()) {
      all.add(ResponseState.unknown());
    }
    return all;
  }

  /**
   * The expressions whose value {@code path}'s may be: the branches of ternaries and switch
   * expressions, through parentheses, the results of lambdas and anonymous classes that a
   * pass-through call hands back, or {@code path} itself.
   */
  List<TreePath> branches(TreePath path) {
    Tree leaf = path.getLeaf();
    List<TreePath> choices;
    if (leaf instanceof MethodInvocationTree call) {
      choices = passedThroughResults(path, call);
      if (choices == null) {
        return List.of(path);
      }
    } else if (leaf instanceof ParenthesizedTree parenthesized) {
      choices = List.of(child(path, parenthesized.getExpression()));
    } else if (leaf instanceof ConditionalExpressionTree conditional) {
      choices = List.of(child(path, conditional.getTrueExpression()),
          child(path, conditional.getFalseExpression()));
    } else if (leaf instanceof SwitchExpressionTree) {
      choices = switchResults(path);
    } else {
      return List.of(path);
    }
    List<TreePath> result = new ArrayList<>();
    for (TreePath choice : choices) {
      result.addAll(branches(choice));
    }
    return result;
  }

  /**
   * The expressions returned by the lambdas and anonymous classes whose results a pass-through call
   * hands back ({@code tx.inTransaction(() -> { ... return response; })}); null when the call is
   * none, or one of its functions is not written in place.
   */
  private List<TreePath> passedThroughResults(TreePath path, MethodInvocationTree call) {
    if (!(context.trees().getElement(path) instanceof ExecutableElement method)) {
      return null;
    }
    List<Integer> functions = PassThroughCalls.functionArguments(method);
    if (functions.isEmpty()) {
      return null;
    }
    List<TreePath> results = new ArrayList<>();
    for (int index : functions) {
      List<TreePath> returned = index < call.getArguments().size()
          ? resultExpressions(unwrapped(child(path, call.getArguments().get(index)))) : null;
      if (returned == null) {
        return null;
      }
      results.addAll(returned);
    }
    return results;
  }

  /** The values a switch expression yields: rule bodies that are expressions, and {@code yield}s. */
  private static List<TreePath> switchResults(TreePath path) {
    List<TreePath> results = new ArrayList<>();
    for (CaseTree item : ((SwitchExpressionTree) path.getLeaf()).getCases()) {
      TreePath casePath = child(path, item);
      if (item.getCaseKind() == CaseTree.CaseKind.RULE && item.getBody() instanceof ExpressionTree value) {
        results.add(child(casePath, value));
        continue;
      }
      new ShallowScanner() {
        @Override
        public Void visitYield(YieldTree node, Void unused) {
          results.add(new TreePath(getCurrentPath(), node.getValue()));
          return null;
        }

        @Override
        public Void visitSwitchExpression(SwitchExpressionTree node, Void unused) {
          return null;
        }
      }.scan(casePath, null);
    }
    return results;
  }

  /** What a lambda answers with: its expression body, or each expression its own block returns. */
  static List<TreePath> lambdaResults(TreePath lambda) {
    LambdaExpressionTree tree = (LambdaExpressionTree) lambda.getLeaf();
    TreePath body = child(lambda, tree.getBody());
    return tree.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION ? List.of(body) : lambdaReturns(body);
  }

  /** The expressions a block lambda returns, not those of lambdas or classes inside it. */
  static List<TreePath> lambdaReturns(TreePath body) {
    List<TreePath> results = new ArrayList<>();
    new ShallowScanner() {
      @Override
      public Void visitReturn(ReturnTree node, Void unused) {
        if (node.getExpression() != null) {
          results.add(new TreePath(getCurrentPath(), node.getExpression()));
        }
        return null;
      }
    }.scan(body, null);
    return results;
  }

  /** Scans one body's own statements: a lambda or a class inside it answers for itself. */
  private abstract static class ShallowScanner extends TreePathScanner<Void, Void> {
    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      return null;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      return null;
    }
  }
}
