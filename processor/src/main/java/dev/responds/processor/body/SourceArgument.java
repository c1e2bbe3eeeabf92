package dev.responds.processor.body;

import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import dev.responds.processor.body.api.Argument;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.body.api.TypeNames;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/** An argument written in the source: every question about it is answered by the evaluator. */
final class SourceArgument implements Argument {
  private final ExpressionEvaluator evaluator;
  private final TreePath path;

  SourceArgument(ExpressionEvaluator evaluator, TreePath path) {
    this.evaluator = evaluator;
    this.path = path;
  }

  @Override
  public boolean isNullLiteral() {
    return ExpressionEvaluator.isNullLiteral(path.getLeaf());
  }

  @Override
  public Presence asBody() {
    Tree value = path.getLeaf();
    while (value instanceof TypeCastTree cast) {
      value = cast.getExpression();
    }
    return ExpressionEvaluator.isNullLiteral(value) || TypeNames.of(type()).equals("java.lang.Void")
        ? Presence.ABSENT : Presence.PRESENT;
  }

  @Override
  public String mediaType() {
    return evaluator.mediaType(path);
  }

  @Override
  public TypeMirror type() {
    return evaluator.type(path);
  }

  @Override
  public boolean isConstant() {
    return evaluator.isConstant(path);
  }

  @Override
  public String constantString() {
    return evaluator.constantString(path);
  }

  @Override
  public List<Integer> statuses() {
    return evaluator.statuses(path);
  }

  @Override
  public List<ResponseState> states() {
    return evaluator.evaluate(path);
  }

  @Override
  public List<ResponseState> results() {
    return evaluator.results(path);
  }

  @Override
  public Headers headers() {
    return isNullLiteral() ? Headers.none() : evaluator.headers(path);
  }
}
