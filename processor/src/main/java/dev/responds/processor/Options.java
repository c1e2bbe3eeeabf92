package dev.responds.processor;

import dev.responds.processor.report.Severity;
import dev.responds.processor.rules.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processor's {@code -A} options.
 *
 * <ul>
 *   <li>{@code -Aresponds.severity=<rule-id>:<off|warning|error>,...}: per-rule severity.
 *   <li>{@code -Aresponds.helpers=false}: do not generate {@code <Class>Responses} helpers.
 * </ul>
 */
record Options(Map<String, Severity> severities, boolean generateHelpers, List<String> problems) {
  static final String SEVERITY = "responds.severity";
  static final String HELPERS = "responds.helpers";
  static final Set<String> NAMES = Set.of(SEVERITY, HELPERS);

  static Options parse(Map<String, String> options) {
    Map<String, Severity> severities = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String severity = options.get(SEVERITY);
    if (severity != null) {
      for (String entry : severity.split(",")) {
        if (entry.isBlank()) {
          continue;
        }
        int colon = entry.indexOf(':');
        String id = (colon < 0 ? entry : entry.substring(0, colon)).trim();
        Severity level = colon < 0 ? null : Severity.parse(entry.substring(colon + 1));
        if (Rules.byId(id) == null) {
          problems.add("unknown rule id '" + id + "' in -A" + SEVERITY + "; the rule ids are listed in"
              + " the README (for example created-location, status-range)");
        } else if (level == null) {
          problems.add("-A" + SEVERITY + " wants <rule-id>:<off|warning|error>, not '" + entry.trim() + "'");
        } else {
          severities.put(id, level);
        }
      }
    }
    String helpers = options.get(HELPERS);
    boolean generate = helpers == null || !helpers.trim().equalsIgnoreCase("false");
    return new Options(severities, generate, problems);
  }
}
