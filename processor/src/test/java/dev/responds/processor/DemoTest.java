package dev.responds.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The README's one-minute demo prints exactly the findings its output block shows. */
final class DemoTest {
  private static final Path DEMO = Path.of("..", "examples", "demo", "src", "main", "java", "com", "example", "demo");

  @Test
  void theDemoWarnsAboutItsFiveMistakesAndCompiles() throws IOException {
    Compilation compilation = compileDemo();
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(findings(compilation)).containsExactly(
        "WARNING ProductController.java:45 [created-location]",
        "WARNING ProductController.java:50 [body-forbidden]",
        "WARNING ProductController.java:54 [ok-without-body]",
        "WARNING ProductController.java:61 [retry-after]",
        "WARNING ProductController.java:69 [challenge-required]").inOrder();
  }

  @Test
  void theReadmeShowsTheSameFindings() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher shown = Pattern.compile("\\[WARNING\\] \\.\\.\\./demo/(\\w+\\.java):\\[(\\d+),\\d+\\] \\[([a-z-]+)\\]")
        .matcher(readme);
    List<String> readmeFindings = shown.results()
        .map(match -> "WARNING " + match.group(1) + ":" + match.group(2) + " [" + match.group(3) + "]")
        .toList();
    assertThat(readmeFindings).containsExactlyElementsIn(findings(compileDemo())).inOrder();
  }

  /** Maven compiles nothing when no source changed, and then prints no finding: the demo cleans first. */
  @Test
  void everyRunOfTheDemoCompilesAfresh() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Path.of("..", "examples", "demo", "pom.xml").toFile());
    XPath xpath = XPathFactory.newInstance().newXPath();
    assertThat(xpath.evaluate("/project/build/plugins/plugin[artifactId='maven-clean-plugin']"
        + "/executions/execution[phase='initialize']/goals/goal", pom)).isEqualTo("clean");
  }

  /** As examples/demo/pom.xml compiles it. */
  private static Compilation compileDemo() throws IOException {
    return compile(List.of("-Aresponds.severity=all:warning"),
        demoSource("Product"), demoSource("ProductController"), demoSource("Demo"));
  }

  private static JavaFileObject demoSource(String simpleName) throws IOException {
    return source("com.example.demo." + simpleName, Files.readString(DEMO.resolve(simpleName + ".java")));
  }
}
