package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;

import dev.responds.processor.RespondsProcessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Files.writeString(sources.resolve("Authors.java"), """
        package com.example;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class Authors {
          @GetMapping("/authors")
          String list() { return "[]"; }
        }
        """);
    String classPath = testClassPath();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    boolean success = BatchCompiler.compile(new String[] {
        "-17", "-proc:only",
        "-processor", RespondsProcessor.class.getName(),
        "-processorpath", classPath,
        "-classpath", classPath,
        "-d", directory.resolve("out").toString(),
        // Without -s, Eclipse's compiler writes generated sources to the working directory.
        "-s", Files.createDirectories(directory.resolve("generated")).toString(),
        sources.resolve("Books.java").toString(),
        sources.resolve("Authors.java").toString(),
    }, new PrintWriter(out), new PrintWriter(err), null);

    String output = out + "\n" + err;
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
