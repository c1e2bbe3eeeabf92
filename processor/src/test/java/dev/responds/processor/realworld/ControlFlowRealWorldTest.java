package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exceptions a handler throws and catches itself, through helpers and Optional. */
final class ControlFlowRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @Test
  void exceptionsCaughtInTheHandlerAreNotSent() {
    assertThat(findingsOf("com.example.auth.TokenController", """
        package com.example.auth;

        import java.util.Map;
        import java.util.Optional;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        class TokenController {
          private final Map<String, String> users = Map.of("t1", "ann");

          private String requireUser(String token) {
            String user = users.get(token);
            if (user == null) {
              throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "bad token");
            }
            return user;
          }

          @GetMapping("/whoami")
          ResponseEntity<String> whoami(@RequestHeader(HttpHeaders.AUTHORIZATION) String token) {
            try {
              return ResponseEntity.ok(requireUser(token));
            } catch (ResponseStatusException e) {
              return ResponseEntity.status(e.getStatusCode())
                  .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                  .build();
            }
          }

          @GetMapping("/profile")
          ResponseEntity<String> profile(@RequestHeader(HttpHeaders.AUTHORIZATION) String token) {
            try {
              String user = Optional.ofNullable(users.get(token))
                  .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
              return ResponseEntity.ok(user);
            } catch (ResponseStatusException e) {
              return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                  .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"profile\\"")
                  .build();
            }
          }
        }
        """)).isEmpty();
  }

  /** A catch of something else lets the exception through: the finding stays. */
  @Test
  void exceptionsCaughtAsSomethingElseAreStillSent() {
    assertThat(findingsOf("com.example.auth.SessionController", """
        package com.example.auth;

        import java.util.Map;
        import java.util.Optional;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        class SessionController {
          private final Map<String, String> sessions = Map.of("s1", "ann");

          private String requireSession(String id) {
            String user = sessions.get(id);
            if (user == null) {
              throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "no session");
            }
            return user;
          }

          @GetMapping("/session/{id}")
          ResponseEntity<String> session(@PathVariable String id) {
            try {
              return ResponseEntity.ok(requireSession(id) + Integer.parseInt(id));
            } catch (NumberFormatException e) {
              return ResponseEntity.badRequest().body("not a number");
            }
          }

          @GetMapping("/session/{id}/user")
          ResponseEntity<String> user(@PathVariable String id) {
            try {
              return ResponseEntity.ok(Optional.ofNullable(sessions.get(id))
                  .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
            } catch (IllegalStateException e) {
              return ResponseEntity.internalServerError().build();
            }
          }
        }
        """)).containsExactly(
            "ERROR SessionController.java:25 [challenge-required]",
            "ERROR SessionController.java:35 [challenge-required]");
  }
}
