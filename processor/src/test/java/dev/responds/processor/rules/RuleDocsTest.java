package dev.responds.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.testing.compile.Compilation;
import dev.responds.processor.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps {@code docs/rules/} in step with the rules: every rule has a page whose metadata line is
 * the rule's {@link RuleInfo}, and whose two examples, compiled with the real processor, trigger
 * exactly that rule and then nothing at all (a rule that is off by default, once turned on).
 */
final class RuleDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "rules");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
      "(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
  private static final Pattern FINDING_ID = Pattern.compile("\\[([a-z-]+)\\]$");

  @TestFactory
  Stream<DynamicTest> everyRuleHasAPageWhoseExamplesCompileAsDocumented() {
    return Rules.all().stream().flatMap(rule -> Stream.of(
        dynamicTest(rule.id() + ": page and metadata", () -> pageMatchesMetadata(rule)),
        dynamicTest(rule.id() + ": Triggers example", () -> triggersOnlyThisRule(rule)),
        dynamicTest(rule.id() + ": Fix example", () -> fixIsSilent(rule))));
  }

  @Test
  void theIndexListsEveryRuleAndTheReadmeLinksIt() throws IOException {
    String index = Files.readString(DOCS.resolve("README.md"));
    for (Rule rule : Rules.all()) {
      String row = "| [`" + rule.id() + "`](" + rule.id() + ".md) | " + severity(rule) + " | "
          + rule.summary() + " |";
      assertWithMessage("index row for %s", rule.id()).that(index).contains(row);
    }
    assertThat(Files.readString(Path.of("..", "README.md"))).contains("(docs/rules/README.md)");
  }

  private static void pageMatchesMetadata(Rule rule) throws IOException {
    String page = page(rule);
    List<String> lines = page.lines().toList();
    assertThat(lines.get(0)).isEqualTo("# " + rule.id());
    assertThat(lines).contains(
        "Severity: " + severity(rule) + " (default). Summary: " + rule.summary());
    for (String section : List.of("## Why", "## Fires when", "## Stays silent when", "## Example",
        "## Configure")) {
      assertWithMessage("section %s of %s", section, rule.id()).that(lines).contains(section);
    }
    assertThat(page).contains("@SuppressWarnings(\"responds:" + rule.id() + "\")");
    assertThat(page).contains("-Aresponds.severity=" + rule.id() + ":");
    Matcher blocks = JAVA_BLOCK.matcher(page);
    int count = 0;
    while (blocks.find()) {
      count++;
    }
    assertWithMessage("java blocks on the page of %s", rule.id()).that(count).isEqualTo(2);
  }

  private static void triggersOnlyThisRule(Rule rule) throws IOException {
    Compilation compilation = compileExample(rule, "Triggers:");
    List<String> ids = new ArrayList<>();
    for (String finding : findings(compilation)) {
      Matcher id = FINDING_ID.matcher(finding);
      assertThat(id.find()).isTrue();
      ids.add(id.group(1));
    }
    assertWithMessage("rules reported on the Triggers example of %s: %s", rule.id(),
        findings(compilation)).that(ids).isNotEmpty();
    assertWithMessage("rules reported on the Triggers example of %s: %s", rule.id(),
        findings(compilation)).that(ids.stream().distinct().toList()).containsExactly(rule.id());
  }

  private static void fixIsSilent(Rule rule) throws IOException {
    Compilation compilation = compileExample(rule, "Fix:");
    assertWithMessage("findings on the Fix example of %s", rule.id())
        .that(findings(compilation)).isEmpty();
    assertWithMessage("compilation of the Fix example of %s: %s", rule.id(),
        compilation.diagnostics()).that(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  /** Compiles the java block that follows the line {@code heading} on the rule's page. */
  private static Compilation compileExample(Rule rule, String heading) throws IOException {
    String page = page(rule);
    int at = page.indexOf("\n" + heading + "\n");
    assertWithMessage("a line %s on the page of %s", heading, rule.id()).that(at).isAtLeast(0);
    Matcher block = JAVA_BLOCK.matcher(page);
    assertWithMessage("a java block after %s on the page of %s", heading, rule.id())
        .that(block.find(at)).isTrue();
    String code = block.group(1);
    Matcher pkg = PACKAGE.matcher(code);
    Matcher type = TOP_LEVEL_TYPE.matcher(code);
    assertWithMessage("package of the %s example of %s", heading, rule.id()).that(pkg.find()).isTrue();
    assertWithMessage("class of the %s example of %s", heading, rule.id()).that(type.find()).isTrue();
    String className = type.group(1);
    assertWithMessage("a single top-level class in the %s example of %s", heading, rule.id())
        .that(type.find()).isFalse();
    // A rule that is off by default is shown as a team that turned it on sees it.
    List<String> options = rule.defaultSeverity() == Severity.OFF
        ? List.of("-Aresponds.severity=" + rule.id() + ":warning") : List.of();
    return compile(options, source(pkg.group(1) + "." + className, code));
  }

  private static String page(Rule rule) throws IOException {
    Path path = DOCS.resolve(rule.id() + ".md");
    assertWithMessage("docs page %s", path).that(Files.exists(path)).isTrue();
    return Files.readString(path);
  }

  private static String severity(Rule rule) {
    return rule.defaultSeverity().name().toLowerCase(Locale.ROOT);
  }
}
