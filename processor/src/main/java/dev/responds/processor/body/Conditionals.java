package dev.responds.processor.body;

import static dev.responds.processor.body.ExpressionEvaluator.child;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import dev.responds.processor.body.api.ResponseState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;

/**
 * Conditionals and switches: a value that is one of several expressions (the branches of a
 * ternary or a {@code switch} expression, the results a pass-through call hands back) is each of
 * their values, with an unknown one beside them when some branch is not known.
 */
final class Conditionals {
  private final ExpressionEvaluator evaluator;
  private final BodyContext context;

  Conditionals(ExpressionEvaluator evaluator, BodyContext context) {
    this.evaluator = evaluator;
    this.context = context;
  }

  /**
   * The states of a value that is one of {@code values}: every known state, and an unknown one
   * when some value is not known, so that a header map is known to lack a header only when every
   * value it can be lacks it. Empty when no value is known.
   */
  List<ResponseState> alternatives(List<TreePath> values) {
    return alternatives(values, evaluator::evaluate);
  }

  /** The same, for values whose states {@code statesOf} tells (the results of functions, say). */
  static List<ResponseState> alternatives(List<TreePath> values, Function<TreePath, List<ResponseState>> statesOf) {
    List<ResponseState> all = new ArrayList<>();
    boolean someUnknown = false;
    for (TreePath value : values) {
      List<ResponseState> states = statesOf.apply(value);
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
          ? evaluator.functions.resultExpressions(Functions.unwrapped(child(path, call.getArguments().get(index)))) : null;
      if (returned == null) {
        return null;
      }
      results.addAll(returned);
    }
    return results;
  }

  /** The values a switch expression yields: rule bodies that are expressions, and {@code yield}s. */
  static List<TreePath> switchResults(TreePath path) {
    List<TreePath> results = new ArrayList<>();
    for (CaseTree item : ((SwitchExpressionTree) path.getLeaf()).getCases()) {
      TreePath casePath = child(path, item);
      if (item.getCaseKind() == CaseTree.CaseKind.RULE && item.getBody() instanceof ExpressionTree value) {
        results.add(child(casePath, value));
        continue;
      }
      new Functions.ShallowScanner() {
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
}
