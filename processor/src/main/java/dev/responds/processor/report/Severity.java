package dev.responds.processor.report;

import java.util.Locale;
import javax.tools.Diagnostic;

/** How a rule's findings are reported; users choose per rule with {@code -Aresponds.severity}. */
public enum Severity {
  OFF(null),
  WARNING(Diagnostic.Kind.WARNING),
  ERROR(Diagnostic.Kind.ERROR);

  private final Diagnostic.Kind kind;

  Severity(Diagnostic.Kind kind) {
    this.kind = kind;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The severity written {@code off}, {@code warning} or {@code error}; null for anything else. */
  public static Severity parse(String text) {
    for (Severity severity : values()) {
      if (severity.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
        return severity;
      }
    }
    return null;
  }
}
