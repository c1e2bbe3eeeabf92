package dev.responds.processor.rules;

import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Findings;
import dev.responds.processor.report.Severity;
import dev.responds.processor.rules.StatusSites.StatusSite;

@RuleInfo(id = "media-type-status", severity = Severity.WARNING,
    summary = "406 declared with no produces; 415 declared with no consumes and no request body")
public final class MediaTypeStatus implements Rule {

  @Override
  public void check(Handler handler, Findings findings) {
    if (!handler.isEndpoint()) {
      return;
    }
    for (StatusSite status : StatusSites.declared(handler)) {
      if (status.code() == 406 && handler.produces().isEmpty()) {
        findings.report(this, status.site(), status.code(), "406 Not Acceptable says no representation matches"
            + " the Accept header, but this handler declares no media types it produces: declare"
            + " them (produces = ..., @Produces) or drop 406");
      } else if (status.code() == 415 && handler.consumes().isEmpty()
          && !handler.parameters().requestBody()) {
        findings.report(this, status.site(), status.code(), "415 Unsupported Media Type rejects a request body's"
            + " media type, but this handler reads no body and declares no media types it consumes:"
            + " declare them (consumes = ..., @Consumes) or drop 415");
      }
    }
  }
}
