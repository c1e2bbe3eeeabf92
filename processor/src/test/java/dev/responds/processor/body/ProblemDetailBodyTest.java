package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A {@code ProblemDetail} returned from a Spring handler is sent with its own status. */
final class ProblemDetailBodyTest {

  /** Exception handlers in an advice; {@code members} starts on line 11. */
  private static JavaFileObject advice(String members) {
    return source("com.example.Errors", """
        package com.example;

        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ProblemDetail;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        class Errors {
        %s
        }
        """.formatted(members));
  }

  @Test
  void unauthorizedProblemWithoutAChallengeIsReportedOnTheReturn() {
    assertThat(findings(compile(advice("""
          @ExceptionHandler(SecurityException.class)
          ProblemDetail unauthorized(SecurityException e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
          }

          @ExceptionHandler(IllegalArgumentException.class)
          ProblemDetail notFound(IllegalArgumentException e) {
            return ProblemDetail.forStatus(404);
          }
        """)))).containsExactly("ERROR Errors.java:13 [challenge-required]");
  }

  @Test
  void aProblemPreparedInALocalKeepsItsStatusUnlessItIsSet() {
    assertThat(findings(compile(advice("""
          @ExceptionHandler(SecurityException.class)
          ProblemDetail unauthorized(SecurityException e) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
            problem.setTitle("Sign in first");
            return problem;
          }

          @ExceptionHandler(IllegalStateException.class)
          ProblemDetail forbidden(IllegalStateException e) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
            problem.setStatus(HttpStatus.FORBIDDEN);
            return problem;
          }
        """)))).containsExactly("ERROR Errors.java:15 [challenge-required]");
  }

  @Test
  void aProblemInsideAResponseEntityIsOnlyTheBody() {
    assertThat(findings(compile(advice("""
          @ExceptionHandler(SecurityException.class)
          ResponseEntity<ProblemDetail> unauthorized(SecurityException e) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\"").body(problem);
          }
        """)))).isEmpty();
  }

  @Test
  void aDeclaredStatusAndTheSameProblemStatusAreReportedOnce() {
    assertThat(findings(compile(advice("""
          @ExceptionHandler(SecurityException.class)
          @ResponseStatus(HttpStatus.UNAUTHORIZED)
          ProblemDetail unauthorized(SecurityException e) {
            return ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
          }
        """)))).containsExactly("ERROR Errors.java:12 [challenge-required]");
  }
}
