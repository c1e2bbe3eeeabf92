package dev.responds.processor.rules;

import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "allow-required", severity = Severity.ERROR,
    summary = "405 without an Allow header")
public final class AllowRequired extends MissingHeaderRule {

  @Override
  protected boolean covers(int status, String header) {
    return header.equals(Headers.ALLOW);
  }

  @Override
  protected String jaxRsExceptionFix(int status) {
    return "throw new NotAllowedException(\"GET\", ...) with the methods the resource supports";
  }

  /** Micronaut's {@code HttpResponse.notAllowed(..)} is a whole response, fit for a plain-value handler too. */
  @Override
  protected boolean fixReturnsAResponse(Handler handler) {
    return isMicronaut(handler);
  }

  @Override
  protected String fix(Handler handler, int status) {
    if (isMicronaut(handler)) {
      return "return HttpResponse.notAllowed(HttpMethod.GET, ...), which lists them in Allow";
    }
    return isSpring(handler)
        ? "list the methods the resource supports with .allow(HttpMethod.GET, ...)"
        : "throw new NotAllowedException(\"GET\", ...), or add .allow(\"GET\", ...)";
  }
}
