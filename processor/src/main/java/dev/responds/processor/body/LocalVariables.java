package dev.responds.processor.body;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.responds.processor.body.api.Recognisers;
import dev.responds.processor.body.api.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;

/**
 * What one scan of a method tells of its local variables (and its parameters): every value assigned to each, and, for
 * the mutable ones (builders, {@code HttpHeaders}), the statements that change them in place and
 * whether they escape to code we cannot see.
 */
final class LocalVariables {

  /**
   * A statement that changes a mutable local in place ({@code headers.setLocation(uri);}) or
   * reassigns it from itself ({@code builder = builder.header(..);}).
   *
   * @param statement the statement, for its position
   * @param expression the call chain to evaluate with {@code root} bound to the variable's states
   * @param root the variable's identifier at the start of the chain
   * @param direct the statement sits right in the block that declares the variable, so it runs
   *     whenever a later statement of that block does
   * @param parameter for a call statement the variable is handed to ({@code describe(builder,
   *     error);}), the index of the parameter that receives it; -1 for a call on the variable
   */
  record Effect(TreePath statement, TreePath expression, Tree root, boolean direct, int parameter) {}

  /** What is known of one local variable. */
  static final class Facts {
    final List<TreePath> values = new ArrayList<>();
    final List<Effect> effects = new ArrayList<>();
    final boolean mutable;
    final Tree block;
    /** The tree that declares it: a lambda or class inside this tree does not capture it. */
    final Tree scope;
    boolean escapes;
    boolean untracked;

    Facts(boolean mutable, Tree block, Tree scope) {
      this.mutable = mutable;
      this.block = block;
      this.scope = scope;
    }
  }

  private final Map<Element, Facts> facts;

  private LocalVariables(Map<Element, Facts> facts) {
    this.facts = facts;
  }

  /** Scans the method once. */
  static LocalVariables of(TreePath method, Trees trees, Recognisers recognisers) {
    Map<Element, Facts> facts = new HashMap<>();
    new Collector(trees, recognisers, facts).scan(method, null);
    return new LocalVariables(facts);
  }

  /** The facts of a local variable of this method, or null for anything else. */
  Facts facts(Element variable) {
    return facts.get(variable);
  }

