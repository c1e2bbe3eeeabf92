package dev.responds.processor.report;

import dev.responds.processor.model.ElementSite;
import dev.responds.processor.rules.Rule;
import dev.responds.processor.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds {@code @SuppressWarnings("responds:<id>")} whose id names no rule: a misspelt id
 * suppresses nothing, and without a word the finding it was meant for stays or comes back.
 */
final class SuppressionNames {
  static final String ALL = "responds";
  static final String PREFIX = "responds:";

  /** A misspelt suppression and what it should probably say. */
  record Unknown(ElementSite site, String written, String closest) {
    String message() {
      return "[responds] @SuppressWarnings(\"" + written + "\") names no Responds rule and suppresses"
          + " nothing: did you mean \"" + PREFIX + closest + "\"? (rule ids: docs/rules/README.md)";
    }
  }

  private SuppressionNames() {}

  /** The unknown ids on {@code type} and on its own members, not on its nested types. */
  static List<Unknown> unknownIn(TypeElement type) {
    List<Unknown> unknown = new ArrayList<>();
    collect(type, unknown);
    for (Element member : type.getEnclosedElements()) {
      if (!member.getKind().isClass() && !member.getKind().isInterface()) {
        collect(member, unknown);
      }
    }
    return unknown;
  }

  private static void collect(Element element, List<Unknown> unknown) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (!isSuppressWarnings(annotation)) {
        continue;
      }
      for (AnnotationValue value : annotation.getElementValues().values()) {
        for (Object item : (List<?>) value.getValue()) {
          AnnotationValue name = (AnnotationValue) item;
          String written = String.valueOf(name.getValue());
          if (written.startsWith(PREFIX) && Rules.byId(written.substring(PREFIX.length())) == null) {
            unknown.add(new Unknown(new ElementSite(element, annotation, name), written,
                closest(written.substring(PREFIX.length()))));
          }
        }
      }
    }
    if (element.getKind() == ElementKind.METHOD || element.getKind() == ElementKind.CONSTRUCTOR) {
      for (Element parameter : ((ExecutableElement) element).getParameters()) {
        collect(parameter, unknown);
      }
    }
  }

  static boolean isSuppressWarnings(AnnotationMirror annotation) {
    TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
    return type.getQualifiedName().contentEquals("java.lang.SuppressWarnings");
  }

  /** The rule id nearest to {@code written} by edit distance (the first in catalogue order on a tie). */
  static String closest(String written) {
    return EditDistance.closest(written, Rules.all().stream().map(Rule::id).toList());
  }
}
