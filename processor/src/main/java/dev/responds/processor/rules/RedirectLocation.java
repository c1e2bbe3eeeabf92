package dev.responds.processor.rules;

import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "redirect-location", severity = Severity.ERROR,
    summary = "301, 302, 303, 307 or 308 without a Location header")
public final class RedirectLocation extends MissingHeaderRule {
  @Override
  protected boolean covers(int status, String header) {
    return status / 100 == 3 && header.equals(Headers.LOCATION);
  }

  @Override
  protected boolean fixReturnsAResponse(Handler handler) {
    return true;
  }

  @Override
  protected String jaxRsExceptionFix(int status) {
    return "throw new RedirectionException(" + status + ", uri) with the target URI";
  }

  @Override
  protected String fix(Handler handler, int status) {
    if (isMicronaut(handler)) {
      return "return HttpResponse.seeOther(uri), temporaryRedirect(uri) or permanentRedirect(uri)"
          + " with the target URI";
    }
    return isSpring(handler)
        ? "return ResponseEntity.status(" + status + ").location(uri).build() with the target URI"
        : "return Response.status(" + status + ").location(uri).build() (or Response.seeOther(uri))";
  }
}
