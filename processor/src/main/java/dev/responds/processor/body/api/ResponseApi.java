package dev.responds.processor.body.api;

import dev.responds.processor.model.Headers;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * The response objects that code writes its answer on call by call, and what each of their calls
 * does: the servlet response (and its wrappers), JAX-RS's {@code ContainerResponseContext} (in
 * response filters), Spring's reactive {@code ServerHttpResponse} and the {@code ServerWebExchange}
 * that holds one, and Spring's servlet-side {@code ServerHttpResponse}.
 */
public enum ResponseApi {
  SERVLET(Set.of("jakarta.servlet.http.HttpServletResponse", "javax.servlet.http.HttpServletResponse",
      "jakarta.servlet.ServletResponse", "javax.servlet.ServletResponse",
      "jakarta.servlet.http.HttpServletResponseWrapper", "javax.servlet.http.HttpServletResponseWrapper",
      "jakarta.servlet.ServletResponseWrapper", "javax.servlet.ServletResponseWrapper"),
      Set.of("setStatus", "sendError", "sendRedirect")),
  /** Spring's servlet-side {@code ServerHttpResponse}, such as a {@code ServletServerHttpResponse} around the response. */
  SERVER(Set.of("org.springframework.http.server.ServerHttpResponse",
      "org.springframework.http.server.ServletServerHttpResponse"),
      Set.of("setStatusCode")),
  CONTAINER_RESPONSE(Set.of("jakarta.ws.rs.container.ContainerResponseContext",
      "javax.ws.rs.container.ContainerResponseContext"),
      Set.of("setStatus", "setStatusInfo")),
  REACTIVE(Set.of("org.springframework.http.server.reactive.ServerHttpResponse"),
      Set.of("setStatusCode", "setRawStatusCode")),
  /** Not a response itself: {@code getResponse()} gives the one its filter writes on. */
  EXCHANGE(Set.of("org.springframework.web.server.ServerWebExchange"), Set.of());

  /** What one call on a response does to it. */
  public enum Effect {
    /** Sets the status: found as an answer where it is called. */
    STATUS,
    /** Sets the header named by its first argument (a constant, or unknown). */
    NAMED_HEADER,
    /** Sets one header fixed by the method: see {@link #header}. */
    HEADER,
    /** Sets the Content-Type to its only argument. */
    CONTENT_TYPE,
    /** Gives the response's mutable header map ({@code getHeaders()}). */
    HEADER_MAP,
    /** Gives the response itself ({@code exchange.getResponse()}). */
    RESPONSE,
    /** Writes a body. */
    BODY,
    /** Reads headers the handler may have set: what the headers are then depends on them. */
    READS_HEADERS,
    /** Changes nothing we judge, hands nothing over. */
    HARMLESS,
    /** Anything else: the response may be written where we cannot see. */
    ESCAPES
  }

