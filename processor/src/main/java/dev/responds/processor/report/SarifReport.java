package dev.responds.processor.report;

import dev.responds.processor.rules.Rule;
import dev.responds.processor.rules.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * Every reported finding as SARIF 2.1.0, for code-scanning tools: the catalogue's rules with
 * their pages, and per finding its rule, level, message, source location and the class and method
 * it belongs to. Results are sorted, so the same findings always give the same file.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String VERSION = "2.1.0";

  private static final Comparator<Reported> ORDER = Comparator
      .comparing((Reported reported) -> reported.location() == null ? "" : reported.location().file().toString())
      .thenComparingLong(reported -> reported.location() == null ? 0 : reported.location().line())
      .thenComparingLong(reported -> reported.location() == null ? 0 : reported.location().column())
      .thenComparing(reported -> Baseline.key(reported.finding()))
      .thenComparing(reported -> reported.finding().message());

  private SarifReport() {}

  static String text(List<Reported> findings) {
    return Json.write(log(findings));
  }

  static Map<String, Object> log(List<Reported> findings) {
    Map<String, Object> driver = object(
        "name", "Responds",
        "informationUri", ToolInfo.CURRENT.url(),
        "version", ToolInfo.CURRENT.version(),
        "rules", rules());
    List<Object> results = new ArrayList<>();
    List<Reported> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    for (Reported reported : sorted) {
      results.add(result(reported));
    }
    Map<String, Object> run = object("tool", object("driver", driver), "results", results);
    return object("$schema", SCHEMA, "version", VERSION, "runs", List.of(run));
  }

  private static List<Object> rules() {
    List<Object> rules = new ArrayList<>();
    for (Rule rule : Rules.all()) {
      rules.add(object(
          "id", rule.id(),
          "name", rule.getClass().getSimpleName(),
          "shortDescription", object("text", rule.summary()),
          "helpUri", ToolInfo.CURRENT.rulePage(rule.id()),
          "defaultConfiguration", object("level", level(rule.defaultSeverity()))));
    }
    return rules;
  }

  private static Map<String, Object> result(Reported reported) {
    Finding finding = reported.finding();
    Element owner = finding.site().owner();
    String className = Owners.className(owner);
    String method = Owners.methodName(owner);
    Map<String, Object> location = new LinkedHashMap<>();
    if (reported.location() != null) {
      location.put("physicalLocation", object(
          "artifactLocation", object("uri", reported.location().file().toString()),
          "region", object("startLine", reported.location().line(),
              "startColumn", reported.location().column())));
    }
    location.put("logicalLocations", List.of(method.isEmpty()
        ? object("fullyQualifiedName", className, "kind", "type")
        : object("fullyQualifiedName", className + "." + method, "kind", "function")));
    return object(
        "ruleId", finding.ruleId(),
        "ruleIndex", Rules.all().indexOf(Rules.byId(finding.ruleId())),
        "level", level(reported.severity()),
        "message", object("text", Reporter.text(finding)),
        "locations", List.of(location),
        "partialFingerprints", object("respondsFinding/v1", Baseline.key(finding)));
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /** An object whose keys keep the order they are given in. */
  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], Objects.requireNonNull(keysAndValues[i + 1]));
    }
    return object;
  }
}
