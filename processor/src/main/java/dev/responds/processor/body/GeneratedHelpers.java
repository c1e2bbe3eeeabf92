package dev.responds.processor.body;

import dev.responds.StatusCode;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Calls of the typed helpers the processor generates ({@code BookApiResponses.create().created(uri)}):
 * each method of a helper's nested class is named after a status of the catalogue, and is
 * compliant by construction.
 */
final class GeneratedHelpers {
  private static final String GENERATOR = "dev.responds.processor.RespondsProcessor";
  private static final Map<String, Integer> BY_METHOD_NAME = new HashMap<>();

  static {
    for (StatusCode status : StatusCode.values()) {
      BY_METHOD_NAME.putIfAbsent(status.methodName(), status.code());
    }
  }

  private GeneratedHelpers() {}

  /** The status a generated helper method answers with, or null when it is none. */
  static Integer status(ExecutableElement method) {
    Element nested = method.getEnclosingElement();
    Element helper = nested == null ? null : nested.getEnclosingElement();
    if (!(helper instanceof TypeElement type) || !type.getSimpleName().toString().endsWith("Responses")
        || !isGenerated(type)) {
      return null;
    }
    String name = method.getSimpleName().toString();
    Integer named = BY_METHOD_NAME.get(name);
    if (named != null) {
      return named;
    }
    // A code the catalogue lacks is named "status" + code.
    if (name.matches("status[1-5][0-9][0-9]")) {
      return Integer.valueOf(name.substring("status".length()));
    }
    return null;
  }

  private static boolean isGenerated(TypeElement type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
      if (!name.equals("javax.annotation.processing.Generated") && !name.equals("javax.annotation.Generated")) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
          : annotation.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals("value")
            && entry.getValue().toString().contains(GENERATOR)) {
          return true;
        }
      }
    }
    return false;
  }
}