  private static final Set<String> SERVLET_NAMED_HEADERS = Set.of(
      "setHeader", "addHeader", "setDateHeader", "addDateHeader", "setIntHeader", "addIntHeader");
  private static final Map<String, String> SERVLET_HEADERS = Map.of(
      "sendRedirect", Headers.LOCATION,
      "setContentLength", "content-length",
      "setContentLengthLong", "content-length",
      "setLocale", "content-language",
      "addCookie", "set-cookie");
  private static final Set<String> SERVLET_HARMLESS = Set.of(
      "setStatus", "sendError", "setCharacterEncoding", "setBufferSize", "flushBuffer",
      "resetBuffer", "getHeader", "getHeaders", "getHeaderNames", "containsHeader", "getStatus",
      "isCommitted", "getContentType", "getCharacterEncoding", "getLocale", "getBufferSize",
      "encodeURL", "encodeRedirectURL", "encodeUrl", "encodeRedirectUrl", "getTrailerFields");
  private static final Set<String> CONTAINER_HARMLESS = Set.of(
      "setStatus", "setStatusInfo", "getStatus", "getStatusInfo", "getEntity", "hasEntity",
      "getEntityClass", "getEntityType", "getEntityAnnotations", "getMediaType");
  private static final Set<String> CONTAINER_READS = Set.of(
      "getStringHeaders", "getHeaderString", "getAllowedMethods", "getDate", "getLanguage",
      "getLength", "getCookies", "getEntityTag", "getLastModified", "getLocation", "getLinks",
      "hasLink", "getLink", "getLinkBuilder");
  private static final Set<String> REACTIVE_HARMLESS = Set.of(
      "setStatusCode", "setRawStatusCode", "getStatusCode", "getRawStatusCode", "isCommitted",
      "bufferFactory", "setComplete", "getCookies");
  private static final Set<String> SERVER_HARMLESS = Set.of("setStatusCode", "flush", "close");
  /**
   * The wrappers that write every call through to the response they are made around: a local made
   * with one of them ({@code new ServletServerHttpResponse(response)}) is that response.
   */
  private static final Set<String> WRAPPERS = Set.of(
      "org.springframework.http.server.ServletServerHttpResponse",
      "jakarta.servlet.http.HttpServletResponseWrapper", "javax.servlet.http.HttpServletResponseWrapper",
      "jakarta.servlet.ServletResponseWrapper", "javax.servlet.ServletResponseWrapper");
  private static final Set<String> EXCHANGE_HARMLESS = Set.of(
      "getRequest", "getAttributes", "getAttribute", "getRequiredAttribute", "getAttributeOrDefault",
      "getPrincipal", "getSession", "getFormData", "getMultipartData", "getLocaleContext",
      "getApplicationContext", "getLogPrefix", "mutate", "isNotModified", "getTransformedUrl");
  /** What any object answers without changing it. */
  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "equals", "getClass");

  private final Set<String> types;
  private final Set<String> statusSetters;

  ResponseApi(Set<String> types, Set<String> statusSetters) {
    this.types = types;
    this.statusSetters = statusSetters;
  }

  /** The API of a type, or null for any other type. */
  public static ResponseApi of(String typeName) {
    for (ResponseApi api : values()) {
      if (api.types.contains(typeName)) {
        return api;
      }
    }
    return null;
  }

  /** Whether {@code type} wraps the response its constructor is given and writes everything through to it. */
  public static boolean isWrapper(String type) {
    return WRAPPERS.contains(type);
  }

  /** Whether a call of {@code method} sets a status on a response of this kind. */
  public static boolean setsStatus(ExecutableElement method) {
    ResponseApi api = of(TypeNames.owner(method));
    return api != null && api.statusSetters.contains(TypeNames.name(method))
        && !method.getParameters().isEmpty();
  }

  /**
   * Whether the status set by {@code call} leaves an empty body when nothing else writes one:
   * {@code sendError} writes an error page, and a response filter keeps the handler's entity.
   */
  public boolean emptyUnlessWritten(String call) {
    return this == SERVLET ? call.equals("setStatus") : this == REACTIVE || this == SERVER;
  }

  /** What a call named {@code name} with {@code arguments} arguments does on this response. */
  public Effect effect(String name, int arguments) {
    if (OBJECT_METHODS.contains(name)) {
      return Effect.HARMLESS;
    }
    switch (this) {
      case SERVLET:
        if (SERVLET_NAMED_HEADERS.contains(name) && arguments == 2) {
          return Effect.NAMED_HEADER;
        }
        if (name.equals("setContentType") && arguments == 1) {
          return Effect.CONTENT_TYPE;
        }
        if (SERVLET_HEADERS.containsKey(name)) {
          return Effect.HEADER;
        }
        if (name.equals("getWriter") || name.equals("getOutputStream")) {
          return Effect.BODY;
        }
        return SERVLET_HARMLESS.contains(name) ? Effect.HARMLESS : Effect.ESCAPES;
      case CONTAINER_RESPONSE:
        if (name.equals("getHeaders") && arguments == 0) {
          return Effect.HEADER_MAP;
        }
        if (name.equals("setEntity") || name.equals("setEntityStream") || name.equals("getEntityStream")) {
          return Effect.BODY;
        }
        if (CONTAINER_READS.contains(name)) {
          return Effect.READS_HEADERS;
        }
        return CONTAINER_HARMLESS.contains(name) ? Effect.HARMLESS : Effect.ESCAPES;
      case REACTIVE:
        if (name.equals("getHeaders") && arguments == 0) {
          return Effect.HEADER_MAP;
        }
        if (name.equals("addCookie")) {
          return Effect.HEADER;
        }
        if (name.equals("writeWith") || name.equals("writeAndFlushWith")) {
          return Effect.BODY;
        }
        return REACTIVE_HARMLESS.contains(name) ? Effect.HARMLESS : Effect.ESCAPES;
      case SERVER:
        if (name.equals("getHeaders") && arguments == 0) {
          return Effect.HEADER_MAP;
        }
        if (name.equals("getBody")) {
          return Effect.BODY;
        }
        if (name.equals("getServletResponse") && arguments == 0) {
          return Effect.RESPONSE;
        }
        return SERVER_HARMLESS.contains(name) ? Effect.HARMLESS : Effect.ESCAPES;
      case EXCHANGE:
        if (name.equals("getResponse") && arguments == 0) {
          return Effect.RESPONSE;
        }
        return EXCHANGE_HARMLESS.contains(name) ? Effect.HARMLESS : Effect.ESCAPES;
      default:
        return Effect.ESCAPES;
    }
  }

  /** The header a {@link Effect#HEADER} call sets. */
  public static String header(String name) {
    return name.equals("addCookie") ? "set-cookie" : SERVLET_HEADERS.get(name);
  }

  /**
   * The header a typed setter of a response's header map sets ({@code getHeaders().setLocation(uri)}
   * on Spring's {@code HttpHeaders}), or null.
   */
  public static String headerMapSetter(String name) {
    return SpringResponses.headerSetBy(name);
  }
}
