package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles real-world shaped sources and returns the Responds findings, after checking that the
 * sources themselves are valid Java (an error of javac's own would hide every finding) and that
 * the processor skipped nothing after an internal error.
 */
final class RealWorld {
  private RealWorld() {}

  static List<String> findingsOf(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertWithMessage("javac: %s", message)
          .that(diagnostic.getKind() == Diagnostic.Kind.ERROR && !message.startsWith("[")).isFalse();
      assertWithMessage("processor: %s", message).that(message.contains("internal error")).isFalse();
    }
    return findings(compilation);
  }
}
