package dev.responds.processor.rules;

import static dev.responds.processor.rules.StatusSites.describe;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Presence;
import dev.responds.processor.report.Severity;
import java.util.Set;

@RuleInfo(id = "body-forbidden", severity = Severity.ERROR,
    summary = "204, 205 or 304 with a body")
public final class BodyForbidden extends ResponseRule {
  private static final Set<Integer> WITHOUT_BODY = Set.of(204, 205, 304);

  @Override
  protected String problemWith(Handler handler, Answer answer) {
    if (!WITHOUT_BODY.contains(answer.status()) || answer.body() != Presence.PRESENT) {
      return null;
    }
    return describe(answer.status()) + " must not carry a body (RFC 9110), but this response has one:"
        + " drop the body (a void handler, .build() without " + bodyCall(handler) + "), or answer"
        + " 200 OK if the body matters";
  }

  /** How the handler's framework puts a body on a built response. */
  private static String bodyCall(Handler handler) {
    return MissingHeaderRule.isJaxRs(handler) ? ".entity(..)" : ".body(..)";
  }
}
