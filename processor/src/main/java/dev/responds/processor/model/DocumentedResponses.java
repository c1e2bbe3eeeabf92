package dev.responds.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.lang.model.element.ExecutableElement;

/**
 * The responses a handler's OpenAPI documentation lists: its own annotations (or those of the
 * method it overrides, such as a generated API interface's), then its class's.
 *
 * @param responses each documented response code with the annotation that documents it
 */
public record DocumentedResponses(List<Response> responses) {
  public static final DocumentedResponses NONE = new DocumentedResponses(List.of());

  /** Orders codes as a reader expects: numbers, then ranges ({@code 4XX}), then {@code default}. */
  private static final Comparator<String> CODE_ORDER = Comparator
      .comparingInt((String code) -> code.equals(Response.DEFAULT) ? 2 : isNumber(code) ? 0 : 1)
      .thenComparing(Comparator.naturalOrder());

  /** The annotations a response is documented with, which also decide how a fix is written. */
  public enum Family {
    /** Swagger 2.x ({@code io.swagger.v3.oas.annotations}), as springdoc reads it. */
    SWAGGER,
    /** Swagger 1.x ({@code io.swagger.annotations}), as springfox reads it. */
    SWAGGER_2,
    /** MicroProfile OpenAPI ({@code org.eclipse.microprofile.openapi.annotations}). */
    MICROPROFILE
  }

  /**
   * One documented response.
   *
   * @param code a status ({@code "404"}), a class of statuses ({@code "4XX"}) or {@code "default"},
   *     which covers every status; a code that cannot be read is taken as {@code "default"}
   */
  public record Response(String code, Family family, ElementSite site) {
    public static final String DEFAULT = "default";

    public Response {
      code = code.trim().toUpperCase(Locale.ROOT);
      if (code.equals("DEFAULT") || !(isNumber(code) || code.matches("[1-5]XX"))) {
        code = DEFAULT;
      }
    }

    boolean covers(int status) {
      return code.equals(DEFAULT) || code.equals(String.valueOf(status))
          || code.endsWith("XX") && code.charAt(0) - '0' == status / 100;
    }
  }

  public DocumentedResponses {
    responses = List.copyOf(responses);
  }

  /**
   * Whether the method itself (or the method it overrides) documents its responses: a class's
   * responses add to each handler's own list, but are no list by themselves.
   */
  public boolean isOwnList() {
    return responses.stream().anyMatch(response -> response.site().owner() instanceof ExecutableElement);
  }

  public boolean isEmpty() {
    return responses.isEmpty();
  }

  /** Whether some documented response covers {@code status}: itself, its class ({@code 4XX}) or {@code default}. */
  public boolean covers(int status) {
    return responses.stream().anyMatch(response -> response.covers(status));
  }

  /** The documented codes, each once: numbers in order, then ranges, then {@code default}. */
  public List<String> codes() {
    TreeSet<String> codes = new TreeSet<>(CODE_ORDER);
    responses.forEach(response -> codes.add(response.code()));
    return new ArrayList<>(codes);
  }

  /** The family of the first documented response, in which a fix is best written. */
  public Family family() {
    return responses.isEmpty() ? Family.SWAGGER : responses.get(0).family();
  }

  /** The same list followed by {@code more}. */
  public DocumentedResponses with(List<Response> more) {
    List<Response> all = new ArrayList<>(responses);
    all.addAll(more);
    return new DocumentedResponses(all);
  }

  private static boolean isNumber(String code) {
    return code.matches("[1-5][0-9][0-9]");
  }
}
