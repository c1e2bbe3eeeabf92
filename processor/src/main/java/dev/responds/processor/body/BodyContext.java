package dev.responds.processor.body;

import com.sun.source.util.Trees;
import dev.responds.processor.body.MethodSummaries.MethodSummary;
import dev.responds.processor.body.api.Recognisers;
import dev.responds.processor.model.Framework;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * What the interpretation of one handler needs: javac's views, the recognisers, the framework
 * (which decides what a thrown exception sends) and the class whose helper methods are followed.
 */
record BodyContext(Trees trees, DeclarationPaths paths, Types types, Recognisers recognisers,
    Framework framework, TypeElement type, MethodSummaries summaries, StatusFields fields) {

  /**
   * Whether {@code method} is a method of the handler's class or a superclass: its summary is
   * empty unless its source is compiled here (and was summarised before javac dropped its tree).
   */
  boolean isHelper(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.ABSTRACT)
        || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return false;
    }
    return owner.equals(type)
        || types.isSubtype(types.erasure(type.asType()), types.erasure(owner.asType()));
  }

  MethodSummary summary(ExecutableElement method) {
    return summaries.summary(method, this);
  }

  /**
   * The summary of a method that a call here is followed into, or null: a helper's (see {@link
   * #isHelper}), or that of a method of another class of the compilation that no subclass can
   * override (static, private or final, or of a final class), summarised now when it belongs to
   * the same top-level class (whose trees javac attributed with this one's) or else only if javac
   * analysed its class earlier ({@link BodyInterpreter#prepare}): a class analysed later has no
   * attributed trees yet, and stays unknown.
   */
  MethodSummary followed(ExecutableElement method) {
    if (isHelper(method)) {
      return summary(method);
    }
    if (!(method.getEnclosingElement() instanceof TypeElement owner) || !cannotBeOverridden(method)) {
      return null;
    }
    return outermost(owner).equals(outermost(type)) ? summary(method) : summaries.prepared(method, this);
  }

  static boolean cannotBeOverridden(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    return !modifiers.contains(Modifier.ABSTRACT) && (modifiers.contains(Modifier.STATIC)
        || modifiers.contains(Modifier.PRIVATE) || modifiers.contains(Modifier.FINAL)
        || method.getEnclosingElement().getModifiers().contains(Modifier.FINAL));
  }

  private static Element outermost(Element element) {
    Element current = element;
    while (current.getEnclosingElement() instanceof TypeElement enclosing) {
      current = enclosing;
    }
    return current;
  }
}
