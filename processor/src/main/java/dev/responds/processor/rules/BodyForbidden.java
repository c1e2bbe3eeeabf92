package dev.responds.processor.rules;

import static dev.responds.processor.rules.StatusSites.describe;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Presence;
import dev.responds.processor.model.ResponseForm;
import dev.responds.processor.model.StatusRequirement;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "body-forbidden", severity = Severity.ERROR,
    summary = "204, 205 or 304 with a body")
public final class BodyForbidden extends ResponseRule {
  @Override
  protected String problemWith(Handler handler, Answer answer) {
    if (!StatusRequirement.of(answer.status()).bodyForbidden() || answer.body() != Presence.PRESENT) {
      return null;
    }
    return describe(answer.status()) + " must not carry a body (RFC 9110), but this response has one:"
        + " drop the body (" + withoutBody(handler, answer) + "), or answer 200 OK if the body matters";
  }

  /** How the handler's framework makes the same response without a body. */
  private static String withoutBody(Handler handler, Answer answer) {
    if (answer.fromBody() && answer.site().form() == ResponseForm.RESPONSE_ENTITY_CONSTRUCTOR) {
      return "the constructor without one, new ResponseEntity<>(HttpStatus.valueOf(" + answer.status()
          + ")), or new ResponseEntity<>(headers, HttpStatus.valueOf(" + answer.status() + "))";
    }
    return "a void handler, .build() without " + switch (handler.framework()) {
      case SPRING, MICRONAUT -> ".body(..)";
      case JAKARTA_RS, JAVAX_RS -> ".entity(..)";
    };
  }
}