  /**
   * Whether the local holds a single value wherever it is read: it is final or effectively final,
   * assigned by its initialiser or once on each of mutually exclusive paths ({@code if}/{@code
   * else}, the cases of a {@code switch} that do not fall through, a {@code try} block and its
   * {@code catch} clauses), so that each value it is
   * assigned is one it may hold, and no other.
   */
  static boolean isAssignedOnce(Facts variable) {
    if (variable.untracked || !variable.effects.isEmpty() || variable.values.isEmpty()) {
      return false;
    }
    List<TreePath> assignments = new ArrayList<>();
    for (TreePath value : variable.values) {
      TreePath assignment = value.getParentPath();
      if (!(assignment.getLeaf() instanceof AssignmentTree)) {
        // The initialiser: any later assignment would make it a second value on the same path.
        return variable.values.size() == 1;
      }
      assignments.add(assignment);
    }
    for (int i = 0; i < assignments.size(); i++) {
      for (int j = i + 1; j < assignments.size(); j++) {
        if (!Branches.alternatives(assignments.get(i), assignments.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The values of the local that may reach {@code use}: a value assigned in one branch of an
   * {@code if} or a {@code switch} never reaches a read in another ({@code code = 204; return
   * status(code).build();} in one branch, {@code code = 200; ... body(items)} in the other).
   */
  static List<TreePath> valuesReaching(Facts variable, TreePath use) {
    List<TreePath> reaching = new ArrayList<>();
    for (TreePath value : variable.values) {
      if (!Branches.exclusive(value, use)) {
        reaching.add(value);
      }
    }
    return reaching.isEmpty() ? variable.values : reaching;
  }

  /** The identifier a call chain starts from ({@code h} of {@code h.set(..).add(..)}), or null. */
  static IdentifierTree chainRoot(ExpressionTree expression) {
    ExpressionTree current = expression;
    while (current instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      current = select.getExpression();
    }
    return current instanceof IdentifierTree identifier && current != expression ? identifier : null;
  }

  private static final class Collector extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final Recognisers recognisers;
    private final Map<Element, Facts> facts;

    Collector(Trees trees, Recognisers recognisers, Map<Element, Facts> facts) {
      this.trees = trees;
      this.recognisers = recognisers;
      this.facts = facts;
    }

    private Facts factsOf(Tree tree) {
      Element element = trees.getElement(new TreePath(getCurrentPath(), tree));
      return element == null ? null : facts.get(element);
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
      Element element = trees.getElement(getCurrentPath());
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      // A method's parameters are followed too: what a summarised helper does to a builder it is given.
      Tree block = parent instanceof BlockTree ? parent
          : parent instanceof MethodTree method && element != null
              && element.getKind() == ElementKind.PARAMETER ? method.getBody() : null;
      if (element != null && (element.getKind() == ElementKind.LOCAL_VARIABLE || block instanceof BlockTree)) {
        Facts variable = new Facts(recognisers.mutableTypes().contains(TypeNames.of(element.asType())), block, parent);
        facts.put(element, variable);
        if (node.getInitializer() != null) {
          variable.values.add(new TreePath(getCurrentPath(), node.getInitializer()));
        }
      }
      return super.visitVariable(node, unused);
    }

    @Override
    public Void visitAssignment(AssignmentTree node, Void unused) {
      Facts variable = factsOf(node.getVariable());
      if (variable != null) {
        TreePath value = new TreePath(getCurrentPath(), node.getExpression());
        IdentifierTree root = chainRoot(node.getExpression());
        if (root != null && factsOf(root) == variable) {
          variable.effects.add(new Effect(getCurrentPath().getParentPath(), value, root,
              isDirect(variable, getCurrentPath().getParentPath()), -1));
          scan(node.getExpression(), null);
          return null;
        }
        variable.values.add(value);
        scan(node.getExpression(), null);
        return null;
      }
      return super.visitAssignment(node, unused);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
      untrack(node.getVariable());
      return super.visitCompoundAssignment(node, unused);
    }

    @Override
    public Void visitUnary(UnaryTree node, Void unused) {
      untrack(node.getExpression());
      return super.visitUnary(node, unused);
    }

    private void untrack(Tree variable) {
      Facts found = factsOf(variable);
      if (found != null) {
        found.untracked = true;
      }
    }

    @Override
    public Void visitExpressionStatement(ExpressionStatementTree node, Void unused) {
      IdentifierTree root = chainRoot(node.getExpression());
      Facts variable = root == null ? null : factsOf(root);
      if (variable != null && variable.mutable) {
        variable.effects.add(new Effect(getCurrentPath(),
            new TreePath(getCurrentPath(), node.getExpression()), root, isDirect(variable, getCurrentPath()), -1));
      }
      return super.visitExpressionStatement(node, unused);
    }

    private static boolean isDirect(Facts variable, TreePath statement) {
      return variable.block != null && statement.getParentPath().getLeaf() == variable.block;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      Element element = trees.getElement(getCurrentPath());
      Facts variable = element == null ? null : facts.get(element);
      if (variable != null && variable.mutable && !handedOver(variable, node)
          && (escapes(getCurrentPath()) || changedWhenCaptured(variable, getCurrentPath()))) {
        variable.escapes = true;
      }
      return null;
    }

    /**
     * Whether this use is an argument of a call that is a statement of its own ({@code
     * describe(builder, error);}) outside lambdas and classes: an effect of that call on the
     * variable, which the callee's summary tells (or makes unknown), rather than an escape.
     */
    private boolean handedOver(Facts variable, IdentifierTree node) {
      TreePath call = getCurrentPath().getParentPath();
      if (!(call.getLeaf() instanceof MethodInvocationTree invocation)
          || !(call.getParentPath().getLeaf() instanceof ExpressionStatementTree)
          || !invocation.getArguments().contains(node) || isCaptured(variable, call)
          || !(trees.getElement(call) instanceof ExecutableElement method) || method.isVarArgs()) {
        return false;
      }
      TreePath statement = call.getParentPath();
      variable.effects.add(new Effect(statement, call, node, isDirect(variable, statement),
          invocation.getArguments().indexOf(node)));
      return true;
    }

    /**
     * Whether this use calls a method on a local that a lambda or local class captured: the call
     * runs whenever that code runs, which may be before the response is built or never.
     */
    private static boolean changedWhenCaptured(Facts variable, TreePath use) {
      return use.getParentPath().getLeaf() instanceof MemberSelectTree && isCaptured(variable, use);
    }

    /** Whether {@code path} lies in a lambda or local class inside the variable's scope. */
    private static boolean isCaptured(Facts variable, TreePath path) {
      for (TreePath current = path.getParentPath(); current != null; current = current.getParentPath()) {
        Tree leaf = current.getLeaf();
        if (leaf == variable.scope) {
          return false;
        }
        if (leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree) {
          return true;
        }
      }
      return false;
    }

    /** Whether this use of a mutable local hands it to code that may change it unseen. */
    private boolean escapes(TreePath use) {
      Tree leaf = use.getLeaf();
      Tree parent = use.getParentPath().getLeaf();
      if (parent instanceof MemberSelectTree || parent instanceof ReturnTree) {
        return false;
      }
      if (parent instanceof AssignmentTree assignment && assignment.getVariable() == leaf) {
        return false;
      }
      if (parent instanceof MethodInvocationTree || parent instanceof NewClassTree) {
        Element callee = trees.getElement(use.getParentPath());
        if (callee != null) {
          if (recognisers.keepsArguments(TypeNames.owner(callee))) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
