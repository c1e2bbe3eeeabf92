package dev.responds.processor.realworld;

import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;

import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles real-world shaped sources and returns the Responds findings; {@code compile} checks that
 * the sources are valid Java and that the processor skipped nothing after an internal error.
 */
final class RealWorld {
  private RealWorld() {}

  static List<String> findingsOf(JavaFileObject... sources) {
    return findings(compile(sources));
  }
}
