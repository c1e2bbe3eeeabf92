package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Presence;
import dev.responds.processor.report.Severity;
import java.util.Set;

@RuleInfo(id = "ok-without-body", severity = Severity.WARNING,
    summary = "200 from a handler that never writes a body (a void handler, a servlet response); the fix is 204")
public final class OkWithoutBody extends ResponseRule {

  @Override
  protected String problemWith(Handler handler, Answer answer) {
    if (!isEmptyOk(handler, answer) || !isLeftEmpty(handler, answer)) {
      return null;
    }
    String fix = answer.source() == Answer.Source.WRITTEN
        ? "response.setStatus(HttpServletResponse.SC_NO_CONTENT)"
        : switch (handler.framework()) {
          case SPRING -> "add @ResponseStatus(HttpStatus.NO_CONTENT)";
          case MICRONAUT -> "add @Status(HttpStatus.NO_CONTENT)";
          case JAKARTA_RS, JAVAX_RS -> "return Response.noContent().build()";
        };
    return "200 OK promises a body but this response never has one: answer 204 No Content ("
        + fix + ")";
  }

  /**
   * A 200 that certainly has no body, from a handler that answers more than HEAD and OPTIONS: a
   * response to HEAD never has a body, and one to OPTIONS usually has none (RFC 9110 section
   * 9.3.7), so there 200 with headers only is right, and 204 is no fix. A filter is mapped to no
   * method: its empty 200 may well answer a CORS preflight.
   */
  static boolean isEmptyOk(Handler handler, Answer answer) {
    return handler.role().isHandler() && answer.status() == 200 && answer.body() == Presence.ABSENT
        && !handler.onlyAnswers(Set.of("HEAD", "OPTIONS"));
  }

  /**
   * Whether nothing in the code chose an empty 200: Spring picked 200 for a {@code void} handler
   * without {@code @ResponseStatus} ({@code @Responds(200)} only documents that), or a servlet
   * response was given 200 and never written to. An empty response object built with 200, or
   * {@code @ResponseStatus(OK)} on a {@code void} handler, is a deliberate choice.
   */
  static boolean isLeftEmpty(Handler handler, Answer answer) {
    return switch (answer.source()) {
      case IMPLICIT, WRITTEN -> true;
      case RESPONDS -> handler.frameworkStatus() == null && !MissingHeaderRule.isJaxRs(handler);
      case FRAMEWORK_DECLARED, BUILT -> false;
    };
  }
}
