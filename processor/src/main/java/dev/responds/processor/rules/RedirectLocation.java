package dev.responds.processor.rules;

import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.report.Severity;
import java.util.Set;

@RuleInfo(id = "redirect-location", severity = Severity.ERROR,
    summary = "301, 302, 303, 307 or 308 without a Location header")
public final class RedirectLocation extends MissingHeaderRule {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  @Override
  protected String requiredHeader(int status) {
    return REDIRECTS.contains(status) ? Headers.LOCATION : null;
  }

  @Override
  protected boolean fixReturnsAResponse() {
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
