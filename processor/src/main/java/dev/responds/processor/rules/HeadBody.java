package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Presence;
import dev.responds.processor.report.Severity;
import java.util.Set;

@RuleInfo(id = "head-body", severity = Severity.WARNING,
    summary = "A HEAD-only handler returns a body")
public final class HeadBody extends ResponseRule {

  @Override
  protected String problemWith(Handler handler, Answer answer) {
    if (!handler.onlyAnswers(Set.of("HEAD")) || answer.body() != Presence.PRESENT) {
      return null;
    }
    return "a response to HEAD has no body, so the body this HEAD handler builds is computed for"
        + " nothing: send only the headers (a void handler, or .build()), or map GET, whose handler"
        + " the framework also runs for HEAD";
  }
}
