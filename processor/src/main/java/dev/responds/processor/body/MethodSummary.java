package dev.responds.processor.body;

import java.util.List;

/**
 * What a helper method contributes to the handlers that call it.
 *
 * @param returned the responses it returns
 * @param raised the responses it sends whatever it returns: exceptions it throws, statuses it sets
 */
record MethodSummary(List<ResponseState> returned, List<ResponseState> raised) {
  static final MethodSummary NOTHING = new MethodSummary(List.of(), List.of());

  MethodSummary {
    returned = List.copyOf(returned);
    raised = List.copyOf(raised);
  }
}
