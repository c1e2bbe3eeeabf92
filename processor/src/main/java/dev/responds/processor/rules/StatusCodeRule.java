package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Findings;

/**
 * A rule about a status code itself, whatever sends it: it checks every code written in {@code
 * @Responds} or {@code @ResponseStatus} and every code the body builds.
 */
public abstract class StatusCodeRule implements Rule {

  /** What is wrong with {@code code}, or null when nothing is. */
  protected abstract String problemWith(int code);

  @Override
  public final void check(Handler handler, Findings findings) {
    for (DeclaredStatus status : handler.responds()) {
      checkDeclaration(status, findings);
    }
    if (handler.frameworkStatus() != null) {
      checkDeclaration(handler.frameworkStatus(), findings);
    }
    for (Answer answer : handler.answers()) {
      if (answer.fromBody()) {
        report(answer.status(), answer.site(), findings);
      }
    }
  }

  @Override
  public final void checkDeclaration(DeclaredStatus status, Findings findings) {
    report(status.code(), status.site(), findings);
  }

  private void report(int code, dev.responds.processor.model.Site site, Findings findings) {
    String problem = problemWith(code);
    if (problem != null) {
      findings.report(this, site, code, problem);
    }
  }
}
