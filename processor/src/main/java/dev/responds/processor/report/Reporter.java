package dev.responds.processor.report;

import dev.responds.processor.model.ElementSite;
import dev.responds.processor.model.Site;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The one place where findings become diagnostics: the {@code [rule-id]} prefix, the severity
 * chosen by the user, suppression through {@code @SuppressWarnings("responds:<id>")} or
 * {@code @SuppressWarnings("responds")}, and printing each finding once even when a shared
 * declaration (a class-level {@code @Responds}, an inherited mapping) is seen from many handlers.
 */
public final class Reporter {
  private static final String SUPPRESS_ALL = "responds";
  private static final String SUPPRESS_PREFIX = "responds:";

  private final Map<String, Severity> severityByRule;
  private final Set<Object> printed = new HashSet<>();
  private int errors;

  public Reporter(Map<String, Severity> severityByRule) {
    this.severityByRule = Map.copyOf(severityByRule);
  }

  public void report(List<Finding> findings, DiagnosticPrinter printer) {
    for (Finding finding : findings) {
      Severity severity = severityByRule.getOrDefault(finding.ruleId(), finding.defaultSeverity());
      if (severity == Severity.OFF || isSuppressed(finding.ruleId(), finding.site().owner())) {
        continue;
      }
      if (!printed.add(identity(finding))) {
        continue;
      }
      if (severity == Severity.ERROR) {
        errors++;
      }
      printer.print(severity.kind(), "[" + finding.ruleId() + "] " + finding.message(), finding.site());
    }
  }

  /** How many errors have been printed so far. */
  public int errors() {
    return errors;
  }

  private static Object identity(Finding finding) {
    Object where = finding.site();
    if (finding.site() instanceof ElementSite site) {
      // AnnotationMirror and AnnotationValue instances are not guaranteed to be canonical.
      where = List.of(site.owner(), Objects.toString(site.annotation()), Objects.toString(site.value()));
    }
    return List.of(finding.ruleId(), where, finding.message());
  }

  static boolean isSuppressed(String ruleId, Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e.getKind() == ElementKind.PACKAGE || e.getKind() == ElementKind.MODULE) {
        return false;
      }
      if (suppresses(e, ruleId)) {
        return true;
      }
    }
    return false;
  }

  private static boolean suppresses(Element element, String ruleId) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (!type.getQualifiedName().contentEquals("java.lang.SuppressWarnings")) {
        continue;
      }
      for (AnnotationValue value : annotation.getElementValues().values()) {
        for (Object item : (List<?>) value.getValue()) {
          String name = String.valueOf(((AnnotationValue) item).getValue());
          if (name.equals(SUPPRESS_ALL) || name.equals(SUPPRESS_PREFIX + ruleId)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
