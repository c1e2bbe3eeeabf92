package dev.responds.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A declaration, or an annotation on it, or one value of that annotation: the place javac's
 * {@code Messager} can point at.
 */
public record ElementSite(Element owner, AnnotationMirror annotation, AnnotationValue value)
    implements Site {

  public static ElementSite of(Element element) {
    return new ElementSite(element, null, null);
  }

  public static ElementSite of(Element element, AnnotationMirror annotation) {
    return new ElementSite(element, annotation, null);
  }

  /** The annotation without the value: for findings about the annotation as a whole. */
  public ElementSite withoutValue() {
    return new ElementSite(owner, annotation, null);
  }
}
