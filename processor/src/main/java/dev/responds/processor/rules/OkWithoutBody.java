package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Presence;
import dev.responds.processor.report.Severity;
import java.util.Set;

@RuleInfo(id = "ok-without-body", severity = Severity.WARNING,
    summary = "200 from a handler that can never send a body; the fix is 204")
public final class OkWithoutBody extends ResponseRule {

  @Override
  protected String problemWith(Handler handler, Answer answer) {
    // A response to HEAD never has a body, and one to OPTIONS usually has none (RFC 9110
    // §9.3.7): there 200 with headers only is right, and 204 is no fix.
    if (answer.status() != 200 || answer.body() != Presence.ABSENT
        || handler.onlyAnswers(Set.of("HEAD", "OPTIONS"))) {
      return null;
    }
    String fix = handler.framework() != null && handler.framework().isJaxRs()
        ? "return Response.noContent().build()"
        : answer.source() == Answer.Source.BUILT
            ? "return ResponseEntity.noContent().build()"
            : "add @ResponseStatus(HttpStatus.NO_CONTENT)";
    return "200 OK promises a body but this response never has one: answer 204 No Content ("
        + fix + ")";
  }
}
