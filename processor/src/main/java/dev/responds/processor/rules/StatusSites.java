package dev.responds.processor.rules;

import dev.responds.StatusCode;
import dev.responds.processor.model.Answer;
import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Site;
import java.util.ArrayList;
import java.util.List;

/** Shared vocabulary of the rules: every status a handler names, and how a code reads in a message. */
final class StatusSites {
  private StatusSites() {}

  /** A status code and the place that names it. */
  record StatusSite(int code, Site site) {}

  /** The codes the handler declares ({@code @Responds}, {@code @ResponseStatus}) and those its body builds. */
  static List<StatusSite> declaredAndBuilt(Handler handler) {
    List<StatusSite> result = new ArrayList<>(declared(handler));
    for (Answer answer : handler.answers()) {
      if (answer.fromBody()) {
        result.add(new StatusSite(answer.status(), answer.site()));
      }
    }
    return result;
  }

  /** The codes written in annotations: {@code @Responds} on method and class, then {@code @ResponseStatus}. */
  static List<StatusSite> declared(Handler handler) {
    List<StatusSite> result = new ArrayList<>();
    for (DeclaredStatus status : handler.responds()) {
      result.add(new StatusSite(status.code(), status.site()));
    }
    if (handler.frameworkStatus() != null) {
      result.add(new StatusSite(handler.frameworkStatus().code(), handler.frameworkStatus().site()));
    }
    return result;
  }

  /** "201 Created", or just the number for a code the catalogue lacks. */
  static String describe(int code) {
    StatusCode status = StatusCode.of(code);
    return status == null ? String.valueOf(code) : status.describe();
  }
}
