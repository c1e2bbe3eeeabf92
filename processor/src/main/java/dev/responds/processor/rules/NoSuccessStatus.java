package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Findings;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "no-success-status", severity = Severity.WARNING,
    summary = "@Responds on a handler lists only 4xx/5xx codes")
public final class NoSuccessStatus implements Rule {

  @Override
  public void check(Handler handler, Findings findings) {
    if (!handler.isEndpoint() || !mayAnswerAnUndeclaredSuccess(handler)) {
      return;
    }
    DeclaredStatus first = null;
    for (DeclaredStatus status : handler.responds()) {
      if (!StatusRange.isHttpStatus(status.code())) {
        continue;  // no error status either: status-range reports it
      }
      if (status.code() < 400) {
        return;
      }
      if (first == null && status.site().owner().equals(handler.method())) {
        first = status;
      }
    }
    // Class-level codes alone (say, a 401 every handler may send) do not make a handler's list.
    if (first != null) {
      findings.report(this, first.site().withoutValue(), first.code(), "@Responds on "
          + handler.method().getSimpleName() + " lists only error statuses, so the success it"
          + " answers with is undeclared: add it, for example @Responds(200)");
    }
  }

  /**
   * Whether the handler may answer a success: one its body or the framework sends, or one hidden
   * where nothing is known of what it sends (a status computed at run time, an unread body).
   * A stub that certainly answers only errors (405 with Allow, 410 Gone) has no success to declare.
   */
  private static boolean mayAnswerAnUndeclaredSuccess(Handler handler) {
    if (handler.unknownPaths()) {
      return true;
    }
    boolean known = false;
    for (Answer answer : handler.answers()) {
      if (answer.source() != Answer.Source.RESPONDS) {
        known = true;
        if (answer.status() < 400) {
          return true;
        }
      }
    }
    return !known;
  }
}
