package dev.responds.processor.report;

import dev.responds.processor.model.ElementSite;
import dev.responds.processor.model.Site;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/** Prints on elements, annotations and annotation values, the places the {@code Messager} knows. */
public final class MessagerPrinter implements DiagnosticPrinter {
  private final Messager messager;

  public MessagerPrinter(Messager messager) {
    this.messager = messager;
  }

  @Override
  public void print(Diagnostic.Kind kind, String message, Site site) {
    if (site instanceof ElementSite element) {
      messager.printMessage(kind, message, element.owner(), element.annotation(), element.value());
    } else {
      messager.printMessage(kind, message, site.owner());
    }
  }
}
