package dev.responds.processor.adapter;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import dev.responds.processor.model.ReturnShape;
import dev.responds.processor.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers a handler's declarations prove. Only a handler that returns a plain value or
 * nothing is judged by its declarations: a plain value is always sent as the body, and without an
 * {@code HttpServletResponse} no header can be set. A handler that builds a response object is
 * judged by what its body builds (the body pass), so its declarations prove nothing here.
 */
final class DeclaredAnswers {
  private DeclaredAnswers() {}

  static List<Answer> of(Handler handler, List<DeclaredStatus> responds) {
    List<Answer> answers = new ArrayList<>();
    ReturnShape.Kind kind = handler.returnShape().kind();
    if (!handler.role().isHandler()
        || (kind != ReturnShape.Kind.BODY && kind != ReturnShape.Kind.VOID)) {
      return answers;
    }
    boolean raw = handler.parameters().rawResponse();
    Presence body = kind == ReturnShape.Kind.BODY ? Presence.PRESENT
        : raw ? Presence.UNKNOWN : Presence.ABSENT;
    Headers headers = raw ? Headers.unknown() : Headers.none();

    int normal = normalStatus(handler);
    // What Micronaut sends for a void method without @Status is its own business: judge none.
    boolean normalUnknown = handler.framework() == Framework.MICRONAUT
        && kind == ReturnShape.Kind.VOID && handler.frameworkStatus() == null;
    DeclaredStatus declaringNormal = responds.stream()
        .filter(status -> status.code() == normal).findFirst().orElse(null);
    Site site;
    Answer.Source source;
    if (handler.frameworkStatus() != null) {
      site = handler.frameworkStatus().site();
      source = Answer.Source.FRAMEWORK_DECLARED;
    } else if (declaringNormal != null) {
      site = declaringNormal.site();
      source = Answer.Source.RESPONDS;
    } else {
      site = dev.responds.processor.model.ElementSite.of(handler.method());
      source = Answer.Source.IMPLICIT;
    }
    if (!normalUnknown) {
      answers.add(new Answer(normal, body, headers, site, source));
    }

    for (DeclaredStatus status : responds) {
      // An error status other than the normal one comes from an exception, answered elsewhere.
      if (status.code() != normal && status.code() < 400) {
        answers.add(new Answer(status.code(), body, headers, status.site(), Answer.Source.RESPONDS));
      }
    }
    return answers;
  }

  /** The status of a normal return: {@code @ResponseStatus}, else 204 for a JAX-RS void method, else 200. */
  static int normalStatus(Handler handler) {
    if (handler.frameworkStatus() != null) {
      return handler.frameworkStatus().code();
    }
    boolean jaxRsVoid = handler.framework() != null && handler.framework().isJaxRs()
        && handler.returnShape().kind() == ReturnShape.Kind.VOID;
    return jaxRsVoid ? 204 : 200;
  }
}
