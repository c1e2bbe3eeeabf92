package dev.responds.processor.report;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** The class and method a finding belongs to, by name: how baselines and SARIF name its place. */
final class Owners {
  private Owners() {}

  /** The qualified name of the class around {@code element}; a local or anonymous class is named by its outer class. */
  static String className(Element element) {
    TypeElement type = enclosing(element, TypeElement.class);
    if (type == null) {
      return "";
    }
    String name = type.getQualifiedName().toString();
    return name.isEmpty() ? className(type.getEnclosingElement()) : name;
  }

  /** The simple name of the method around {@code element}, empty for a class's own declarations. */
  static String methodName(Element element) {
    ExecutableElement method = enclosing(element, ExecutableElement.class);
    return method == null ? "" : method.getSimpleName().toString();
  }

  private static <T extends Element> T enclosing(Element element, Class<T> kind) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e.getKind() == ElementKind.PACKAGE || e.getKind() == ElementKind.MODULE) {
        return null;
      }
      if (kind.isInstance(e)) {
        return kind.cast(e);
      }
    }
    return null;
  }
}
