package dev.responds.processor.adapter;

import dev.responds.processor.model.DocumentedResponses;
import dev.responds.processor.model.DocumentedResponses.Family;
import dev.responds.processor.model.DocumentedResponses.Response;
import dev.responds.processor.model.ElementSite;
import java.util.ArrayList;
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

  OpenApiResponses(Annotations annotations) {
    this.annotations = annotations;
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
      String name = annotations.name(annotation);
      String list = LISTS.get(name);
      if (list != null) {
        for (AnnotationValue item : items(Annotations.explicitValue(annotation, list))) {
          if (item.getValue() instanceof AnnotationMirror response) {
            add(element, response, annotations.name(response), responses);
          }
        }
      } else {
        add(element, annotation, name, responses);
      }
    }
  }

  private static void add(Element element, AnnotationMirror annotation, String name,
      List<Response> responses) {
    Reading reading = RESPONSES.get(name);
    if (reading == null) {
      return;
    }
    AnnotationValue code = Annotations.explicitValue(annotation, reading.codeElement());
    // No code: Swagger's default is "default", MicroProfile's "" the same; unreadable is "default" too.
    String text = code == null ? Response.DEFAULT : String.valueOf(code.getValue());
    responses.add(new Response(text, reading.family(), new ElementSite(element, annotation, code)));
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
