package dev.responds.processor.body;

import static dev.responds.processor.body.ExpressionEvaluator.child;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import dev.responds.processor.adapter.StatusConstants;
import dev.responds.processor.body.api.MediaTypes;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.body.api.TypeNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Constants and status values: the codes an expression can stand for (literals, constants of the
 * status enums, final fields and locals assigned once, arithmetic over them, the status calls the
 * recognisers know), and the constant strings and media types that name headers and bodies.
 */
final class StatusValues {
  private final ExpressionEvaluator evaluator;
  private final BodyContext context;

  StatusValues(ExpressionEvaluator evaluator, BodyContext context) {
    this.evaluator = evaluator;
    this.context = context;
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
        return statusesOfAll(Conditionals.switchResults(path));
      case PLUS:
      case MINUS:
      case MULTIPLY:
        return arithmetic(path, (BinaryTree) leaf);
      case INT_LITERAL:
        return List.of((Integer) ((LiteralTree) leaf).getValue());
      case UNARY_MINUS:
        // status(-1): a literal no status can be, reported like any other out of range.
        List<Integer> negated = statuses(child(path, ((UnaryTree) leaf).getExpression()));
        return negated.stream().anyMatch(code -> ResponseState.placeholderSlot(code) >= 0) ? List.of()
            : negated.stream().map(code -> -code).toList();
      case IDENTIFIER:
      case MEMBER_SELECT:
        Element element = context.trees().getElement(path);
        Integer placeholder = evaluator.parameterPlaceholders.get(element);
        if (placeholder != null) {
          return List.of(placeholder);
        }
        Integer constant = constantStatus(element);
        return constant == null ? variableStatuses(element, path) : List.of(constant);
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
    return result.size() > ExpressionEvaluator.MAX_STATES ? List.of() : List.copyOf(result);
  }

  /**
   * The statuses a variable holds: a final field's initialiser, or each value of a local that is
   * final or effectively final. A parameter, or a local assigned twice on one path, is unknown.
   */
  private List<Integer> variableStatuses(Element element, TreePath use) {
    if (!(element instanceof VariableElement variable)) {
      return List.of();
    }
    if (variable.getKind() == ElementKind.FIELD) {
      return context.fields().statuses(variable, context);
    }
    LocalVariables.Facts facts = evaluator.locals.facts(variable);
    if (facts == null || !LocalVariables.isAssignedOnce(facts) || !evaluator.evaluating.add(variable)) {
      return List.of();
    }
    try {
      return statusesOfAll(LocalVariables.valuesReaching(facts, use));
    } finally {
      evaluator.evaluating.remove(variable);
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
    List<Integer> statuses = context.recognisers().statuses(method, receiver, evaluator.arguments(path, call.getArguments()));
    return statuses == null ? List.of() : statuses;
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
      return evaluator.ofSingleValue(variable, this::constantValue, null);
    }
    return null;
  }
}
