package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "accepted-monitor", severity = Severity.WARNING,
    summary = "202 with neither a Location nor a body that could point to a status monitor")
public final class AcceptedMonitor extends ResponseRule {

  @Override
  protected String problemWith(Handler handler, Answer answer) {
    if (answer.status() != 202 || answer.body() != Presence.ABSENT
        || !answer.headers().lacks(Headers.LOCATION)) {
      return null;
    }
    return "202 Accepted leaves the client with no way to follow the work: add a Location (or a"
        + " body) pointing to a status monitor where the client can see when it is done";
  }
}
