package dev.responds.processor.body;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Whether two places of one method lie on paths that exclude each other. */
final class Branches {
  private Branches() {}

  /**
   * Whether a local assigned at both places holds one of the two values after them, each of which
   * it may hold: they are {@linkplain #exclusive exclusive}, or one sits in a {@code try} block and
   * the other in one of its {@code catch} clauses (the catch runs only when the block failed, and
   * assigns last). An assignment in a {@code finally} block always runs: it is never one of two.
   */
  static boolean alternatives(TreePath first, TreePath second) {
    if (exclusive(first, second)) {
      return true;
    }
    Tree[] split = split(first, second);
    return split != null && split[0] instanceof TryTree attempt
        && (split[1] == attempt.getBlock() && split[2] instanceof CatchTree
            || split[2] == attempt.getBlock() && split[1] instanceof CatchTree);
  }

  /**
   * Whether no run of the method reaches both {@code first} and {@code second}: they sit in the two
   * branches of one {@code if} or conditional, or in cases of one {@code switch} between which no
   * case falls through. Anything else (a loop, a {@code try}, two statements in a row) may reach both.
   */
  static boolean exclusive(TreePath first, TreePath second) {
    Tree[] found = split(first, second);
    if (found == null) {
      return false;
    }
    Tree split = found[0];
    Tree fromFirst = found[1];
    Tree fromSecond = found[2];
    if (split instanceof IfTree branch) {
      return isOneOf(fromFirst, fromSecond, branch.getThenStatement(), branch.getElseStatement());
    }
    if (split instanceof ConditionalExpressionTree conditional) {
      return isOneOf(fromFirst, fromSecond, conditional.getTrueExpression(),
          conditional.getFalseExpression());
    }
    if (split instanceof SwitchTree statement) {
      return separateCases(statement.getCases(), fromFirst, fromSecond);
    }
    if (split instanceof SwitchExpressionTree expression) {
      return separateCases(expression.getCases(), fromFirst, fromSecond);
    }
    if (split instanceof TryTree attempt) {
      // Two catch clauses of one try: at most one of them runs.
      return fromFirst instanceof CatchTree && fromSecond instanceof CatchTree;
    }
    return false;
  }

  /**
   * Whether no run of the method reaches both places: they are {@linkplain #exclusive exclusive},
   * or the run that reaches the earlier one leaves the method ({@code return}, {@code throw})
   * before the later one ({@code response.setStatus(401); return false;} at the top of an
   * interceptor, a hand-off of the response further down). Never for places in a loop, a lambda or
   * a local class, which may run again or at any time, nor in a {@code try} (an exception may
   * reach its catch clauses or finally block instead of the jump).
   */
  static boolean neverBoth(TreePath first, TreePath second) {
    if (mayRepeat(first) || mayRepeat(second)) {
      return false;
    }
    return exclusive(first, second) || leavesBefore(first, second) || leavesBefore(second, first);
  }

