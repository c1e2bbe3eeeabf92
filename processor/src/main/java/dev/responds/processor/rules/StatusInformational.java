package dev.responds.processor.rules;

import dev.responds.processor.report.Severity;

@RuleInfo(id = "status-informational", severity = Severity.ERROR,
    summary = "A 1xx code declared or built by a handler: interim responses belong to the server")
public final class StatusInformational extends StatusCodeRule {

  @Override
  protected String problemWith(int code) {
    if (code < 100 || code > 199) {
      return null;
    }
    return code + " is an interim (1xx) response that the server sends on its own before the final"
        + " one; a handler cannot answer with it: return the final status (2xx to 5xx)";
  }
}
