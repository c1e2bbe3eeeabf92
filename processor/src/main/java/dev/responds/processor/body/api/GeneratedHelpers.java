package dev.responds.processor.body.api;

import dev.responds.processor.adapter.HandlerScanner;
import dev.responds.processor.model.StatusRequirement;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Calls of the typed helpers the processor generates ({@code BookApiResponses.createCreated(uri)}):
 * each helper method carries {@code @Responds} with the one status it builds, and sets what
 * {@link StatusRequirement} says that status requires (the header, no body where none is allowed),
 * which is all the call's state claims; the rest is unknown.
 */
final class GeneratedHelpers implements Recogniser {
  private static final String RESPONDS = "dev.responds.Responds";

  @Override
  public List<ResponseState> invoke(ExecutableElement method, Supplier<List<ResponseState>> receiver,
      List<Argument> arguments) {
    Integer status = status(method);
    if (status == null) {
      return null;
    }
    // The generator builds each method to meet what the status requires, from the same source.
    StatusRequirement requirement = StatusRequirement.of(status);
    return List.of(new ResponseState(status, requirement.compliantBody(),
        requirement.compliantHeaders()));
  }

  /** The status a generated helper method answers with, or null when it is none. */
  private static Integer status(ExecutableElement method) {
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
