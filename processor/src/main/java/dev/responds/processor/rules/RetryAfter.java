package dev.responds.processor.rules;

import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "retry-after", severity = Severity.WARNING,
    summary = "429 or 503 without Retry-After")
public final class RetryAfter extends MissingHeaderRule {

  @Override
  protected boolean covers(int status, String header) {
    return header.equals(Headers.RETRY_AFTER);
  }

  @Override
  protected String jaxRsExceptionFix(int status) {
    return status == 503 ? "throw new ServiceUnavailableException(120L) with the seconds to wait" : null;
  }

  @Override
  protected String fix(Handler handler, int status) {
    return "add .header(\"Retry-After\", \"120\") so clients know when to come back instead of"
        + " retrying at once";
  }
}
