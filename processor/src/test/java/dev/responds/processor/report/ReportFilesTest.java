package dev.responds.processor.report;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.compileWithJavacErrors;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline and SARIF files a team commits or uploads: written only from a build that checked
 * every class, whole or not at all, never over each other, and read with a clear word when broken.
 */
final class ReportFilesTest {
  private static final String COMMITTED = """
      # Responds baseline: findings accepted when it was written. With -Aresponds.baseline=<this file>
      # only findings not listed here are reported. One finding a line: rule, class, method, status.
      created-location\tcom.example.orders.OrderController\tplace\t201
      retry-after\tcom.example.orders.OrderController\texport\t429
      """;

  /** A 201 without Location on line 13, a 429 without Retry-After declared on line 18. */
  private static final JavaFileObject ORDERS = source("com.example.orders.OrderController", """
      package com.example.orders;

      import org.springframework.http.HttpStatus;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      @RequestMapping("/orders")
      public class OrderController {
        record Order(String id, String item) {}

        @PostMapping
        public ResponseEntity<Order> place(@RequestBody Order order) {
          return ResponseEntity.status(HttpStatus.CREATED).body(order);
        }

        @GetMapping("/export")
        @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
        public String export() {
          return "try later";
        }
      }
      """);

  /** Another file of the same build that does not compile: a type nobody declared. */
  private static final JavaFileObject BROKEN = source("com.example.orders.Invoices", """
      package com.example.orders;

      class Invoices {
        InvoiceRepository repository;
      }
      """);

  /** A file that compiles with a deprecation warning, which {@code -Werror} makes fatal. */
  private static final JavaFileObject DEPRECATED_USE = source("com.example.orders.Legacy", """
      package com.example.orders;

      class Legacy {
        @Deprecated static void old() {}
      }

      class Caller {
        static void call() { Legacy.old(); }
      }
      """);

  @Test
  void aBuildThatFailsBeforeTheBodiesKeepsTheCommittedBaseline(@TempDir Path directory) throws IOException {
    assertBaselineKept(directory, List.of(), "javac stopped before Responds checked every method body"
        + " (-proc:only, or the errors above)", ORDERS, BROKEN);
  }

  @Test
  void aBuildThatFailsUnderWerrorKeepsTheCommittedBaseline(@TempDir Path directory) throws IOException {
    assertBaselineKept(directory, List.of("-Werror"), "the compilation has errors (with -Werror,"
        + " warnings count too), which may hide findings", ORDERS, DEPRECATED_USE);
  }

  private static void assertBaselineKept(Path directory, List<String> options, String reason,
      JavaFileObject... sources) throws IOException {
    Path baseline = committedBaseline(directory);
    List<String> all = new ArrayList<>(options);
    all.add("-Aresponds.baseline.write=" + baseline);
    Compilation compilation = compileWithJavacErrors(all, sources);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(Files.readString(baseline)).isEqualTo(COMMITTED);
    assertThat(messages(compilation, Diagnostic.Kind.WARNING)).contains("[responds] did not write the baseline "
        + baseline + ", which stays as it was: " + reason);
  }

