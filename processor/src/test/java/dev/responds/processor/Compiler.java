package dev.responds.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with the Responds processor and lists its findings compactly. */
public final class Compiler {
  private static final Pattern RULE_ID = Pattern.compile("^\\[([a-z-]+)\\]");
  private static final Pattern RULE_PAGE = Pattern.compile(" \\(see https://\\S+/docs/rules/[a-z-]+\\.md\\)$");

  private Compiler() {}

  /** A source file named after its public class: {@code source("com.example.Books", "...")}. */
  public static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /**
   * Compiles sources that must be valid Java: an error of javac's own fails the test (it would
   * hide every finding, so a test expecting none would pass on a source that stopped compiling),
   * and so does a class the processor skipped after an internal error.
   */
  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** {@link #compile(JavaFileObject...)} with javac options. */
  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    Compilation compilation = compileWithJavacErrors(options, sources);
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertWithMessage("javac: %s", message)
          .that(diagnostic.getKind() == Diagnostic.Kind.ERROR && !message.startsWith("[")).isFalse();
      assertWithMessage("processor: %s", message).that(message.contains("internal error")).isFalse();
    }
    return compilation;
  }

  /** For tests of sources that javac rejects on purpose (a missing class, {@code -Werror}): no guard. */
  public static Compilation compileWithJavacErrors(List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(options);
    all.add("-Xlint:all,-processing");
    return javac()
        .withProcessors(new RespondsProcessor())
        .withOptions(all)
        .compile(sources);
  }

  /**
   * Every Responds diagnostic as {@code "KIND File.java:line [rule-id]"}, in the order javac
   * printed them: assert the exact list, so that an extra finding fails the test too.
   */
  public static List<String> findings(Compilation compilation) {
    List<String> result = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      Matcher id = RULE_ID.matcher(message);
      if (!id.find()) {
        continue;
      }
      // javac gives a message printed on no element the file it compiled last: no place is "?".
      String file = diagnostic.getSource() == null || diagnostic.getLineNumber() == Diagnostic.NOPOS
          ? "?" : simpleName(diagnostic.getSource());
      result.add(diagnostic.getKind() + " " + file + ":" + diagnostic.getLineNumber() + " [" + id.group(1) + "]");
    }
    return result;
  }

  /**
   * The text of every Responds diagnostic, without the pointer to the rule's page that ends each
   * finding ({@code " (see https://.../docs/rules/<id>.md)"}, asserted once in {@code MessageFormTest}).
   */
  public static List<String> messages(Compilation compilation) {
    List<String> result = new ArrayList<>();
    for (String message : rawMessages(compilation)) {
      result.add(RULE_PAGE.matcher(message).replaceFirst(""));
    }
    return result;
  }

  /** The full text of every Responds diagnostic, as javac prints it. */
  public static List<String> rawMessages(Compilation compilation) {
    List<String> result = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (message.startsWith("[")) {
        result.add(message);
      }
    }
    return result;
  }

  private static String simpleName(JavaFileObject file) {
    String name = file.getName();
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
