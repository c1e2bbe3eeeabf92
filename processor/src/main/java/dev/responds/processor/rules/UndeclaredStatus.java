package dev.responds.processor.rules;

import static dev.responds.processor.rules.StatusSites.describe;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import dev.responds.processor.report.Findings;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "undeclared-status", severity = Severity.ERROR,
    summary = "The body builds or throws a known status that the method's @Responds does not list")
public final class UndeclaredStatus implements Rule {

  @Override
  public void check(Handler handler, Findings findings) {
    // On a filter, an entry point or a route, @Responds declares what it answers just the same.
    if (handler.role() == HandlerRole.NONE || !handler.declaresOwnResponds()) {
      return;
    }
    for (Answer answer : handler.answers()) {
      // A code that is no HTTP status is status-range's: declaring it would be no fix.
      if (answer.fromBody() && StatusRange.isHttpStatus(answer.status()) && !declares(handler, answer.status())) {
        findings.report(this, answer.site(), answer.status(), "this answers " + describe(answer.status())
            + ", which @Responds on " + handler.method().getSimpleName() + " does not list: add"
            + " @Responds(" + answer.status() + ") or answer a declared status");
      }
    }
  }

  private static boolean declares(Handler handler, int code) {
    for (DeclaredStatus status : handler.responds()) {
      if (status.code() == code) {
        return true;
      }
    }
    return false;
  }
}
