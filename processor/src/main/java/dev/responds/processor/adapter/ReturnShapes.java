package dev.responds.processor.adapter;

import dev.responds.processor.model.ReturnShape;
import java.util.List;
import java.util.Set;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Takes async and reactive wrappers off a return type, by name, and says what remains. */
final class ReturnShapes {
  /** Wrappers whose first type argument is what the framework eventually sends. */
  static final Set<String> WRAPPERS = Set.of(
      "java.util.Optional",
      "java.util.concurrent.CompletionStage",
      "java.util.concurrent.CompletableFuture",
      "java.util.concurrent.Future",
      "java.util.concurrent.Callable",
      "org.springframework.web.context.request.async.DeferredResult",
      "org.springframework.web.context.request.async.WebAsyncTask",
      "org.springframework.util.concurrent.ListenableFuture",
      "reactor.core.publisher.Mono",
      "reactor.core.publisher.Flux",
      "io.smallrye.mutiny.Uni");

  private ReturnShapes() {}

  static ReturnShape of(TypeMirror declared, Set<String> responseObjects) {
    TypeMirror value = declared;
    String wrapper = null;
    for (int depth = 0; depth < 4; depth++) {
      String name = Annotations.qualifiedName(value);
      if (name == null || !WRAPPERS.contains(name)) {
        break;
      }
      wrapper = wrapper == null ? name : wrapper;
      List<? extends TypeMirror> arguments = ((DeclaredType) value).getTypeArguments();
      if (arguments.isEmpty()) {
        return new ReturnShape(ReturnShape.Kind.UNKNOWN, declared, null, wrapper);
      }
      value = arguments.get(0);
    }
    if (value.getKind() == TypeKind.VOID
        || "java.lang.Void".equals(Annotations.qualifiedName(value))) {
      return new ReturnShape(ReturnShape.Kind.VOID, declared, null, wrapper);
    }
    if (value.getKind() == TypeKind.ERROR || value.getKind() == TypeKind.TYPEVAR
        || value.getKind() == TypeKind.WILDCARD) {
      return new ReturnShape(
          value.getKind() == TypeKind.ERROR ? ReturnShape.Kind.UNKNOWN : ReturnShape.Kind.BODY,
          declared, value, wrapper);
    }
    String name = Annotations.qualifiedName(value);
    if (name != null && responseObjects.contains(name)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) value).getTypeArguments();
      TypeMirror body = arguments.isEmpty() ? null : arguments.get(0);
      return new ReturnShape(ReturnShape.Kind.RESPONSE_OBJECT, declared, body, wrapper);
    }
    return new ReturnShape(ReturnShape.Kind.BODY, declared, value, wrapper);
  }
}
