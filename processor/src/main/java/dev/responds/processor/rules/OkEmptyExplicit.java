package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.ResponseForm;
import dev.responds.processor.report.Severity;

/**
 * The deliberate side of {@link OkWithoutBody}: RFC 9110 allows a 200 with an empty body, so an
 * explicit one is reported only by teams that turn this rule on.
 */
@RuleInfo(id = "ok-empty-explicit", severity = Severity.OFF,
    summary = "A 200 built or declared on purpose with no body, where 204 would say so; off by default")
public final class OkEmptyExplicit extends ResponseRule {

  @Override
  protected String problemWith(Handler handler, Answer answer) {
    if (!OkWithoutBody.isEmptyOk(handler, answer) || OkWithoutBody.isLeftEmpty(handler, answer)) {
      return null;
    }
    boolean built = answer.source() == Answer.Source.BUILT;
    String fix = switch (handler.framework()) {
      case JAKARTA_RS, JAVAX_RS -> "return Response.noContent().build()";
      case MICRONAUT -> built ? "return HttpResponse.noContent()" : "declare @Status(HttpStatus.NO_CONTENT)";
      case SPRING -> !built ? "declare @ResponseStatus(HttpStatus.NO_CONTENT)"
          : answer.site().form() == ResponseForm.RESPONSE_ENTITY_CONSTRUCTOR
              ? "return new ResponseEntity<>(HttpStatus.NO_CONTENT)"
              : "return ResponseEntity.noContent().build()";
    };
    return "this response answers 200 OK with no body on purpose; 204 No Content tells the client"
        + " there is nothing to read (" + fix + ")";
  }
}
