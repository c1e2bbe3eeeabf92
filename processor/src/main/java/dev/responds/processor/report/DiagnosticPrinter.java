package dev.responds.processor.report;

import dev.responds.processor.model.Site;
import javax.tools.Diagnostic;

/** Prints a message at a site: through the {@code Messager} while processing, through {@code Trees} after attribution. */
public interface DiagnosticPrinter {

  void print(Diagnostic.Kind kind, String message, Site site);

  /** Where the site stands in its source file, or null where this printer cannot tell. */
  default SourceLocation locate(Site site) {
    return null;
  }
}
