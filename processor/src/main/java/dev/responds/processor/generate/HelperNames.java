package dev.responds.processor.generate;

import dev.responds.StatusCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 *   <li>The nested class is the accessor name in UpperCamelCase; names that would clash with the
 *       helper itself or, ignoring case (class files on case-insensitive file systems), with an
 *       earlier nested class get the first free number suffix.
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

  /** The helper method of a status: {@code created}, or {@code status299} outside the catalogue. */
  static String statusMethodName(int code) {
    StatusCode status = StatusCode.of(code);
    return status == null ? "status" + code : status.methodName();
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
      String unique = firstFree(base, taken, false);
      taken.add(unique);
      result.add(unique);
    }
    return result;
  }

  /** Nested class names for the accessors, in the same order. */
  static List<String> nestedClassNames(List<String> accessorNames, String helperName) {
    Set<String> taken = new LinkedHashSet<>();
    taken.add(helperName.toLowerCase(Locale.ROOT));
    List<String> result = new ArrayList<>();
    for (String accessor : accessorNames) {
      String base = upperCamel(accessor);
      String unique = taken.contains(base.toLowerCase(Locale.ROOT))
          ? firstFree(base, taken, true) : base;
      taken.add(unique.toLowerCase(Locale.ROOT));
      result.add(unique);
    }
    return result;
  }

  private static String firstFree(String base, Set<String> taken, boolean ignoreCase) {
    for (int number = 2; ; number++) {
      String candidate = base + number;
      if (!taken.contains(ignoreCase ? candidate.toLowerCase(Locale.ROOT) : candidate)) {
        return candidate;
      }
    }
  }

  static String upperCamel(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
