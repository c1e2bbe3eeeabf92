package dev.responds.processor.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The processor's version and home page, as the build wrote them into {@code responds.properties}. */
record ToolInfo(String version, String url) {
  private static final String UNKNOWN = "unknown";
  static final ToolInfo CURRENT = load();

  /**
   * The page of a rule in the project's source tree, as of this version: a release's tag
   * ({@code v0.1.0}), or {@code main} for a snapshot, whose rules are those being written.
   */
  String rulePage(String ruleId) {
    boolean released = !version.endsWith("-SNAPSHOT") && !version.equals(UNKNOWN);
    return url + "/blob/" + (released ? "v" + version : "main") + "/docs/rules/" + ruleId + ".md";
  }

  private static ToolInfo load() {
    Properties properties = new Properties();
    try (InputStream in = ToolInfo.class.getResourceAsStream("responds.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Unfiltered or missing: the defaults below.
    }
    return new ToolInfo(value(properties, "version", UNKNOWN),
        value(properties, "url", "https://github.com/responds-dev/responds"));
  }

  private static String value(Properties properties, String key, String fallback) {
    String value = properties.getProperty(key);
    return value == null || value.isBlank() || value.contains("${") ? fallback : value.strip();
  }
}
