package dev.responds.processor.report;

import dev.responds.processor.model.Site;
import dev.responds.processor.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/** Collects what the rules find; rules only describe, the {@link Reporter} decides how to print. */
public final class Findings {
  private final List<Finding> found = new ArrayList<>();

  public void report(Rule rule, Site site, String message) {
    found.add(new Finding(rule.id(), rule.defaultSeverity(), site, message));
  }

  public List<Finding> list() {
    return List.copyOf(found);
  }
}
