package dev.responds.processor.report;

import dev.responds.processor.model.Site;

/**
 * What a rule found, before severity and suppression are applied.
 *
 * @param status the HTTP status the finding is about, or {@link #NO_STATUS}
 */
public record Finding(String ruleId, Severity defaultSeverity, Site site, int status, String message) {
  /** The status of a finding that is about no single status. */
  public static final int NO_STATUS = 0;
}
