package dev.responds.processor.rules;

import dev.responds.processor.report.Severity;

@RuleInfo(id = "status-range", severity = Severity.ERROR,
    summary = "A status code outside 100-599")
public final class StatusRange extends StatusCodeRule {

  /** Whether {@code code} is an HTTP status at all: other rules' advice fits only those. */
  static boolean isHttpStatus(int code) {
    return code >= 100 && code <= 599;
  }

  @Override
  protected String problemWith(int code) {
    if (isHttpStatus(code)) {
      return null;
    }
    return code + " is not an HTTP status code: codes are three digits from 100 to 599; use the"
        + " code that says what happened (see dev.responds.Status)";
  }
}
