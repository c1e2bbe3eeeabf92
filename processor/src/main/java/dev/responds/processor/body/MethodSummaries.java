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

  private final Map<Key, MethodSummary> cache = new HashMap<>();

  MethodSummary summary(ExecutableElement method, BodyContext context) {
    Key key = new Key(method, context.framework() == Framework.SPRING);
    MethodSummary known = cache.get(key);
    if (known != null) {
      return known;
    }
    // Marks the method while it is summarised: a recursive call sees nothing.
    cache.put(key, MethodSummary.NOTHING);
    MethodSummary summary = summarise(method, context);
    cache.put(key, summary);
    return summary;
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
