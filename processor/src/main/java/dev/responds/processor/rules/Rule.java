package dev.responds.processor.rules;

import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Findings;
import dev.responds.processor.report.Severity;

/**
 * One rule of the catalogue. A rule reads the model and describes what it finds; it never prints.
 * Its id, severity and summary come from {@link RuleInfo} on the class.
 */
public interface Rule {

  /** Checks one handler, with all its answers (declared, implicit and built). */
  default void check(Handler handler, Findings findings) {}

  /**
   * Checks a status code written where no handler owns it: {@code @Responds} on a class, {@code
   * @ResponseStatus} on an exception class. Code rules override it; handler rules ignore it.
   */
  default void checkDeclaration(DeclaredStatus status, Findings findings) {}

  default String id() {
    return info().id();
  }

  default Severity defaultSeverity() {
    return info().severity();
  }

  default String summary() {
    return info().summary();
  }

  private RuleInfo info() {
    return getClass().getAnnotation(RuleInfo.class);
  }
}
