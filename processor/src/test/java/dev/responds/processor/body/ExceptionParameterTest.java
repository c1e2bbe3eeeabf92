package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;

/**
 * A project's own exception that passes the status its caller chose on to the framework's: the
 * status counts (here for {@code undeclared-status}); its headers stay unknown, since a subclass
 * may add some.
 */
final class ExceptionParameterTest {

  @Test
  void theStatusACallerPassesThroughASpringExceptionConstructorCounts() {
    assertThat(findings(compile(
        source("com.example.ApiException", """
            package com.example;

            import org.springframework.http.HttpStatus;
            import org.springframework.web.server.ResponseStatusException;

            public class ApiException extends ResponseStatusException {
              public ApiException(HttpStatus status, String reason) {
                super(status, reason);
              }

              public ApiException(String reason) {
                this(HttpStatus.BAD_REQUEST, reason);
              }
            }
            """),
        source("com.example.Accounts", """
            package com.example;

            import dev.responds.Responds;
            import org.springframework.http.HttpStatus;
            import org.springframework.web.bind.annotation.*;

            @RestController
            class Accounts {
              @GetMapping("/me")
              @Responds(200)
              @Responds(400)
              String me(@RequestHeader(name = "Authorization", required = false) String token) {
                if (token == null) {
                  throw new ApiException(HttpStatus.UNAUTHORIZED, "sign in");
                }
                if (token.isBlank()) {
                  throw new ApiException("blank token");
                }
                if (token.length() > 4096) {
                  throw new ApiException(HttpStatus.valueOf(token.length() % 600), "odd");
                }
                return token;
              }
            }
            """)))).containsExactly("ERROR Accounts.java:14 [undeclared-status]");
  }

  @Test
  void theStatusACallerPassesThroughAJaxRsExceptionConstructorCounts() {
    assertThat(findings(compile(
        source("com.example.ApiException", """
            package com.example;

            import jakarta.ws.rs.WebApplicationException;
            import jakarta.ws.rs.core.Response;

            public class ApiException extends WebApplicationException {
              public ApiException(String message, Response.Status status) {
                super(message, status);
              }
            }
            """),
        source("com.example.Accounts", """
            package com.example;

            import dev.responds.Responds;
            import jakarta.ws.rs.*;
            import jakarta.ws.rs.core.Response;

            @Path("/accounts")
            public class Accounts {
              @GET
              @Responds(200)
              @Responds(400)
              public String me(@HeaderParam("Authorization") String token) {
                if (token == null) {
                  throw new ApiException("sign in", Response.Status.UNAUTHORIZED);
                }
                if (token.isBlank()) {
                  throw new ApiException("blank", Response.Status.BAD_REQUEST);
                }
                return token;
              }
            }
            """)))).containsExactly("ERROR Accounts.java:14 [undeclared-status]");
  }
}
