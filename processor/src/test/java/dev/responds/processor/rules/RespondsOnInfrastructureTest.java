package dev.responds.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Responds} on a filter, a security entry point or a functional route declares what it
 * answers, as on a handler: what its body sends is checked against it, never ignored.
 */
final class RespondsOnInfrastructureTest {

  /** An entry point that declares 401 and sends {@code status}, set on line 16. */
  private static JavaFileObject entryPoint(String status) {
    return source("com.example.security.TokenEntryPoint", """
        package com.example.security;

        import dev.responds.Responds;
        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.security.core.AuthenticationException;
        import org.springframework.security.web.AuthenticationEntryPoint;

        class TokenEntryPoint implements AuthenticationEntryPoint {
          @Override
          @Responds(401)
          public void commence(HttpServletRequest request, HttpServletResponse response,
              AuthenticationException failure) throws IOException {
            response.setHeader("WWW-Authenticate", "Bearer realm=\\"api\\"");
            response.setStatus(%s);
          }
        }
        """.formatted(status));
  }

  @Test
  void anEntryPointThatSendsWhatItDeclaresIsSilent() {
    assertThat(findings(compile(entryPoint("401")))).isEmpty();
  }

  @Test
  void anEntryPointThatSendsAnotherStatusIsReported() {
    assertThat(findings(compile(entryPoint("403"))))
        .containsExactly("ERROR TokenEntryPoint.java:16 [undeclared-status]");
  }

  @Test
  void aFilterThatStopsTheRequestWithAnUndeclaredStatusIsReported() {
    assertThat(findings(compile(source("com.example.limits.RateLimitFilter", """
        package com.example.limits;

        import dev.responds.Responds;
        import jakarta.servlet.FilterChain;
        import jakarta.servlet.ServletException;
        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.web.filter.OncePerRequestFilter;

        class RateLimitFilter extends OncePerRequestFilter {
          private volatile boolean open = true;

          @Override
          @Responds(429)
          protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
              FilterChain chain) throws ServletException, IOException {
            if (!open) {
              response.setHeader("Retry-After", "60");
              response.sendError(503);
              return;
            }
            chain.doFilter(request, response);
          }
        }
        """)))).containsExactly("ERROR RateLimitFilter.java:20 [undeclared-status]");
  }

  /** Micronaut's filters are not modelled: @Responds there would check nothing, and says so. */
  @Test
  void onAMicronautFilterItIsReportedAsCheckingNothing() {
    assertThat(findings(compile(source("com.example.auth.TokenFilter", """
        package com.example.auth;

        import dev.responds.Responds;
        import io.micronaut.http.HttpRequest;
        import io.micronaut.http.annotation.RequestFilter;
        import io.micronaut.http.annotation.ServerFilter;

        @ServerFilter("/api/**")
        class TokenFilter {
          @RequestFilter
          @Responds(401)
          void check(HttpRequest<?> request) {
          }
        }
        """)))).containsExactly("WARNING TokenFilter.java:11 [responds-not-handler]");
  }

  @Test
  void aHandlerFunctionIsCheckedAgainstItsResponds() {
    assertThat(findings(compile(source("com.example.books.BookHandler", """
        package com.example.books;

        import dev.responds.Responds;
        import org.springframework.http.HttpStatus;
        import org.springframework.web.reactive.function.server.ServerRequest;
        import org.springframework.web.reactive.function.server.ServerResponse;
        import reactor.core.publisher.Mono;

        class BookHandler {
          @Responds(200)
          Mono<ServerResponse> list(ServerRequest request) {
            return ServerResponse.status(HttpStatus.ACCEPTED).bodyValue("queued");
          }
        }
        """)))).containsExactly("ERROR BookHandler.java:12 [undeclared-status]");
  }
}
