package dev.responds.processor.body.api;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Qualified names of resolved symbols: every framework API is recognised by them, never by text. */
public final class TypeNames {
  private TypeNames() {}

  /** The qualified name of the type that declares {@code member}, or "" when there is none. */
  public static String owner(Element member) {
    Element enclosing = member.getEnclosingElement();
    return enclosing instanceof TypeElement type ? type.getQualifiedName().toString() : "";
  }

  /** The qualified name of a declared type (type arguments dropped), or "" for any other type. */
  public static String of(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  public static boolean isStatic(ExecutableElement method) {
    return method.getModifiers().contains(Modifier.STATIC);
  }

  public static String name(ExecutableElement method) {
    return method.getSimpleName().toString();
  }

  /** Whether the method's only parameter is an {@code int}: {@code valueOf(int)} rather than {@code valueOf(String)}. */
  static boolean takesOneInt(ExecutableElement method) {
    return method.getParameters().size() == 1
        && method.getParameters().get(0).asType().getKind() == TypeKind.INT;
  }

  /** The type and its superclasses, nearest first. */
  public static List<TypeElement> superclasses(TypeElement type) {
    List<TypeElement> result = new ArrayList<>();
    TypeElement current = type;
    while (current != null && result.size() < 64) {
      result.add(current);
      TypeMirror superclass = current.getSuperclass();
      current = superclass.getKind() == TypeKind.DECLARED
          ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
    }
    return result;
  }

  public static boolean isThrowable(TypeElement type) {
    for (TypeElement superclass : superclasses(type)) {
      if (superclass.getQualifiedName().contentEquals("java.lang.Throwable")) {
        return true;
      }
    }
    return false;
  }
}
