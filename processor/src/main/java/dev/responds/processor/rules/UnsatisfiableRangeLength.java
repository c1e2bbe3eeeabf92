package dev.responds.processor.rules;

import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "unsatisfiable-range-length", severity = Severity.WARNING,
    summary = "416 without Content-Range giving the current length")
public final class UnsatisfiableRangeLength extends MissingHeaderRule {

  @Override
  protected boolean covers(int status, String header) {
    return status == 416;
  }

  @Override
  protected String fix(Handler handler, int status) {
    return "add .header(\"Content-Range\", \"bytes */\" + length) with the representation's current"
        + " length, so the client can ask for a range that exists";
  }
}
