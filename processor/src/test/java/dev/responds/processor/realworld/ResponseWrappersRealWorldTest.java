package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;

/**
 * Wrappers around the servlet response write to that response: Spring's {@code
 * ServletServerHttpResponse} ({@code setStatusCode}, {@code getHeaders()}) and {@code
 * HttpServletResponseWrapper} with the subclasses that only pass it on. A status set through one
 * is judged with every header set through the others; a wrapper handed to other code (a message
 * converter), or a subclass whose constructor does more than {@code super(response)}, is unknown.
 */
final class ResponseWrappersRealWorldTest {

  @Test
  void springServerResponseAroundTheServletResponse() {
    assertThat(RealWorld.findingsOf(source("com.example.security.JsonEntryPoints", """
        package com.example.security;

        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import java.nio.charset.StandardCharsets;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.MediaType;
        import org.springframework.http.converter.StringHttpMessageConverter;
        import org.springframework.http.server.ServerHttpResponse;
        import org.springframework.http.server.ServletServerHttpResponse;
        import org.springframework.security.core.AuthenticationException;
        import org.springframework.security.web.AuthenticationEntryPoint;

        class JsonEntryPoints {
          static final class ProblemEntryPoint implements AuthenticationEntryPoint {
            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
              ServerHttpResponse out = new ServletServerHttpResponse(response);
              out.setStatusCode(HttpStatus.UNAUTHORIZED);
              out.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
              out.getBody().write("{\\"title\\":\\"Unauthorized\\"}".getBytes(StandardCharsets.UTF_8));
              out.flush();
            }
          }

          static final class BearerEntryPoint implements AuthenticationEntryPoint {
            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
              ServletServerHttpResponse out = new ServletServerHttpResponse(response);
              out.setStatusCode(HttpStatus.UNAUTHORIZED);
              out.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
              out.flush();
            }
          }

          static final class MixedEntryPoint implements AuthenticationEntryPoint {
            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) {
              response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\\"api\\"");
              new ServletServerHttpResponse(response).setStatusCode(HttpStatus.UNAUTHORIZED);
            }
          }

          static final class ConverterEntryPoint implements AuthenticationEntryPoint {
            private final StringHttpMessageConverter converter = new StringHttpMessageConverter();

            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
              ServletServerHttpResponse out = new ServletServerHttpResponse(response);
              out.setStatusCode(HttpStatus.UNAUTHORIZED);
              converter.write(failure.getMessage(), MediaType.TEXT_PLAIN, out);
            }
          }
        }
        """))).containsExactly("ERROR JsonEntryPoints.java:22 [challenge-required]");
  }

  @Test
  void servletResponseWrappers() {
    assertThat(RealWorld.findingsOf(source("com.example.web.ApiKeyFilters", """
        package com.example.web;

        import jakarta.servlet.Filter;
        import jakarta.servlet.FilterChain;
        import jakarta.servlet.ServletException;
        import jakarta.servlet.ServletRequest;
        import jakarta.servlet.ServletResponse;
        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import jakarta.servlet.http.HttpServletResponseWrapper;
        import java.io.IOException;

        class ApiKeyFilters {
          static final class PassingResponse extends HttpServletResponseWrapper {
            PassingResponse(HttpServletResponse response) {
              super(response);
            }
          }

          static final class ChallengingResponse extends HttpServletResponseWrapper {
            ChallengingResponse(HttpServletResponse response) {
              super(response);
              response.setHeader("WWW-Authenticate", "ApiKey");
            }
          }

          static final class ApiKeyFilter implements Filter {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
              HttpServletResponseWrapper wrapped = new HttpServletResponseWrapper((HttpServletResponse) response);
              if (((HttpServletRequest) request).getHeader("X-Api-Key") == null) {
                wrapped.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
              }
              chain.doFilter(request, wrapped);
            }
          }

          static final class PassingFilter implements Filter {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
              PassingResponse wrapped = new PassingResponse((HttpServletResponse) response);
              if (((HttpServletRequest) request).getHeader("X-Api-Key") == null) {
                wrapped.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
              }
              chain.doFilter(request, wrapped);
            }
          }

          static final class ChallengingFilter implements Filter {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
              HttpServletResponse wrapped = new ChallengingResponse((HttpServletResponse) response);
              if (((HttpServletRequest) request).getHeader("X-Api-Key") == null) {
                wrapped.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
              }
              chain.doFilter(request, wrapped);
            }
          }

          static final class HeaderOnWrapperFilter implements Filter {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
              HttpServletResponse http = (HttpServletResponse) response;
              HttpServletResponseWrapper wrapped = new HttpServletResponseWrapper(http);
              if (((HttpServletRequest) request).getHeader("X-Api-Key") == null) {
                wrapped.setHeader("WWW-Authenticate", "ApiKey");
                http.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
              }
              chain.doFilter(request, wrapped);
            }
          }
        }
        """))).containsExactly(
            "ERROR ApiKeyFilters.java:33 [challenge-required]",
            "ERROR ApiKeyFilters.java:46 [challenge-required]");
  }
}
