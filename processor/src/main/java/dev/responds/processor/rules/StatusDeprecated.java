package dev.responds.processor.rules;

import dev.responds.Standing;
import dev.responds.StatusCode;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "status-deprecated", severity = Severity.WARNING,
    summary = "305 Use Proxy, 510 Not Extended or 102 Processing: deprecated, obsoleted or removed")
public final class StatusDeprecated extends StatusCodeRule {

  @Override
  protected String problemWith(int code) {
    StatusCode status = StatusCode.of(code);
    if (status == null || status.standing() != Standing.DEPRECATED) {
      return null;
    }
    return status.describe() + " is deprecated (" + status.reference() + ") and clients may not"
        + " honour it; " + advice(code);
  }

  private static String advice(int code) {
    switch (code) {
      case 305:
        return "configure the proxy on the client instead";
      case 102:
        return "answer 202 Accepted with a status monitor for long work";
      default:
        return "use a current status code";
    }
  }
}
