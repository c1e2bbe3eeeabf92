package dev.responds.processor.report;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the user chose for reporting.
 *
 * @param severities the severity of each rule that the user changed
 * @param baseline findings not to report again
 * @param baselineOutput where to record the findings as a new baseline instead of reporting them, or null
 * @param sarifOutput where to write the findings as SARIF, or null
 */
public record ReportSettings(Map<String, Severity> severities, Baseline baseline, Path baselineOutput,
    Path sarifOutput) {

  public static ReportSettings defaults() {
    return new ReportSettings(Map.of(), Baseline.NONE, null, null);
  }
}
