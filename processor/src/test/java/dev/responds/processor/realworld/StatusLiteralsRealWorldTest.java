package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;

/**
 * Status literals no response can carry: a negative or zero code written where a status goes (a
 * sentinel copied from an error-code enum, a typo) is reported like 99 or 1000, on every API.
 */
final class StatusLiteralsRealWorldTest {

  @Test
  void negativeAndZeroCodesAreOutOfRange() {
    assertThat(RealWorld.findingsOf(source("com.example.legacy.LegacyController", """
        package com.example.legacy;

        import jakarta.servlet.http.HttpServletResponse;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class LegacyController {
          private static final int UNKNOWN_ERROR = -1;

          @GetMapping("/legacy/{id}")
          ResponseEntity<String> find(@PathVariable String id) {
            if (id.isEmpty()) {
              return ResponseEntity.status(-1).build();
            }
            if (id.equals("0")) {
              return ResponseEntity.status(0).build();
            }
            if (id.equals("x")) {
              return ResponseEntity.status(UNKNOWN_ERROR).build();
            }
            return ResponseEntity.ok(id);
          }

          @PostMapping("/legacy/import")
          void importAll(HttpServletResponse response) {
            response.setStatus(-1);
          }
        }
        """), source("com.example.legacy.LegacyResource", """
        package com.example.legacy;

        import jakarta.ws.rs.GET;
        import jakarta.ws.rs.Path;
        import jakarta.ws.rs.core.Response;

        @Path("/legacy")
        public class LegacyResource {
          @GET
          public Response status() {
            return Response.status(-5).build();
          }
        }
        """))).containsExactly(
            "ERROR LegacyController.java:14 [status-range]",
            "ERROR LegacyController.java:17 [status-range]",
            "ERROR LegacyController.java:20 [status-range]",
            "ERROR LegacyController.java:27 [status-range]",
            "ERROR LegacyResource.java:11 [status-range]");
  }

  @Test
  void exceptionConstructorParametersAreNotNegativeCodes() {
    // Statuses passed through a constructor's parameters are followed, never reported as their
    // internal stand-in before a caller fills them in.
    assertThat(RealWorld.findingsOf(source("com.example.legacy.ApiController", """
        package com.example.legacy;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        class ApiController {
          static class ApiException extends ResponseStatusException {
            ApiException(HttpStatus status, String reason) { super(status, reason); }
          }

          private ResponseEntity<String> answer(HttpStatus status, String body) {
            return ResponseEntity.status(status).body(body);
          }

          @GetMapping("/api/{id}")
          ResponseEntity<String> get(@PathVariable String id) {
            if (id.isEmpty()) {
              throw new ApiException(HttpStatus.NOT_FOUND, "none");
            }
            return answer(HttpStatus.OK, id);
          }
        }
        """))).isEmpty();
  }
}
