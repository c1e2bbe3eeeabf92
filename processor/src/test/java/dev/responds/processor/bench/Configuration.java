package dev.responds.processor.bench;

import dev.responds.processor.RespondsProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** The four builds compared: javac alone, any processor at all, Responds' checks, and everything. */
enum Configuration {
  PROC_NONE("-proc:none", List.of("-proc:none")),
  IDLE("do-nothing processor", List.of()),
  CHECKS("checks only", List.of("-Aresponds.helpers=false")),
  ALL("checks + helpers", List.of()),
  ONE_FILE("do-nothing + 1 generated class", List.of());

  private final String label;
  private final List<String> options;

  Configuration(String label, List<String> options) {
    this.label = label;
    this.options = options;
  }

  String label() {
    return label;
  }

  List<String> options() {
    return options;
  }

  List<Processor> processors() {
    return switch (this) {
      case PROC_NONE -> List.of();
      case IDLE -> List.of(new IdleProcessor());
      case ONE_FILE -> List.of(new OneFileProcessor());
      case CHECKS, ALL -> List.of(new RespondsProcessor());
    };
  }

  /**
   * What any processor costs: javac's annotation processing rounds, with no work done in them.
   * Public, so that javac could also load it by name.
   */
  @SupportedAnnotationTypes("*")
  public static final class IdleProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }

  /** The floor of any processor that generates code: one empty class, hence one more round. */
  @SupportedAnnotationTypes("*")
  public static final class OneFileProcessor extends AbstractProcessor {
    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("bench.Generated").openWriter()) {
          writer.write("package bench;\n\nfinal class Generated {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
