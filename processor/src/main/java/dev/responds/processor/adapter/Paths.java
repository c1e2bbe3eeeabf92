package dev.responds.processor.adapter;

import java.util.List;

/** Joins and normalises mapped paths, so that the same path is always written the same way. */
final class Paths {
  private Paths() {}

  /** The first path of each list joined: {@code ["/books"]} and {@code ["{id}"]} give {@code /books/{id}}. */
  static String join(List<String> typePaths, List<String> methodPaths) {
    String prefix = typePaths.isEmpty() ? "" : typePaths.get(0);
    String suffix = methodPaths.isEmpty() ? "" : methodPaths.get(0);
    return normalise(prefix + "/" + suffix);
  }

  /** One leading slash, no doubled or trailing slashes, and path variables without their regex. */
  static String normalise(String path) {
    StringBuilder result = new StringBuilder();
    int depth = 0;
    boolean inRegex = false;
    for (char c : path.toCharArray()) {
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        inRegex = false;
      } else if (c == ':' && depth == 1) {
        inRegex = true;
        continue;
      }
      if (inRegex || Character.isWhitespace(c)) {
        continue;
      }
      if (c == '/' && result.length() > 0 && result.charAt(result.length() - 1) == '/') {
        continue;
      }
      result.append(c);
    }
    if (result.length() == 0 || result.charAt(0) != '/') {
      result.insert(0, '/');
    }
    if (result.length() > 1 && result.charAt(result.length() - 1) == '/') {
      result.setLength(result.length() - 1);
    }
    return result.toString();
  }
}
