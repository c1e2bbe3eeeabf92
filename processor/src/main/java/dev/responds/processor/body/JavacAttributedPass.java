package dev.responds.processor.body;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.responds.processor.AttributedPass;
import dev.responds.processor.adapter.HandlerScanner;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.TypeModel;
import dev.responds.processor.report.Completion;
import dev.responds.processor.report.DiagnosticPrinter;
import dev.responds.processor.report.Reporter;
import dev.responds.processor.report.StatusMap;
import dev.responds.processor.rules.Rules;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Runs on javac's ANALYZE event, when every invocation in a class is resolved: models the class,
 * adds what each handler's body builds, checks all rules and prints the findings on trees. This is
 * the only entry into {@code com.sun.source}; the processor loads it only when javac is there.
 */
public final class JavacAttributedPass implements AttributedPass, TaskListener {
  private static final int UNWRAP_DEPTH = 4;

  private final ProcessingEnvironment environment;
  private final Trees trees;
  private final HandlerScanner scanner;
  private final Reporter reporter;
  private final StatusMap statusMap;
  private final DeclarationPaths paths;
  private final TreesPrinter printer;
  private final BodyInterpreter interpreter;
  private final Set<String> analysed = new HashSet<>();
  /**
   * Whether javac started attributing classes. It does even after errors of its own (and then
   * stops before ANALYZE finishes), but never under {@code -proc:only}.
   */
  private boolean attributing;
  /** The top-level classes javac entered, in order: checked from their declarations if never analysed. */
  private final Set<String> entered = new LinkedHashSet<>();
  /** The classes javac wrote: all of them, unless the compilation has errors. */
  private final Set<String> generated = new HashSet<>();

  private JavacAttributedPass(ProcessingEnvironment environment, Trees trees,
      HandlerScanner scanner, Reporter reporter, StatusMap statusMap) {
    this.environment = environment;
    this.trees = trees;
    this.scanner = scanner;
    this.reporter = reporter;
    this.statusMap = statusMap;
    this.paths = new DeclarationPaths(trees);
    this.printer = new TreesPrinter(trees, paths, environment.getMessager());
    this.interpreter = new BodyInterpreter(trees, paths, environment, scanner);
  }

  /**
   * Installs the pass on the compiler behind {@code environment}, unwrapping the environments that
   * IntelliJ, Gradle and kapt hand to processors.
   *
   * @throws IllegalArgumentException when the environment is not javac's (Eclipse's compiler)
   */
  public static AttributedPass install(ProcessingEnvironment environment, HandlerScanner scanner,
      Reporter reporter, StatusMap statusMap) {
    ProcessingEnvironment javac = unwrap(environment, 0);
    JavacTask task = JavacTask.instance(javac);
    JavacAttributedPass pass = new JavacAttributedPass(javac, Trees.instance(javac), scanner,
        reporter, statusMap);
    task.addTaskListener(pass);
    return pass;
  }

