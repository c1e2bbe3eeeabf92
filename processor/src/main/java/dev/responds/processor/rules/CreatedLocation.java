package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "created-location", severity = Severity.ERROR,
    summary = "201 without a Location header, except from a PUT handler")
public final class CreatedLocation extends MissingHeaderRule {

  @Override
  protected String requiredHeader(int status) {
    return status == 201 ? Headers.LOCATION : null;
  }

  /** A PUT creates the resource at the target URI, which already identifies it (RFC 9110 section 15.3.2). */
  @Override
  protected boolean exempt(Handler handler, Answer answer) {
    return handler.httpMethods().contains("PUT");
  }

  @Override
  protected String fix(Handler handler, int status) {
    return isSpring(handler)
        ? "return ResponseEntity.created(uri) (or add .location(uri)) with the new resource's URI"
        : "return Response.created(uri) with the new resource's URI";
  }
}
