package dev.responds.processor.generate;

import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code Allow} value of a handler's 405, known at compile time: the HTTP methods that the
 * endpoints of every class compiled together map on the same path, without the handler's own
 * methods, with HEAD where GET is mapped (servers answer HEAD for GET) and always OPTIONS; sorted,
 * joined with {@code ", "}. Paths compare by shape: {@code /books/{id}} and {@code /books/{bookId}}
 * are one path. Endpoints mapped to every method are left out: they never lead to a 405.
 */
final class AllowHeader {
  /** The methods mapped on each path shape. */
  private final Map<String, Set<String>> methodsByPath = new HashMap<>();

  /** Adds what an endpoint maps; its methods must be tokens ({@link #isToken}). */
  void add(Handler handler) {
    if (handler.role() == HandlerRole.ENDPOINT) {
      methodsByPath.computeIfAbsent(shape(handler.path()), path -> new TreeSet<>())
          .addAll(handler.httpMethods());
    }
  }

  /** The Allow value of {@code handler}'s 405. */
  String of(Handler handler) {
    Set<String> allowed = new TreeSet<>(methodsByPath.getOrDefault(shape(handler.path()), Set.of()));
    allowed.removeAll(handler.httpMethods());
    allowed.removeIf(method -> !isToken(method));
    if (allowed.contains("GET") && !handler.httpMethods().contains("HEAD")) {
      allowed.add("HEAD");
    }
    allowed.add("OPTIONS");
    return String.join(", ", allowed);
  }

  /** The path with each variable's name dropped: {@code /books/{}}. */
  static String shape(String path) {
    return path.replaceAll("\\{[^/}]*}", "{}");
  }

  /** Whether a method name is an RFC 9110 token, and so may be written into a header. */
  static boolean isToken(String method) {
    if (method.isEmpty()) {
      return false;
    }
    for (char c : method.toCharArray()) {
      boolean alphanumeric = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
      if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
