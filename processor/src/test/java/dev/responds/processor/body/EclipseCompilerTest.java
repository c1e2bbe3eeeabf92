package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responds.processor.RespondsProcessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse's compiler offers no javac Trees: the processor still checks declarations, says once
 * that method bodies are not checked, and never crashes.
 */
final class EclipseCompilerTest {
  private static final Pattern SKIPPED = Pattern.compile("method bodies are not checked");
  private static final String AUTHORS = """
      package com.example;

      import org.springframework.web.bind.annotation.*;

      @RestController
      class Authors {
        @GetMapping("/authors")
        String list() { return "[]"; }
      }
      """;

  @Test
  void declarationsAreCheckedAndTheSkippedBodiesAreNamedOnce(@TempDir Path directory) throws IOException {
    Path sources = Files.createDirectories(directory.resolve("src/com/example"));
    Files.writeString(sources.resolve("Books.java"), """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class Books {
          @GetMapping("/books/{id}")
          @Responds(306)
          String get(@PathVariable String id) { return id; }

          @PostMapping("/books")
          ResponseEntity<String> create(@RequestBody String book) {
            return ResponseEntity.status(HttpStatus.CREATED).body(book);
          }
        }
        """);
    Files.writeString(sources.resolve("Authors.java"), AUTHORS);
    StringWriter out = new StringWriter();
    boolean success = compile(directory, out, List.of(), sources.resolve("Books.java"),
        sources.resolve("Authors.java"));

    String output = out.toString();
    assertThat(success).isFalse();
    assertThat(output).contains("ERROR in " + sources.resolve("Books.java") + " (at line 11)");
    assertThat(output).contains("[status-unused]");
    assertThat(output).contains("1 error, 0 warnings");
    assertThat(output).doesNotContain("internal error");
    assertThat(output).doesNotContain("Exception");
    assertThat(count(SKIPPED, output)).isEqualTo(1);
    // Bodies are not interpreted: the 201 without a Location stays unreported here.
    assertThat(output).doesNotContain("[created-location]");
    assertThat(directory.resolve("generated/com/example/BooksResponses.java").toFile().isFile()).isTrue();
  }

  @Test
  void theStatusMapListsWhatTheDeclarationsProveAndSaysTheRestIsUnknown(@TempDir Path directory)
      throws IOException {
    Path sources = Files.createDirectories(directory.resolve("src/com/example"));
    Files.writeString(sources.resolve("Authors.java"), AUTHORS);
    Path statuses = directory.resolve("statuses.json");
    boolean success = compile(directory, new StringWriter(), List.of("-Aresponds.statuses=" + statuses),
        sources.resolve("Authors.java"));

    assertThat(success).isTrue();
    JsonNode endpoint = new ObjectMapper().readTree(statuses.toFile()).get("endpoints").get(0);
    assertThat(endpoint.get("method").asText()).isEqualTo("list()");
    assertThat(endpoint.get("answered").get(0).get("status").asInt()).isEqualTo(200);
    assertThat(endpoint.get("unknown").asBoolean()).isTrue();
  }

  /** Runs Eclipse's batch compiler with the processor, printing everything on {@code out}. */
  private static boolean compile(Path directory, StringWriter out, List<String> options,
      Path... sources) throws IOException {
    String classPath = testClassPath();
    List<String> arguments = new ArrayList<>(List.of("-17", "-proc:only",
        "-processor", RespondsProcessor.class.getName(),
        "-processorpath", classPath,
        "-classpath", classPath,
        "-d", directory.resolve("out").toString(),
        // Without -s, Eclipse's compiler writes generated sources to the working directory.
        "-s", Files.createDirectories(directory.resolve("generated")).toString()));
    arguments.addAll(options);
    for (Path source : sources) {
      arguments.add(source.toString());
    }
    PrintWriter printer = new PrintWriter(out);
    return BatchCompiler.compile(arguments.toArray(String[]::new), printer, printer, null);
  }

  /** The test class path as Surefire knows it (its own JVM may only see a manifest jar). */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }

}
