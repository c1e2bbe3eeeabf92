package dev.responds.processor.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The processor's version and home page, as the build wrote them into {@code responds.properties}. */
record ToolInfo(String version, String url) {
  static final ToolInfo CURRENT = load();

  /** The page of a rule, in the docs of the source tree. */
  String rulePage(String ruleId) {
    return url + "/blob/main/docs/rules/" + ruleId + ".md";
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
    return new ToolInfo(value(properties, "version", "unknown"),
        value(properties, "url", "https://github.com/responds-dev/responds"));
  }

  private static String value(Properties properties, String key, String fallback) {
    String value = properties.getProperty(key);
    return value == null || value.isBlank() || value.contains("${") ? fallback : value.strip();
  }
}
