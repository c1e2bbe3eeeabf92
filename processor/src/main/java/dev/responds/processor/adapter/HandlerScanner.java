package dev.responds.processor.adapter;

import dev.responds.Responds;
import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.DocumentedResponses;
import dev.responds.processor.model.ElementSite;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import dev.responds.processor.model.Parameters;
import dev.responds.processor.model.ReturnShape;
import dev.responds.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link TypeModel} of a class: asks each framework adapter what its methods are, adds
 * the {@code @Responds} codes, and derives the answers the declarations prove.
 */
public final class HandlerScanner {
  static final String RESPONDS = Responds.class.getCanonicalName();
  static final String RESPONDS_LIST = Responds.List.class.getCanonicalName();
  private static final String GENERATOR = "dev.responds.processor.RespondsProcessor";

  private final Annotations annotations;
  private final SpringAdapter spring;
  private final List<FrameworkAdapter> adapters;
  private final OpenApiResponses openApi;

  public HandlerScanner(Elements elements, Types types) {
    this.annotations = new Annotations(elements, types);
    this.spring = new SpringAdapter(annotations);
    this.adapters = List.of(spring,
        new JaxRsAdapter(annotations, Framework.JAKARTA_RS),
        new JaxRsAdapter(annotations, Framework.JAVAX_RS),
        new MicronautAdapter(annotations),
        new WebInfrastructureAdapter(annotations),
        new FunctionalEndpointAdapter());
    this.openApi = new OpenApiResponses(annotations);
  }

  /** Called at the start of each processing round: nothing found in an earlier round is kept. */
  public void startRound() {
    annotations.forgetRound();
    openApi.forgetRound();
  }

  public TypeModel scan(TypeElement type) {
    if (isGeneratedHelper(type)) {
      // Its methods carry @Responds as the status each one builds; they are no handlers.
      return new TypeModel(type, List.of(), List.of());
    }
    List<DeclaredStatus> typeResponds = respondsOn(type);
    DocumentedResponses typeDocumented = null;
    List<Handler> handlers = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Handler handler = describe(type, method);
      List<DeclaredStatus> responds = new ArrayList<>(respondsOn(method));
      if (handler == null) {
        if (responds.isEmpty()) {
          continue;
        }
        handler = new Handler(type, method, null, HandlerRole.NONE, Set.of(), "/", List.of(),
            List.of(), Parameters.none(), new ReturnShape(ReturnShape.Kind.UNKNOWN,
                method.getReturnType(), null, null), List.of(), null, List.of());
      } else {
        if (responds.isEmpty()) {
          responds.addAll(inheritedResponds(type, method));
        }
        responds.addAll(typeResponds);
        typeDocumented = typeDocumented == null ? openApi.ofClass(type) : typeDocumented;
        handler = handler.withDocumented(openApi.of(method, type, typeDocumented));
      }
      handlers.add(handler.withDeclarations(responds, DeclaredAnswers.of(handler, responds)));
    }
    List<DeclaredStatus> typeDeclarations = new ArrayList<>(typeResponds);
    if (annotations.isSubtype(type.asType(), "java.lang.Throwable")) {
      AnnotationMirror status = annotations.direct(type, SpringAdapter.RESPONSE_STATUS);
      Integer code = status == null ? null : spring.responseStatusCode(status);
      if (code != null) {
        typeDeclarations.add(new DeclaredStatus(code, ElementSite.of(type, status)));
      }
    }
    return new TypeModel(type, handlers, typeDeclarations);
  }

  /**
   * Whether {@code @Responds} is written on the class, a supertype, or a method of any of them: a
   * cheap test for the classes that can get a helper, so that only those are modelled during the
   * processing rounds. {@code known} remembers the answer per type for the round.
   */
  public boolean mayDeclareResponds(TypeElement type, Map<TypeElement, Boolean> known) {
    for (TypeElement candidate : annotations.typeHierarchy(type)) {
      if (known.computeIfAbsent(candidate, this::carriesResponds)) {
        return true;
      }
    }
    return false;
  }

  private boolean carriesResponds(TypeElement type) {
    if (hasResponds(type)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (hasResponds(method)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasResponds(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      String name = annotations.name(annotation);
      if (name.equals(RESPONDS) || name.equals(RESPONDS_LIST)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} is a {@code <Class>Responses} helper this processor generated. */
  public static boolean isGeneratedHelper(TypeElement type) {
    if (!type.getSimpleName().toString().endsWith("Responses")) {
      return false;
    }
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      if (name.equals("javax.annotation.processing.Generated") || name.equals("javax.annotation.Generated")) {
        AnnotationValue value = Annotations.explicitValue(annotation, "value");
        return value != null && value.toString().contains(GENERATOR);
      }
    }
    return false;
  }

  /** The status Spring sends for an exception class annotated {@code @ResponseStatus}, or null. */
  public DeclaredStatus exceptionStatus(TypeElement exception) {
    return spring.exceptionStatus(exception);
  }

  private Handler describe(TypeElement type, ExecutableElement method) {
    for (FrameworkAdapter adapter : adapters) {
      Handler handler = adapter.describe(type, method);
      if (handler != null) {
        return handler;
      }
    }
    return null;
  }

  /** The codes of the nearest method that {@code method} overrides and that carries {@code @Responds}. */
  private List<DeclaredStatus> inheritedResponds(TypeElement type, ExecutableElement method) {
    for (ExecutableElement declaration : annotations.methodHierarchy(method, type)) {
      List<DeclaredStatus> declared = declaration.equals(method) ? List.of() : respondsOn(declaration);
      if (!declared.isEmpty()) {
        return declared;
      }
    }
    return List.of();
  }

  /** The {@code @Responds} codes written on an element, single or repeated, in source order. */
  private List<DeclaredStatus> respondsOn(Element element) {
    List<DeclaredStatus> result = new ArrayList<>();
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      if (name.equals(RESPONDS)) {
        add(element, annotation, result);
      } else if (name.equals(RESPONDS_LIST)) {
        AnnotationValue value = Annotations.explicitValue(annotation, "value");
        for (Object item : value == null ? List.of() : (List<?>) value.getValue()) {
          add(element, (AnnotationMirror) ((AnnotationValue) item).getValue(), result);
        }
      }
    }
    return result;
  }

  private static void add(Element element, AnnotationMirror responds, List<DeclaredStatus> result) {
    AnnotationValue value = Annotations.explicitValue(responds, "value");
    if (value != null && value.getValue() instanceof Integer code) {
      result.add(new DeclaredStatus(code, new ElementSite(element, responds, value)));
    }
  }
}
