package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;

/**
 * Spring Security entry points and access-denied handlers written as lambdas or method references,
 * in {@code @Bean} methods or handed to a filter: each is judged by what it writes on its
 * response, like a class implementing the interface.
 */
final class EntryPointLambdasRealWorldTest {

  @Test
  void lambdaEntryPointsWithoutAChallenge() {
    assertThat(RealWorld.findingsOf(source("com.example.security.SecurityConfig", """
        package com.example.security;

        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.context.annotation.Bean;
        import org.springframework.context.annotation.Configuration;
        import org.springframework.http.HttpStatus;
        import org.springframework.security.core.AuthenticationException;
        import org.springframework.security.web.AuthenticationEntryPoint;
        import org.springframework.security.web.DefaultSecurityFilterChain;
        import org.springframework.security.web.SecurityFilterChain;
        import org.springframework.security.web.access.AccessDeniedHandler;
        import org.springframework.security.web.access.ExceptionTranslationFilter;
        import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
        import org.springframework.security.web.util.matcher.AnyRequestMatcher;
        import reactor.core.publisher.Mono;

        @Configuration
        class SecurityConfig {
          @Bean
          AuthenticationEntryPoint apiEntryPoint() {
            return (request, response, e) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
          }

          @Bean
          AuthenticationEntryPoint jsonEntryPoint() {
            return (request, response, e) -> {
              response.setStatus(401);
              response.setContentType("application/json");
              response.getWriter().write("{\\"error\\":\\"unauthorized\\"}");
            };
          }

          @Bean
          AccessDeniedHandler deniedHandler() {
            return (request, response, e) -> response.sendError(403);
          }

          @Bean
          ServerAuthenticationEntryPoint reactiveEntryPoint() {
            return (exchange, e) -> Mono.fromRunnable(
                () -> exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED));
          }

          @Bean
          SecurityFilterChain chain() {
            return new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE,
                new ExceptionTranslationFilter(this::unauthorized));
          }

          private void unauthorized(HttpServletRequest request, HttpServletResponse response,
              AuthenticationException e) throws IOException {
            response.sendError(401, "Sign in first");
          }
        }
        """))).containsExactly(
            "ERROR SecurityConfig.java:23 [challenge-required]",
            "ERROR SecurityConfig.java:29 [challenge-required]",
            "ERROR SecurityConfig.java:43 [challenge-required]",
            "ERROR SecurityConfig.java:54 [challenge-required]");
  }

  @Test
  void lambdaEntryPointsThatChallengeAreSilent() {
    assertThat(RealWorld.findingsOf(source("com.example.security.SecurityConfig", """
        package com.example.security;

        import jakarta.servlet.http.HttpServletResponse;
        import org.springframework.context.annotation.Bean;
        import org.springframework.context.annotation.Configuration;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.security.web.AuthenticationEntryPoint;
        import org.springframework.security.web.access.AccessDeniedHandler;
        import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
        import reactor.core.publisher.Mono;

        @Configuration
        class SecurityConfig {
          @Bean
          AuthenticationEntryPoint apiEntryPoint() {
            return (request, response, e) -> {
              response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\"");
              response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            };
          }

          @Bean
          AccessDeniedHandler deniedHandler() {
            return (request, response, e) -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
          }

          @Bean
          ServerAuthenticationEntryPoint reactiveEntryPoint() {
            return (exchange, e) -> {
              exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
              exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
              return exchange.getResponse().setComplete();
            };
          }
        }
        """))).isEmpty();
  }
}
