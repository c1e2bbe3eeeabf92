package dev.responds.processor.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;

/**
 * The findings a team has accepted when it turned Responds on: one line per rule, class, method
 * and status. Line numbers are left out on purpose, so that edits elsewhere in a file keep
 * matching; a second finding of the same rule and status in the same method is covered too.
 *
 * <p>It remembers which entries matched, so that the build can say how many are stale.
 */
public final class Baseline {
  public static final Baseline NONE = new Baseline(null, Set.of());

  /** Far more than any codebase's findings; a bigger file is not a baseline. */
  private static final long MAX_BYTES = 16L << 20;
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  /** Tab-separated as written; runs of spaces too, as editors that turn tabs to spaces leave them. */
  private static final Pattern SEPARATOR = Pattern.compile("\t| +");
  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern STATUS = Pattern.compile("-?[0-9]{1,9}");

  private static final String HEADER = """
      # Responds baseline: findings accepted when it was written. With -Aresponds.baseline=<this file>
      # only findings not listed here are reported. One finding a line: rule, class, method, status.
      """;

  private final Path file;
  private final Set<String> keys;
  private final Set<String> matched = new HashSet<>();

  private Baseline(Path file, Set<String> keys) {
    this.file = file;
    this.keys = keys;
  }

  /**
   * Reads the baseline at {@code file}; what makes it unreadable is added to {@code problems},
   * naming the line, and then no finding is hidden.
   */
  public static Baseline read(Path file, String writeOption, List<String> problems) {
    String where = "the baseline " + file.toAbsolutePath();
    if (!Files.exists(file)) {
      problems.add(where + " does not exist: write it once with -A" + writeOption + "=" + file);
      return NONE;
    }
    try {
      if (!Files.isRegularFile(file)) {
        problems.add(where + (Files.isDirectory(file) ? " is a directory" : " is not a regular file"
            + " (a FIFO or a device?)") + ": name the file that -A" + writeOption + " wrote");
        return NONE;
      }
      if (Files.size(file) > MAX_BYTES) {
        problems.add(where + " has " + Files.size(file) + " bytes, far more than a baseline (one finding"
            + " a line): name the file that -A" + writeOption + " wrote");
        return NONE;
      }
      return parse(file, where, problems);
    } catch (IOException e) {
      problems.add("could not read " + where + ": " + e.getMessage());
    }
    return NONE;
  }

  private static Baseline parse(Path file, String where, List<String> problems) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer text = CharBuffer.allocate(bytes.length);
    if (StandardCharsets.UTF_8.newDecoder().decode(input, text, true).isError()) {
      problems.add(where + " is not UTF-8 text (line " + lineAt(bytes, input.position()) + "): save it"
          + " as UTF-8, or write it again");
      return NONE;
    }
    text.flip();
    Set<String> keys = new TreeSet<>();
    List<String> invalid = new ArrayList<>();
    int number = 0;
    for (String line : text.toString().split("\r?\n", -1)) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String key = entry(line.strip());
      if (key == null) {
        invalid.add("line " + number + " '" + line.strip() + "'");
      } else {
        keys.add(key);
      }
    }
    if (!invalid.isEmpty()) {
      problems.add(where + ", " + invalid.get(0) + (invalid.size() > 1 ? " and " + (invalid.size() - 1)
          + " more" : "") + ", is not an entry: one finding a line, its rule id, class, method (empty"
          + " for a class) and status separated by tabs, as in 'created-location\tcom.example.Books\tcreate\t201'");
      return NONE;
    }
    return new Baseline(file, keys);
  }

  /** The line number of the byte at {@code offset}: one more than the line breaks before it. */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The line as a key, or null if it is none. */
  private static String entry(String line) {
    List<String> fields = List.of(SEPARATOR.split(line, -1));
    if (fields.size() == 3 && !line.contains("\t")) {
      // Tabs turned to spaces: the empty method of a class's own finding left no field.
      fields = List.of(fields.get(0), fields.get(1), "", fields.get(2));
    }
    if (fields.size() != 4 || !RULE_ID.matcher(fields.get(0)).matches() || fields.get(1).isEmpty()
        || !STATUS.matcher(fields.get(3)).matches()) {
      return null;
    }
    return String.join("\t", fields);
  }

  public boolean covers(Finding finding) {
    String key = key(finding);
    if (!keys.contains(key)) {
      return false;
    }
    matched.add(key);
    return true;
  }

  /** The file read, or null for no baseline. */
  Path file() {
    return file;
  }

  /** The entries that matched no finding: fixed since, or in classes not compiled in this build. */
  int stale() {
    return keys.size() - matched.size();
  }

  int size() {
    return keys.size();
  }

  /** The findings' entries, sorted and once each, so that the file is the same for the same code. */
  static Set<String> entries(Collection<Finding> findings) {
    Set<String> entries = new TreeSet<>();
    for (Finding finding : findings) {
      entries.add(key(finding));
    }
    return entries;
  }

  /** A baseline's text: what it is, then its entries. */
  static String text(Set<String> entries) {
    StringBuilder text = new StringBuilder(HEADER);
    for (String line : entries) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  /** {@code rule class method status}, tab-separated; the method is empty for a class's own declarations. */
  static String key(Finding finding) {
    Element owner = finding.site().owner();
    return String.join("\t", finding.ruleId(), Owners.className(owner), Owners.methodName(owner),
        String.valueOf(finding.status()));
  }
}
