package dev.responds.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What the processor knows of one class: the handlers it declares, and the status codes written
 * on the class itself ({@code @Responds} on the class, {@code @ResponseStatus} on an exception).
 */
public record TypeModel(TypeElement type, List<Handler> handlers, List<DeclaredStatus> typeDeclarations) {

  public TypeModel {
    handlers = List.copyOf(handlers);
    typeDeclarations = List.copyOf(typeDeclarations);
  }

  public boolean isEmpty() {
    return handlers.isEmpty() && typeDeclarations.isEmpty();
  }
}
