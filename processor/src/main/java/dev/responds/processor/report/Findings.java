package dev.responds.processor.report;

import dev.responds.processor.model.Site;
import dev.responds.processor.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/** Collects what the rules find; rules only describe, the {@link Reporter} decides how to print. */
public final class Findings {
  private final List<Finding> found = new ArrayList<>();

  /** A finding about {@code status} (a baseline matches findings by rule, class, method and status). */
  public void report(Rule rule, Site site, int status, String message) {
    found.add(new Finding(rule.id(), rule.defaultSeverity(), site, status, message));
  }

  /** A finding about no single status. */
  public void report(Rule rule, Site site, String message) {
    report(rule, site, Finding.NO_STATUS, message);
  }

  public List<Finding> list() {
    return List.copyOf(found);
  }
}
