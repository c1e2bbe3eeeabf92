package dev.responds.processor.rules;

import dev.responds.processor.report.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata: its stable id (the name of its page in {@code docs/rules/}), its default severity and its summary. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** The stable id users suppress and configure the rule by, e.g. {@code created-location}. */
  String id();

  Severity severity();

  /** One line, no final period, as in the rule catalogue. */
  String summary();
}
