package dev.responds.processor.body;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Methods that return what a function handed to them returns, known by their signature alone: a
 * generic {@code <T> T run(Callable<T> work)} ({@code inTransaction}, {@code execute}, {@code
 * record}, {@code executeSupplier} ...) can produce its {@code T} only from its function
 * arguments, as long as no other parameter holds a {@code T}. The method's own source is not needed.
 */
final class PassThroughCalls {
  private static final List<String> OBJECT_METHODS = List.of("equals", "hashCode", "toString");

  private PassThroughCalls() {}

  /**
   * The positions of the function arguments whose results {@code method} returns; empty when it is
   * no such method (its result may come from elsewhere).
   */
  static List<Integer> functionArguments(ExecutableElement method) {
    if (!(method.getReturnType() instanceof TypeVariable result)
        || !method.getTypeParameters().contains(result.asElement())) {
      return List.of();
    }
    Element variable = result.asElement();
    List<Integer> functions = new ArrayList<>();
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      TypeMirror type = parameters.get(i).asType();
      if (!mentions(type, variable)) {
        continue;
      }
      TypeMirror produced = produced(type);
      if (produced instanceof TypeVariable given && given.asElement().equals(variable)) {
        functions.add(i);
      } else if (produced == null || mentions(produced, variable)) {
        // A T passed in (a default, a collection of T, a function making a list of T) may be
        // what comes back.
        return List.of();
      }
    }
    return List.copyOf(functions);
  }

  /**
   * What a function of this type returns, in the caller's type variables: the type argument that
   * stands for its result, or its plain result type; null when it is no functional interface, or
   * its result is not expressed so simply.
   */
  private static TypeMirror produced(TypeMirror type) {
    if (!(type instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement face)) {
      return null;
    }
    ExecutableElement function = functionOf(face);
    if (function == null) {
      return null;
    }
    TypeMirror returned = function.getReturnType();
    if (!(returned instanceof TypeVariable own)) {
      // void, boolean, a concrete type: it hands back no T (unless it names the interface's variables).
      return mentionsAny(returned, face) ? null : returned;
    }
    int index = face.getTypeParameters().indexOf(own.asElement());
    if (index < 0 || index >= declared.getTypeArguments().size()) {
      return null;
    }
    TypeMirror argument = declared.getTypeArguments().get(index);
    if (argument instanceof WildcardType wildcard) {
      return wildcard.getSuperBound() != null ? null : wildcard.getExtendsBound();
    }
    return argument;
  }

  private static boolean mentionsAny(TypeMirror type, TypeElement face) {
    for (Element variable : face.getTypeParameters()) {
      if (mentions(type, variable)) {
        return true;
      }
    }
    return false;
  }

  /** The single abstract method of a functional interface declared in it, or null. */
  static ExecutableElement functionOf(TypeElement type) {
    if (type.getKind() != ElementKind.INTERFACE) {
      return null;
    }
    ExecutableElement found = null;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)
          || OBJECT_METHODS.contains(method.getSimpleName().toString())) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = method;
    }
    return found != null && type.getInterfaces().isEmpty() ? found : null;
  }

  private static boolean mentions(TypeMirror type, Element variable) {
    if (type instanceof TypeVariable given) {
      return given.asElement().equals(variable);
    }
    if (type instanceof ArrayType array) {
      return mentions(array.getComponentType(), variable);
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() != null && mentions(wildcard.getExtendsBound(), variable)
          || wildcard.getSuperBound() != null && mentions(wildcard.getSuperBound(), variable);
    }
    if (type instanceof DeclaredType declared) {
      for (TypeMirror argument : declared.getTypeArguments()) {
        if (mentions(argument, variable)) {
          return true;
        }
      }
    }
    return false;
  }
}
