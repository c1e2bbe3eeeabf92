package dev.responds.processor.rules;

import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.TypeModel;
import dev.responds.processor.report.Finding;
import dev.responds.processor.report.Findings;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rule catalogue: every rule, in the order of {@code docs/rules/README.md}, and the checks that run them. */
public final class Rules {
  private static final List<Rule> ALL = List.of(
      new StatusRange(),
      new StatusUnassigned(),
      new StatusVendor(),
      new StatusUnused(),
      new StatusDeprecated(),
      new StatusInformational(),
      new StatusDuplicate(),
      new BodyForbidden(),
      new HeadBody(),
      new OkWithoutBody(),
      new OkEmptyExplicit(),
      new CreatedLocation(),
      new RedirectLocation(),
      new AllowRequired(),
      new ChallengeRequired(),
      new ContentRangeRequired(),
      new UnsatisfiableRangeLength(),
      new UpgradeRequired(),
      new RetryAfter(),
      new AcceptedMonitor(),
      new CreatedBySafeMethod(),
      new ConditionalWithoutPrecondition(),
      new MediaTypeStatus(),
      new NoSuccessStatus(),
      new UndeclaredStatus(),
      new UndocumentedStatus(),
      new StatusMismatch(),
      new RespondsNotHandler());

  private static final Map<String, Rule> BY_ID =
      ALL.stream().collect(Collectors.toMap(Rule::id, Function.identity()));

  private Rules() {}

  public static List<Rule> all() {
    return ALL;
  }

  /** The rule with this id, or null. */
  public static Rule byId(String id) {
    return BY_ID.get(id);
  }

  /** Runs every rule on the class's own declarations and on each of its handlers. */
  public static List<Finding> check(TypeModel model) {
    Findings findings = new Findings();
    for (Rule rule : ALL) {
      for (DeclaredStatus status : model.typeDeclarations()) {
        rule.checkDeclaration(status, findings);
      }
      for (Handler handler : model.handlers()) {
        rule.check(handler, findings);
      }
    }
    return findings.list();
  }
}
