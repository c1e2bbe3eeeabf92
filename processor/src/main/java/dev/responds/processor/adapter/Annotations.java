package dev.responds.processor.adapter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds annotations by qualified name, so that the processor needs no framework on its class
 * path: directly, as meta-annotations of a project's own composed annotations, and inherited
 * from the supertypes and overridden methods that frameworks also read.
 */
public final class Annotations {
  private static final int META_DEPTH = 4;

  /** Cached results of {@link #metaOf}: the annotation itself, or nothing of the wanted names. */
  private static final Object SELF = new Object();
  private static final Object NONE = new Object();

  private final Elements elements;
  private final Types types;
  // A handful of annotation types and classes recur on every handler: search each once per build.
  private final Map<Set<String>, Map<Element, Object>> metaByNames = new HashMap<>();
  private final Map<TypeElement, List<TypeElement>> hierarchies = new HashMap<>();
  private final Map<TypeElement, List<VariableElement>> fields = new HashMap<>();
  // javac 17 keeps names as UTF-8 bytes: turning one into a String on every comparison shows up in profiles.
  private final Map<Element, String> annotationNames = new HashMap<>();

  public Annotations(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Forgets what was found: javac enters the sources anew each round, and supertypes may appear. */
  void forgetRound() {
    metaByNames.clear();
    hierarchies.clear();
    fields.clear();
    annotationNames.clear();
  }

  /** The fields the class declares itself, listed once per round: the adapters ask for each handler. */
  public List<VariableElement> declaredFields(TypeElement type) {
    return fields.computeIfAbsent(type, key -> ElementFilter.fieldsIn(key.getEnclosedElements()));
  }

  /** An annotation found on an element, and the annotation of the wanted type it carries (itself or a meta-annotation). */
  public record Found(AnnotationMirror present, AnnotationMirror target) {}

  public static String nameOf(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** {@link #nameOf}, remembered per annotation type for the round. */
  public String name(AnnotationMirror annotation) {
    return annotationNames.computeIfAbsent(annotation.getAnnotationType().asElement(),
        type -> nameOf(annotation));
  }

  /** The annotation of that type written directly on the element, or null. */
  public AnnotationMirror direct(Element element, String name) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (name(annotation).equals(name)) {
        return annotation;
      }
    }
    return null;
  }

  /** The first annotation on the element that is, or is meta-annotated with, any of {@code names}. */
  public Found find(Element element, Set<String> names) {
    for (AnnotationMirror present : element.getAnnotationMirrors()) {
      AnnotationMirror target = metaOf(present, names);
      if (target != null) {
        return new Found(present, target);
      }
    }
    return null;
  }

  public Found find(Element element, String name) {
    return find(element, Set.of(name));
  }

  public boolean has(Element element, String name) {
    return find(element, name) != null;
  }

  private AnnotationMirror metaOf(AnnotationMirror start, Set<String> names) {
    Map<Element, Object> byType = metaByNames.computeIfAbsent(names, key -> new HashMap<>());
    Element type = start.getAnnotationType().asElement();
    Object cached = byType.get(type);
    if (cached == null) {
      AnnotationMirror found = searchMeta(start, names);
      cached = found == null ? NONE : found == start ? SELF : found;
      byType.put(type, cached);
    }
    return cached == NONE ? null : cached == SELF ? start : (AnnotationMirror) cached;
  }

  /** Breadth first through meta-annotations; a meta-annotation found is the same for every use of {@code start}'s type. */
  private static AnnotationMirror searchMeta(AnnotationMirror start, Set<String> names) {
    Deque<AnnotationMirror> queue = new ArrayDeque<>();
    Set<String> visited = new HashSet<>();
    queue.add(start);
    for (int depth = 0; depth <= META_DEPTH && !queue.isEmpty(); depth++) {
      Deque<AnnotationMirror> next = new ArrayDeque<>();
      for (AnnotationMirror annotation : queue) {
        String name = nameOf(annotation);
        if (names.contains(name)) {
          return annotation;
        }
        if (name.startsWith("java.lang.") || !visited.add(name)) {
          continue;
        }
        next.addAll(annotation.getAnnotationType().asElement().getAnnotationMirrors());
      }
      queue = next;
    }
    return null;
  }

  /** The class and then its superclasses and interfaces, nearest first. */
  public List<TypeElement> typeHierarchy(TypeElement type) {
    return hierarchies.computeIfAbsent(type, this::searchHierarchy);
  }

  private List<TypeElement> searchHierarchy(TypeElement type) {
    Set<TypeElement> seen = new LinkedHashSet<>();
    Deque<TypeElement> queue = new ArrayDeque<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      TypeElement current = queue.removeFirst();
      if (!seen.add(current)) {
        continue;
      }
      for (TypeMirror supertype : types.directSupertypes(current.asType())) {
        Element element = types.asElement(supertype);
        if (element instanceof TypeElement superElement
            && !superElement.getQualifiedName().contentEquals("java.lang.Object")) {
          queue.add(superElement);
        }
      }
    }
    return List.copyOf(seen);
  }

