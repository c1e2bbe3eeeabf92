package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Spring 6's problem responses built the short way: {@code ResponseEntity.of(problemDetail)} takes
 * the problem's status, and an {@code ErrorResponse} (from {@code ErrorResponse.create(..)} or its
 * builder) is sent with its status and the headers given to the builder.
 */
final class ProblemResponsesRealWorldTest {

  /** An advice for an API's authentication failures; {@code handlers} start on line 17. */
  private static JavaFileObject advice(String handlers) {
    return source("com.example.auth.AuthErrors", """
        package com.example.auth;

        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ProblemDetail;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.ErrorResponse;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        class AuthErrors {
          static class BadTokenException extends RuntimeException {}
          static class ExpiredTokenException extends RuntimeException {}
          static class LockedAccountException extends RuntimeException {}
          static class MissingBookException extends RuntimeException {}

        %s}
        """.formatted(handlers));
  }

  @Test
  void unauthorizedProblemsWithoutAChallenge() {
    assertThat(RealWorld.findingsOf(advice("""
          @ExceptionHandler(BadTokenException.class)
          ResponseEntity<ProblemDetail> badToken(BadTokenException e) {
            return ResponseEntity.of(ProblemDetail.forStatus(401)).build();
          }

          @ExceptionHandler(ExpiredTokenException.class)
          ErrorResponse expired(ExpiredTokenException e) {
            return ErrorResponse.create(e, HttpStatus.UNAUTHORIZED, "The token has expired");
          }

          @ExceptionHandler(LockedAccountException.class)
          ResponseEntity<ProblemDetail> locked(LockedAccountException e) {
            ErrorResponse error = ErrorResponse.builder(e, HttpStatus.UNAUTHORIZED, "Account locked")
                .title("Locked")
                .build();
            return ResponseEntity.of(error.getBody()).build();
          }
        """))).containsExactly(
            "ERROR AuthErrors.java:19 [challenge-required]",
            "ERROR AuthErrors.java:24 [challenge-required]",
            "ERROR AuthErrors.java:32 [challenge-required]");
  }

  @Test
  void problemsThatCarryTheirHeadersAreSilent() {
    assertThat(RealWorld.findingsOf(advice("""
          @ExceptionHandler(BadTokenException.class)
          ResponseEntity<ProblemDetail> badToken(BadTokenException e) {
            return ResponseEntity.of(ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\\"invalid_token\\"")
                .build();
          }

          @ExceptionHandler(ExpiredTokenException.class)
          ErrorResponse expired(ExpiredTokenException e) {
            return ErrorResponse.builder(e, HttpStatus.UNAUTHORIZED, "The token has expired")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\\"invalid_token\\"")
                .build();
          }

          @ExceptionHandler(LockedAccountException.class)
          ResponseEntity<ProblemDetail> locked(LockedAccountException e) {
            ErrorResponse error = ErrorResponse.builder(e, HttpStatus.UNAUTHORIZED, "Account locked")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\\"api\\"")
                .build();
            return ResponseEntity.of(error.getBody()).headers(error.getHeaders()).build();
          }

          @ExceptionHandler(MissingBookException.class)
          ResponseEntity<ProblemDetail> missing(MissingBookException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such book");
            return ResponseEntity.of(problem).build();
          }
        """))).isEmpty();
  }
}
