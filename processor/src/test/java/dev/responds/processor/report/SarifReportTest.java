package dev.responds.processor.report;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.responds.processor.rules.Rule;
import dev.responds.processor.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Aresponds.sarif=<file>}: every finding as SARIF 2.1.0, for code-scanning tools. */
final class SarifReportTest {

  /** A shipping service: a 201 without Location built in the body, a 503 declared with @ResponseStatus without Retry-After. */
  private static JavaFileObject shipments() {
    return source("com.example.shipping.ShipmentController", """
        package com.example.shipping;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/shipments")
        class ShipmentController {
          record Shipment(String id, String carrier) {}

          @PostMapping
          ResponseEntity<Shipment> book(@RequestBody Shipment shipment) {
            return ResponseEntity.status(HttpStatus.CREATED).body(shipment);
          }

          @GetMapping("/rates")
          @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
          String rates() {
            return "{}";
          }
        }
        """);
  }

  @Test
  void everyFindingIsWrittenWithTheRequiredStructure(@TempDir Path directory) throws IOException {
    Path sarif = directory.resolve("reports/responds.sarif");
    Compilation compilation = compile(List.of("-Aresponds.sarif=" + sarif), shipments());
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);

    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("Responds");

    List<String> ruleIds = new ArrayList<>();
    for (JsonNode rule : driver.get("rules")) {
      ruleIds.add(rule.get("id").asText());
      assertThat(rule.get("shortDescription").get("text").asText()).isNotEmpty();
      assertThat(rule.get("helpUri").asText())
          .endsWith("/docs/rules/" + rule.get("id").asText() + ".md");
    }
    assertThat(ruleIds).containsExactlyElementsIn(Rules.all().stream().map(Rule::id).toList()).inOrder();

    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(2);
    JsonNode created = results.get(0);
    assertThat(created.get("ruleId").asText()).isEqualTo("created-location");
    assertThat(ruleIds.get(created.get("ruleIndex").asInt())).isEqualTo("created-location");
    assertThat(created.get("level").asText()).isEqualTo("error");
    assertThat(created.get("message").get("text").asText())
        .startsWith("[created-location] 201 Created must carry a Location header");
    // The same text as javac prints, ending with the rule's page, which is also the rule's helpUri.
    String helpUri = driver.get("rules").get(created.get("ruleIndex").asInt()).get("helpUri").asText();
    assertThat(created.get("message").get("text").asText()).endsWith(" (see " + helpUri + ")");
    JsonNode physical = created.get("locations").get(0).get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asText())
        .endsWith("com/example/shipping/ShipmentController.java");
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(14);
    assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(12);
    assertThat(created.get("locations").get(0).get("logicalLocations").get(0)
        .get("fullyQualifiedName").asText()).isEqualTo("com.example.shipping.ShipmentController.book");

    JsonNode retry = results.get(1);
    assertThat(retry.get("ruleId").asText()).isEqualTo("retry-after");
    assertThat(retry.get("level").asText()).isEqualTo("warning");
    assertThat(retry.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
        .isEqualTo(18);
  }

  @Test
  void levelsFollowTheChosenSeveritiesAndTheOutputIsTheSameEveryTime(@TempDir Path directory)
      throws IOException {
    Path first = directory.resolve("first.sarif");
    Path second = directory.resolve("second.sarif");
    compile(List.of("-Aresponds.sarif=" + first, "-Aresponds.severity=all:warning"), shipments());
    compile(List.of("-Aresponds.sarif=" + second, "-Aresponds.severity=all:warning"), shipments());

    assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    JsonNode results = new ObjectMapper().readTree(first.toFile()).get("runs").get(0).get("results");
    assertThat(results.get(0).get("level").asText()).isEqualTo("warning");
  }

  @Test
  void noFindingsIsAnEmptyResultList(@TempDir Path directory) throws IOException {
    Path sarif = directory.resolve("responds.sarif");
    compile(List.of("-Aresponds.sarif=" + sarif, "-Aresponds.severity=all:off"), shipments());
    JsonNode run = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0);
    assertThat(run.get("results").size()).isEqualTo(0);
    assertThat(run.get("tool").get("driver").get("rules").size()).isEqualTo(Rules.all().size());
  }

  @Test
  void stringsAreEscaped() {
    StringBuilder out = new StringBuilder();
    Json.string("say \"hi\"\\\n\t\u0001 é", out);
    assertThat(out.toString()).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001 é\"");
  }
}
