package dev.responds.processor.body;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Qualified names of resolved symbols: every framework API is recognised by them, never by text. */
final class TypeNames {
  private TypeNames() {}

  /** The qualified name of the type that declares {@code member}, or "" when there is none. */
  static String owner(Element member) {
    Element enclosing = member.getEnclosingElement();
    return enclosing instanceof TypeElement type ? type.getQualifiedName().toString() : "";
  }

  /** The qualified name of a declared type (type arguments dropped), or "" for any other type. */
  static String of(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  static boolean isStatic(ExecutableElement method) {
    return method.getModifiers().contains(Modifier.STATIC);
  }

  static String name(ExecutableElement method) {
    return method.getSimpleName().toString();
  }
}
