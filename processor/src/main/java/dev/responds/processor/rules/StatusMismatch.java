package dev.responds.processor.rules;

import static dev.responds.processor.rules.StatusSites.describe;

import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Findings;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "status-mismatch", severity = Severity.ERROR,
    summary = "@Responds and the framework's own declared status (@ResponseStatus) disagree")
public final class StatusMismatch implements Rule {

  @Override
  public void check(Handler handler, Findings findings) {
    DeclaredStatus framework = handler.frameworkStatus();
    if (framework == null || !handler.declaresResponds()) {
      return;
    }
    for (DeclaredStatus status : handler.responds()) {
      if (status.code() == framework.code()) {
        return;
      }
    }
    String annotation = handler.framework() == Framework.MICRONAUT ? "@Status" : "@ResponseStatus";
    findings.report(this, framework.site(), framework.code(), annotation + " makes "
        + handler.method().getSimpleName()
        + " answer " + describe(framework.code()) + ", which its @Responds does not list: add @Responds("
        + framework.code() + ") or correct " + annotation);
  }
}
