package dev.responds.processor.rules;

import static dev.responds.processor.rules.StatusSites.describe;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.ResponseForm;
import dev.responds.processor.model.StatusRequirement;

/** A status that HTTP requires to carry a header: the finding names the status, the header and the fix. */
abstract class MissingHeaderRule extends ResponseRule {

  /**
   * Whether this rule reports a response of {@code status} that lacks {@code header}, the header
   * {@link StatusRequirement} says the status calls for.
   */
  protected abstract boolean covers(int status, String header);

  /** How to set the header on a response the handler builds, in the handler's framework. */
  protected abstract String fix(Handler handler, int status);

  /**
   * Whether {@link #fix} already returns a whole new response (as {@code ResponseEntity.created(uri)}
   * does), so that it fits a handler returning a plain value too.
   */
  protected boolean fixReturnsAResponse(Handler handler) {
    return false;
  }

  /** How a thrown JAX-RS exception carries the header, where a subclass of it does so; else null. */
  protected String jaxRsExceptionFix(int status) {
    return null;
  }

  /** Whether this handler is exempt for this status. */
  protected boolean exempt(Handler handler, Answer answer) {
    return false;
  }

  @Override
  protected final String problemWith(Handler handler, Answer answer) {
    StatusRequirement requirement = StatusRequirement.of(answer.status());
    String header = requirement.header();
    if (header == null || !covers(answer.status(), header) || !answer.headers().lacks(header)
        || exempt(handler, answer)) {
      return null;
    }
    return describe(answer.status()) + (requirement.headerRecommended() ? " should" : " must")
        + " carry " + withArticle(headerName(header))
        + " header, but this response has none" + (answer.isDeclaration()
            ? " (the handler returns a plain value and cannot set headers)" : "")
        + ": " + fixFor(handler, answer, header);
  }

  /** A fix that compiles where the status was made: a builder, an exception, a body, a written response. */
  private String fixFor(Handler handler, Answer answer, String header) {
    int status = answer.status();
    String set = "\"" + headerName(header) + "\", " + exampleValue(header, status);
    ResponseForm form = answer.source() == Answer.Source.WRITTEN ? ResponseForm.WRITTEN_RESPONSE
        : answer.isDeclaration() ? ResponseForm.PLAIN_VALUE : answer.site().form();
    return switch (form) {
      case WRITTEN_RESPONSE -> "set it on the same response, " + headerWrite(handler, headerName(header));
      case PLAIN_VALUE -> fixReturnsAResponse(handler) ? fix(handler, status)
          : "return a response that carries it, " + switch (handler.framework()) {
            case SPRING -> "ResponseEntity.status(" + status + ").header(" + set + ").body(..)";
            case JAKARTA_RS, JAVAX_RS -> "Response.status(" + status + ").header(" + set + ").entity(..).build()";
            case MICRONAUT -> "HttpResponse.status(HttpStatus.valueOf(" + status + ")).header(" + set
                + ").body(..)";
          };
      case STATUS_EXCEPTION -> "a thrown ResponseStatusException sends no headers: create an"
          + " ErrorResponseException(HttpStatus.valueOf(" + status + ")), call getHeaders().set(" + set
          + ") on it and throw it, or return ResponseEntity.status(" + status + ").header(" + set
          + ").build()";
      // final: a constructor that calls getHeaders() of a class open to subclasses lets this
      // escape (javac's this-escape lint, an error under -Werror).
      case ANNOTATED_EXCEPTION -> "an exception that takes its status from @ResponseStatus sends no"
          + " headers: make it a final class that extends ErrorResponseException instead"
          + " (super(HttpStatus.valueOf(" + status + ")), then getHeaders().set(" + set + ") in its"
          + " constructor), or answer it from an @ExceptionHandler with"
          + " ResponseEntity.status(" + status + ").header(" + set + ").build()";
      case RESPONSE_ENTITY_CONSTRUCTOR -> constructorFix(header, status, set);
      case ERROR_RESPONSE -> "add it to the error response's headers: getHeaders().set(" + set
          + ") on an ErrorResponseException, or .header(" + set + ") on ErrorResponse.builder(..)";
      case PROBLEM_DETAIL -> "a ProblemDetail carries no headers: return"
          + " ResponseEntity.of(problem).header(" + set + ").build() instead";
      case SERVER_RESPONSE -> header.equals(Headers.LOCATION)
          ? "add .location(uri) to the ServerResponse builder (or use ServerResponse.created(uri))"
          : "add .header(" + set + ") to the ServerResponse builder";
      case JAXRS_EXCEPTION -> jaxRsExceptionFix(status) != null ? jaxRsExceptionFix(status)
          : "throw new WebApplicationException(Response.status(" + status + ").header(" + set
              + ").build())";
      case MICRONAUT_EXCEPTION -> "a thrown HttpStatusException sends no headers: return"
          + " HttpResponse.status(HttpStatus.valueOf(" + status + ")).header(" + set + ") instead";
      case RESPONSE_ENTITY, JAXRS_RESPONSE, UNKNOWN -> fix(handler, status);
    };
  }

  /**
   * {@code new ResponseEntity<>(body, status)} has no builder: the header travels in an
   * {@code HttpHeaders} given to the constructor, or the builder replaces the constructor.
   */
  private static String constructorFix(String header, int status, String set) {
    String setOnHeaders = header.equals(Headers.LOCATION) ? "setLocation(uri)" : "set(" + set + ")";
    return "pass the header to the constructor: HttpHeaders headers = new HttpHeaders(); headers."
        + setOnHeaders + "; return new ResponseEntity<>(body, headers, HttpStatus.valueOf(" + status
        + "))" + (header.equals(Headers.LOCATION) && status == 201
            ? ", or return ResponseEntity.created(uri).body(body)" : "");
  }

  /** A value of the header for this status, as Java code. */
  private static String exampleValue(String header, int status) {
    return switch (header) {
      case Headers.LOCATION -> "uri.toString()";
      case "allow" -> "\"GET, HEAD\"";
      case "www-authenticate", "proxy-authenticate" -> "\"Bearer realm=...\"";
      case "content-range" -> status == 416 ? "\"bytes */\" + length" : "\"bytes 0-499/1234\"";
      case "upgrade" -> "\"HTTP/2\"";
      case "retry-after" -> "\"120\"";
      default -> "...";
    };
  }

  /**
   * How a header is set on a response written call by call: a JAX-RS response context, or a
   * servlet response; filters and entry points may write on a reactive one, which has no
   * {@code setHeader}.
   */
  private static String headerWrite(Handler handler, String header) {
    if (isJaxRs(handler)) {
      return "response.getHeaders().putSingle(\"" + header + "\", ...)";
    }
    String servlet = "response.setHeader(\"" + header + "\", ...)";
    return handler.role().isHandler() ? servlet
        : servlet + " (on a reactive response, response.getHeaders().set(\"" + header + "\", ...))";
  }

  static boolean isSpring(Handler handler) {
    return handler.framework() == Framework.SPRING;
  }

  static boolean isMicronaut(Handler handler) {
    return handler.framework() == Framework.MICRONAUT;
  }

  static boolean isJaxRs(Handler handler) {
    return handler.framework() != null && handler.framework().isJaxRs();
  }

  /** "an Allow", "a Location". */
  private static String withArticle(String word) {
    return ("AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static String headerName(String header) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : header.toCharArray()) {
      name.append(upper ? Character.toUpperCase(c) : c);
      upper = c == '-';
    }
    return name.toString().replace("Www-", "WWW-");
  }
}
