package dev.responds.processor;

import dev.responds.processor.report.Baseline;
import dev.responds.processor.report.EditDistance;
import dev.responds.processor.report.OutputFile;
import dev.responds.processor.report.ReportSettings;
import dev.responds.processor.report.Severity;
import dev.responds.processor.rules.Rule;
import dev.responds.processor.rules.Rules;
import java.nio.file.InvalidPathException;
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
    Path baselineInput = path(BASELINE, options.get(BASELINE), problems);
    Path baselineOutput = output(BASELINE_WRITE, options.get(BASELINE_WRITE), problems);
    Path sarif = output(SARIF, options.get(SARIF), problems);
    Path statuses = output(STATUSES, options.get(STATUSES), problems);
    Map<String, Path> files = new LinkedHashMap<>();
    files.put(BASELINE, baselineInput);
    files.put(BASELINE_WRITE, baselineOutput);
    files.put(SARIF, sarif);
    files.put(STATUSES, statuses);
    refuseSharedFiles(files, problems);
    Baseline baseline = baselineInput == null ? Baseline.NONE
        : Baseline.read(baselineInput, BASELINE_WRITE, problems);
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
        problems.add("unknown rule id '" + id + "' in -A" + SEVERITY + ": did you mean '"
            + closestRule(id) + "'? The rule ids are listed in the README, and 'all' sets every rule");
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
    return EditDistance.closest(name, new TreeSet<>(NAMES));
  }

  private static String closestRule(String id) {
    return EditDistance.closest(id, Rules.all().stream().map(Rule::id).toList());
  }

  /** A file Responds writes: never a directory or a device. */
  private static Path output(String name, String option, List<String> problems) {
    Path file = path(name, option, problems);
    String problem = file == null ? null : OutputFile.problem(file);
    if (problem != null) {
      problems.add("-A" + name + "=" + option + " names a file that cannot be written: " + file.toAbsolutePath()
          + " " + problem);
      return null;
    }
    return file;
  }

  /**
   * Two options on one file would overwrite each other (a baseline read and written in one build
   * would be rewritten from what it hid; SARIF over a baseline matches nothing): refused, whichever
   * the pair. Each option that names a file is in {@code files}, null where it is not given.
   */
  private static void refuseSharedFiles(Map<String, Path> files, List<String> problems) {
    List<String> names = new ArrayList<>(files.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Path one = files.get(names.get(i));
        Path other = files.get(names.get(j));
        if (one != null && other != null && OutputFile.same(one, other)) {
          Set<String> pair = Set.of(names.get(i), names.get(j));
          problems.add("-A" + names.get(i) + " and -A" + names.get(j) + " name the same file, " + one
              + ", and one would overwrite the other: give each its own file"
              + (pair.equals(Set.of(BASELINE, BASELINE_WRITE)) ? " (to record a baseline again, build once"
                  + " with -A" + BASELINE_WRITE + " in place of -A" + BASELINE + ")" : ""));
        }
      }
    }
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
