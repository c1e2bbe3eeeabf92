package dev.responds.processor.body;

import dev.responds.processor.body.api.ResponseState;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * What a helper method contributes to the handlers that call it.
 *
 * @param returned the responses it returns
 * @param raised the responses it sends whatever it returns: exceptions it throws, statuses it sets
 */
record MethodSummary(List<ResponseState> returned, List<Raised> raised) {
  static final MethodSummary NOTHING = new MethodSummary(List.of(), List.of());

  /**
   * One response sent from inside the method.
   *
   * @param exception the static type of the exception that carries it, so that a caller's
   *     {@code catch} can stop it; null when it is not thrown (a status set on the servlet response)
   */
  record Raised(ResponseState state, TypeMirror exception) {}

  MethodSummary {
    returned = List.copyOf(returned);
    raised = List.copyOf(raised);
  }

  List<ResponseState> raisedStates() {
    List<ResponseState> states = new ArrayList<>();
    for (Raised sent : raised) {
      states.add(sent.state());
    }
    return states;
  }
}
