package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Findings;

/**
 * A rule about what one response carries: it looks at each answer of a handler (declared,
 * implicit or built) and fires only on what is certain, never on an unknown body or header.
 */
abstract class ResponseRule implements Rule {

  /** What is wrong with this answer of the handler, or null. */
  protected abstract String problemWith(Handler handler, Answer answer);

  @Override
  public final void check(Handler handler, Findings findings) {
    for (Answer answer : handler.answers()) {
      String problem = problemWith(handler, answer);
      if (problem != null) {
        findings.report(this, answer.site(), answer.status(), problem);
      }
    }
  }
}
