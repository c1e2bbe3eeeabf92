package dev.responds.processor.body;

import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.util.TreePath;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.model.Framework;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Summarises each helper method once (for Spring, and for JAX-RS, which map exceptions
 * differently), and a recursive one as nothing.
 */
final class MethodSummaries {
  private record Key(ExecutableElement method, boolean spring) {}

  /** Helpers that call helpers this deep are not followed further (javac's stack is small). */
  private static final int MAX_NESTING = 16;

  private final Map<Key, MethodSummary> cache = new HashMap<>();
  private int nesting;

  MethodSummary summary(ExecutableElement method, BodyContext context) {
    Key key = new Key(method, context.framework() == Framework.SPRING);
    MethodSummary known = cache.get(key);
    if (known != null) {
      return known;
    }
    if (nesting >= MAX_NESTING) {
      return MethodSummary.NOTHING;
    }
    // Marks the method while it is summarised: a recursive call sees nothing.
    cache.put(key, MethodSummary.NOTHING);
    nesting++;
    try {
      MethodSummary summary = summarise(method, context);
      cache.put(key, summary);
      return summary;
    } catch (RuntimeException e) {
      return MethodSummary.NOTHING;
    } finally {
      nesting--;
    }
  }

  /**
   * The summary of {@code method} if it was made already (when javac analysed its class, see
   * {@link BodyInterpreter#prepare}), or null: a class analysed later has no attributed trees yet.
   */
  MethodSummary prepared(ExecutableElement method, BodyContext context) {
    return cache.get(new Key(method, context.framework() == Framework.SPRING));
  }

  /**
   * What {@code new T(..)} sends for an exception class whose constructor hands the status to its
   * superclass's ({@code super(HttpStatus.NOT_FOUND, ..)}): found once per constructor.
   */
  List<ResponseState> constructed(ExecutableElement constructor, BodyContext context) {
    return summary(constructor, context).raisedStates();
  }

  private static MethodSummary summarise(ExecutableElement method, BodyContext context) {
    return method.getKind() == ElementKind.CONSTRUCTOR
        ? new MethodSummary(List.of(), constructed(delegation(method, context)), Map.of())
        : summariseMethod(method, context);
  }

  /** The states of the first statement of a constructor when it is {@code super(..)} or {@code this(..)}. */
  private static List<ResponseState> delegation(ExecutableElement constructor, BodyContext context) {
    TreePath path = context.paths().of(constructor);
    if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null
        || tree.getBody().getStatements().isEmpty()
        || !(tree.getBody().getStatements().get(0) instanceof ExpressionStatementTree first)
        || !(first.getExpression() instanceof MethodInvocationTree call)
        || !(call.getMethodSelect() instanceof IdentifierTree name)
        || !(name.getName().contentEquals("super") || name.getName().contentEquals("this"))) {
      return List.of();
    }
    TreePath statement = new TreePath(new TreePath(path, tree.getBody()), first);
    return ExpressionEvaluator.parametricDelegation(context, path, constructor,
        new TreePath(statement, call));
  }

  private static MethodSummary summariseMethod(ExecutableElement method, BodyContext context) {
    TreePath path = context.paths().of(method);
    if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
      return MethodSummary.NOTHING;
    }
    List<ResponseState> returned = new ArrayList<>();
    List<MethodSummary.Raised> raised = new ArrayList<>();
    ExpressionEvaluator evaluator = ExpressionEvaluator.forHelper(context, path, method);
    for (ResponseSites.Found found : ResponseSites.ofHelper(path, evaluator, context)) {
      for (ResponseState state : found.states()) {
        if (found.returned()) {
          returned.add(state);
        } else {
          raised.add(new MethodSummary.Raised(state, found.exception()));
        }
      }
    }
    return new MethodSummary(returned, raised, changedParameters(path, method, evaluator));
  }

  /**
   * What the method leaves in each builder or header map it is given, by parameter: only where
   * every run that returns has done all of it (no {@code return} in the method, which would leave
   * some changes undone on its path) and the parameter is never reassigned.
   */
  private static Map<Integer, List<ResponseState>> changedParameters(TreePath path,
      ExecutableElement method, ExpressionEvaluator evaluator) {
    MethodTree tree = (MethodTree) path.getLeaf();
    if (hasReturn(new TreePath(path, tree.getBody()))) {
      return Map.of();
    }
    Map<Integer, List<ResponseState>> changed = new HashMap<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      List<ResponseState> after = evaluator.atEnd(method.getParameters().get(i), tree);
      if (!after.isEmpty()) {
        changed.put(i, after);
      }
    }
    return changed;
  }

  private static boolean hasReturn(TreePath body) {
    boolean[] found = new boolean[1];
    new Functions.ShallowScanner() {
      @Override
      public Void visitReturn(ReturnTree node, Void unused) {
        found[0] = true;
        return null;
      }
    }.scan(body, null);
    return found[0];
  }

  /** What an exception's constructor builds: the exception itself, never caught on the way. */
  private static List<MethodSummary.Raised> constructed(List<ResponseState> states) {
    List<MethodSummary.Raised> raised = new ArrayList<>();
    for (ResponseState state : states) {
      raised.add(new MethodSummary.Raised(state, null));
    }
    return raised;
  }

  /**
   * What a helper method contributes to the handlers that call it.
   *
   * @param returned the responses it returns
   * @param raised the responses it sends whatever it returns: exceptions it throws, statuses it sets
   * @param changed what it leaves in the builders and header maps it is given, by parameter index,
   *     with its parameters standing for what its callers pass (see {@link ParameterStates})
   */
  record MethodSummary(List<ResponseState> returned, List<Raised> raised,
      Map<Integer, List<ResponseState>> changed) {
    static final MethodSummary NOTHING = new MethodSummary(List.of(), List.of(), Map.of());

    /**
     * One response sent from inside the method.
     *
     * @param exception the static type of the exception that carries it, so that a caller's
     *     {@code catch} can stop it; null when it is not thrown (a status set on the servlet response)
     */
    record Raised(ResponseState state, TypeMirror exception) {}

    MethodSummary {
      returned = List.copyOf(returned);
      raised = List.copyOf(raised);
      changed = Map.copyOf(changed);
    }

    List<ResponseState> raisedStates() {
      List<ResponseState> states = new ArrayList<>();
      for (Raised sent : raised) {
        states.add(sent.state());
      }
      return states;
    }
  }
}
