package dev.responds.processor.body;

import com.sun.source.util.Trees;
import dev.responds.processor.body.MethodSummaries.MethodSummary;
import dev.responds.processor.body.api.Recognisers;
import dev.responds.processor.model.Framework;
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
}