  /** The first type of the hierarchy that carries the annotation, as found there; or null. */
  public Found findInHierarchy(TypeElement type, Set<String> names) {
    for (TypeElement candidate : typeHierarchy(type)) {
      Found found = find(candidate, names);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The method, then the methods it overrides in the supertypes of {@code type}, nearest first. */
  public List<ExecutableElement> methodHierarchy(ExecutableElement method, TypeElement type) {
    List<ExecutableElement> result = new ArrayList<>();
    result.add(method);
    if (method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
      return result;
    }
    for (TypeElement supertype : typeHierarchy(type)) {
      if (supertype.equals(type)) {
        continue;
      }
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, candidate, type)) {
          result.add(candidate);
        }
      }
    }
    return result;
  }

  /**
   * The method's parameters as the framework sees them: each parameter as annotated in the
   * nearest declaration (the method itself, or the overridden one that carries the annotations).
   */
  public List<VariableElement> effectiveParameters(ExecutableElement method, TypeElement type) {
    List<ExecutableElement> hierarchy = methodHierarchy(method, type);
    List<VariableElement> result = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement chosen = method.getParameters().get(i);
      for (ExecutableElement declaration : hierarchy) {
        VariableElement candidate = declaration.getParameters().get(i);
        if (!candidate.getAnnotationMirrors().isEmpty()) {
          chosen = candidate;
          break;
        }
      }
      result.add(chosen);
    }
    return result;
  }

  /** The value of an annotation element, defaults included; null when the annotation has no such element. */
  public AnnotationValue value(AnnotationMirror annotation, String name) {
    AnnotationValue written = explicitValue(annotation, name);
    if (written != null) {
      return written;
    }
    // The element's default, read from the annotation type: getElementValuesWithDefaults would
    // build a map of every element on each call, and handlers ask for several of them.
    Element type = annotation.getAnnotationType().asElement();
    for (ExecutableElement element : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (element.getSimpleName().contentEquals(name)) {
        return element.getDefaultValue();
      }
    }
    return null;
  }

  /** The value written explicitly in the annotation (no default), or null. */
  public static AnnotationValue explicitValue(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The strings of a {@code String} or {@code String[]} element (also enum constant names), defaults included. */
  public List<String> strings(AnnotationMirror annotation, String name) {
    return flatten(value(annotation, name));
  }

  public static List<String> flatten(AnnotationValue value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    Object content = value.getValue();
    if (content instanceof List<?> list) {
      for (Object item : list) {
        result.addAll(flatten((AnnotationValue) item));
      }
    } else if (content instanceof VariableElement constant) {
      result.add(constant.getSimpleName().toString());
    } else if (content != null) {
      result.add(content.toString());
    }
    return result;
  }

  /** The qualified name of the class or interface a type refers to, or null for anything else. */
  public static String qualifiedName(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  /** True when the type is, extends or implements the named class or interface. */
  public boolean isSubtype(TypeMirror type, String name) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    for (TypeElement candidate : typeHierarchy((TypeElement) types.asElement(type))) {
      if (candidate.getQualifiedName().contentEquals(name)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isAbstractOrInterface(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE
        || type.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT);
  }
}
