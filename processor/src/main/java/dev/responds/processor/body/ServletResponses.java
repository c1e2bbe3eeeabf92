package dev.responds.processor.body;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * What a Spring handler does with the {@code HttpServletResponse} parameters it writes its answer
 * on, flow-insensitively: the headers set on each anywhere in the method (before or after the
 * status, in any branch or lambda), whether a body is written, and whether the response escapes
 * to code we cannot see (passed to any method, assigned, returned, an unknown call), which makes
 * its headers and body unknown. A status set on a response we do not track (a field, a response
 * fetched from elsewhere, a helper's parameter) keeps everything but the status unknown.
 */
final class ServletResponses {
  static final Set<String> TYPES =
      Set.of("jakarta.servlet.http.HttpServletResponse", "javax.servlet.http.HttpServletResponse");

  /** Calls that set the header named by their first argument. */
  private static final Set<String> NAMED_HEADER_WRITES = Set.of(
      "setHeader", "addHeader", "setDateHeader", "addDateHeader", "setIntHeader", "addIntHeader");
  /** Calls that set one header, by the header they set. */
  private static final Map<String, String> HEADER_WRITES = Map.of(
      "sendRedirect", Headers.LOCATION,
      "setContentLength", "content-length",
      "setContentLengthLong", "content-length",
      "setLocale", "content-language",
      "addCookie", "set-cookie");
  private static final Set<String> BODY_WRITES = Set.of("getWriter", "getOutputStream");
  /** Calls that neither write nor hand the response over: reads, status setters, buffering. */
  private static final Set<String> HARMLESS = Set.of(
      "setStatus", "sendError", "setCharacterEncoding", "setBufferSize", "flushBuffer",
      "resetBuffer", "getHeader", "getHeaders", "getHeaderNames", "containsHeader", "getStatus",
      "isCommitted", "getContentType", "getCharacterEncoding", "getLocale", "getBufferSize",
      "encodeURL", "encodeRedirectURL", "encodeUrl", "encodeRedirectUrl", "getTrailerFields",
      "hashCode", "toString", "equals");

  /** What the method does with one response parameter. */
  private static final class Uses {
    Headers headers = Headers.none();
    boolean bodyWritten;
    boolean escapes;
  }

  private final Map<Element, Uses> responses;
  /** Whether a body the handler returns (a plain value) may be written besides. */
  private final boolean returnsNothing;

  private ServletResponses(Map<Element, Uses> responses, boolean returnsNothing) {
    this.responses = responses;
    this.returnsNothing = returnsNothing;
  }

  /** Knows nothing of any response: for helper methods, whose callers may set anything. */
  static ServletResponses unknown() {
    return new ServletResponses(Map.of(), false);
  }

  /**
   * The response parameters of the handler at {@code method} and what it does with them.
   *
   * Call it only where headers set on the response reach the client as set here: not when the
   * handler returns a response object or a view, which add their own.
   *
   * @param returnsNothing whether the handler returns no value the framework writes as the body
   */
  static ServletResponses of(TreePath method, BodyContext context, ExpressionEvaluator evaluator,
      boolean returnsNothing) {
    Map<Element, Uses> responses = new HashMap<>();
    MethodTree tree = (MethodTree) method.getLeaf();
    for (VariableTree parameter : tree.getParameters()) {
      Element element = context.trees().getElement(new TreePath(method, parameter));
      if (element != null && TYPES.contains(TypeNames.of(element.asType()))) {
        responses.put(element, new Uses());
      }
    }
    if (responses.isEmpty() || tree.getBody() == null) {
      return unknown();
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        Uses uses = responses.get(context.trees().getElement(getCurrentPath()));
        if (uses != null) {
          use(getCurrentPath(), uses, context, evaluator);
        }
        return null;
      }
    }.scan(new TreePath(method, tree.getBody()), null);
    return new ServletResponses(responses, returnsNothing);
  }

  /** One use of a response parameter: a call on it that we understand, or an escape. */
  private static void use(TreePath identifier, Uses uses, BodyContext context,
      ExpressionEvaluator evaluator) {
    TreePath select = identifier.getParentPath();
    TreePath call = select == null ? null : select.getParentPath();
    if (select == null || !(select.getLeaf() instanceof MemberSelectTree member)
        || member.getExpression() != identifier.getLeaf() || call == null || !(call.getLeaf() instanceof MethodInvocationTree invocation)
        || invocation.getMethodSelect() != member
        || !(context.trees().getElement(call) instanceof ExecutableElement method)) {
      uses.escapes = true;
      return;
    }
    String name = TypeNames.name(method);
    List<? extends ExpressionTree> arguments = invocation.getArguments();
    if (NAMED_HEADER_WRITES.contains(name) && arguments.size() == 2) {
      String header = evaluator.constantString(new TreePath(call, arguments.get(0)));
      if (header == null) {
        uses.headers = uses.headers.opened();
      } else if (header.equalsIgnoreCase(Headers.CONTENT_TYPE)) {
        uses.headers = uses.headers.withContentType(
            evaluator.mediaType(new TreePath(call, arguments.get(1))));
      } else {
        uses.headers = uses.headers.with(header);
      }
    } else if (name.equals("setContentType") && arguments.size() == 1) {
      uses.headers = uses.headers.withContentType(evaluator.mediaType(new TreePath(call, arguments.get(0))));
    } else if (HEADER_WRITES.containsKey(name)) {
      uses.headers = uses.headers.with(HEADER_WRITES.get(name));
    } else if (BODY_WRITES.contains(name)) {
      uses.bodyWritten = true;
    } else if (!HARMLESS.contains(name)) {
      uses.escapes = true;
    }
  }

  /**
   * The response a status call on {@code receiver} sends: {@code setStatus(code)},
   * {@code sendError(code[, message])} (the container writes an error page), or
   * {@code sendRedirect(url)} (302 with Location).
   */
  ResponseState written(Integer status, String call, TreePath receiver, BodyContext context) {
    Uses uses = receiver == null ? null : responses.get(context.trees().getElement(receiver));
    Headers headers = uses == null ? Headers.unknown() : uses.escapes ? uses.headers.opened() : uses.headers;
    if (call.equals("sendRedirect")) {
      headers = headers.with(Headers.LOCATION);
    }
    boolean empty = uses != null && !uses.escapes && !uses.bodyWritten && returnsNothing
        && call.equals("setStatus");
    return new ResponseState(status, empty ? Presence.ABSENT : Presence.UNKNOWN, headers);
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
