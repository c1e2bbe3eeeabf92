package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the body pass shaped as docs/architecture.md describes it: an interpreter core that names
 * no framework, small enough to read, with every API's knowledge in {@code body.api}.
 */
final class BodyPackageShapeTest {
  private static final Path MAIN = Path.of("src/main/java/dev/responds/processor");
  private static final Path BODY = MAIN.resolve("body");
  /** The packages of the frameworks whose responses the recognisers know. */
  private static final Pattern FRAMEWORK_NAME = Pattern.compile(
      "\"(org\\.springframework|jakarta\\.(ws|servlet)|javax\\.(ws|servlet)|io\\.micronaut|io\\.smallrye|org\\.jboss)\\.");

  @Test
  void coreNamesNoFrameworkClass() throws IOException {
    for (Path file : javaFiles(BODY, 1)) {
      assertWithMessage("%s names a framework class: that knowledge belongs in a body.api recogniser", file)
          .that(FRAMEWORK_NAME.matcher(Files.readString(file)).find()).isFalse();
    }
  }

  @Test
  void coreHoldsAtMostTwentyFiles() throws IOException {
    assertThat(javaFiles(BODY, 1).size()).isAtMost(20);
  }

  @Test
  void everyApiHasItsRecogniserListedOnce() throws IOException {
    String listed = Files.readString(BODY.resolve("api/Recognisers.java"));
    for (Path file : javaFiles(BODY.resolve("api"), 1)) {
      String source = Files.readString(file);
      String name = file.getFileName().toString().replace(".java", "");
      if (source.contains(" implements Recogniser")) {
        assertWithMessage("%s is not listed in Recognisers.create", name)
            .that(listed).contains("new " + name + "(");
      }
    }
  }

  @Test
  void noMainSourceFileIsOverFiveHundredLines() throws IOException {
    for (Path file : javaFiles(MAIN, Integer.MAX_VALUE)) {
      assertWithMessage("%s", file).that(Files.readAllLines(file).size()).isAtMost(500);
    }
  }

  private static List<Path> javaFiles(Path directory, int depth) throws IOException {
    try (Stream<Path> files = Files.walk(directory, depth)) {
      List<Path> result = new ArrayList<>();
      files.filter(file -> file.toString().endsWith(".java")).forEach(result::add);
      return result;
    }
  }
}
