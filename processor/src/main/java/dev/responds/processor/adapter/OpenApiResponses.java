package dev.responds.processor.adapter;

import dev.responds.processor.model.DocumentedResponses;
import dev.responds.processor.model.DocumentedResponses.Family;
import dev.responds.processor.model.DocumentedResponses.Response;
import dev.responds.processor.model.ElementSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the responses a handler's OpenAPI annotations document, by annotation name (no OpenAPI
 * library on the processor's class path): Swagger's {@code @ApiResponse}, {@code @ApiResponses}
 * and {@code @Operation(responses = ..)}; Swagger 1.x's {@code @ApiResponse(code = ..)}; and
 * MicroProfile's {@code @APIResponse}, {@code @APIResponses} and {@code @APIResponseSchema}. The
 * method's own list counts with those of the methods it overrides (a generated API interface);
 * the class's, and its supertypes', add to every handler, as springdoc and MicroProfile read them.
 */
final class OpenApiResponses {
  private static final String SWAGGER = "io.swagger.v3.oas.annotations.";
  private static final String SWAGGER_2 = "io.swagger.annotations.";
  private static final String MICROPROFILE = "org.eclipse.microprofile.openapi.annotations.";
  /** How deep a team's own annotations may nest before a response annotation. */
  private static final int META_DEPTH = 3;

  /** Each annotation that documents one response: its family and the element that holds its code. */
  private record Reading(Family family, String codeElement) {}

  private static final Map<String, Reading> RESPONSES = Map.of(
      SWAGGER + "responses.ApiResponse", new Reading(Family.SWAGGER, "responseCode"),
      SWAGGER_2 + "ApiResponse", new Reading(Family.SWAGGER_2, "code"),
      MICROPROFILE + "responses.APIResponse", new Reading(Family.MICROPROFILE, "responseCode"),
      MICROPROFILE + "responses.APIResponseSchema", new Reading(Family.MICROPROFILE, "responseCode"));
  /** Annotations that hold a list of responses, and the element that holds it. */
  private static final Map<String, String> LISTS = Map.of(
      SWAGGER + "responses.ApiResponses", "value",
      SWAGGER + "Operation", "responses",
      SWAGGER_2 + "ApiResponses", "value",
      MICROPROFILE + "responses.APIResponses", "value");

  private final Annotations annotations;
  private final Map<Element, List<AnnotationMirror>> carried = new HashMap<>();

  OpenApiResponses(Annotations annotations) {
    this.annotations = annotations;
  }

  /** Forgets the annotation types searched: javac enters the sources anew each round. */
  void forgetRound() {
    carried.clear();
  }

  /** What the class and its supertypes document for every handler; read once per class. */
  DocumentedResponses ofClass(TypeElement type) {
    List<Response> responses = new ArrayList<>();
    for (TypeElement candidate : annotations.typeHierarchy(type)) {
      read(candidate, responses);
    }
    return new DocumentedResponses(responses);
  }

  /** What the method and the methods it overrides document, followed by {@code ofClass}. */
  DocumentedResponses of(ExecutableElement method, TypeElement type, DocumentedResponses ofClass) {
    List<Response> responses = new ArrayList<>();
    for (ExecutableElement declaration : annotations.methodHierarchy(method, type)) {
      read(declaration, responses);
    }
    return new DocumentedResponses(responses).with(ofClass.responses());
  }

  private void read(Element element, List<Response> responses) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      List<AnnotationMirror> documented = responsesIn(annotation);
      if (documented.isEmpty()) {
        for (AnnotationMirror carried : carriedBy(annotation.getAnnotationType().asElement(), 0)) {
          add(element, annotation, carried, responses);
        }
      }
      for (AnnotationMirror response : documented) {
        add(element, response, response, responses);
      }
    }
  }

  /** The responses an OpenAPI annotation documents: itself, or those it lists. */
  private List<AnnotationMirror> responsesIn(AnnotationMirror annotation) {
    String name = annotations.name(annotation);
    List<AnnotationMirror> result = new ArrayList<>();
    if (RESPONSES.containsKey(name)) {
      result.add(annotation);
    } else if (LISTS.containsKey(name)) {
      for (AnnotationValue item : items(Annotations.explicitValue(annotation, LISTS.get(name)))) {
        if (item.getValue() instanceof AnnotationMirror response && RESPONSES.containsKey(annotations.name(response))) {
          result.add(response);
        }
      }
    }
    return result;
  }

  /**
   * The responses a team's own annotation type carries ({@code @NotFoundResponse} meta-annotated
   * with {@code @ApiResponse(responseCode = "404")}), searched once per annotation type.
   */
  private List<AnnotationMirror> carriedBy(Element annotationType, int depth) {
    List<AnnotationMirror> known = carried.get(annotationType);
    if (known != null) {
      return known;
    }
    List<AnnotationMirror> result = new ArrayList<>();
    if (depth < META_DEPTH && !annotationType.toString().startsWith("java.")) {
      for (AnnotationMirror meta : annotationType.getAnnotationMirrors()) {
        List<AnnotationMirror> documented = responsesIn(meta);
        result.addAll(documented.isEmpty()
            ? carriedBy(meta.getAnnotationType().asElement(), depth + 1) : documented);
      }
    }
    carried.put(annotationType, result);
    return result;
  }

  /** Adds the response {@code annotation} documents, sited on {@code shown} (itself, or the team's annotation that carries it). */
  private void add(Element element, AnnotationMirror shown, AnnotationMirror annotation,
      List<Response> responses) {
    Reading reading = RESPONSES.get(annotations.name(annotation));
    if (reading == null) {
      return;
    }
    AnnotationValue code = Annotations.explicitValue(annotation, reading.codeElement());
    // No code: Swagger's default is "default", MicroProfile's "" the same; unreadable is "default" too.
    String text = code == null ? Response.DEFAULT : String.valueOf(code.getValue());
    responses.add(new Response(text, reading.family(),
        new ElementSite(element, shown, shown == annotation ? code : null)));
  }

  private static List<AnnotationValue> items(AnnotationValue value) {
    List<AnnotationValue> items = new ArrayList<>();
    if (value != null && value.getValue() instanceof List<?> list) {
      for (Object item : list) {
        items.add((AnnotationValue) item);
      }
    } else if (value != null) {
      items.add(value);
    }
    return items;
  }
}
