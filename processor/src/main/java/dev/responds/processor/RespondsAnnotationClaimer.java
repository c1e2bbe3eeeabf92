package dev.responds.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @Responds}, so that {@code -Xlint:processing} does not warn that no processor
 * claimed it. The work is done by {@link RespondsProcessor}, which reads every annotation and so
 * must claim none: claiming all of them would hide them from the processors after it.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"dev.responds.Responds", "dev.responds.Responds.List"})
public final class RespondsAnnotationClaimer extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return true;
  }
}
