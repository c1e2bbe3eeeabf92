package dev.responds.processor.rules;

import static dev.responds.processor.rules.StatusSites.describe;

import dev.responds.StatusCode;
import dev.responds.processor.model.Answer;
import dev.responds.processor.model.DocumentedResponses;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Findings;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "undocumented-status", severity = Severity.WARNING,
    summary = "A handler documented with OpenAPI annotations certainly answers a status they do not list")
public final class UndocumentedStatus implements Rule {

  @Override
  public void check(Handler handler, Findings findings) {
    DocumentedResponses documented = handler.documented();
    if (!handler.role().isHandler() || !documented.isOwnList()) {
      return;
    }
    for (Answer answer : handler.answers()) {
      if (isCertain(handler, answer) && !documented.covers(answer.status())
          && !addedByGenerator(handler, documented, answer)) {
        String name = handler.method().getSimpleName().toString();
        findings.report(this, answer.site(), answer.status(), "this answers "
            + describe(answer.status()) + ", which the OpenAPI documentation of " + name
            + " does not list (it lists " + String.join(", ", documented.codes()) + "): add "
            + annotation(documented.family(), answer.status()) + " to " + name
            + ", or answer a documented status");
      }
    }
  }

  /**
   * Built, written and framework-declared statuses are answered; so is the framework's default
   * for a returned value, unless the handler may write its own status on a raw response.
   */
  private static boolean isCertain(Handler handler, Answer answer) {
    return switch (answer.source()) {
      case BUILT, WRITTEN, FRAMEWORK_DECLARED -> true;
      case IMPLICIT -> !handler.parameters().rawResponse();
      case RESPONDS -> false;
    };
  }

  /**
   * Springfox always adds the status the framework picks for a returned value to the document,
   * SmallRye and Micronaut's OpenAPI generator add it where the annotations leave it out; springdoc
   * does not once a method documents a response of its own.
   */
  private static boolean addedByGenerator(Handler handler, DocumentedResponses documented, Answer answer) {
    boolean frameworkStatus = answer.source() == Answer.Source.IMPLICIT
        || answer.source() == Answer.Source.FRAMEWORK_DECLARED;
    return frameworkStatus && (documented.family() != DocumentedResponses.Family.SWAGGER
        || handler.framework() == Framework.MICRONAUT);
  }

  /** The annotation that documents {@code code}, in the family the handler is documented with. */
  static String annotation(DocumentedResponses.Family family, int code) {
    StatusCode status = StatusCode.of(code);
    String reason = status == null ? "Status " + code : status.reasonPhrase();
    return switch (family) {
      case SWAGGER -> "@ApiResponse(responseCode = \"" + code + "\", description = \"" + reason + "\")";
      case SWAGGER_2 -> "@ApiResponse(code = " + code + ", message = \"" + reason + "\")";
      case MICROPROFILE -> "@APIResponse(responseCode = \"" + code + "\", description = \"" + reason + "\")";
    };
  }
}
