package dev.responds.processor.rules;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the rule classes, the contract's ids and the README's table in step. */
final class RuleCatalogueTest {
  /** The ids of the rule catalogue (docs/rules/README.md), in its order: users configure rules by them. */
  private static final List<String> CONTRACT_IDS = List.of(
      "status-range", "status-unassigned", "status-vendor", "status-unused", "status-deprecated",
      "status-informational", "status-duplicate", "body-forbidden", "head-body", "ok-without-body", "ok-empty-explicit",
      "created-location", "redirect-location", "allow-required", "challenge-required",
      "content-range-required", "unsatisfiable-range-length", "upgrade-required", "retry-after",
      "accepted-monitor",
      "created-by-safe-method", "conditional-without-precondition", "media-type-status",
      "no-success-status", "undeclared-status", "undocumented-status", "status-mismatch", "responds-not-handler");

  @Test
  void everyRuleOfTheContractIsImplementedOnceWithItsMetadata() {
    List<String> ids = Rules.all().stream().map(Rule::id).toList();
    assertThat(ids).containsExactlyElementsIn(CONTRACT_IDS).inOrder();
    for (Rule rule : Rules.all()) {
      assertThat(rule.summary()).isNotEmpty();
      assertThat(rule.summary()).doesNotContain(".");
      assertThat(rule.defaultSeverity()).isNotNull();
      assertThat(Rules.byId(rule.id())).isSameInstanceAs(rule);
    }
  }

  @Test
  void ruleClassesAreNamedLikeTheirIds() {
    for (Rule rule : Rules.all()) {
      StringBuilder expected = new StringBuilder();
      for (String word : rule.id().split("-")) {
        expected.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
      assertThat(rule.getClass().getSimpleName()).isEqualTo(expected.toString());
    }
  }

  @Test
  void theReadmeListsEveryRuleWithItsDefaultSeverity() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (Rule rule : Rules.all()) {
      String row = "| `" + rule.id() + "` | " + rule.defaultSeverity().name().toLowerCase() + " |";
      assertThat(readme).contains(row);
    }
  }
}
