package dev.responds.processor.body;

import static dev.responds.processor.body.ExpressionEvaluator.child;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.responds.processor.body.api.Argument;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.body.api.TypeNames;
import dev.responds.processor.model.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Lambdas, method references and anonymous classes: what a function returns when it is called
 * ({@code () -> ResponseEntity.ok(..)}, {@code builder::build}, an anonymous {@code Callable}),
 * and the headers a {@code Consumer<HttpHeaders>} lambda sets.
 */
final class Functions {
  private final ExpressionEvaluator evaluator;
  private final BodyContext context;

  Functions(ExpressionEvaluator evaluator, BodyContext context) {
    this.evaluator = evaluator;
    this.context = context;
  }

  /** What a function (lambda, method reference) returns when called. */
  List<ResponseState> results(TreePath path) {
    TreePath function = unwrapped(path);
    List<TreePath> returned = resultExpressions(function);
    if (returned != null) {
      List<ResponseState> states = new ArrayList<>();
      for (TreePath result : returned) {
        states.addAll(evaluator.evaluate(result));
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
        return evaluator.construct(method, inputs);
      }
      // A bound reference ({@code builder::build}) calls the method on the value of its qualifier.
      TreePath qualifier = child(function, reference.getQualifierExpression());
      Supplier<List<ResponseState>> receiver = context.trees().getElement(qualifier) instanceof TypeElement
          ? List::of : () -> evaluator.evaluate(qualifier);
      return evaluator.invoke(method, receiver, inputs);
    }
    if (leaf instanceof MethodInvocationTree) {
      List<TreePath> entries = DispatchTables.entries(function, context);
      return entries == null ? List.of() : Conditionals.alternatives(entries, this::results);
    }
    if (leaf instanceof IdentifierTree && context.trees().getElement(function) instanceof VariableElement variable) {
      // A function kept in a local: {@code Callable<Response> work = () -> ...;}
      return evaluator.ofSingleValue(variable, this::results, List.of());
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
  List<TreePath> resultExpressions(TreePath function) {
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
        evaluator.bindings.put(root, states);
        try {
          states = evaluator.evaluate(change);
        } finally {
          evaluator.bindings.remove(root);
        }
      }
      return ResponseState.common(states);
    }
    return ResponseState.common(evaluator.evaluate(path));
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
  abstract static class ShallowScanner extends TreePathScanner<Void, Void> {
    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      return null;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      return null;
    }
  }

  /**
   * An exception mapper's dispatch table: a private final {@code Map} field of the class, made
   * empty, filled only in constructors and initialisers with {@code put(key, this::method)} (method
   * references of the class itself), and otherwise only read. A lookup in it gives one of those
   * functions (or the fallback of {@code getOrDefault}); any other map, or any other use of the
   * field, is unknown.
   */
  static final class DispatchTables {
    private static final Set<String> LOOKUPS = Set.of("get", "getOrDefault");
    private static final Set<String> READS = Set.of("get", "getOrDefault", "containsKey", "isEmpty", "size");

    private DispatchTables() {}

    /** The functions a lookup ({@code handlers.get(type)}) may give; null when it is no such table. */
    static List<TreePath> entries(TreePath lookup, BodyContext context) {
      MethodInvocationTree call = (MethodInvocationTree) lookup.getLeaf();
      if (!(call.getMethodSelect() instanceof MemberSelectTree select)
          || !(context.trees().getElement(lookup) instanceof ExecutableElement method)
          || !LOOKUPS.contains(TypeNames.name(method)) || !TypeNames.owner(method).startsWith("java.util.")
          || !(context.trees().getElement(child(child(lookup, select), select.getExpression())) instanceof VariableElement field)
          || field.getKind() != ElementKind.FIELD || !field.getModifiers().contains(Modifier.PRIVATE)
          || !field.getModifiers().contains(Modifier.FINAL)) {
        return null;
      }
      TreePath declaration = context.paths().of(field);
      if (declaration == null || !(declaration.getParentPath().getLeaf() instanceof ClassTree)) {
        return null;
      }
      List<TreePath> entries = new ArrayList<>();
      boolean[] unknown = new boolean[1];
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree node, Void unused) {
          if (node == declaration.getLeaf() && node.getInitializer() != null && !isEmptyMap(node.getInitializer())) {
            unknown[0] = true;
          }
          return super.visitVariable(node, unused);
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
          use(getCurrentPath());
          return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, Void unused) {
          if (field.equals(context.trees().getElement(getCurrentPath()))) {
            use(getCurrentPath());
            return null;
          }
          return super.visitMemberSelect(node, unused);
        }

        private void use(TreePath use) {
          if (!field.equals(context.trees().getElement(use))) {
            return;
          }
          Tree parent = use.getParentPath().getLeaf();
          TreePath call = use.getParentPath().getParentPath();
          if (parent instanceof AssignmentTree assignment && assignment.getVariable() == use.getLeaf()) {
            unknown[0] |= !inConstructor(use) || !isEmptyMap(assignment.getExpression());
          } else if (parent instanceof MemberSelectTree member && call.getLeaf() instanceof MethodInvocationTree invocation
              && invocation.getMethodSelect() == member) {
            String name = member.getIdentifier().toString();
            if (name.equals("put") && invocation.getArguments().size() == 2 && inConstructor(use)) {
              TreePath value = Functions.unwrapped(child(call, invocation.getArguments().get(1)));
              unknown[0] |= !isOwnMethod(value, field, context);
              entries.add(value);
            } else {
              unknown[0] |= !READS.contains(name);
            }
          } else {
            unknown[0] = true;
          }
        }
      }.scan(declaration.getParentPath(), null);
      if (unknown[0] || entries.isEmpty()) {
        return null;
      }
      if (TypeNames.name(method).equals("getOrDefault") && call.getArguments().size() == 2) {
        entries.add(Functions.unwrapped(child(lookup, call.getArguments().get(1))));
      }
      return entries;
    }

    private static boolean isEmptyMap(Tree value) {
      return value instanceof NewClassTree creation && creation.getClassBody() == null
          && creation.getArguments().stream().allMatch(argument -> argument instanceof MemberSelectTree literal
              && literal.getIdentifier().contentEquals("class"));
    }

    private static boolean inConstructor(TreePath use) {
      for (TreePath current = use; current != null; current = current.getParentPath()) {
        Tree leaf = current.getLeaf();
        if (leaf instanceof LambdaExpressionTree) {
          return false;
        }
        if (leaf instanceof MethodTree method) {
          return method.getReturnType() == null;
        }
        if (leaf instanceof BlockTree && current.getParentPath().getLeaf() instanceof ClassTree) {
          return true;
        }
      }
      return false;
    }

    /** A method reference of the class that declares the table ({@code this::unauthorized}). */
    private static boolean isOwnMethod(TreePath value, VariableElement field, BodyContext context) {
      return value.getLeaf() instanceof MemberReferenceTree reference
          && reference.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
          && context.trees().getElement(value) instanceof ExecutableElement method
          && method.getEnclosingElement().equals(field.getEnclosingElement());
    }
  }
}
