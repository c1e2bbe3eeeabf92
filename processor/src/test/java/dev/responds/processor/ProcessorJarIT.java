package dev.responds.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.responds.Responds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged processor jar, alone on the processor path, as a user's build runs it. */
final class ProcessorJarIT {
  private static final Path JAR = Path.of(System.getProperty("responds.processor.jar"));

  @TempDir Path work;

  private record Result(int exitCode, String output) {}

  private Result javac(String className, String source, String... options) throws Exception {
    Path file = work.resolve(className + ".java");
    Files.writeString(file, source);
    Path annotations = Path.of(Responds.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> arguments = new ArrayList<>(List.of(
        "-processorpath", JAR.toString(),
        "-cp", annotations.toString(),
        "-d", Files.createDirectories(work.resolve("classes")).toString()));
    arguments.addAll(List.of(options));
    arguments.add(file.toString());
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
    int exitCode = compiler.run(null, stream, stream, arguments.toArray(String[]::new));
    return new Result(exitCode, output.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theJarAloneRejectsAnUnusedCode() throws Exception {
    Result result = javac("Books", """
        import dev.responds.Responds;

        class Books {
          @Responds(306)
          String get() { return ""; }
        }
        """);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output()).contains("Books.java:4: error: [status-unused]");
  }

  @Test
  void aCleanClassCompilesUnderLintAllAndWerror() throws Exception {
    Result result = javac("Clean", """
        import dev.responds.Responds;

        @Responds(200)
        class Clean {}
        """, "-Xlint:all", "-Werror");
    assertThat(result.output()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(0);
  }

  @Test
  void dependenciesAreShadedAndRelocated() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> entries = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
      assertThat(entries).contains("META-INF/services/javax.annotation.processing.Processor");
      assertThat(entries).contains("dev/responds/StatusCode.class");
      assertThat(entries.stream().anyMatch(e -> e.startsWith("dev/responds/processor/internal/javapoet/")))
          .isTrue();
      assertThat(entries.stream().anyMatch(e -> e.startsWith("com/palantir/"))).isFalse();
      assertThat(entries.stream().anyMatch(e -> e.startsWith("META-INF/maven/"))).isFalse();
      String services = new String(
          jar.getInputStream(jar.getEntry("META-INF/services/javax.annotation.processing.Processor"))
              .readAllBytes(), StandardCharsets.UTF_8);
      assertThat(services).contains("dev.responds.processor.RespondsProcessor");
    }
  }
}
