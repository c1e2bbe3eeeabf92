package dev.responds.processor.rules;

import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Findings;
import dev.responds.processor.report.Severity;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(id = "status-duplicate", severity = Severity.ERROR,
    summary = "The same code declared twice on one method")
public final class StatusDuplicate implements Rule {

  @Override
  public void check(Handler handler, Findings findings) {
    Set<Integer> seen = new HashSet<>();
    for (DeclaredStatus status : handler.responds()) {
      if (status.site().owner().equals(handler.method()) && !seen.add(status.code())) {
        findings.report(this, status.site(), status.code(),
            status.code() + " is declared twice on " + handler.method().getSimpleName()
                + "; remove the repeated @Responds(" + status.code() + ")");
      }
    }
  }
}
