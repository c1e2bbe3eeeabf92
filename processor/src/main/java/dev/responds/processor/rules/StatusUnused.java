package dev.responds.processor.rules;

import dev.responds.Standing;
import dev.responds.StatusCode;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "status-unused", severity = Severity.ERROR,
    summary = "306 or 418, reserved as (Unused) by RFC 9110")
public final class StatusUnused extends StatusCodeRule {

  @Override
  protected String problemWith(int code) {
    StatusCode status = StatusCode.of(code);
    if (status == null || status.standing() != Standing.UNUSED) {
      return null;
    }
    return code + " is reserved as (Unused) by RFC 9110 and has no meaning in HTTP"
        + (code == 418 ? " (I'm a teapot was an April Fools' joke, RFC 2324)" : "")
        + "; use the code that says what happened";
  }
}
