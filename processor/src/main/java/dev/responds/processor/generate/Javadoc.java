package dev.responds.processor.generate;

/**
 * Writes text from the source (paths, names, reason phrases) into generated javadoc as
 * {@code <code>} HTML, escaped so that it can neither end the comment ({@code *}{@code /}), start a
 * unicode escape (a backslash), nor start a javadoc tag ({@code @}, braces).
 */
final class Javadoc {
  private Javadoc() {}

  static String code(String text) {
    StringBuilder result = new StringBuilder("<code>");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> result.append("&amp;");
        case '<' -> result.append("&lt;");
        case '>' -> result.append("&gt;");
        case '*' -> result.append("&#42;");
        case '\\' -> result.append("&#92;");
        case '@' -> result.append("&#64;");
        case '{' -> result.append("&#123;");
        case '}' -> result.append("&#125;");
        case '\n', '\r' -> result.append(' ');
        default -> result.append(c);
      }
    }
    return result.append("</code>").toString();
  }
}
