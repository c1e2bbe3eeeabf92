package dev.responds.processor.body;

import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * One argument of a recognised call, as the recognisers see it: through the evaluator when it is
 * written in the source, or opaque when a method reference passes it ({@code ResponseEntity::ok}).
 */
final class Argument {
  private static final Argument OPAQUE = new Argument(null, null);

  private final ExpressionEvaluator evaluator;
  private final TreePath path;

  private Argument(ExpressionEvaluator evaluator, TreePath path) {
    this.evaluator = evaluator;
    this.path = path;
  }

  static Argument of(ExpressionEvaluator evaluator, TreePath path) {
    return new Argument(evaluator, path);
  }

  /** A value known only to exist: the input of a method reference. */
  static Argument opaque() {
    return OPAQUE;
  }

  boolean isNullLiteral() {
    return path != null && ExpressionEvaluator.isNullLiteral(path.getLeaf());
  }

  /**
   * A body given as this argument: absent for {@code null} (a literal, or cast as in {@code
   * (Void) null}) and for any expression of type {@code Void}, whose only value is null.
   */
  Presence asBody() {
    if (path == null) {
      return Presence.PRESENT;
    }
    Tree value = path.getLeaf();
    while (value instanceof TypeCastTree cast) {
      value = cast.getExpression();
    }
    return ExpressionEvaluator.isNullLiteral(value) || TypeNames.of(type()).equals("java.lang.Void")
        ? Presence.ABSENT : Presence.PRESENT;
  }

  /** The media type this Content-Type argument stands for, or null when it is not known. */
  String mediaType() {
    return path == null ? null : evaluator.mediaType(path);
  }

  /** Its static type, or null when a method reference passes it. */
  TypeMirror type() {
    return path == null ? null : evaluator.type(path);
  }

  /** Whether it is a literal or a compile-time constant. */
  boolean isConstant() {
    return path != null && evaluator.isConstant(path);
  }

  /** The value of a compile-time constant string, or null. */
  String constantString() {
    return path == null ? null : evaluator.constantString(path);
  }

  /** The status codes this argument can stand for; empty when computed at run time. */
  List<Integer> statuses() {
    return path == null ? List.of() : evaluator.statuses(path);
  }

  /** The responses (or exceptions, or header maps) this argument can be. */
  List<ResponseState> states() {
    return path == null ? List.of() : evaluator.evaluate(path);
  }

  /** What a function argument (lambda, method reference) returns. */
  List<ResponseState> results() {
    return path == null ? List.of() : evaluator.results(path);
  }

  /**
   * The headers an {@code HttpHeaders} argument holds, or that a {@code Consumer<HttpHeaders>}
   * sets; null when they cannot be known.
   */
  Headers headers() {
    if (path == null) {
      return null;
    }
    if (isNullLiteral()) {
      return Headers.none();
    }
    return evaluator.headers(path);
  }
}
