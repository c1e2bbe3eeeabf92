package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import dev.responds.processor.Compiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spring applications answer many requests before any controller runs: Spring Security's entry
 * points and access-denied handlers, servlet filters, interceptors and WebFlux web filters. What
 * they write on the response is judged like a handler's answer; a status the filter chain may run
 * around, or one written on a response handed to other code, is not.
 */
final class SpringWebInfrastructureRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  /** The headline case: an entry point that answers 401 and never says how to authenticate. */
  @Test
  void securityEntryPointsAndAccessDeniedHandlers() {
    assertThat(findingsOf("com.example.security.SecurityHandlers", """
        package com.example.security;

        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.http.HttpStatus;
        import org.springframework.security.access.AccessDeniedException;
        import org.springframework.security.core.AuthenticationException;
        import org.springframework.security.web.AuthenticationEntryPoint;
        import org.springframework.security.web.access.AccessDeniedHandler;
        import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
        import org.springframework.web.server.ResponseStatusException;

        class SecurityHandlers {
          static final class JsonEntryPoint implements AuthenticationEntryPoint {
            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
              response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
              response.setContentType("application/json");
              response.getWriter().write("{\\"error\\":\\"unauthorized\\"}");
            }
          }

          static final class PlainEntryPoint implements AuthenticationEntryPoint {
            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
              response.sendError(HttpServletResponse.SC_UNAUTHORIZED, failure.getMessage());
            }
          }

          static final class BearerEntryPoint implements AuthenticationEntryPoint {
            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
              response.addHeader("WWW-Authenticate", "Bearer realm=\\"api\\"");
              response.sendError(401);
            }
          }

          /**
           * Browsers get the Basic challenge from Spring's entry point, scripts a bare 401 beside it:
           * the hand-off to the delegate is on the other path.
           */
          static final class AjaxAwareEntryPoint implements AuthenticationEntryPoint {
            private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
              if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setStatus(401);
                return;
              }
              basic.commence(request, response, failure);
            }
          }

          static final class ThrowingEntryPoint implements AuthenticationEntryPoint {
            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) {
              throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "not here");
            }
          }

          static final class ForbiddenHandler implements AccessDeniedHandler {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response,
                AccessDeniedException denied) throws IOException {
              response.sendError(HttpServletResponse.SC_FORBIDDEN, denied.getMessage());
            }
          }

          static final class LoginFirstHandler implements AccessDeniedHandler {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response,
                AccessDeniedException denied) {
              response.setStatus(HttpStatus.UNAUTHORIZED.value());
            }
          }
        }
        """)).containsExactly(
            "ERROR SecurityHandlers.java:19 [challenge-required]",
            "ERROR SecurityHandlers.java:29 [challenge-required]",
            "ERROR SecurityHandlers.java:53 [challenge-required]",
            "ERROR SecurityHandlers.java:80 [challenge-required]");
  }

  /** Servlet filters stop requests by hand; a status the chain may run around is not the answer. */
  @Test
  void servletFilters() {
    assertThat(findingsOf("com.example.web.Filters", """
        package com.example.web;

        import jakarta.servlet.Filter;
        import jakarta.servlet.FilterChain;
        import jakarta.servlet.ServletException;
        import jakarta.servlet.ServletRequest;
        import jakarta.servlet.ServletResponse;
        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import org.springframework.http.HttpStatus;
        import org.springframework.web.filter.OncePerRequestFilter;
        import org.springframework.web.server.ResponseStatusException;

        class Filters {
          static final class ApiKeyFilter implements Filter {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
              HttpServletRequest http = (HttpServletRequest) request;
              if (http.getHeader("X-Api-Key") == null) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
              }
              chain.doFilter(request, response);
            }
          }

          static final class RateLimitFilter extends OncePerRequestFilter {
            private final Map<String, Integer> counts = new ConcurrentHashMap<>();

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
              if (counts.merge(request.getRemoteAddr(), 1, Integer::sum) > 100) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.getWriter().write("too many requests");
                return;
              }
              chain.doFilter(request, response);
            }
          }

          static final class PoliteRateLimitFilter extends OncePerRequestFilter {
            private final Map<String, Integer> counts = new ConcurrentHashMap<>();

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
              if (counts.merge(request.getRemoteAddr(), 1, Integer::sum) > 100) {
                response.setHeader("Retry-After", "60");
                response.setStatus(429);
                return;
              }
              chain.doFilter(request, response);
            }
          }

          static final class JwtFilter extends OncePerRequestFilter {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
              String header = request.getHeader("Authorization");
              if (header == null) {
                chain.doFilter(request, response);
                return;
              }
              try {
                verify(header.substring(7));
              } catch (IllegalArgumentException e) {
                HttpServletResponse http = response;
                http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
              }
              chain.doFilter(request, response);
            }

            private static void verify(String token) {
              if (token.isBlank()) {
                throw new IllegalArgumentException("empty token");
              }
            }
          }

          /** Sets a status and still passes the request on, or rewrites after the chain: not the answer. */
          static final class AroundTheChainFilter extends OncePerRequestFilter {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
              if (request.getHeader("X-Legacy") != null) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
              }
              chain.doFilter(request, response);
              if (response.getStatus() == 403) {
                response.setStatus(401);
              }
            }
          }

          /** An empty 200 for a preflight, an exception left to the container, the request passed on. */
          static final class QuietFilter extends OncePerRequestFilter {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
              if ("OPTIONS".equals(request.getMethod())) {
                response.setHeader("Access-Control-Allow-Origin", "*");
                response.setStatus(HttpServletResponse.SC_OK);
                return;
              }
              if (request.getRequestURI().contains("..")) {
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
              }
              chain.doFilter(request, response);
            }
          }
        }
        """)).containsExactly(
            "ERROR Filters.java:24 [challenge-required]",
            "WARNING Filters.java:38 [retry-after]",
            "ERROR Filters.java:74 [challenge-required]");
  }

  /** An interceptor stops a request by returning false; exceptions it throws are Spring MVC's to answer. */
  @Test
  void handlerInterceptors() {
    assertThat(findingsOf("com.example.web.Interceptors", """
        package com.example.web;

        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.http.HttpStatus;
        import org.springframework.web.server.ResponseStatusException;
        import org.springframework.web.servlet.HandlerInterceptor;

        class Interceptors {
          static final class ApiKeyInterceptor implements HandlerInterceptor {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                Object handler) throws IOException {
              if (request.getHeader("X-Api-Key") == null) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return false;
              }
              return true;
            }
          }

          static final class QuotaInterceptor implements HandlerInterceptor {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                Object handler) {
              if (request.getParameter("burst") != null) {
                response.setStatus(429);
                response.setHeader("Retry-After", "3600");
                return false;
              }
              return true;
            }
          }

          static final class SessionInterceptor implements HandlerInterceptor {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                Object handler) {
              if (request.getSession(false) == null) {
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "log in first");
              }
              return true;
            }
          }

          /** Marks the status and lets the handler answer: the handler has the last word. */
          static final class DeprecationInterceptor implements HandlerInterceptor {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                Object handler) {
              if (request.getRequestURI().startsWith("/v1/")) {
                response.setStatus(401);
                response.setHeader("Deprecation", "true");
              }
              return true;
            }
          }
        }
        """)).containsExactly(
            "ERROR Interceptors.java:16 [challenge-required]",
            "ERROR Interceptors.java:41 [challenge-required]");
  }

  /**
   * A response handed to other code on one path says nothing of a status written on another: the
   * 401 at the top of {@code preHandle} leaves before the hand-off further down. A hand-off on the
   * same path (before the status, or after it), in a loop or around a {@code try} keeps it unknown.
   */
  @Test
  void handOffOnAnotherPath() {
    assertThat(findingsOf("com.example.web.TokenInterceptors", """
        package com.example.web;

        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import java.util.List;
        import org.springframework.web.servlet.HandlerInterceptor;

        class TokenInterceptors {
          interface ErrorWriter {
            void write(HttpServletResponse response, int status, String message) throws IOException;
          }

          private final ErrorWriter errors;

          TokenInterceptors(ErrorWriter errors) {
            this.errors = errors;
          }

          final class BearerInterceptor implements HandlerInterceptor {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                Object handler) throws IOException {
              String token = request.getHeader("Authorization");
              if (token == null) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return false;
              }
              if (!token.startsWith("Bearer ")) {
                errors.write(response, HttpServletResponse.SC_BAD_REQUEST, "malformed token");
                return false;
              }
              return true;
            }
          }

          final class ChallengingInterceptor implements HandlerInterceptor {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                Object handler) throws IOException {
              String token = request.getHeader("Authorization");
              switch (token == null ? "" : token.substring(0, token.indexOf(' ') + 1)) {
                case "":
                  response.setHeader("WWW-Authenticate", "Bearer");
                  response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                  return false;
                case "Basic ":
                  errors.write(response, HttpServletResponse.SC_BAD_REQUEST, "use a bearer token");
                  return false;
                default:
                  return true;
              }
            }
          }

          final class HandOffFirstInterceptor implements HandlerInterceptor {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                Object handler) throws IOException {
              errors.write(response, 0, "");
              if (request.getHeader("Authorization") == null) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return false;
              }
              return true;
            }
          }

          final class LoopingInterceptor implements HandlerInterceptor {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                Object handler) throws IOException {
              for (String scheme : List.of("Bearer", "Basic")) {
                if (request.getHeader(scheme) == null) {
                  response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                  return false;
                }
                errors.write(response, 0, scheme);
              }
              return true;
            }
          }

          final class TryingInterceptor implements HandlerInterceptor {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                Object handler) throws IOException {
              try {
                if (request.getHeader("Authorization") == null) {
                  response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                  errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "log in");
                  return false;
                }
              } catch (IOException e) {
                errors.write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
                return false;
              }
              return true;
            }
          }
        }
        """)).containsExactly("ERROR TokenInterceptors.java:26 [challenge-required]");
  }

  /** WebFlux filters and reactive entry points write on the exchange's response. */
  @Test
  void webFiltersAndReactiveEntryPoints() {
    assertThat(findingsOf("com.example.reactive.ReactiveSecurity", """
        package com.example.reactive;

        import java.nio.charset.StandardCharsets;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.MediaType;
        import org.springframework.http.server.reactive.ServerHttpResponse;
        import org.springframework.security.core.AuthenticationException;
        import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
        import org.springframework.web.server.ResponseStatusException;
        import org.springframework.web.server.ServerWebExchange;
        import org.springframework.web.server.WebFilter;
        import org.springframework.web.server.WebFilterChain;
        import reactor.core.publisher.Mono;

        class ReactiveSecurity {
          static final class ApiKeyWebFilter implements WebFilter {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
              if (exchange.getRequest().getHeaders().getFirst("X-Api-Key") == null) {
                exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
                return exchange.getResponse().setComplete();
              }
              return chain.filter(exchange);
            }
          }

          static final class ThrottleWebFilter implements WebFilter {
            private volatile boolean busy;

            @Override
            public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
              if (busy) {
                ServerHttpResponse response = exchange.getResponse();
                response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
                response.getHeaders().set(HttpHeaders.RETRY_AFTER, "10");
                return response.setComplete();
              }
              return chain.filter(exchange);
            }
          }

          static final class MaintenanceWebFilter implements WebFilter {
            private volatile boolean down;

            @Override
            public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
              if (down) {
                return Mono.error(new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE));
              }
              return chain.filter(exchange).then(Mono.fromRunnable(
                  () -> exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED)));
            }
          }

          static final class JsonEntryPoint implements ServerAuthenticationEntryPoint {
            @Override
            public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
              ServerHttpResponse response = exchange.getResponse();
              response.setStatusCode(HttpStatus.UNAUTHORIZED);
              response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
              byte[] body = "{\\"error\\":\\"unauthorized\\"}".getBytes(StandardCharsets.UTF_8);
              return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
            }
          }
        }
        """)).containsExactly(
            "ERROR ReactiveSecurity.java:21 [challenge-required]",
            "WARNING ReactiveSecurity.java:49 [retry-after]",
            "ERROR ReactiveSecurity.java:60 [challenge-required]");
  }

  /** The fix a servlet entry point is told names the servlet call. */
  @Test
  void entryPointFindingNamesTheServletFix() {
    assertThat(Compiler.messages(Compiler.compile(source("com.example.security.Plain", """
        package com.example.security;

        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.security.core.AuthenticationException;
        import org.springframework.security.web.AuthenticationEntryPoint;

        class Plain implements AuthenticationEntryPoint {
          @Override
          public void commence(HttpServletRequest request, HttpServletResponse response,
              AuthenticationException failure) throws IOException {
            response.sendError(401);
          }
        }
        """)))).containsExactly("[challenge-required] 401 Unauthorized must carry a"
            + " WWW-Authenticate header, but this response has none: set it on the same response,"
            + " response.setHeader(\"WWW-Authenticate\", ...) (on a reactive response,"
            + " response.getHeaders().set(\"WWW-Authenticate\", ...))");
  }
}
