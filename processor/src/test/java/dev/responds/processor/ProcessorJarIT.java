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

  private static String jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private Result javac(String className, String source, String... options) throws Exception {
    Path file = work.resolve(className + ".java");
    Files.writeString(file, source);
    String classPath = String.join(java.io.File.pathSeparator, jarOf(Responds.class),
        jarOf(org.springframework.web.bind.annotation.RestController.class),
        jarOf(org.springframework.http.HttpStatus.class), jarOf(org.springframework.core.NestedRuntimeException.class));
    List<String> arguments = new ArrayList<>(List.of(
        "-processorpath", JAR.toString(),
        "-cp", classPath,
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

  private static final String CONTROLLER = """
      import dev.responds.Responds;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      class Books {
        @GetMapping("/books/{id}")
        @Responds(200)
        @Responds(404)
        ResponseEntity<String> get(@PathVariable("id") String id) {
          return id.isEmpty() ? BooksResponses.getNotFound() : BooksResponses.getOk(id);
        }
      }
      """;

  /** Responds claims @Responds and its helpers' @Generated: javac's lint names only the framework's annotations. */
  @Test
  void underLintAllOnlyTheFrameworksAnnotationsAreUnclaimed() throws Exception {
    Result result = javac("Books", CONTROLLER, "-Xlint:all");
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.output()).contains("No processor claimed any of these annotations:");
    assertThat(result.output()).contains("org.springframework.web.bind.annotation.RestController");
    assertThat(result.output()).doesNotContain("dev.responds.Responds");
    assertThat(result.output()).doesNotContain("Generated");
    assertThat(result.output()).contains("1 warning");
  }

  @Test
  void aControllerWithItsHelperCompilesUnderLintAllWithoutProcessingAndWerror() throws Exception {
    Result result = javac("Books", CONTROLLER, "-Xlint:all,-processing", "-Werror");
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
      // The processor that reads every class comes first: the claims after it take nothing from it.
      assertThat(services.lines().toList()).containsExactly("dev.responds.processor.RespondsProcessor",
          "dev.responds.processor.claim.GeneratedHelpersClaim",
          "dev.responds.processor.claim.RespondsClaim").inOrder();
    }
  }
}
