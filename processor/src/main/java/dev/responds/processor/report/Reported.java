package dev.responds.processor.report;

/** A finding as it was reported: with the severity the user chose and where it stands, if known. */
record Reported(Finding finding, Severity severity, SourceLocation location) {}
