package dev.responds.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The user project that the Invoker build test compiles ({@code src/it/orders-service}) is set up
 * exactly as the README's Maven snippet says: every line of the snippet, in order, with the
 * project's version. It may add what the snippet leaves to the user (plugin versions, its code).
 */
final class ReadmeSnippetTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path USER_POM = Path.of("src", "it", "orders-service", "pom.xml");

  @Test
  void theUserProjectFollowsTheReadmesMavenSnippetLineByLine() throws IOException {
    String version = projectVersion();
    List<String> pom = strippedLines(Files.readString(USER_POM).replace("@project.version@", version));
    int at = 0;
    for (String line : strippedLines(mavenSnippet())) {
      if (line.equals("...")) {
        continue;
      }
      int found = pom.subList(at, pom.size()).indexOf(line);
      assertWithMessage("README line '%s' in %s after line %s", line, USER_POM, at).that(found).isAtLeast(0);
      at += found + 1;
    }
  }

  @Test
  void theReadmeNamesTheVersionThisBuildMakes() throws IOException {
    String readme = Files.readString(README);
    assertThat(mavenSnippet()).contains("<version>" + projectVersion() + "</version>");
    assertThat(readme).contains("compileOnly(\"dev.responds:responds-annotations:" + projectVersion() + "\")");
    assertThat(readme).contains("annotationProcessor(\"dev.responds:responds-processor:" + projectVersion() + "\")");
  }

  /** From JDK 23 on a processor on the class path is silently ignored: the fix sits next to the snippet. */
  @Test
  void theMavenSnippetIsFollowedByWhatToDoWhenJdk23SaysNothing() throws IOException {
    Matcher after = Pattern.compile("### Maven\\s+```xml\\n.*?```(.*?)### Gradle", Pattern.DOTALL)
        .matcher(Files.readString(README));
    assertThat(after.find()).isTrue();
    assertThat(after.group(1)).contains("No finding at all on JDK 23 or later?");
    assertThat(after.group(1)).contains("Symptom:");
    assertThat(after.group(1)).contains("Cause:");
    assertThat(after.group(1)).contains("Fix: list it\nunder `annotationProcessorPaths`");
    assertThat(after.group(1)).contains("-proc:full");
  }

  /** What the checks cost is quoted as docs/performance.md measured it, not as a profile estimate. */
  @Test
  void theCostOfTheChecksIsTheMeasuredRange() throws IOException {
    String measured = Files.readString(Path.of("..", "docs", "performance.md"));
    assertThat(measured).contains("0.98x wall time");
    assertThat(measured).contains("gave 1.16x in CPU time");
    for (Path claim : List.of(README, Path.of("..", "CHANGELOG.md"))) {
      String text = Files.readString(claim).replaceAll("\\s+", " ");
      assertWithMessage("%s", claim).that(text).contains("0.98x to 1.16x");
      assertWithMessage("%s", claim).that(text).doesNotContainMatch("about 7% (over|to)");
    }
  }

  private static String mavenSnippet() throws IOException {
    Matcher snippet = Pattern.compile("### Maven\\s+```xml\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(README));
    assertThat(snippet.find()).isTrue();
    return snippet.group(1);
  }

  /** The version of the parent POM, which every module shares. */
  private static String projectVersion() throws IOException {
    Matcher version = Pattern.compile("<artifactId>responds-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("..", "pom.xml")));
    assertThat(version.find()).isTrue();
    return version.group(1);
  }

  private static List<String> strippedLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }
}
