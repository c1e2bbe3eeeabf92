package dev.responds.processor.rules;

import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import dev.responds.processor.report.Findings;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "responds-not-handler", severity = Severity.WARNING,
    summary = "@Responds on a method that is neither a handler nor an exception handler")
public final class RespondsNotHandler implements Rule {

  @Override
  public void check(Handler handler, Findings findings) {
    if (handler.role() != HandlerRole.NONE) {
      return;
    }
    for (DeclaredStatus status : handler.responds()) {
      if (status.site().owner().equals(handler.method())) {
        findings.report(this, status.site().withoutValue(), status.code(),
            handler.method().getSimpleName() + " is not a request handler, so @Responds on it"
                + " declares nothing: map it (@GetMapping, @GET ...) or remove the annotation");
        return;
      }
    }
  }
}
