package dev.responds.processor.generate;

import com.palantir.javapoet.TypeName;
import dev.responds.processor.model.Handler;
import java.util.List;

/**
 * What the helper of one handler offers: the accessor its method names start with, the response type
 * to build, the body type, the statuses (sorted), and the compile-time Allow value for a 405
 * (null when the handler gets none). The statuses declared on the class have one such helper for
 * the whole class, with no handler and an empty accessor.
 */
record HandlerHelper(
    Handler handler,
    String accessorName,
    ResponseTarget target,
    TypeName bodyType,
    List<Integer> codes,
    String allow) {

  HandlerHelper {
    codes = List.copyOf(codes);
  }

  boolean takesBody() {
    return !bodyType.equals(BodyTypes.VOID);
  }
}
