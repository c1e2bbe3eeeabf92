package dev.responds.processor.rules;

import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "challenge-required", severity = Severity.ERROR,
    summary = "401 without WWW-Authenticate, or 407 without Proxy-Authenticate")
public final class ChallengeRequired extends MissingHeaderRule {

  @Override
  protected boolean covers(int status, String header) {
    return header.equals(Headers.WWW_AUTHENTICATE) || header.equals(Headers.PROXY_AUTHENTICATE);
  }

  @Override
  protected String jaxRsExceptionFix(int status) {
    return status == 401 ? "throw new NotAuthorizedException(\"Bearer realm=...\") with the challenge" : null;
  }

  @Override
  protected String fix(Handler handler, int status) {
    String header = status == 401 ? "WWW-Authenticate" : "Proxy-Authenticate";
    return isSpring(handler) || isMicronaut(handler)
        ? "add .header(\"" + header + "\", \"Bearer realm=...\") with the challenge the client must answer"
        : status == 401
            ? "throw new NotAuthorizedException(\"Bearer realm=...\"), or add .header(\"" + header + "\", ...)"
            : "add .header(\"" + header + "\", ...) with the challenge";
  }
}
