package dev.responds.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.ReturnShape;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * The body type of a handler's helpers: the {@code T} of {@code ResponseEntity<T>} for Spring, the
 * type of the {@code body} parameters for both frameworks.
 *
 * <ul>
 *   <li>Spring {@code ResponseEntity<Book>}, {@code CompletableFuture<ResponseEntity<Book>>}, or a
 *       plain {@code Book} body: {@code Book} (generic types such as {@code List<Book>} as written,
 *       primitives boxed).
 *   <li>{@code ResponseEntity<?>}, a raw {@code ResponseEntity}, a JAX-RS {@code Response}:
 *       {@code Object}. A bounded wildcard {@code ? extends Book} gives {@code Book}.
 *   <li>A Spring body type that mentions a type variable ({@code ResponseEntity<T>} in a generic
 *       base controller) or that the helper cannot see (a private class): the helper methods are
 *       generic, {@code <T> ResponseEntity<T> getOk(T body)}, and the handler's return type
 *       chooses {@code T}. For JAX-RS, {@code Object}.
 *   <li>{@code ResponseEntity<Void>} and Spring {@code void} handlers: {@code Void}, and the
 *       helpers take no body at all.
 *   <li>A type that is not resolved (an error type): no body type; the handler gets no helper.
 * </ul>
 */
final class BodyTypes {
  static final TypeName OBJECT = ClassName.OBJECT;
  static final TypeName VOID = ClassName.get(Void.class);
  /** The type variable of a generic helper method, for a body type that cannot be named here. */
  static final TypeVariableName GENERIC = TypeVariableName.get("T");

  private final Elements elements;

  BodyTypes(Elements elements) {
    this.elements = elements;
  }

  /** The body type, or null when the handler's return type is not resolved. */
  TypeName of(Handler handler, String helperPackage) {
    ReturnShape shape = handler.returnShape();
    if (containsError(shape.declaredType())) {
      return null;
    }
    if (handler.framework() == Framework.SPRING && shape.kind() == ReturnShape.Kind.VOID) {
      return VOID;
    }
    if (handler.framework().isJaxRs() && shape.kind() != ReturnShape.Kind.BODY) {
      return OBJECT;
    }
    TypeMirror value = shape.valueType();
    if (value != null && value.getKind() == TypeKind.WILDCARD) {
      value = ((WildcardType) value).getExtendsBound();
    }
    if (value == null) {
      return OBJECT;
    }
    if (!isNameable(value, helperPackage)) {
      // Spring's ResponseEntity<T> is generic: a generic helper method lets the handler's own
      // return type choose T. JAX-RS's Response takes any entity as Object.
      return handler.framework() == Framework.SPRING ? GENERIC : OBJECT;
    }
    if (value.getKind().isPrimitive()) {
      return TypeName.get(value).box();
    }
    return TypeName.get(value);
  }

  private static boolean containsError(TypeMirror type) {
    if (type == null) {
      return false;
    }
    return switch (type.getKind()) {
      case ERROR -> true;
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream()
          .anyMatch(BodyTypes::containsError);
      case ARRAY -> containsError(((ArrayType) type).getComponentType());
      case WILDCARD -> containsError(((WildcardType) type).getExtendsBound())
          || containsError(((WildcardType) type).getSuperBound());
      default -> false;
    };
  }

  /** Whether generated code in {@code helperPackage} can write this type down. */
  private boolean isNameable(TypeMirror type, String helperPackage) {
    switch (type.getKind()) {
      case BOOLEAN: case BYTE: case SHORT: case INT: case LONG: case CHAR: case FLOAT: case DOUBLE:
        return true;
      case ARRAY:
        return isNameable(((ArrayType) type).getComponentType(), helperPackage);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() == null
                || isNameable(wildcard.getExtendsBound(), helperPackage))
            && (wildcard.getSuperBound() == null
                || isNameable(wildcard.getSuperBound(), helperPackage));
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        return isVisible((TypeElement) declared.asElement(), helperPackage)
            && declared.getTypeArguments().stream().allMatch(t -> isNameable(t, helperPackage));
      default:
        // Type variables, intersections and the like have no name outside their declaration.
        return false;
    }
  }

  private boolean isVisible(TypeElement type, String helperPackage) {
    boolean samePackage =
        elements.getPackageOf(type).getQualifiedName().contentEquals(helperPackage);
    for (Element element = type; element != null && !(element instanceof PackageElement);
        element = element.getEnclosingElement()) {
      if (!element.getKind().isClass() && !element.getKind().isInterface()) {
        return false; // a local class
      }
      if (element.getModifiers().contains(Modifier.PRIVATE)
          || (!samePackage && !element.getModifiers().contains(Modifier.PUBLIC))) {
        return false;
      }
    }
    return true;
  }
}
