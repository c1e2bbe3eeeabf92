package dev.responds.processor.generate;

import dev.responds.StatusCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The names in a generated helper, chosen deterministically from the source.
 *
 * <ul>
 *   <li>The helper of {@code BookApi} is {@code BookApiResponses}; of a nested {@code Outer.Inner},
 *       the top-level {@code Outer_InnerResponses} in the same package.
 *   <li>Accessors are named like their handler method. Overloaded handlers share a name: the first
 *       in source order keeps it, the next ones get the first free {@code name2}, {@code name3} ...
 *       (names of other handlers are reserved first, so a real {@code create2} keeps its name).
 *   <li>A status method is the accessor followed by the status in UpperCamelCase
 *       ({@code createCreated}, {@code getNotFound}, {@code getStatus299} outside the catalogue).
 * </ul>
 */
final class HelperNames {
  static final String SUFFIX = "Responses";

  private HelperNames() {}

  /** {@code BookApiResponses}, {@code Outer_InnerResponses}. */
  static String helperName(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element element = type; element != null && !(element instanceof PackageElement);
        element = element.getEnclosingElement()) {
      names.add(0, element.getSimpleName().toString());
    }
    return String.join("_", names) + SUFFIX;
  }

  /** The status part of a helper method's name: {@code created}, or {@code status299} outside the catalogue. */
  static String statusName(int code) {
    StatusCode status = StatusCode.of(code);
    return status == null ? "status" + code : status.methodName();
  }

  /**
   * The helper method of a handler's status: {@code createCreated}, {@code getNotFound}, or
   * {@code serviceUnavailable} for the class-wide one (an empty accessor); a name
   * already in {@code taken} (an accessor and status that spell another pair) gets the first free
   * number suffix.
   */
  static String statusMethodName(String accessor, int code, Set<String> taken) {
    String base = accessor.isEmpty() ? statusName(code) : accessor + upperCamel(statusName(code));
    String unique = taken.contains(base) ? firstFree(base, taken) : base;
    taken.add(unique);
    return unique;
  }

  /** Accessor names for handler methods named {@code methodNames}, in the same order. */
  static List<String> accessorNames(List<String> methodNames) {
    Set<String> taken = new HashSet<>(methodNames);
    Set<String> seen = new HashSet<>();
    List<String> result = new ArrayList<>();
    for (String name : methodNames) {
      String base = SourceVersion.isKeyword(name) ? name + "_" : name;
      if (seen.add(name)) {
        result.add(base);
        continue;
      }
      String unique = firstFree(base, taken);
      taken.add(unique);
      result.add(unique);
    }
    return result;
  }

  private static String firstFree(String base, Set<String> taken) {
    for (int number = 2; ; number++) {
      String candidate = base + number;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  static String upperCamel(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
