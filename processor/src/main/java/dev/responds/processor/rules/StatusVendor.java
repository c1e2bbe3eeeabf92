package dev.responds.processor.rules;

import dev.responds.Standing;
import dev.responds.StatusCode;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "status-vendor", severity = Severity.WARNING,
    summary = "A vendor-specific status code that is not part of HTTP")
public final class StatusVendor extends StatusCodeRule {

  @Override
  protected String problemWith(int code) {
    StatusCode status = StatusCode.of(code);
    if (status == null || status.standing() != Standing.VENDOR) {
      return null;
    }
    return status.describe() + " is a " + status.vendor() + " code, not part of HTTP: other clients"
        + " and proxies do not know it; use a registered code such as "
        + StatusCode.of(code / 100 * 100).describe();
  }
}
