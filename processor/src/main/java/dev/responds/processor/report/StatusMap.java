package dev.responds.processor.report;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import dev.responds.processor.model.TypeModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.tools.Diagnostic;

/**
 * {@code -Aresponds.statuses=<file>}: every endpoint the compilation declares (handlers, exception
 * handlers, routes, filters, entry points) with its declared, documented and answered statuses,
 * as JSON in a fixed order, so that the same code always gives the same file and a review can diff
 * it. Entries are made while the class's trees exist (to locate each answer) and written once, at
 * the end of the compilation. The format is {@code docs/status-map.md}.
 */
public final class StatusMap {
  static final int FORMAT_VERSION = 1;
  private static final Comparator<Map<String, Object>> ANSWER_ORDER = Comparator
      .comparing((Map<String, Object> answer) -> (Integer) answer.get("status"))
      .thenComparing(answer -> String.valueOf(answer.get("file")))
      .thenComparingLong(answer -> (Long) answer.getOrDefault("line", 0L))
      .thenComparingLong(answer -> (Long) answer.getOrDefault("column", 0L))
      .thenComparing(answer -> String.valueOf(answer.get("source")));

  private final Path output;
  /** The entries by class and method signature (a signature may repeat only across roles). */
  private final Map<String, Map<String, Object>> entries = new TreeMap<>();
  private boolean written;

  /** A map written to {@code output}; null writes nothing. */
  public StatusMap(Path output) {
    this.output = output;
  }

  /**
   * Records the endpoints of one analysed class.
   *
   * @param bodiesRead whether the body pass has read their bodies (otherwise every one is partly unknown)
   */
  public void add(TypeModel model, DiagnosticPrinter printer, boolean bodiesRead) {
    if (output == null) {
      return;
    }
    for (Handler handler : model.handlers()) {
      if (handler.role() != HandlerRole.NONE) {
        Map<String, Object> entry = entry(handler, printer, bodiesRead);
        entries.put(entry.get("class") + "\t" + entry.get("method") + "\t" + entry.get("role"), entry);
      }
    }
  }

  /** Writes the file, once; a failure is one error that names the file. */
  public void write(Messager messager, Completion completion) {
    if (output == null || written) {
      return;
    }
    written = true;
    if (completion == Completion.STOPPED) {
      // A map without the classes javac never reached would read as endpoints removed.
      messager.printMessage(Diagnostic.Kind.WARNING, "[responds] did not write the status map " + output
          + ", which stays as it was: " + completion.reason());
      return;
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", "responds-status-map");
    document.put("version", FORMAT_VERSION);
    document.put("endpoints", new ArrayList<>(entries.values()));
    try {
      OutputFile.write(output, Json.write(document));
    } catch (IOException | RuntimeException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, "[responds] could not write the status map "
          + output + ": " + e);
    }
  }

  private static Map<String, Object> entry(Handler handler, DiagnosticPrinter printer, boolean bodiesRead) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("class", handler.type().getQualifiedName().toString());
    entry.put("method", handler.method().getSimpleName() + handler.method().getParameters().stream()
        .map(parameter -> typeName(parameter.asType())).collect(Collectors.joining(",", "(", ")")));
    entry.put("framework", handler.framework() == null ? "unknown"
        : handler.framework().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    entry.put("role", handler.role().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    entry.put("httpMethods", List.copyOf(handler.httpMethods()));
    boolean mapped = handler.role() == HandlerRole.ENDPOINT;
    entry.put("paths", mapped ? List.of(handler.path()) : List.of());
    entry.put("declared", List.copyOf(new TreeSet<>(
        handler.responds().stream().map(DeclaredStatus::code).toList())));
    entry.put("documented", handler.documented().codes());
    List<Map<String, Object>> answered = new ArrayList<>();
    for (Answer answer : handler.answers()) {
      if (answer.source() != Answer.Source.RESPONDS) {
        answered.add(answer(answer, printer));
      }
    }
    answered.sort(ANSWER_ORDER);
    entry.put("answered", answered);
    entry.put("unknown", handler.unknownPaths() || !bodiesRead);
    return entry;
  }

  /** A parameter's type as erasure names it, without type annotations ({@code @Valid}) or type arguments. */
  private static String typeName(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return typeName(array.getComponentType()) + "[]";
    }
    if (type instanceof DeclaredType declared) {
      return ((TypeElement) declared.asElement()).getQualifiedName().toString();
    }
    if (type instanceof TypeVariable variable) {
      return typeName(variable.getUpperBound());
    }
    return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(Locale.ROOT) : type.toString();
  }

  private static Map<String, Object> answer(Answer answer, DiagnosticPrinter printer) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("status", answer.status());
    result.put("source", answer.source().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    result.put("body", answer.body().name().toLowerCase(Locale.ROOT));
    result.put("headers", List.copyOf(answer.headers().names()));
    result.put("headersComplete", answer.headers().complete());
    SourceLocation location = printer.locate(answer.site());
    if (location != null) {
      result.put("file", sourcePath(answer.site().owner(), location));
      result.put("line", location.line());
      result.put("column", location.column());
    }
    return result;
  }

  /**
   * The file under its source root ({@code com/example/Books.java}): the same on every machine,
   * unlike the absolute path javac knows.
   */
  private static String sourcePath(Element owner, SourceLocation location) {
    String path = location.file().getPath();
    String name = path == null ? location.file().toString() : path.substring(path.lastIndexOf('/') + 1);
    for (Element e = owner; e != null; e = e.getEnclosingElement()) {
      if (e.getKind() == ElementKind.PACKAGE) {
        String packageName = ((PackageElement) e).getQualifiedName().toString();
        return packageName.isEmpty() ? name : packageName.replace('.', '/') + "/" + name;
      }
    }
    return name;
  }
}
