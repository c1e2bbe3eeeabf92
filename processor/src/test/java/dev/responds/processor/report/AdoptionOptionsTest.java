package dev.responds.processor.report;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turning Responds on in an existing codebase: every rule at once, and a baseline of what is there. */
final class AdoptionOptionsTest {

  /** An order service as teams have it before Responds: a created order without Location, a throttled 429. */
  private static JavaFileObject orders(String extraHandlers) {
    return source("com.example.orders.OrderController", """
        package com.example.orders;

        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/orders")
        public class OrderController {
          record Order(String id, String item) {}

          private final Map<String, Order> orders = new ConcurrentHashMap<>();
        %s
          @PostMapping
          public ResponseEntity<Order> place(@RequestBody Order order) {
            orders.put(order.id(), order);
            return ResponseEntity.status(HttpStatus.CREATED).body(order);
          }

          @GetMapping("/export")
          @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
          public String export() {
            return "try later";
          }
        }
        """.formatted(extraHandlers));
  }

  private static final String NEW_MISTAKE = """

          @DeleteMapping("/{id}")
          public ResponseEntity<Order> cancel(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).body(orders.remove(id));
          }
        """;

  @Test
  void byDefaultTheMissingLocationIsAnErrorAndRetryAfterAWarning() {
    assertThat(findings(compile(orders("")))).containsExactly(
        "ERROR OrderController.java:19 [created-location]",
        "WARNING OrderController.java:23 [retry-after]");
  }

  @Test
  void allSetsEveryRule() {
    Compilation compilation = compile(List.of("-Aresponds.severity=all:warning"), orders(""));
    assertThat(findings(compilation)).containsExactly(
        "WARNING OrderController.java:19 [created-location]",
        "WARNING OrderController.java:23 [retry-after]");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(findings(compile(List.of("-Aresponds.severity=all:off"), orders("")))).isEmpty();
  }

  @Test
  void laterEntriesOverrideAll() {
    assertThat(findings(compile(List.of("-Aresponds.severity=all:warning,retry-after:error"), orders(""))))
        .containsExactly(
            "WARNING OrderController.java:19 [created-location]",
            "ERROR OrderController.java:23 [retry-after]");
    assertThat(findings(compile(List.of("-Aresponds.severity=retry-after:off,all:error"), orders(""))))
        .containsExactly(
            "ERROR OrderController.java:19 [created-location]",
            "ERROR OrderController.java:23 [retry-after]");
  }

  @Test
  void allWithoutALevelIsAnError() {
    Compilation compilation = compile(List.of("-Aresponds.severity=all"), orders(""));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    CompilationSubject.assertThat(compilation).hadErrorContaining(
        "-Aresponds.severity wants <rule-id>:<off|warning|error>, not 'all'");
  }

  @Test
  void writingABaselineRecordsEveryFindingInsteadOfReportingIt(@TempDir Path directory) throws IOException {
    Path baseline = directory.resolve("config/responds-baseline.txt");
    Compilation compilation = compile(List.of("-Aresponds.baseline.write=" + baseline), orders(""));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.errors()).isEmpty();
    assertThat(compilation.warnings()).isEmpty();
    assertThat(notes(compilation)).contains("[responds] wrote 2 baseline entries for 2 findings to "
        + baseline + "; build with -Aresponds.baseline=" + baseline + " to report only new findings");
    assertThat(Files.readAllLines(baseline)).containsExactly(
        "# Responds baseline: findings accepted when it was written. With -Aresponds.baseline=<this file>",
        "# only findings not listed here are reported. One finding a line: rule, class, method, status.",
        "created-location\tcom.example.orders.OrderController\tplace\t201",
        "retry-after\tcom.example.orders.OrderController\texport\t429").inOrder();
  }

  @Test
  void aBaselineHidesKnownFindingsWhereverTheyMoveAndReportsNewOnes(@TempDir Path directory) {
    Path baseline = directory.resolve("responds-baseline.txt");
    compile(List.of("-Aresponds.baseline.write=" + baseline), orders(""));

    // The one note says how many findings the baseline hid.
    assertThat(findings(compile(List.of("-Aresponds.baseline=" + baseline), orders(""))))
        .containsExactly("NOTE ?:-1 [responds]");
    // A new handler above the known findings moves them down; only its own mistake is new.
    assertThat(findings(compile(List.of("-Aresponds.baseline=" + baseline), orders(NEW_MISTAKE))))
        .containsExactly("ERROR OrderController.java:18 [body-forbidden]", "NOTE ?:-1 [responds]");
  }

  @Test
  void theBaselineWorksTogetherWithSeverities(@TempDir Path directory) throws IOException {
    Path baseline = directory.resolve("responds-baseline.txt");
    Files.writeString(baseline, "retry-after\tcom.example.orders.OrderController\texport\t429\n");
    assertThat(findings(compile(
        List.of("-Aresponds.baseline=" + baseline, "-Aresponds.severity=all:warning"), orders(""))))
        .containsExactly("WARNING OrderController.java:19 [created-location]", "NOTE ?:-1 [responds]");
  }

  @Test
  void aMissingBaselineIsAnError(@TempDir Path directory) {
    Path missing = directory.resolve("nowhere.txt");
    Compilation compilation = compile(List.of("-Aresponds.baseline=" + missing), orders(""));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    CompilationSubject.assertThat(compilation).hadErrorContaining("[responds] the baseline "
        + missing.toAbsolutePath() + " does not exist: write it once with -Aresponds.baseline.write=" + missing);
  }

  private static List<String> notes(Compilation compilation) {
    return compilation.notes().stream().map(note -> note.getMessage(Locale.ROOT)).toList();
  }
}
