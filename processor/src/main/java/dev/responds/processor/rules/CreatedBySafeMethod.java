package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Severity;
import java.util.Set;

@RuleInfo(id = "created-by-safe-method", severity = Severity.WARNING,
    summary = "201 from a GET, HEAD or OPTIONS handler")
public final class CreatedBySafeMethod extends ResponseRule {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected String problemWith(Handler handler, Answer answer) {
    if (answer.status() != 201 || !handler.onlyAnswers(SAFE)) {
      return null;
    }
    return "201 Created from " + String.join("/", handler.httpMethods()) + ", a safe method that"
        + " must not create resources: create with POST or PUT, and answer 200 OK here";
  }
}
