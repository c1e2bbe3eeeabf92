package dev.responds.processor;

import com.google.auto.service.AutoService;
import dev.responds.Responds;
import dev.responds.processor.adapter.HandlerScanner;
import dev.responds.processor.generate.HelperGenerator;
import dev.responds.processor.model.TypeModel;
import dev.responds.processor.report.Completion;
import dev.responds.processor.report.MessagerPrinter;
import dev.responds.processor.report.Reporter;
import dev.responds.processor.report.StatusMap;
import dev.responds.processor.rules.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * The Responds annotation processor: models the Spring MVC and JAX-RS handlers of each class,
 * checks them against the rule catalogue, and generates typed response helpers.
 *
 * <p>It reads every class (handlers need no {@code @Responds} to be checked), so it supports
 * {@code "*"}. It claims a round's annotations only when they are all {@code @Responds}: then no
 * other processor has anything to see, and {@code -Xlint:processing} has nothing to warn about.
 * Claiming any wider would hide other annotations from the processors after it.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes("*")
public final class RespondsProcessor extends AbstractProcessor {
  static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";
  static final String GRADLE_ISOLATING = "org.gradle.annotation.processing.isolating";

  private Options options;
  private Reporter reporter;
  private StatusMap statusMap;
  private HandlerScanner scanner;
  private HelperGenerator generator;
  /** The classes of the current round modelled so far; emptied when the round ends. */
  private final Map<TypeElement, TypeModel> models = new HashMap<>();
  /** The pass over attributed trees, or null where the compiler offers none. */
  private AttributedPass attributedPass;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * The {@code -A} options, and Gradle's incremental kind ({@code dynamic} in
   * {@code META-INF/gradle/incremental.annotation.processors}): aggregating while helpers are
   * generated, since a 405's Allow value reads what other classes map on its path; isolating
   * with {@code -Aresponds.helpers=false}, when nothing is generated. Gradle asks after
   * {@link #init}; before it, the safe answer is aggregating.
   */
  @Override
  public Set<String> getSupportedOptions() {
    Set<String> supported = new TreeSet<>(Options.NAMES);
    supported.add(options != null && !options.generateHelpers()
        ? GRADLE_ISOLATING : GRADLE_AGGREGATING);
    return supported;
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    options = Options.parse(environment.getOptions());
    for (String problem : options.problems()) {
      environment.getMessager().printMessage(Diagnostic.Kind.ERROR, "[responds] " + problem);
    }
    if (!options.problems().isEmpty()) {
      environment.getMessager().printMessage(Diagnostic.Kind.NOTE,
          "[responds] nothing was checked: javac stops at the option errors above");
      return;
    }
    reporter = new Reporter(options.reporting());
    statusMap = new StatusMap(options.statusMap());
    scanner = new HandlerScanner(environment.getElementUtils(), environment.getTypeUtils());
    generator = new HelperGenerator(environment);
    attributedPass = installAttributedPass(environment);
  }

  private AttributedPass installAttributedPass(ProcessingEnvironment environment) {
    try {
      return dev.responds.processor.body.JavacAttributedPass.install(environment, scanner, reporter,
          statusMap);
    } catch (IllegalArgumentException | LinkageError | ClassCastException e) {
      environment.getMessager().printMessage(Diagnostic.Kind.NOTE, "[responds] method bodies are"
          + " not checked: this compiler (" + environment.getClass().getName() + ") offers no"
          + " javac Trees API; the declarations are still checked");
      return null;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    // With the attributed pass, the rounds only generate helpers: the pass models every class
    // once, after the last round. Models are never kept from a round: javac enters the sources
    // anew for the next one, with new method elements.
    if (!options.problems().isEmpty()) {
      return false;
    }
    scanner.startRound();
    if (attributedPass == null || options.generateHelpers()) {
      List<TypeElement> types = new ArrayList<>();
      ElementFilter.typesIn(round.getRootElements()).forEach(type -> addWithNested(type, types));
      models.clear();
      generator.startRound(() -> modelsOf(types));
      Map<TypeElement, Boolean> respondsByType = new HashMap<>();
      for (TypeElement type : types) {
        processType(type, respondsByType);
      }
      models.clear();
    }
    if (round.processingOver() && attributedPass == null) {
      Completion completion = round.errorRaised() ? Completion.FAILED : Completion.COMPILED;
      reporter.finish(processingEnv.getMessager(), completion);
      statusMap.write(processingEnv.getMessager(), completion);
    }
    return !annotations.isEmpty() && annotations.stream().allMatch(RespondsProcessor::isResponds);
  }

  private static boolean isResponds(TypeElement annotation) {
    return annotation.getQualifiedName().contentEquals(Responds.class.getCanonicalName())
        || annotation.getQualifiedName().contentEquals(Responds.List.class.getCanonicalName());
  }

  private void processType(TypeElement type, Map<TypeElement, Boolean> respondsByType) {
    try {
      if (attributedPass == null || scanner.mayDeclareResponds(type, respondsByType)) {
        modelType(type);
      }
      if (attributedPass == null) {
        reporter.checkSuppressions(type, new MessagerPrinter(processingEnv.getMessager()));
      }
    } catch (RuntimeException | LinkageError e) {
      reportInternalError(type, e);
    }
  }

  private static void addWithNested(TypeElement type, List<TypeElement> types) {
    types.add(type);
    ElementFilter.typesIn(type.getEnclosedElements()).forEach(nested -> addWithNested(nested, types));
  }

  /** The models of a round's classes, for helpers that read other classes (a 405's Allow). */
  private List<TypeModel> modelsOf(List<TypeElement> types) {
    List<TypeModel> result = new ArrayList<>();
    for (TypeElement type : types) {
      try {
        result.add(model(type));
      } catch (RuntimeException | LinkageError e) {
        // Left out of the Allow values; if the class may get a helper, processType notes it.
      }
    }
    return result;
  }

  private TypeModel model(TypeElement type) {
    return models.computeIfAbsent(type, scanner::scan);
  }

  private void modelType(TypeElement type) {
    TypeModel model = model(type);
    if (options.generateHelpers()) {
      generator.generate(model);
    }
    if (!model.isEmpty() && attributedPass == null) {
      // Without the attributed pass this is the only chance to report; with it, the pass
      // reports declarations and bodies together, since errors here would stop javac before
      // it ever attributes the bodies.
      MessagerPrinter printer = new MessagerPrinter(processingEnv.getMessager());
      reporter.report(Rules.check(model), printer);
      statusMap.add(model, printer, false);
    }
  }

  /** An internal failure is a note on the class it concerns, never a javac crash. */
  private void reportInternalError(Element element, Throwable error) {
    StackTraceElement[] trace = error.getStackTrace();
    processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
        "[responds] skipped " + element + " after an internal error (" + error
            + (trace.length > 0 ? " at " + trace[0] : "") + "); please report it", element);
  }
}
