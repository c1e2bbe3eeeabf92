package dev.responds.processor.claim;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @Responds}, which no other processor reads, so that javac's
 * {@code -Xlint:processing} names only the annotations that really went unprocessed. A processor
 * claims all it is given or nothing, and {@code RespondsProcessor} must see every annotation
 * (it reads all classes), so the claim is this separate processor. It must run after {@code
 * RespondsProcessor}: the service file lists processors sorted, and this package sorts after it.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"dev.responds.Responds", "dev.responds.Responds.List"})
public final class RespondsClaim extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return !annotations.isEmpty();
  }
}
