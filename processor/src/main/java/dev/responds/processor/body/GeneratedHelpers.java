package dev.responds.processor.body;

import dev.responds.processor.adapter.HandlerScanner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Calls of the typed helpers the processor generates ({@code BookApiResponses.createCreated(uri)}):
 * each helper method carries {@code @Responds} with the one status it builds, and is compliant by
 * construction.
 */
final class GeneratedHelpers {
  private static final String RESPONDS = "dev.responds.Responds";

  private GeneratedHelpers() {}

  /** The status a generated helper method answers with, or null when it is none. */
  static Integer status(ExecutableElement method) {
    Element helper = method.getEnclosingElement();
    if (!(helper instanceof TypeElement type) || !HandlerScanner.isGeneratedHelper(type)) {
      return null;
    }
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(RESPONDS)) {
        for (AnnotationValue value : annotation.getElementValues().values()) {
          if (value.getValue() instanceof Integer code) {
            return code;
          }
        }
      }
    }
    return null;
  }
}
