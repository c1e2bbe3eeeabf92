package dev.responds.processor.rules;

import static dev.responds.processor.rules.StatusSites.describe;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;

/** A status that HTTP requires to carry a header: the finding names the status, the header and the fix. */
abstract class MissingHeaderRule extends ResponseRule {

  /** The header this status requires (lower case), or null when the status needs none. */
  protected abstract String requiredHeader(int status);

  /** How to set the header, in the handler's framework. */
  protected abstract String fix(Handler handler, int status);

  /** "must" for a requirement of HTTP, "should" for a recommendation. */
  protected String requirement() {
    return "must";
  }

  /** Whether this handler is exempt for this status. */
  protected boolean exempt(Handler handler, Answer answer) {
    return false;
  }

  @Override
  protected final String problemWith(Handler handler, Answer answer) {
    String header = requiredHeader(answer.status());
    if (header == null || !answer.headers().lacks(header) || exempt(handler, answer)) {
      return null;
    }
    return describe(answer.status()) + " " + requirement() + " carry " + withArticle(headerName(header))
        + " header, but this response has none" + (answer.isDeclaration()
            ? " (the handler returns a plain value and cannot set headers)" : "")
        + ": " + (answer.source() == Answer.Source.WRITTEN
            ? "set it on the same response, " + headerWrite(handler, headerName(header))
            : fix(handler, answer.status()));
  }

  /**
   * How a header is set on a response written call by call: a JAX-RS response context, or a
   * servlet response; filters and entry points may write on a reactive one, which has no
   * {@code setHeader}.
   */
  private static String headerWrite(Handler handler, String header) {
    if (isJaxRs(handler)) {
      return "response.getHeaders().putSingle(\"" + header + "\", ...)";
    }
    String servlet = "response.setHeader(\"" + header + "\", ...)";
    return handler.role().isHandler() ? servlet
        : servlet + " (on a reactive response, response.getHeaders().set(\"" + header + "\", ...))";
  }

  static boolean isSpring(Handler handler) {
    return !isJaxRs(handler);
  }

  static boolean isMicronaut(Handler handler) {
    return handler.framework() == Framework.MICRONAUT;
  }

  static boolean isJaxRs(Handler handler) {
    return handler.framework() != null && handler.framework().isJaxRs();
  }

  /** "an Allow", "a Location". */
  private static String withArticle(String word) {
    return ("AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static String headerName(String header) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : header.toCharArray()) {
      name.append(upper ? Character.toUpperCase(c) : c);
      upper = c == '-';
    }
    return name.toString().replace("Www-", "WWW-");
  }
}
