package dev.responds.processor.rules;

import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Findings;
import dev.responds.processor.report.Severity;
import dev.responds.processor.rules.StatusSites.StatusSite;

@RuleInfo(id = "conditional-without-precondition", severity = Severity.WARNING,
    summary = "304 or 412 from a handler that reads none of the conditional request headers")
public final class ConditionalWithoutPrecondition implements Rule {

  @Override
  public void check(Handler handler, Findings findings) {
    if (!handler.isEndpoint()) {
      return;
    }
    for (StatusSite status : StatusSites.declaredAndBuilt(handler)) {
      if (status.code() == 304
          && !handler.parameters().readsAnyOf("If-None-Match", "If-Modified-Since")) {
        findings.report(this, status.site(), status.code(), "304 Not Modified answers a conditional GET, but this"
            + " handler reads neither If-None-Match nor If-Modified-Since: take them as header"
            + " parameters, or use WebRequest.checkNotModified / Request.evaluatePreconditions");
      } else if (status.code() == 412
          && !handler.parameters().readsAnyOf("If-Match", "If-Unmodified-Since", "If-None-Match")) {
        findings.report(this, status.site(), status.code(), "412 Precondition Failed answers a failed precondition,"
            + " but this handler reads none of If-Match, If-Unmodified-Since, If-None-Match: take"
            + " them as header parameters, or use WebRequest.checkNotModified /"
            + " Request.evaluatePreconditions");
      }
    }
  }
}
