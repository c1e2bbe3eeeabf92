package dev.responds.processor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;

/**
 * The findings a team has accepted when it turned Responds on: one line per rule, class, method
 * and status. Line numbers are left out on purpose, so that edits elsewhere in a file keep
 * matching; a second finding of the same rule and status in the same method is covered too.
 */
public final class Baseline {
  public static final Baseline NONE = new Baseline(Set.of());

  private static final String HEADER = """
      # Responds baseline: findings accepted when it was written. With -Aresponds.baseline=<this file>
      # only findings not listed here are reported. One finding a line: rule, class, method, status.
      """;

  private final Set<String> keys;

  private Baseline(Set<String> keys) {
    this.keys = keys;
  }

  public static Baseline read(Path file) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        keys.add(line.strip());
      }
    }
    return new Baseline(keys);
  }

  public boolean covers(Finding finding) {
    return !keys.isEmpty() && keys.contains(key(finding));
  }

  /** Writes the findings sorted and once each, so that the file is the same for the same code. */
  public static int write(Path file, Collection<Finding> findings) throws IOException {
    Set<String> lines = new TreeSet<>();
    for (Finding finding : findings) {
      lines.add(key(finding));
    }
    List<String> text = new ArrayList<>(HEADER.lines().toList());
    text.addAll(lines);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, text, StandardCharsets.UTF_8);
    return lines.size();
  }

  /** {@code rule class method status}, tab-separated; the method is empty for a class's own declarations. */
  static String key(Finding finding) {
    Element owner = finding.site().owner();
    return String.join("\t", finding.ruleId(), Owners.className(owner), Owners.methodName(owner),
        String.valueOf(finding.status()));
  }
}
