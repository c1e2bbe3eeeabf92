package dev.responds.processor.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** One compilation of the benchmark's sources in this JVM, into fresh output directories. */
final class Javac {
  private Javac() {}

  /** Compiles {@code files} under {@code configuration}; returns the wall time in milliseconds. */
  static double compile(Configuration configuration, List<Path> files, Path out, String classPath)
      throws IOException {
    return compile(configuration, configuration.processors(), files, out, classPath);
  }

  static double compile(Configuration configuration, List<? extends javax.annotation.processing.Processor> processors,
      List<Path> files, Path out, String classPath) throws IOException {
    Path classes = clean(out.resolve("classes"));
    Path generated = clean(out.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    // Each compilation starts from a collected heap, not paying for the garbage of the one before.
    System.gc();
    long start = System.nanoTime();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> arguments = new ArrayList<>(configuration.options());
      arguments.addAll(List.of("-d", classes.toString(), "-s", generated.toString(),
          "-cp", classPath, "-implicit:none"));
      StringWriter errors = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(errors, fileManager, null, arguments, null,
          fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(processors);
      if (!task.call()) {
        throw new IllegalStateException("benchmark sources did not compile under "
            + configuration.label() + ": " + errors);
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }

  /** The class files and generated sources the last compilation left, as counts. */
  static long[] outputCounts(Path out) throws IOException {
    return new long[] {count(out.resolve("classes"), ".class"), count(out.resolve("generated"), ".java")};
  }

  /** Lines of the generated sources: all of them, and those that are neither comment nor blank. */
  static long[] generatedLines(Path out) throws IOException {
    long all = 0;
    long code = 0;
    try (var paths = Files.walk(out.resolve("generated"))) {
      for (Path path : paths.filter(path -> path.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(path)) {
          all++;
          String trimmed = line.trim();
          if (!trimmed.isEmpty() && !trimmed.startsWith("*") && !trimmed.startsWith("/*")
              && !trimmed.startsWith("//")) {
            code++;
          }
        }
      }
    }
    return new long[] {all, code};
  }

  private static long count(Path directory, String suffix) throws IOException {
    try (var paths = Files.walk(directory)) {
      return paths.filter(path -> path.toString().endsWith(suffix)).count();
    }
  }

  private static Path clean(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (var paths = Files.walk(directory)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(directory);
  }
}