  @Test
  void procOnlyAndRejectedOptionsKeepTheCommittedBaseline(@TempDir Path directory) throws IOException {
    Path baseline = committedBaseline(directory);
    compile(List.of("-Aresponds.baseline.write=" + baseline, "-proc:only"), ORDERS);
    assertThat(Files.readString(baseline)).isEqualTo(COMMITTED);

    Compilation rejected = compile(List.of("-Aresponds.baseline.write=" + baseline,
        "-Aresponds.severity=created-locaton:warning"), ORDERS);
    assertThat(rejected.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(Files.readString(baseline)).isEqualTo(COMMITTED);
  }

  @Test
  void aFailedBuildDoesNotEmptyTheSarifReport(@TempDir Path directory) throws IOException {
    Path sarif = directory.resolve("responds.sarif");
    compile(List.of("-Aresponds.sarif=" + sarif), ORDERS);
    String complete = Files.readString(sarif);
    assertThat(complete).contains("created-location");

    Compilation failed = compileWithJavacErrors(List.of("-Aresponds.sarif=" + sarif), ORDERS, BROKEN);
    assertThat(failed.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(Files.readString(sarif)).isEqualTo(complete);
  }

  @Test
  void aBuildStoppedBeforeTheBodiesKeepsTheStatusMap(@TempDir Path directory) throws IOException {
    Path map = directory.resolve("statuses.json");
    compile(List.of("-Aresponds.statuses=" + map), ORDERS);
    String complete = Files.readString(map);
    assertThat(complete).contains("com.example.orders");

    Compilation failed = compileWithJavacErrors(List.of("-Aresponds.statuses=" + map), ORDERS, BROKEN);
    assertThat(failed.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(Files.readString(map)).isEqualTo(complete);
    assertThat(messages(failed, Diagnostic.Kind.WARNING)).contains("[responds] did not write the status map "
        + map + ", which stays as it was: javac stopped before Responds checked every method body"
        + " (-proc:only, or the errors above)");
  }

  @Test
  void twoOptionsOnOneFileAreRefusedAndTheFileKept(@TempDir Path directory) throws IOException {
    Path baseline = committedBaseline(directory);
    Compilation readAndWrite = compile(List.of("-Aresponds.baseline=" + baseline,
        "-Aresponds.baseline.write=" + directory.resolve(".").resolve("responds-baseline.txt")), ORDERS);
    assertThat(readAndWrite.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(messages(readAndWrite, Diagnostic.Kind.ERROR)).containsExactly("[responds] -Aresponds.baseline"
        + " and -Aresponds.baseline.write name the same file, " + baseline + ", and one would overwrite the"
        + " other: give each its own file (to record a baseline again, build once with"
        + " -Aresponds.baseline.write in place of -Aresponds.baseline)");
    assertThat(messages(readAndWrite, Diagnostic.Kind.NOTE)).containsExactly(
        "[responds] nothing was checked: javac stops at the option errors above");

    Compilation sarifOverBaseline = compile(List.of("-Aresponds.baseline=" + baseline,
        "-Aresponds.sarif=" + baseline), ORDERS);
    assertThat(messages(sarifOverBaseline, Diagnostic.Kind.ERROR)).containsExactly("[responds]"
        + " -Aresponds.baseline and -Aresponds.sarif name the same file, " + baseline + ", and one would"
        + " overwrite the other: give each its own file");
    assertThat(Files.readString(baseline)).isEqualTo(COMMITTED);
  }

  @Test
  void recordingAgainReplacesTheBaselineWholeAndLeavesNothingBeside(@TempDir Path directory) throws IOException {
    Path baseline = directory.resolve("responds-baseline.txt");
    Files.writeString(baseline, COMMITTED + "body-forbidden\tcom.example.orders.OrderController\tcancel\t204\n");
    Compilation compilation = compile(List.of("-Aresponds.baseline.write=" + baseline), ORDERS);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(Files.readString(baseline)).isEqualTo(COMMITTED);
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.toList()).containsExactly(baseline);
    }
  }

  @Test
  void readingABaselineSaysHowManyFindingsItHidAndHowManyEntriesAreStale(@TempDir Path directory)
      throws IOException {
    Path baseline = directory.resolve("responds-baseline.txt");
    Files.writeString(baseline, COMMITTED + "body-forbidden\tcom.example.orders.OrderController\tcancel\t204\n");
    Compilation compilation = compile(List.of("-Aresponds.baseline=" + baseline), ORDERS);

    assertThat(findings(compilation)).containsExactly("NOTE ?:-1 [responds]");
    assertThat(messages(compilation, Diagnostic.Kind.NOTE)).containsExactly("[responds] the baseline " + baseline
        + " hid 2 findings; 1 entry of its 3 matched none (fixed since, or in classes this build did not"
        + " compile): record the baseline again to drop them");
  }

  @Test
  void aByteOrderMarkAndTabsTurnedToSpacesStillMatch(@TempDir Path directory) throws IOException {
    Path baseline = directory.resolve("responds-baseline.txt");
    Files.writeString(baseline, "\uFEFF" + COMMITTED.replace("\t", "    "));
    Compilation compilation = compile(List.of("-Aresponds.baseline=" + baseline), ORDERS);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(messages(compilation, Diagnostic.Kind.NOTE)).containsExactly("[responds] the baseline " + baseline
        + " hid 2 findings; each of its entries still matches one");
  }

  @Test
  void aGarbageLineIsAnErrorNamingIt(@TempDir Path directory) throws IOException {
    Path baseline = directory.resolve("responds-baseline.txt");
    Files.writeString(baseline, COMMITTED + "<<<<<<< HEAD\n");
    Compilation compilation = compile(List.of("-Aresponds.baseline=" + baseline), ORDERS);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly("[responds] the baseline "
        + baseline + ", line 5 '<<<<<<< HEAD', is not an entry: one finding a line, its rule id, class,"
        + " method (empty for a class) and status separated by tabs, as in"
        + " 'created-location\tcom.example.Books\tcreate\t201'");
  }

  @Test
  void aBaselineThatIsNotUtf8GetsAReason(@TempDir Path directory) throws IOException {
    Path baseline = directory.resolve("responds-baseline.txt");
    Files.write(baseline, (COMMITTED + "retry-after\tcom.example.Caf\u00e9\tmenu\t503\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    Compilation compilation = compile(List.of("-Aresponds.baseline=" + baseline), ORDERS);
    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly("[responds] the baseline "
        + baseline + " is not UTF-8 text (line 5): save it as UTF-8, or write it again");
  }

  @Test
  void aDirectoryOrADeviceIsRefusedAtOnce(@TempDir Path directory) {
    Compilation readingADirectory = compile(List.of("-Aresponds.baseline=" + directory), ORDERS);
    assertThat(messages(readingADirectory, Diagnostic.Kind.ERROR)).containsExactly("[responds] the baseline "
        + directory + " is a directory: name the file that -Aresponds.baseline.write wrote");

    Compilation writingADirectory = compile(List.of("-Aresponds.sarif=" + directory), ORDERS);
    assertThat(messages(writingADirectory, Diagnostic.Kind.ERROR)).containsExactly("[responds]"
        + " -Aresponds.sarif=" + directory + " names a file that cannot be written: " + directory
        + " is a directory");

    Path zeros = Path.of("/dev/zero");
    assumeTrue(Files.exists(zeros));
    Compilation readingADevice = compile(List.of("-Aresponds.baseline=" + zeros), ORDERS);
    assertThat(messages(readingADevice, Diagnostic.Kind.ERROR)).containsExactly("[responds] the baseline"
        + " /dev/zero is not a regular file (a FIFO or a device?): name the file that"
        + " -Aresponds.baseline.write wrote");
  }

  @Test
  void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path directory) throws Exception {
    Path fifo = directory.resolve("responds-baseline.txt");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo));
    Compilation compilation = compile(List.of("-Aresponds.baseline=" + fifo), ORDERS);
    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly("[responds] the baseline " + fifo
        + " is not a regular file (a FIFO or a device?): name the file that -Aresponds.baseline.write wrote");
  }

  private static Path committedBaseline(Path directory) throws IOException {
    Path baseline = directory.resolve("responds-baseline.txt");
    Files.writeString(baseline, COMMITTED);
    return baseline;
  }

  private static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (diagnostic.getKind() == kind && message.startsWith("[responds]")) {
        messages.add(message);
      }
    }
    return messages;
  }
}
