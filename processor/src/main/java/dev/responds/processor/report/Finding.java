package dev.responds.processor.report;

import dev.responds.processor.model.Site;

/** What a rule found, before severity and suppression are applied. */
public record Finding(String ruleId, Severity defaultSeverity, Site site, String message) {}
