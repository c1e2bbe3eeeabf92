package dev.responds.processor.report;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.messages;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Bad input is reported, never ignored: misspelt suppressions, options Responds does not know, -proc:only. */
final class BadInputTest {

  /** A redirecting controller; {@code suppression} stands on line 11, the 301 on line 13. */
  private static JavaFileObject links(String suppression) {
    return source("com.example.links.LinkController", """
        package com.example.links;

        import dev.responds.Responds;
        import java.net.URI;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class LinkController {
          %s
          @GetMapping("/l/{code}")
          @Responds(301)
          String follow(@PathVariable String code) {
            return "https://example.com/" + code;
          }

          @PostMapping("/l")
          ResponseEntity<String> shorten(@RequestBody String target) {
            return ResponseEntity.status(HttpStatus.CREATED).body(target);
          }
        }
        """.formatted(suppression));
  }

  @Test
  void aMisspeltRuleIdInSuppressWarningsIsAWarningNamingTheClosestId() {
    Compilation compilation = compile(links("@SuppressWarnings(\"responds:redirect-locaton\")"));
    assertThat(findings(compilation)).containsExactly(
        "WARNING LinkController.java:11 [responds]",
        "ERROR LinkController.java:13 [redirect-location]",
        "ERROR LinkController.java:20 [created-location]");
    assertThat(messages(compilation)).contains("[responds] @SuppressWarnings(\"responds:redirect-locaton\")"
        + " names no Responds rule and suppresses nothing: did you mean \"responds:redirect-location\"?"
        + " (rule ids: docs/rules/README.md)");
  }

  @Test
  void aMisspeltIdAmongOthersOnTheClassIsFoundToo() {
    Compilation compilation = compile(source("com.example.links.Health", """
        package com.example.links;

        import org.springframework.web.bind.annotation.*;

        @RestController
        @SuppressWarnings({"unchecked", "responds:created-locaton"})
        class Health {
          @GetMapping("/health") String health() { return "UP"; }
        }
        """));
    assertThat(findings(compilation)).containsExactly("WARNING Health.java:6 [responds]");
    assertThat(messages(compilation).get(0)).contains("did you mean \"responds:created-location\"?");
  }

  @Test
  void knownIdsAndOtherToolsSuppressionsAreSilent() {
    Compilation compilation = compile(
        links("@SuppressWarnings({\"responds:redirect-location\", \"unused\", \"Responds\"})"));
    assertThat(findings(compilation)).containsExactly("ERROR LinkController.java:20 [created-location]");
  }

  @Test
  void anUnknownRespondsOptionIsAnErrorNamingTheClosest() {
    Compilation compilation = compile(List.of("-Aresponds.severty=all:warning"), links(""));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(errors(compilation)).contains("[responds] unknown option -Aresponds.severty: did you mean"
        + " -Aresponds.severity? Responds knows -Aresponds.baseline, -Aresponds.baseline.write,"
        + " -Aresponds.helpers, -Aresponds.sarif, -Aresponds.severity, -Aresponds.statuses");
  }

  @Test
  void aMisspeltRuleIdInTheSeverityOptionIsAnErrorNamingTheClosest() {
    Compilation compilation = compile(List.of("-Aresponds.severity=all:warning,redirect-locaton:error"), links(""));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(errors(compilation)).containsExactly("[responds] unknown rule id 'redirect-locaton' in"
        + " -Aresponds.severity: did you mean 'redirect-location'? The rule ids are listed in the README,"
        + " and 'all' sets every rule");
    assertThat(messages(compilation)).contains("[responds] nothing was checked: javac stops at the option"
        + " errors above");
  }

  @Test
  void otherProcessorsOptionsAreNotOurs() {
    Compilation compilation = compile(List.of("-Amapstruct.defaultComponentModel=spring",
        "-Aresponds.severity=all:off"), links(""));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  @Test
  void anInvalidHelpersValueIsAnError() {
    Compilation compilation = compile(List.of("-Aresponds.helpers=maybe"), links(""));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(errors(compilation)).contains("[responds] -Aresponds.helpers wants true or false, not 'maybe'");
  }

  @Test
  void anOptionWithoutItsValueIsAnError() {
    Compilation compilation = compile(List.of("-Aresponds.baseline"), links(""));
    assertThat(errors(compilation)).contains(
        "[responds] -Aresponds.baseline wants a value, as in -Aresponds.baseline=responds-baseline.txt");
  }

  @Test
  void procOnlyChecksDeclarationsAndSaysThatBodiesAreNot() {
    Compilation compilation = compile(List.of("-proc:only"), links(""));
    // The 301 is declared; the 201 without Location is built in the body, which javac never attributes.
    assertThat(findings(compilation)).containsExactly(
        "ERROR LinkController.java:13 [redirect-location]", "NOTE ?:-1 [responds]");
    assertThat(messages(compilation)).contains("[responds] javac attributed no class (-proc:only, or errors"
        + " above), so method bodies were not checked, only declarations");
  }

  @Test
  void procOnlyWithoutHandlersSaysNothing() {
    Compilation compilation = compile(List.of("-proc:only"), source("com.example.links.Slugs", """
        package com.example.links;

        final class Slugs {
          static String of(String title) { return title.toLowerCase().replace(' ', '-'); }
        }
        """));
    assertThat(compilation.diagnostics()).isEmpty();
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).toList();
  }
}
