package dev.responds.processor.bench;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Another processor, with the time spent in its {@code process} rounds added up, and apart from
 * it the time spent in javac's Filer.
 */
final class TimedProcessor implements Processor {
  private final Processor delegate;
  private long nanos;
  private TimedFiler filer;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  double milliseconds() {
    return nanos / 1e6;
  }

  /** Of {@link #milliseconds}, the time inside javac's Filer: creating and writing files. */
  double filerMilliseconds() {
    return filer == null ? 0 : filer.milliseconds();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    filer = new TimedFiler(environment.getFiler());
    delegate.init(new TimedFiler.Environment(environment, filer));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    try {
      return delegate.process(annotations, round);
    } finally {
      nanos += System.nanoTime() - start;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
      ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
