package dev.responds.processor.claim;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Claims the {@code @Generated} of the helpers Responds writes, so that the round that compiles
 * them gives no {@code -Xlint:processing} warning; in a round where another processor's
 * generated sources carry {@code @Generated} too, it claims nothing and leaves them to it.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"javax.annotation.processing.Generated", "javax.annotation.Generated"})
public final class GeneratedHelpersClaim extends AbstractProcessor {
  private static final String RESPONDS_PROCESSOR = "dev.responds.processor.RespondsProcessor";

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (annotations.isEmpty()) {
      return false;
    }
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (!generatedByResponds(element, annotation)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean generatedByResponds(Element element, TypeElement annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (!mirror.getAnnotationType().asElement().equals(annotation)) {
        continue;
      }
      for (var entry : mirror.getElementValues().entrySet()) {
        if (isValue(entry.getKey()) && String.valueOf(entry.getValue().getValue()).contains(RESPONDS_PROCESSOR)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isValue(ExecutableElement member) {
    return member.getSimpleName().contentEquals("value");
  }
}
