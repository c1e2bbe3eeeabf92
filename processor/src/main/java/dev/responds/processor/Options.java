package dev.responds.processor;

import dev.responds.processor.report.Baseline;
import dev.responds.processor.report.EditDistance;
import dev.responds.processor.report.ReportSettings;
import dev.responds.processor.report.Severity;
import dev.responds.processor.rules.Rule;
import dev.responds.processor.rules.Rules;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor's {@code -A} options.
 *
 * <ul>
 *   <li>{@code -Aresponds.severity=<rule-id|all>:<off|warning|error>,...}: per-rule severity,
 *       applied in order, so {@code all:warning,created-location:error} keeps one rule an error.
 *   <li>{@code -Aresponds.helpers=false}: do not generate {@code <Class>Responses} helpers.
 *   <li>{@code -Aresponds.baseline=<file>}: do not report the findings listed in the file.
 *   <li>{@code -Aresponds.baseline.write=<file>}: write every finding to the file instead of reporting it.
 *   <li>{@code -Aresponds.sarif=<file>}: also write the findings as SARIF 2.1.0.
 *   <li>{@code -Aresponds.statuses=<file>}: write the status map of every endpoint as JSON.
 * </ul>
 */
record Options(ReportSettings reporting, boolean generateHelpers, Path statusMap, List<String> problems) {
  static final String SEVERITY = "responds.severity";
  static final String HELPERS = "responds.helpers";
  static final String BASELINE = "responds.baseline";
  static final String BASELINE_WRITE = "responds.baseline.write";
  static final String SARIF = "responds.sarif";
  static final String STATUSES = "responds.statuses";
  private static final Map<String, String> EXAMPLES = Map.of(
      SEVERITY, "all:warning", HELPERS, "false",
      BASELINE, "responds-baseline.txt", BASELINE_WRITE, "responds-baseline.txt",
      SARIF, "target/responds.sarif", STATUSES, "target/responds-statuses.json");
  static final Set<String> NAMES = EXAMPLES.keySet();
  private static final String ALL_RULES = "all";

  private static final String PREFIX = "responds.";

  static Options parse(Map<String, String> options) {
    List<String> problems = new ArrayList<>();
    for (String name : new TreeSet<>(options.keySet())) {
      if (name.startsWith(PREFIX) && !NAMES.contains(name)) {
        problems.add("unknown option -A" + name + ": did you mean -A" + closest(name) + "? Responds"
            + " knows -A" + String.join(", -A", new TreeSet<>(NAMES)));
      } else if (NAMES.contains(name) && options.get(name) == null) {
        problems.add("-A" + name + " wants a value, as in -A" + name + "=" + EXAMPLES.get(name));
      }
    }
    Map<String, Severity> severities = severities(options.get(SEVERITY), problems);
    boolean generate = helpers(options.get(HELPERS), problems);
    Baseline baseline = baseline(options.get(BASELINE), problems);
    Path baselineOutput = path(BASELINE_WRITE, options.get(BASELINE_WRITE), problems);
    Path sarif = path(SARIF, options.get(SARIF), problems);
    Path statuses = path(STATUSES, options.get(STATUSES), problems);
    return new Options(new ReportSettings(severities, baseline, baselineOutput, sarif), generate,
        statuses, problems);
  }

  private static Map<String, Severity> severities(String option, List<String> problems) {
    Map<String, Severity> severities = new LinkedHashMap<>();
    if (option == null) {
      return severities;
    }
    for (String entry : option.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.indexOf(':');
      String id = (colon < 0 ? entry : entry.substring(0, colon)).trim();
      Severity level = colon < 0 ? null : Severity.parse(entry.substring(colon + 1));
      if (!id.equals(ALL_RULES) && Rules.byId(id) == null) {
        problems.add("unknown rule id '" + id + "' in -A" + SEVERITY + "; the rule ids are listed in"
            + " the README (for example created-location, status-range), and 'all' sets every rule");
      } else if (level == null) {
        problems.add("-A" + SEVERITY + " wants <rule-id>:<off|warning|error>, not '" + entry.trim() + "'");
      } else if (id.equals(ALL_RULES)) {
        for (Rule rule : Rules.all()) {
          severities.put(rule.id(), level);
        }
      } else {
        severities.put(id, level);
      }
    }
    return severities;
  }

  private static boolean helpers(String option, List<String> problems) {
    if (option == null || option.trim().equalsIgnoreCase("true")) {
      return true;
    }
    if (!option.trim().equalsIgnoreCase("false")) {
      problems.add("-A" + HELPERS + " wants true or false, not '" + option + "'");
    }
    return false;
  }

  private static String closest(String name) {
    String best = null;
    for (String known : new TreeSet<>(NAMES)) {
      if (best == null || EditDistance.between(name, known) < EditDistance.between(name, best)) {
        best = known;
      }
    }
    return best;
  }

  private static Baseline baseline(String option, List<String> problems) {
    Path file = path(BASELINE, option, problems);
    if (file == null) {
      return Baseline.NONE;
    }
    try {
      return Baseline.read(file);
    } catch (NoSuchFileException e) {
      problems.add("the baseline " + file.toAbsolutePath() + " does not exist: write it once with -A"
          + BASELINE_WRITE + "=" + file);
    } catch (IOException e) {
      problems.add("could not read the baseline " + file.toAbsolutePath() + ": " + e);
    }
    return Baseline.NONE;
  }

  private static Path path(String name, String option, List<String> problems) {
    if (option == null) {
      return null;
    }
    if (option.isBlank()) {
      problems.add("-A" + name + " wants a file, as in -A" + name + "=" + EXAMPLES.get(name));
      return null;
    }
    try {
      return Path.of(option.trim());
    } catch (InvalidPathException e) {
      problems.add("-A" + name + " wants a file, not '" + option + "': " + e.getReason());
      return null;
    }
  }
}
