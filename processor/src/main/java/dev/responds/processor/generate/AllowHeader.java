package dev.responds.processor.generate;

import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code Allow} value of a handler's 405, known at compile time: the HTTP methods that the
 * other endpoints of the class map on the same path, without the handler's own methods, with
 * HEAD where GET is mapped (servers answer HEAD for GET) and always OPTIONS; sorted, joined with
 * {@code ", "}. Endpoints mapped to every method are left out: they never lead to a 405.
 */
final class AllowHeader {
  private AllowHeader() {}

  static String of(Handler handler, List<Handler> classHandlers) {
    Set<String> allowed = new TreeSet<>();
    for (Handler other : classHandlers) {
      if (other.role() == HandlerRole.ENDPOINT && other.path().equals(handler.path())) {
        allowed.addAll(other.httpMethods());
      }
    }
    allowed.removeAll(handler.httpMethods());
    if (allowed.contains("GET") && !handler.httpMethods().contains("HEAD")) {
      allowed.add("HEAD");
    }
    allowed.add("OPTIONS");
    return String.join(", ", allowed);
  }
}
