package dev.responds.processor.rules;

import dev.responds.StatusCode;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "status-unassigned", severity = Severity.WARNING,
    summary = "A status code that IANA has not registered and no vendor uses")
public final class StatusUnassigned extends StatusCodeRule {

  @Override
  protected String problemWith(int code) {
    if (code < 100 || code > 599 || StatusCode.of(code) != null) {
      return null;
    }
    int generic = code / 100 * 100;
    return code + " is not a registered HTTP status code, so clients only understand it as a generic "
        + StatusCode.of(generic).describe() + "; use a registered code of that class";
  }
}
