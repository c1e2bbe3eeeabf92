package dev.responds.processor.rules;

import dev.responds.processor.report.Severity;

@RuleInfo(id = "status-range", severity = Severity.ERROR,
    summary = "A status code outside 100-599")
public final class StatusRange extends StatusCodeRule {

  @Override
  protected String problemWith(int code) {
    if (code >= 100 && code <= 599) {
      return null;
    }
    return code + " is not an HTTP status code: codes are three digits from 100 to 599; use the"
        + " code that says what happened (see dev.responds.Status)";
  }
}
