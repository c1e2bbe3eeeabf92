package dev.responds.processor.body;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import dev.responds.processor.model.Framework;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * Summarises each helper method once (for Spring, and for JAX-RS, which map exceptions
 * differently), and a recursive one as nothing.
 */
final class MethodSummaries {
  private record Key(ExecutableElement method, boolean spring) {}

  /** Helpers that call helpers this deep are not followed further (javac's stack is small). */
  private static final int MAX_NESTING = 16;

  private final Map<Key, MethodSummary> cache = new HashMap<>();
  private int nesting;

  MethodSummary summary(ExecutableElement method, BodyContext context) {
    Key key = new Key(method, context.framework() == Framework.SPRING);
    MethodSummary known = cache.get(key);
    if (known != null) {
      return known;
    }
    if (nesting >= MAX_NESTING) {
      return MethodSummary.NOTHING;
    }
    // Marks the method while it is summarised: a recursive call sees nothing.
    cache.put(key, MethodSummary.NOTHING);
    nesting++;
    try {
      MethodSummary summary = summarise(method, context);
      cache.put(key, summary);
      return summary;
    } catch (RuntimeException e) {
      return MethodSummary.NOTHING;
    } finally {
      nesting--;
    }
  }

  private static MethodSummary summarise(ExecutableElement method, BodyContext context) {
    TreePath path = context.trees().getPath(method);
    if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
      return MethodSummary.NOTHING;
    }
    List<ResponseState> returned = new ArrayList<>();
    List<ResponseState> raised = new ArrayList<>();
    for (ResponseSites.Found found : ResponseSites.of(path, context)) {
      (found.returned() ? returned : raised).addAll(found.states());
    }
    return new MethodSummary(returned, raised);
  }
}
