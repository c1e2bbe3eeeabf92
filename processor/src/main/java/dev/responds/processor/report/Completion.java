package dev.responds.processor.report;

/**
 * How far the compilation went, which decides the files Responds may write at its end: a file
 * that lists every finding is written only when every class was checked, so that a build that
 * stopped early never replaces a good file with an empty one.
 */
public enum Completion {
  /** Every class was checked and compiled. */
  COMPILED(null),
  /** Every class was checked, but the compilation has errors: its findings may miss what they hid. */
  FAILED("the compilation has errors (with -Werror, warnings count too), which may hide findings"),
  /** javac stopped before it checked every class. */
  STOPPED("javac stopped before Responds checked every method body (-proc:only, or the errors above)");

  private final String reason;

  Completion(String reason) {
    this.reason = reason;
  }

  /** Why the findings may be incomplete, or null if they are not. */
  String reason() {
    return reason;
  }
}
