package dev.responds.processor.body;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.responds.processor.body.api.ResponseApi;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.body.api.TypeNames;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What a method does with the response parameters it writes its answer on, call by call
 * ({@link ResponseApi}: a servlet response, a JAX-RS response context, a reactive response or
 * its exchange), flow-insensitively: the headers set on each anywhere in the method (before or
 * after the status, in any branch or lambda, directly or through its header map), whether a body
 * is written, and where the response escapes to code we cannot see (passed to any method but
 * the filter chain, assigned, returned, an unknown call), which makes its headers and body
 * unknown for a status set on any run that may also reach the escape. Locals that hold the same
 * response ({@code (HttpServletResponse) response}, {@code exchange.getResponse()}) or its header
 * map count as the response. A status set on a
 * response we do not track (a field, a response fetched from elsewhere, a helper's parameter)
 * keeps everything but the status unknown, and so does one the filter chain may write on too.
 */
final class ServletResponses {
  /** Header map calls that set the header named by their first argument. */
  private static final Set<String> HEADER_MAP_WRITES = Set.of(
      "add", "addAll", "addFirst", "put", "putSingle", "set", "putIfAbsent");
  /** Header map calls that can only take headers away: what we count as set stays a safe guess. */
  private static final Set<String> HEADER_MAP_REMOVALS = Set.of("remove", "clear");

  /** What the method does with one response (and with the exchange that holds it). */
  private static final class Uses {
    Headers headers = Headers.none();
    boolean bodyWritten;
    /** Where it is handed to code we cannot see. */
    final List<TreePath> escapes = new ArrayList<>();

    /** Whether some run that reaches {@code site} may also hand the response over, before or after. */
    boolean escapesAround(TreePath site) {
      for (TreePath escape : escapes) {
        if (!Branches.neverBoth(site, escape)) {
          return true;
        }
      }
      return false;
    }
  }

  private final Map<Element, Uses> responses;
  /** Locals holding a response's header map, by the response they belong to. */
  private final Map<Element, Uses> headerMaps;
  private final FilterChains chains;
  /** Whether a body the handler returns (a plain value) may be written besides. */
  private final boolean returnsNothing;

  private ServletResponses(Map<Element, Uses> responses, Map<Element, Uses> headerMaps,
      FilterChains chains, boolean returnsNothing) {
    this.responses = responses;
    this.headerMaps = headerMaps;
    this.chains = chains;
    this.returnsNothing = returnsNothing;
  }

  /** Knows nothing of any response: for helper methods, whose callers may set anything. */
  static ServletResponses unknown() {
    return new ServletResponses(Map.of(), Map.of(), FilterChains.none(), false);
  }

  /**
   * The response parameters of the method at {@code method} and what it does with them.
   *
   * Call it only where headers set on the response reach the client as set here: not when the
   * handler returns a response object or a view, which add their own.
   *
   * @param returnsNothing whether the handler returns no value the framework writes as the body
   */
  static ServletResponses of(TreePath method, BodyContext context, ExpressionEvaluator evaluator,
      boolean returnsNothing) {
    MethodTree tree = (MethodTree) method.getLeaf();
    return of(method, tree.getParameters(), tree.getBody(), context, evaluator, returnsNothing);
  }

  /** The same for a lambda, which passes no request on: an entry point written as one. */
  static ServletResponses ofLambda(TreePath lambda, BodyContext context, ExpressionEvaluator evaluator) {
    LambdaExpressionTree tree = (LambdaExpressionTree) lambda.getLeaf();
    return of(lambda, tree.getParameters(), tree.getBody(), context, evaluator, true);
  }

  private static ServletResponses of(TreePath owner, List<? extends VariableTree> parameters,
      Tree body, BodyContext context, ExpressionEvaluator evaluator, boolean returnsNothing) {
    Map<Element, Uses> responses = new HashMap<>();
    for (VariableTree parameter : parameters) {
      Element element = context.trees().getElement(new TreePath(owner, parameter));
      if (element != null && ResponseApi.of(TypeNames.of(element.asType())) != null) {
        responses.put(element, new Uses());
      }
    }
    if (responses.isEmpty() || body == null) {
      return unknown();
    }
    FilterChains chains = owner.getLeaf() instanceof MethodTree ? FilterChains.of(owner, context) : FilterChains.none();
    ServletResponses result = new ServletResponses(responses, new HashMap<>(), chains, returnsNothing);
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        result.alias(getCurrentPath(), context);
        return super.visitVariable(node, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        Element element = context.trees().getElement(getCurrentPath());
        Uses uses = result.responses.get(element);
        if (uses != null) {
          result.use(getCurrentPath(), uses, context, evaluator);
        }
        Uses owner = result.headerMaps.get(element);
        if (owner != null) {
          result.headerMapUse(getCurrentPath(), owner, evaluator);
        }
        return null;
      }
    }.scan(new TreePath(owner, body), null);
    return result;
  }

  /**
   * A local initialised with a tracked response ({@code var http = (HttpServletResponse) res},
   * {@code var response = exchange.getResponse()}) or its header map: it stands for that response.
   */
  private void alias(TreePath variable, BodyContext context) {
    VariableTree tree = (VariableTree) variable.getLeaf();
    Element local = context.trees().getElement(variable);
    if (tree.getInitializer() == null || local == null || local.getKind() != ElementKind.LOCAL_VARIABLE) {
      return;
    }
    TreePath value = unwrap(new TreePath(variable, tree.getInitializer()));
    Uses response = response(value, context);
    if (response != null && api(local.asType(), context) != null) {
      responses.put(local, response);
      return;
    }
    if (value.getLeaf() instanceof MethodInvocationTree call && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("getHeaders")) {
      TreePath receiver = unwrap(new TreePath(new TreePath(value, select), select.getExpression()));
      Uses owner = response(receiver, context);
      if (owner != null && api(receiver, context).effect("getHeaders", 0) == ResponseApi.Effect.HEADER_MAP) {
        headerMaps.put(local, owner);
      }
    }
  }

  /**
   * The response an expression stands for, or null: a tracked local or parameter, {@code
   * exchange.getResponse()}, or a wrapper made around one ({@code new
   * ServletServerHttpResponse(response)}, an {@code HttpServletResponseWrapper}).
   */
  private Uses response(TreePath expression, BodyContext context) {
    Tree leaf = expression.getLeaf();
    if (leaf instanceof IdentifierTree) {
      return responses.get(context.trees().getElement(expression));
    }
    if (leaf instanceof MethodInvocationTree call && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      TreePath receiver = unwrap(new TreePath(new TreePath(expression, select), select.getExpression()));
      Uses owner = response(receiver, context);
      ResponseApi api = api(receiver, context);
      return owner != null && api != null
          && api.effect(select.getIdentifier().toString(), 0) == ResponseApi.Effect.RESPONSE ? owner : null;
    }
    if (leaf instanceof NewClassTree creation && creation.getArguments().size() == 1
        && creation.getClassBody() == null
        && context.trees().getElement(expression) instanceof ExecutableElement constructor
        && constructor.getEnclosingElement() instanceof TypeElement wrapper
        && wrapsThrough(wrapper, context)) {
      return response(unwrap(new TreePath(expression, creation.getArguments().get(0))), context);
    }
    return null;
  }

  /**
   * Whether a response made as {@code new T(response)} writes through to {@code response}: {@code
   * T} is one of the wrappers {@link ResponseApi#isWrapper} knows, or a subclass of one compiled
   * here whose constructors only pass their arguments to {@code super(..)} and which runs no
   * initialiser (what a subclass overrides is then judged by the name of the call).
   */
  private static boolean wrapsThrough(TypeElement type, BodyContext context) {
    for (TypeElement current = type; current != null; current = superclass(current, context)) {
      if (ResponseApi.isWrapper(current.getQualifiedName().toString())) {
        return true;
      }
      ClassTree tree = context.trees().getTree(current);
      if (tree == null || !onlyCallsSuper(tree)) {
        return false;
      }
    }
    return false;
  }

  private static TypeElement superclass(TypeElement type, BodyContext context) {
    return context.types().asElement(type.getSuperclass()) instanceof TypeElement superclass ? superclass : null;
  }

  private static boolean onlyCallsSuper(ClassTree type) {
    for (Tree member : type.getMembers()) {
      if (member instanceof BlockTree
          || member instanceof VariableTree field && field.getInitializer() != null
              && !field.getModifiers().getFlags().contains(Modifier.STATIC)) {
        return false;
      }
      if (member instanceof MethodTree method && method.getReturnType() == null && method.getBody() != null
          && (method.getBody().getStatements().size() != 1
              || !(method.getBody().getStatements().get(0) instanceof ExpressionStatementTree statement)
              || !(statement.getExpression() instanceof MethodInvocationTree call)
              || !(call.getMethodSelect() instanceof IdentifierTree name)
              || !name.getName().contentEquals("super")
              || !call.getArguments().stream().allMatch(IdentifierTree.class::isInstance))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The API an expression is used through, by its static type: a servlet response cast from a
   * {@code ServletResponse}, the reactive response an exchange gives. Null for any other type.
   */
  private static ResponseApi api(TreePath expression, BodyContext context) {
    return api(context.trees().getTypeMirror(expression), context);
  }

  /** The API of a type, or of the response wrapper a class extends. */
  private static ResponseApi api(TypeMirror type, BodyContext context) {
    ResponseApi api = ResponseApi.of(TypeNames.of(type));
    if (api != null || type == null || !(context.types().asElement(type) instanceof TypeElement element)) {
      return api;
    }
    for (TypeElement current = superclass(element, context); current != null; current = superclass(current, context)) {
      String name = current.getQualifiedName().toString();
      if (ResponseApi.isWrapper(name)) {
        return ResponseApi.of(name);
      }
    }
    return null;
  }

  /** One use of a response: a call on it that we understand, the filter chain, an alias, or an escape. */
  private void use(TreePath identifier, Uses uses, BodyContext context, ExpressionEvaluator evaluator) {
    TreePath expression = outermost(identifier);
    TreePath parent = expression.getParentPath();
    Tree parentLeaf = parent.getLeaf();
    if (parentLeaf instanceof VariableTree
        && responses.get(context.trees().getElement(parent)) == uses) {
      return;
    }
    if (chains.isChainArgument(parent, expression.getLeaf())) {
      return;
    }
    if (parentLeaf instanceof NewClassTree && response(parent, context) == uses) {
      // A wrapper made around it is the same response.
      use(parent, uses, context, evaluator);
      return;
    }
    TreePath call = callOn(expression);
    ResponseApi api = api(expression, context);
    if (call == null || api == null || !(context.trees().getElement(call) instanceof ExecutableElement method)) {
      uses.escapes.add(expression);
      return;
    }
    MethodInvocationTree invocation = (MethodInvocationTree) call.getLeaf();
    String name = TypeNames.name(method);
    List<? extends ExpressionTree> arguments = invocation.getArguments();
    switch (api.effect(name, arguments.size())) {
      case NAMED_HEADER -> namedHeader(uses, call, arguments, evaluator);
      case CONTENT_TYPE -> uses.headers = uses.headers.withContentType(
          evaluator.mediaType(new TreePath(call, arguments.get(0))));
      case HEADER -> uses.headers = uses.headers.with(ResponseApi.header(name));
      case BODY -> uses.bodyWritten = true;
      case READS_HEADERS -> uses.headers = uses.headers.opened();
      case HEADER_MAP -> headerMapUse(call, uses, evaluator);
      case RESPONSE -> use(call, uses, context, evaluator);
      case HARMLESS, STATUS -> { }
      case ESCAPES -> uses.escapes.add(call);
    }
  }

  /** One use of a response's header map ({@code ctx.getHeaders()}, or a local holding it). */
  private void headerMapUse(TreePath map, Uses uses, ExpressionEvaluator evaluator) {
    TreePath call = callOn(outermost(map));
    if (call == null || !(call.getLeaf() instanceof MethodInvocationTree invocation)) {
      if (!(outermost(map).getParentPath().getLeaf() instanceof VariableTree)) {
        uses.headers = uses.headers.opened();
      }
      return;
    }
    String name = ((MemberSelectTree) invocation.getMethodSelect()).getIdentifier().toString();
    List<? extends ExpressionTree> arguments = invocation.getArguments();
    String typed = ResponseApi.headerMapSetter(name);
    if (HEADER_MAP_WRITES.contains(name) && arguments.size() == 2) {
      namedHeader(uses, call, arguments, evaluator);
    } else if (name.equals("setContentType") && arguments.size() == 1) {
      uses.headers = uses.headers.withContentType(evaluator.mediaType(new TreePath(call, arguments.get(0))));
    } else if (typed != null && name.startsWith("set")) {
      uses.headers = uses.headers.with(typed);
    } else if (!HEADER_MAP_REMOVALS.contains(name)) {
      uses.headers = uses.headers.opened();
    }
  }

  private static void namedHeader(Uses uses, TreePath call, List<? extends ExpressionTree> arguments,
      ExpressionEvaluator evaluator) {
    String header = evaluator.constantString(new TreePath(call, arguments.get(0)));
    if (header == null) {
      uses.headers = uses.headers.opened();
    } else if (header.equalsIgnoreCase(Headers.CONTENT_TYPE)) {
      uses.headers = uses.headers.withContentType(evaluator.mediaType(new TreePath(call, arguments.get(1))));
    } else {
      uses.headers = uses.headers.with(header);
    }
  }

  /** The call whose receiver is {@code expression} ({@code expression.name(..)}), or null. */
  private static TreePath callOn(TreePath expression) {
    TreePath select = expression.getParentPath();
    TreePath call = select == null ? null : select.getParentPath();
    if (select != null && select.getLeaf() instanceof MemberSelectTree member
        && member.getExpression() == expression.getLeaf() && call != null
        && call.getLeaf() instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() == member) {
      return call;
    }
    return null;
  }

  /** The expression around {@code path} once the parentheses and casts around it are counted in. */
  private static TreePath outermost(TreePath path) {
    TreePath current = path;
    while (current.getParentPath() != null
        && (current.getParentPath().getLeaf() instanceof ParenthesizedTree
            || current.getParentPath().getLeaf() instanceof TypeCastTree)) {
      current = current.getParentPath();
    }
    return current;
  }

  /** The expression inside parentheses and casts. */
  private static TreePath unwrap(TreePath path) {
    TreePath current = path;
    while (true) {
      Tree leaf = current.getLeaf();
      if (leaf instanceof ParenthesizedTree parenthesized) {
        current = new TreePath(current, parenthesized.getExpression());
      } else if (leaf instanceof TypeCastTree cast) {
        current = new TreePath(current, cast.getExpression());
      } else {
        return current;
      }
    }
  }

  /**
   * The response a status call at {@code site} on {@code receiver} sends: {@code setStatus(code)},
   * {@code sendError(code[, message])} (the container writes an error page), {@code
   * sendRedirect(url)} (302 with Location), a response context's or a reactive response's status.
   */
  ResponseState written(Integer status, String call, TreePath receiver, TreePath site,
      BodyContext context) {
    Uses uses = receiver == null ? null : response(unwrap(receiver), context);
    boolean escapes = uses != null && uses.escapesAround(site);
    Headers headers = uses == null ? Headers.unknown() : escapes ? uses.headers.opened() : uses.headers;
    if (call.equals("sendRedirect")) {
      headers = headers.with(Headers.LOCATION);
    }
    ResponseApi api = receiver == null ? null : api(receiver, context);
    boolean empty = uses != null && !escapes && !uses.bodyWritten && returnsNothing
        && api != null && api.emptyUnlessWritten(call);
    ResponseState state = new ResponseState(status, empty ? Presence.ABSENT : Presence.UNKNOWN, headers);
    // What the rest of the chain (or the handler it reaches) writes is not seen here.
    return uses != null && chains.mayRunAround(site) ? state.uncertain() : state;
  }

  /** The receiver of a call written {@code receiver.name(..)}, or null. */
  static TreePath receiver(TreePath call) {
    if (call.getLeaf() instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() instanceof MemberSelectTree select) {
      Tree expression = select.getExpression();
      return new TreePath(new TreePath(call, select), expression);
    }
    return null;
  }
}
