package dev.responds.processor.report;

import dev.responds.processor.model.ElementSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The one place where findings become diagnostics: the {@code [rule-id]} prefix, the severity
 * chosen by the user, suppression through {@code @SuppressWarnings("responds:<id>")} or
 * {@code @SuppressWarnings("responds")}, the baseline, and printing each finding once even when a
 * shared declaration (a class-level {@code @Responds}, an inherited mapping) is seen from many
 * handlers. Files that need every finding (a new baseline, SARIF) are written once, by {@link #finish}.
 */
public final class Reporter {
  /** By line and column; findings whose place is unknown keep their order, after the others. */
  private static final Comparator<Reported> SOURCE_ORDER = Comparator.comparing(Reported::location,
      Comparator.nullsLast(Comparator.naturalOrder()));


  private final Map<String, Severity> severityByRule;
  private final ReportSettings settings;
  private final Set<Object> printed = new HashSet<>();
  private final List<Finding> recorded = new ArrayList<>();
  private final List<Reported> sarif = new ArrayList<>();
  private final Set<Object> hidden = new HashSet<>();
  private int errors;
  private boolean finished;

  public Reporter(ReportSettings settings) {
    this.settings = settings;
    this.severityByRule = Map.copyOf(settings.severities());
  }

  /** Reports one class's findings, in source order. */
  public void report(List<Finding> findings, DiagnosticPrinter printer) {
    List<Reported> batch = new ArrayList<>();
    for (Finding finding : findings) {
      Severity severity = severityByRule.getOrDefault(finding.ruleId(), finding.defaultSeverity());
      if (severity == Severity.OFF || isSuppressed(finding.ruleId(), finding.site().owner())) {
        continue;
      }
      if (settings.baseline().covers(finding)) {
        hidden.add(identity(finding));
        continue;
      }
      if (printed.add(identity(finding))) {
        batch.add(new Reported(finding, severity, printer.locate(finding.site())));
      }
    }
    batch.sort(SOURCE_ORDER);
    for (Reported reported : batch) {
      if (settings.sarifOutput() != null) {
        sarif.add(reported);
      }
      if (settings.baselineOutput() != null) {
        recorded.add(reported.finding());
        continue;
      }
      if (reported.severity() == Severity.ERROR) {
        errors++;
      }
      printer.print(reported.severity().kind(), text(reported.finding()), reported.finding().site());
    }
  }

  /**
   * Warns about {@code @SuppressWarnings("responds:<id>")} on the class and its members whose id
   * names no rule, with the closest id (nested classes are checked on their own).
   */
  public void checkSuppressions(TypeElement type, DiagnosticPrinter printer) {
    for (SuppressionNames.Unknown unknown : SuppressionNames.unknownIn(type)) {
      printer.print(Diagnostic.Kind.WARNING, unknown.message(), unknown.site());
    }
  }

  /**
   * {@code [rule-id] message (see <url of the rule's page>)}: the id first, the rule's page last,
   * a page the user can open (the same in javac's output and in SARIF).
   */
  static String text(Finding finding) {
    return "[" + finding.ruleId() + "] " + finding.message() + " (see " + ToolInfo.CURRENT.rulePage(finding.ruleId()) + ")";
  }

  /** How many errors have been printed so far. */
  public int errors() {
    return errors;
  }

  /**
   * Writes the files that need every finding of the compilation, but only if it checked every
   * class: otherwise the files stay as they are, and a note says why. Later calls do nothing.
   */
  public void finish(Messager messager, Completion completion) {
    if (finished) {
      return;
    }
    finished = true;
    if (completion != Completion.STOPPED) {
      noteBaselineUse(messager);
    }
    if (settings.sarifOutput() != null) {
      if (completion == Completion.STOPPED) {
        notWritten(messager, "the SARIF report", settings.sarifOutput(), completion);
      } else {
        write(messager, "the SARIF report", settings.sarifOutput(), SarifReport.text(sarif));
      }
    }
    if (settings.baselineOutput() != null) {
      if (completion != Completion.COMPILED) {
        notWritten(messager, "the baseline", settings.baselineOutput(), completion);
        return;
      }
      Set<String> entries = Baseline.entries(recorded);
      if (write(messager, "the baseline", settings.baselineOutput(), Baseline.text(entries))) {
        messager.printMessage(Diagnostic.Kind.NOTE, "[responds] wrote " + count(entries.size(),
            "baseline entry", "baseline entries") + " for " + count(recorded.size(), "finding", "findings")
            + " to " + settings.baselineOutput() + "; build with -Aresponds.baseline="
            + settings.baselineOutput() + " to report only new findings");
      }
    }
  }

  /** How many findings the baseline hid, and how many of its entries matched none. */
  private void noteBaselineUse(Messager messager) {
    Baseline baseline = settings.baseline();
    if (baseline.file() == null) {
      return;
    }
    int stale = baseline.stale();
    messager.printMessage(Diagnostic.Kind.NOTE, "[responds] the baseline " + baseline.file() + " hid "
        + count(hidden.size(), "finding", "findings") + "; " + (stale == 0
            ? "each of its entries still matches one"
            : count(stale, "entry", "entries") + " of its " + baseline.size() + " matched none (fixed since,"
                + " or in classes this build did not compile): record the baseline again to drop them"));
  }

  private static boolean write(Messager messager, String what, Path file, String text) {
    try {
      OutputFile.write(file, text);
      return true;
    } catch (IOException | RuntimeException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, "[responds] could not write " + what + " " + file
          + ": " + e.getMessage());
      return false;
    }
  }

  private static void notWritten(Messager messager, String what, Path file, Completion completion) {
    messager.printMessage(Diagnostic.Kind.WARNING, "[responds] did not write " + what + " " + file
        + ", which stays as it was: " + completion.reason());
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
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
      if (!SuppressionNames.isSuppressWarnings(annotation)) {
        continue;
      }
      for (AnnotationValue value : annotation.getElementValues().values()) {
        for (Object item : (List<?>) value.getValue()) {
          String name = String.valueOf(((AnnotationValue) item).getValue());
          if (name.equals(SuppressionNames.ALL) || name.equals(SuppressionNames.PREFIX + ruleId)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