  private static ProcessingEnvironment unwrap(ProcessingEnvironment environment, int depth) {
    if (depth > UNWRAP_DEPTH || isJavac(environment)) {
      return environment;
    }
    Object holder = Proxy.isProxyClass(environment.getClass())
        ? Proxy.getInvocationHandler(environment) : environment;
    for (Class<?> type = holder.getClass(); type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object delegate = field.get(holder);
          if (delegate instanceof ProcessingEnvironment inner && inner != environment) {
            return unwrap(inner, depth + 1);
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // Not accessible on this runtime: try the next field.
        }
      }
    }
    return environment;
  }

  private static boolean isJavac(ProcessingEnvironment environment) {
    return environment.getClass().getName().startsWith("com.sun.tools.javac.");
  }

  @Override
  public DiagnosticPrinter printer() {
    return printer;
  }

  @Override
  public void started(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ANALYZE) {
      attributing = true;
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ENTER && event.getCompilationUnit() != null) {
      remember(event.getCompilationUnit());
      return;
    }
    if (event.getKind() == TaskEvent.Kind.COMPILATION) {
      finishReport();
      return;
    }
    if (event.getKind() == TaskEvent.Kind.GENERATE && event.getTypeElement() != null) {
      generated.add(event.getTypeElement().getQualifiedName().toString());
      return;
    }
    if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
      return;
    }
    // An exception escaping a TaskListener crashes javac: nothing may leave this method.
    try {
      paths.index(declaration(event.getCompilationUnit(), event.getTypeElement()));
      analyse(event.getTypeElement());
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      StackTraceElement[] trace = e.getStackTrace();
      environment.getMessager().printMessage(Diagnostic.Kind.NOTE,
          "[responds] skipped the body checks of " + event.getTypeElement()
              + " after an internal error (" + e + (trace.length > 0 ? " at " + trace[0] : "")
              + "); please report it");
    } finally {
      paths.clear();
    }
  }

  /** The classes of a compilation unit, by name, in case javac never attributes them. */
  private void remember(CompilationUnitTree unit) {
    try {
      for (Tree declaration : unit.getTypeDecls()) {
        if (trees.getElement(new TreePath(new TreePath(unit), declaration)) instanceof TypeElement type) {
          entered.add(type.getQualifiedName().toString());
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // Only the fallback for -proc:only loses this class.
    }
  }

  /** Every class has been analysed: files that list all findings can be written. */
  private void finishReport() {
    try {
      if (!attributing) {
        checkUnattributed();
      }
      Completion completion = completion();
      reporter.finish(environment.getMessager(), completion);
      statusMap.write(environment.getMessager(), completion);
    } catch (RuntimeException | LinkageError e) {
      environment.getMessager().printMessage(Diagnostic.Kind.NOTE,
          "[responds] could not write its reports after an internal error (" + e + "); please report it");
    }
  }

  private Completion completion() {
    if (!attributing || !analysed.containsAll(entered)) {
      return Completion.STOPPED;
    }
    return generated.containsAll(entered) ? Completion.COMPILED : Completion.FAILED;
  }

  /**
   * javac stopped before attributing any class: {@code -proc:only}, or errors of its own at the
   * end of processing (a processor cannot tell which). The declarations are still checked, and
   * one note says that the bodies were not.
   */
  private void checkUnattributed() {
    boolean handlers = false;
    for (String name : entered) {
      TypeElement type = environment.getElementUtils().getTypeElement(name);
      if (type != null) {
        handlers |= checkDeclarations(type);
      }
    }
    if (handlers) {
      environment.getMessager().printMessage(Diagnostic.Kind.NOTE, "[responds] javac attributed"
          + " no class (-proc:only, or errors above), so method bodies were not checked, only"
          + " declarations");
    }
  }

  /** Reports the declaration findings of {@code type} and its nested classes; whether it has handlers. */
  private boolean checkDeclarations(TypeElement type) {
    reporter.checkSuppressions(type, printer);
    TypeModel model = scanner.scan(type);
    reporter.report(Rules.check(model), printer);
    statusMap.add(model, printer, false);
    boolean handlers = !model.isEmpty();
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      handlers |= checkDeclarations(nested);
    }
    return handlers;
  }

  /** The class's declaration among the unit's top-level types, without searching the whole unit. */
  private TreePath declaration(CompilationUnitTree unit, TypeElement type) {
    if (unit != null) {
      for (Tree declaration : unit.getTypeDecls()) {
        if (!(declaration instanceof ClassTree)) {
          continue;
        }
        TreePath path = new TreePath(new TreePath(unit), declaration);
        if (type.equals(trees.getElement(path))) {
          return path;
        }
      }
    }
    return trees.getPath(type);
  }

  private void analyse(TypeElement type) {
    if (!analysed.add(type.getQualifiedName().toString())) {
      return;
    }
    reporter.checkSuppressions(type, printer);
    TypeModel model = scanner.scan(type);
    Set<ExecutableElement> handlerMethods = new HashSet<>();
    if (!model.isEmpty()) {
      List<Handler> handlers = new ArrayList<>();
      for (Handler handler : model.handlers()) {
        BodyInterpreter.BodyAnswers body = interpreter.answers(handler);
        Handler answered = handler.withAnswers(body.answers(), body.unknown());
        handlers.add(body.alwaysThrows() ? answered.withoutNormalReturn() : answered);
        handlerMethods.add(handler.method());
      }
      TypeModel analysed = new TypeModel(model.type(), handlers, model.typeDeclarations());
      reporter.report(Rules.check(analysed), printer);
      statusMap.add(analysed, printer, true);
    }
    interpreter.prepare(type, handlerMethods);
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      analyse(nested);
    }
  }
}