  private static boolean mayRepeat(TreePath path) {
    for (TreePath current = path; current != null; current = current.getParentPath()) {
      Tree leaf = current.getLeaf();
      if (leaf instanceof MethodTree) {
        return false;
      }
      if (leaf instanceof ForLoopTree || leaf instanceof EnhancedForLoopTree || leaf instanceof WhileLoopTree
          || leaf instanceof DoWhileLoopTree || leaf instanceof LambdaExpressionTree
          || leaf instanceof ClassTree || leaf instanceof TryTree) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code first} comes before {@code second} in the statements of their common block, and
   * a {@code return} or {@code throw} after {@code first}, in a block that holds it, comes first.
   */
  private static boolean leavesBefore(TreePath first, TreePath second) {
    Tree[] found = split(first, second);
    List<? extends StatementTree> common = found == null ? null : statementsOf(found[0]);
    if (common == null) {
      return false;
    }
    int from = common.indexOf(found[1]);
    int to = common.indexOf(found[2]);
    if (from < 0 || to < 0 || from >= to) {
      return false;
    }
    if (leaves(common.subList(from, to))) {
      return true;
    }
    Tree child = null;
    for (TreePath current = first; current.getLeaf() != found[0]; current = current.getParentPath()) {
      Tree leaf = current.getLeaf();
      List<? extends StatementTree> statements = statementsOf(leaf);
      if (statements != null && child != null && statements.contains(child)
          && leaves(statements.subList(statements.indexOf(child), statements.size()))) {
        return true;
      }
      child = leaf;
    }
    return false;
  }

  private static List<? extends StatementTree> statementsOf(Tree tree) {
    return tree instanceof BlockTree block ? block.getStatements()
        : tree instanceof CaseTree item ? item.getStatements() : null;
  }

  /**
   * Whether running these statements in a row certainly ends in a {@code return} or {@code throw}
   * among them: one of them is, and none before it may {@code break} (out of a {@code switch}) past it.
   */
  private static boolean leaves(List<? extends StatementTree> statements) {
    for (StatementTree statement : statements) {
      if (statement instanceof ReturnTree || statement instanceof ThrowTree) {
        return true;
      }
      if (mayBreak(statement)) {
        return false;
      }
    }
    return false;
  }

  private static boolean mayBreak(Tree statement) {
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitBreak(BreakTree node, Void unused) {
        return true;
      }

      @Override
      public Boolean visitContinue(ContinueTree node, Void unused) {
        return true;
      }

      @Override
      public Boolean visitYield(YieldTree node, Void unused) {
        return true;
      }

      @Override
      public Boolean reduce(Boolean one, Boolean other) {
        return Boolean.TRUE.equals(one) || Boolean.TRUE.equals(other);
      }
    }.scan(statement, null);
    return Boolean.TRUE.equals(found);
  }

  /**
   * Where the paths to {@code first} and {@code second} part: their nearest common ancestor and its
   * two different children leading to each; null when one contains the other.
   */
  private static Tree[] split(TreePath first, TreePath second) {
    Set<Tree> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TreePath current = first; current != null; current = current.getParentPath()) {
      ancestors.add(current.getLeaf());
    }
    Tree fromSecond = null;
    TreePath common = second;
    while (common != null && !ancestors.contains(common.getLeaf())) {
      fromSecond = common.getLeaf();
      common = common.getParentPath();
    }
    if (common == null || fromSecond == null) {
      return null;
    }
    Tree fromFirst = childOn(first, common.getLeaf());
    if (fromFirst == null || fromFirst == fromSecond) {
      return null;
    }
    return new Tree[] {common.getLeaf(), fromFirst, fromSecond};
  }

  /** The child of {@code ancestor} on the way from {@code path} up to it. */
  private static Tree childOn(TreePath path, Tree ancestor) {
    Tree child = null;
    for (TreePath current = path; current != null; current = current.getParentPath()) {
      if (current.getLeaf() == ancestor) {
        return child;
      }
      child = current.getLeaf();
    }
    return null;
  }

  private static boolean isOneOf(Tree first, Tree second, Tree one, Tree other) {
    return one != null && other != null
        && (first == one && second == other || first == other && second == one);
  }

  /** Whether no case from the earlier of the two to the later one falls through into the next. */
  private static boolean separateCases(List<? extends CaseTree> cases, Tree first, Tree second) {
    int one = cases.indexOf(first);
    int other = cases.indexOf(second);
    if (one < 0 || other < 0) {
      return false;
    }
    for (int i = Math.min(one, other); i < Math.max(one, other); i++) {
      CaseTree item = cases.get(i);
      if (item.getCaseKind() == CaseTree.CaseKind.RULE || endsInJump(item.getStatements())) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsInJump(List<? extends StatementTree> statements) {
    if (statements == null || statements.isEmpty()) {
      return false;
    }
    StatementTree last = statements.get(statements.size() - 1);
    if (last instanceof BlockTree block) {
      return endsInJump(block.getStatements());
    }
    return last instanceof BreakTree || last instanceof ReturnTree || last instanceof ThrowTree
        || last instanceof ContinueTree || last instanceof YieldTree;
  }
}
