package dev.responds.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a generated file writes the types it uses: every type is registered first; a simple name
 * that only one type uses is written simple (imported unless it is in {@code java.lang} or the
 * file's package), the others in full. Also the name of a type variable or the helper itself
 * counts as used.
 */
final class SourceNames {
  private final String packageName;
  private final Map<String, ClassName> bySimpleName = new HashMap<>();
  private final Set<String> ambiguous = new TreeSet<>();

  SourceNames(String packageName, String... reserved) {
    this.packageName = packageName;
    for (String name : reserved) {
      ambiguous.add(name);
    }
  }

  /** Registers every class that {@code type} mentions. */
  void use(TypeName type) {
    if (type instanceof ClassName name) {
      ClassName top = topLevel(name);
      ClassName known = bySimpleName.putIfAbsent(top.simpleName(), top);
      if (known != null && !known.equals(top)) {
        ambiguous.add(top.simpleName());
      }
    } else if (type instanceof ParameterizedTypeName parameterized) {
      use(parameterized.rawType());
      parameterized.typeArguments().forEach(this::use);
    } else if (type instanceof ArrayTypeName array) {
      use(array.componentType());
    } else if (type instanceof WildcardTypeName wildcard) {
      wildcard.upperBounds().forEach(this::use);
      wildcard.lowerBounds().forEach(this::use);
    }
  }

  /** The import lines, sorted. */
  String imports() {
    return bySimpleName.values().stream()
        .filter(name -> !ambiguous.contains(name.simpleName()))
        .filter(name -> !name.packageName().equals("java.lang") && !name.packageName().equals(packageName))
        .map(name -> "import " + name.canonicalName() + ";\n")
        .sorted()
        .collect(Collectors.joining());
  }

  /** {@code type} as the file writes it, once every type has been registered. */
  String of(TypeName type) {
    if (type instanceof ClassName name) {
      ClassName top = topLevel(name);
      String simple = name.canonicalName().substring(top.canonicalName().length() - top.simpleName().length());
      return ambiguous.contains(top.simpleName()) ? name.canonicalName() : simple;
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      return of(parameterized.rawType()) + parameterized.typeArguments().stream()
          .map(this::of).collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof ArrayTypeName array) {
      return of(array.componentType()) + "[]";
    }
    if (type instanceof WildcardTypeName wildcard) {
      if (!wildcard.lowerBounds().isEmpty()) {
        return "? super " + of(wildcard.lowerBounds().get(0));
      }
      TypeName upper = wildcard.upperBounds().get(0);
      return upper.equals(ClassName.OBJECT) ? "?" : "? extends " + of(upper);
    }
    if (type instanceof TypeVariableName variable) {
      return variable.name();
    }
    return type.toString(); // primitives
  }

  private static ClassName topLevel(ClassName name) {
    return name.enclosingClassName() == null ? name : topLevel(name.enclosingClassName());
  }
}
