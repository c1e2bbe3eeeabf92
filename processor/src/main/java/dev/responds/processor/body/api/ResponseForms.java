package dev.responds.processor.body.api;

import dev.responds.processor.model.ResponseForm;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Names the kind of object that made a response at a site, by its static type and supertypes. */
public final class ResponseForms {
  /** Checked in this order, so that the most specific type wins (ResponseStatusException is an ErrorResponseException). */
  private static final Map<String, ResponseForm> EXCEPTIONS = orderedMap(
      "org.springframework.web.server.ResponseStatusException", ResponseForm.STATUS_EXCEPTION,
      "org.springframework.web.ErrorResponseException", ResponseForm.ERROR_RESPONSE,
      "jakarta.ws.rs.WebApplicationException", ResponseForm.JAXRS_EXCEPTION,
      "javax.ws.rs.WebApplicationException", ResponseForm.JAXRS_EXCEPTION,
      "io.micronaut.http.exceptions.HttpStatusException", ResponseForm.MICRONAUT_EXCEPTION);
  private static final Map<String, ResponseForm> VALUES = orderedMap(
      "org.springframework.http.ResponseEntity", ResponseForm.RESPONSE_ENTITY,
      "org.springframework.http.ProblemDetail", ResponseForm.PROBLEM_DETAIL,
      "org.springframework.web.ErrorResponse", ResponseForm.ERROR_RESPONSE,
      "org.springframework.web.reactive.function.server.ServerResponse", ResponseForm.SERVER_RESPONSE,
      "org.springframework.web.servlet.function.ServerResponse", ResponseForm.SERVER_RESPONSE,
      "jakarta.ws.rs.core.Response", ResponseForm.JAXRS_RESPONSE,
      "javax.ws.rs.core.Response", ResponseForm.JAXRS_RESPONSE,
      "org.jboss.resteasy.reactive.RestResponse", ResponseForm.JAXRS_RESPONSE);
  private static final String RESPONSE_STATUS = "org.springframework.web.bind.annotation.ResponseStatus";

  private ResponseForms() {}

  /**
   * The form of a response written call by call on a response object ({@code written}), of the
   * exception of type {@code exception} when it is thrown, or else of the value of type {@code value},
   * made there by a constructor ({@code constructed}) or otherwise.
   */
  public static ResponseForm of(boolean written, TypeMirror exception, TypeMirror value,
      boolean constructed) {
    if (written) {
      return ResponseForm.WRITTEN_RESPONSE;
    }
    if (exception != null) {
      ResponseForm form = match(exception, EXCEPTIONS);
      return form != ResponseForm.UNKNOWN || !annotatedWithResponseStatus(exception)
          ? form : ResponseForm.ANNOTATED_EXCEPTION;
    }
    ResponseForm form = valueForm(value, 0);
    return constructed && form == ResponseForm.RESPONSE_ENTITY ? ResponseForm.RESPONSE_ENTITY_CONSTRUCTOR : form;
  }

  /** The form of a returned value, looking into wrappers ({@code Mono<ResponseEntity<T>>}, {@code Optional<..>}). */
  private static ResponseForm valueForm(TypeMirror type, int depth) {
    if (type == null || depth > 2) {
      return ResponseForm.UNKNOWN;
    }
    ResponseForm form = match(type, VALUES);
    if (form != ResponseForm.UNKNOWN || type.getKind() != TypeKind.DECLARED) {
      return form;
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      ResponseForm inner = valueForm(argument, depth + 1);
      if (inner != ResponseForm.UNKNOWN) {
        return inner;
      }
    }
    return ResponseForm.UNKNOWN;
  }

  /** The form of the first name in {@code forms} that the type or one of its supertypes has. */
  private static ResponseForm match(TypeMirror type, Map<String, ResponseForm> forms) {
    Set<String> names = supertypeNames(type);
    for (Map.Entry<String, ResponseForm> form : forms.entrySet()) {
      if (names.contains(form.getKey())) {
        return form.getValue();
      }
    }
    return ResponseForm.UNKNOWN;
  }

  private static boolean annotatedWithResponseStatus(TypeMirror exception) {
    for (TypeElement type = asType(exception); type != null; type = asType(type.getSuperclass())) {
      for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
        if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals(RESPONSE_STATUS)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> supertypeNames(TypeMirror type) {
    Set<String> names = new HashSet<>();
    Deque<TypeElement> pending = new ArrayDeque<>();
    TypeElement start = asType(type);
    if (start != null) {
      pending.add(start);
    }
    while (!pending.isEmpty()) {
      TypeElement next = pending.pop();
      if (!names.add(next.getQualifiedName().toString())) {
        continue;
      }
      TypeElement superclass = asType(next.getSuperclass());
      if (superclass != null) {
        pending.add(superclass);
      }
      for (TypeMirror implemented : next.getInterfaces()) {
        TypeElement element = asType(implemented);
        if (element != null) {
          pending.add(element);
        }
      }
    }
    return names;
  }

  private static TypeElement asType(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    Element element = ((DeclaredType) type).asElement();
    return element instanceof TypeElement typeElement ? typeElement : null;
  }

  private static Map<String, ResponseForm> orderedMap(Object... entries) {
    Map<String, ResponseForm> map = new LinkedHashMap<>();
    for (int i = 0; i < entries.length; i += 2) {
      map.put((String) entries[i], (ResponseForm) entries[i + 1]);
    }
    return map;
  }
}
