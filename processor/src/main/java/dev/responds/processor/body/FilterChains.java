package dev.responds.processor.body;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;

/**
 * Where a filter passes the request on: {@code chain.doFilter(request, response)}, {@code
 * chain.filter(exchange)}, and in a {@code HandlerInterceptor.preHandle} every {@code return} but
 * {@code return false}. A status the filter sets where the chain may run before or after it is
 * not the whole answer: the handlers behind the chain write on the same response.
 */
final class FilterChains {
  private final BodyContext context;
  private final List<TreePath> continuations;

  private FilterChains(BodyContext context, List<TreePath> continuations) {
    this.context = context;
    this.continuations = continuations;
  }

  static FilterChains none() {
    return new FilterChains(null, List.of());
  }

  /** The places where the method at {@code method} passes the request on. */
  static FilterChains of(TreePath method, BodyContext context) {
    MethodTree tree = (MethodTree) method.getLeaf();
    boolean preHandle = tree.getName().contentEquals("preHandle")
        && tree.getReturnType() instanceof PrimitiveTypeTree primitive
        && primitive.getPrimitiveTypeKind() == TypeKind.BOOLEAN;
    List<TreePath> found = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      /** Inside a lambda, a {@code return} is the lambda's, not the method's. */
      private int lambdaDepth;

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (isChainCall(context.trees().getElement(getCurrentPath()), context)) {
          found.add(getCurrentPath());
        }
        return super.visitMethodInvocation(node, unused);
      }

      @Override
      public Void visitReturn(ReturnTree node, Void unused) {
        if (preHandle && lambdaDepth == 0 && !(node.getExpression() instanceof LiteralTree literal
            && Boolean.FALSE.equals(literal.getValue()))) {
          found.add(getCurrentPath());
        }
        return super.visitReturn(node, unused);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        lambdaDepth++;
        try {
          return super.visitLambdaExpression(node, unused);
        } finally {
          lambdaDepth--;
        }
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null;
      }
    }.scan(new TreePath(method, tree.getBody()), null);
    return new FilterChains(context, found);
  }

  private static boolean isChainCall(Element element, BodyContext context) {
    return element instanceof ExecutableElement method && context.recognisers().passesRequestOn(method);
  }

  /** Whether {@code argument} is passed to the chain by the call at {@code parent}. */
  boolean isChainArgument(TreePath parent, Tree argument) {
    return parent.getLeaf() instanceof MethodInvocationTree call
        && call.getArguments().contains(argument) && isChainCall(context.trees().getElement(parent), context);
  }

  /** Whether the chain may run before or after the statement at {@code site}. */
  boolean mayRunAround(TreePath site) {
    for (TreePath continuation : continuations) {
      if (mayBothRun(site, continuation)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether both may run in one request: unless they sit in different branches of one decision,
   * or the path of the one that comes first returns or throws before the other. Loops, lambdas,
   * {@code try} and {@code switch} make both possible.
   */
  private boolean mayBothRun(TreePath site, TreePath continuation) {
    List<Tree> siteAncestors = ancestors(site);
    List<Tree> chainAncestors = ancestors(continuation);
    int common = 0;
    while (common < siteAncestors.size() && common < chainAncestors.size()
        && siteAncestors.get(common) == chainAncestors.get(common)) {
      common++;
    }
    if (common == 0 || common >= siteAncestors.size() || common >= chainAncestors.size()) {
      return true;
    }
    for (Tree tree : siteAncestors) {
      if (isLoop(tree) || tree instanceof LambdaExpressionTree) {
        return true;
      }
    }
    for (Tree tree : chainAncestors) {
      if (tree instanceof LambdaExpressionTree || isLoop(tree)) {
        return true;
      }
    }
    Tree shared = siteAncestors.get(common - 1);
    Tree siteBranch = siteAncestors.get(common);
    Tree chainBranch = chainAncestors.get(common);
    if (shared instanceof IfTree || shared instanceof ConditionalExpressionTree) {
      return false;
    }
    List<? extends StatementTree> statements = statementsOf(shared);
    if (statements == null) {
      return true;
    }
    int siteIndex = statements.indexOf(siteBranch);
    int chainIndex = statements.indexOf(chainBranch);
    if (siteIndex < 0 || chainIndex < 0) {
      return true;
    }
    // The later one runs after the earlier only if the earlier one's path does not end first.
    List<Tree> earlier = siteIndex < chainIndex ? siteAncestors : chainAncestors;
    for (int level = earlier.size() - 1; level >= common; level--) {
      Tree child = earlier.get(level);
      if (child instanceof ReturnTree || child instanceof ThrowTree) {
        return false;
      }
      List<? extends StatementTree> inner = level > common ? statementsOf(earlier.get(level - 1)) : null;
      if (inner != null && endsAfter(inner, child)) {
        return false;
      }
    }
    return !endsBetween(statements, Math.min(siteIndex, chainIndex), Math.max(siteIndex, chainIndex));
  }

  /** The statements of a block or of a {@code case} written with a colon; null for anything else. */
  private static List<? extends StatementTree> statementsOf(Tree tree) {
    if (tree instanceof BlockTree block) {
      return block.getStatements();
    }
    return tree instanceof CaseTree item && item.getCaseKind() == CaseTree.CaseKind.STATEMENT
        ? item.getStatements() : null;
  }

  /** Whether a statement after {@code child} in {@code statements} returns or throws. */
  private static boolean endsAfter(List<? extends StatementTree> statements, Tree child) {
    int index = statements.indexOf(child);
    return index >= 0 && endsBetween(statements, index, statements.size());
  }

  private static boolean endsBetween(List<? extends StatementTree> statements, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (statements.get(i) instanceof ReturnTree || statements.get(i) instanceof ThrowTree) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLoop(Tree tree) {
    return tree instanceof ForLoopTree || tree instanceof EnhancedForLoopTree
        || tree instanceof WhileLoopTree || tree instanceof DoWhileLoopTree;
  }

  /** The trees from the method body down to {@code path}'s leaf. */
  private static List<Tree> ancestors(TreePath path) {
    List<Tree> result = new ArrayList<>();
    for (TreePath current = path; current != null; current = current.getParentPath()) {
      result.add(0, current.getLeaf());
      if (current.getLeaf() instanceof MethodTree) {
        break;
      }
    }
    return result;
  }
}
