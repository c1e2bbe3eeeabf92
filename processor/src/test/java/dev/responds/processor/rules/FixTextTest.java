package dev.responds.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.messages;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each finding's fix names a change that compiles for the form that made the status: a
 * {@code ProblemDetail} or a thrown exception has no {@code .header(..)} to add.
 */
final class FixTextTest {

  /** The one Responds message of an account controller whose {@code members} make a 401. */
  private static String springFix(String members) {
    return onlyMessage("""
        package com.example.accounts;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ProblemDetail;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @ResponseStatus(HttpStatus.UNAUTHORIZED)
        class NotSignedIn extends RuntimeException {}

        @RestController
        @RequestMapping("/account")
        class AccountController {
          record Account(String id) {}

          private Account current;
        %s
        }
        """.formatted(members));
  }

  /** The one Responds message of a Micronaut account controller whose {@code members} make a 401. */
  private static String micronautFix(String members) {
    return onlyMessage("""
        package com.example.accounts;

        import io.micronaut.http.HttpResponse;
        import io.micronaut.http.HttpStatus;
        import io.micronaut.http.annotation.Controller;
        import io.micronaut.http.annotation.Get;
        import io.micronaut.http.exceptions.HttpStatusException;

        @Controller("/account")
        class AccountController {
          private String current;
        %s
        }
        """.formatted(members));
  }

  private static String onlyMessage(String accountController) {
    List<String> messages = messages(compile(source("com.example.accounts.AccountController",
        accountController)));
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private static final String CHALLENGE_MISSING = "[challenge-required] 401 Unauthorized must carry a"
      + " WWW-Authenticate header, but this response has none";

  @Test
  void aResponseEntityGetsTheHeaderAdded() {
    assertThat(springFix("""
          @GetMapping
          ResponseEntity<Account> get() {
            return current == null ? ResponseEntity.status(HttpStatus.UNAUTHORIZED).build() : ResponseEntity.ok(current);
          }
        """)).isEqualTo(CHALLENGE_MISSING + ": add .header(\"WWW-Authenticate\", \"Bearer realm=...\") with"
            + " the challenge the client must answer");
  }

  @Test
  void aThrownResponseStatusExceptionIsToldToThrowAnErrorResponseException() {
    assertThat(springFix("""
          @GetMapping
          Account get() {
            if (current == null) {
              throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in first");
            }
            return current;
          }
        """)).isEqualTo(CHALLENGE_MISSING + ": a thrown ResponseStatusException sends no headers: create"
            + " an ErrorResponseException(HttpStatus.valueOf(401)), call getHeaders().set(\"WWW-Authenticate\","
            + " \"Bearer realm=...\") on it and throw it, or return ResponseEntity.status(401)"
            + ".header(\"WWW-Authenticate\", \"Bearer realm=...\").build()");
  }

  @Test
  void anExceptionAnnotatedWithResponseStatusIsToldToExtendErrorResponseException() {
    assertThat(springFix("""
          @GetMapping
          Account get() {
            if (current == null) {
              throw new NotSignedIn();
            }
            return current;
          }
        """)).isEqualTo(CHALLENGE_MISSING + ": an exception that takes its status from @ResponseStatus"
            + " sends no headers: make it a final class that extends ErrorResponseException instead"
            + " (super(HttpStatus.valueOf(401)), then getHeaders().set(\"WWW-Authenticate\","
            + " \"Bearer realm=...\") in its constructor), or answer it from an"
            + " @ExceptionHandler with ResponseEntity.status(401).header(\"WWW-Authenticate\","
            + " \"Bearer realm=...\").build()");
  }

  /** Its headers may be set after construction, anywhere: nothing is certain, nothing fires. */
  @Test
  void aThrownErrorResponseExceptionIsSilent() {
    assertThat(messages(compile(source("com.example.accounts.SessionController", """
        package com.example.accounts;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.ErrorResponseException;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class SessionController {
          private volatile String current;

          @GetMapping("/session")
          String get() {
            if (current == null) {
              ErrorResponseException unauthorized = new ErrorResponseException(HttpStatus.UNAUTHORIZED);
              unauthorized.getHeaders().set("WWW-Authenticate", "Bearer realm=\\"accounts\\"");
              throw unauthorized;
            }
            return current;
          }
        }
        """)))).isEmpty();
  }

  @Test
  void aProblemDetailIsToldToTravelInAResponseEntity() {
    assertThat(springFix("""
          @ExceptionHandler(IllegalStateException.class)
          ProblemDetail notSignedIn(IllegalStateException e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
          }
        """)).isEqualTo(CHALLENGE_MISSING + ": a ProblemDetail carries no headers: return"
            + " ResponseEntity.of(problem).header(\"WWW-Authenticate\", \"Bearer realm=...\").build() instead");
  }

  @Test
  void aPlainValueIsToldToReturnAResponseEntity() {
    assertThat(springFix("""
          @GetMapping("/locked")
          @ResponseStatus(HttpStatus.UNAUTHORIZED)
          String locked() {
            return "sign in first";
          }
        """)).isEqualTo(CHALLENGE_MISSING + " (the handler returns a plain value and cannot set headers):"
            + " return a response that carries it, ResponseEntity.status(401).header(\"WWW-Authenticate\","
            + " \"Bearer realm=...\").body(..)");
  }

  @Test
  void aServletResponseGetsTheHeaderSetOnIt() {
    assertThat(springFix("""
          @GetMapping("/download")
          void download(HttpServletResponse response) throws IOException {
            response.sendError(401);
          }
        """)).isEqualTo(CHALLENGE_MISSING + ": set it on the same response,"
            + " response.setHeader(\"WWW-Authenticate\", ...)");
  }

  @Test
  void aFunctionalServerResponseGetsTheHeaderOnItsBuilder() {
    List<String> messages = messages(compile(source("com.example.accounts.AccountHandler", """
        package com.example.accounts;

        import org.springframework.http.HttpStatus;
        import org.springframework.stereotype.Component;
        import org.springframework.web.reactive.function.server.ServerRequest;
        import org.springframework.web.reactive.function.server.ServerResponse;
        import reactor.core.publisher.Mono;

        @Component
        class AccountHandler {
          Mono<ServerResponse> me(ServerRequest request) {
            return request.headers().firstHeader("Authorization") == null
                ? ServerResponse.status(HttpStatus.UNAUTHORIZED).build()
                : ServerResponse.ok().bodyValue("{}");
          }
        }
        """)));
    assertThat(messages).containsExactly(CHALLENGE_MISSING
        + ": add .header(\"WWW-Authenticate\", \"Bearer realm=...\") to the ServerResponse builder");
  }

  /** The messages of a JAX-RS resource whose {@code members} make statuses without their headers. */
  private static List<String> jaxRsFixes(String members) {
    return messages(compile(source("com.example.accounts.AccountResource", """
        package com.example.accounts;

        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;

        @Path("/account")
        public class AccountResource {
          private volatile String current;
          private volatile boolean maintenance;
        %s
        }
        """.formatted(members))));
  }

  @Test
  void aJaxRsResponseGetsTheHeaderOrTheDedicatedException() {
    assertThat(jaxRsFixes("""
          @GET
          public Response get() {
            return current == null ? Response.status(401).build() : Response.ok(current).build();
          }
        """)).containsExactly(CHALLENGE_MISSING + ": throw new NotAuthorizedException(\"Bearer realm=...\"),"
            + " or add .header(\"WWW-Authenticate\", ...)");
  }

  @Test
  void aThrownWebApplicationExceptionIsToldWhichExceptionCarriesTheHeader() {
    assertThat(jaxRsFixes("""
          @GET
          public String get() {
            if (current == null) {
              throw new WebApplicationException(401);
            }
            if (maintenance) {
              throw new WebApplicationException(503);
            }
            return current;
          }

          @DELETE
          public void close() {
            throw new WebApplicationException(Response.Status.TOO_MANY_REQUESTS);
          }
        """)).containsExactly(
            CHALLENGE_MISSING + ": throw new NotAuthorizedException(\"Bearer realm=...\") with the challenge",
            "[retry-after] 503 Service Unavailable should carry a Retry-After header, but this response"
                + " has none: throw new ServiceUnavailableException(120L) with the seconds to wait",
            "[retry-after] 429 Too Many Requests should carry a Retry-After header, but this response"
                + " has none: throw new WebApplicationException(Response.status(429)"
                + ".header(\"Retry-After\", \"120\").build())");
  }

  @Test
  void aThrownMicronautHttpStatusExceptionIsToldToReturnAnHttpResponse() {
    assertThat(micronautFix("""
          @Get
          String get() {
            if (current == null) {
              throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "sign in first");
            }
            return current;
          }
        """)).isEqualTo(CHALLENGE_MISSING + ": a thrown HttpStatusException sends no headers: return"
            + " HttpResponse.status(HttpStatus.valueOf(401)).header(\"WWW-Authenticate\", \"Bearer realm=...\")"
            + " instead");
  }

  @Test
  void aMicronautHttpResponseGetsTheHeaderAdded() {
    assertThat(micronautFix("""
          @Get
          HttpResponse<String> get() {
            return current == null ? HttpResponse.unauthorized() : HttpResponse.ok(current);
          }
        """)).isEqualTo(CHALLENGE_MISSING + ": add .header(\"WWW-Authenticate\", \"Bearer realm=...\") with"
            + " the challenge the client must answer");
  }

  /** The Responds messages of a Spring order controller whose {@code members} are its handlers. */
  private static List<String> orderFixes(String members) {
    return messages(compile(source("com.example.orders.OrderController", """
        package com.example.orders;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/orders")
        class OrderController {
          record Order(String id) {}
        %s
        }
        """.formatted(members))));
  }

  @Test
  void aResponseEntityConstructorIsToldToPassHttpHeadersOrDropTheBody() {
    assertThat(orderFixes("""
          @PostMapping
          ResponseEntity<Order> place(@RequestBody Order order) {
            return new ResponseEntity<>(order, HttpStatus.CREATED);
          }

          @DeleteMapping("/{id}")
          ResponseEntity<Order> cancel(@PathVariable String id) {
            return new ResponseEntity<>(new Order(id), HttpStatus.NO_CONTENT);
          }
        """)).containsExactly(
            "[created-location] 201 Created must carry a Location header, but this response has none:"
                + " pass the header to the constructor: HttpHeaders headers = new HttpHeaders();"
                + " headers.setLocation(uri); return new ResponseEntity<>(body, headers,"
                + " HttpStatus.valueOf(201)), or return ResponseEntity.created(uri).body(body)",
            "[body-forbidden] 204 No Content must not carry a body (RFC 9110), but this response has one:"
                + " drop the body (the constructor without one, new ResponseEntity<>(HttpStatus.valueOf(204)),"
                + " or new ResponseEntity<>(headers, HttpStatus.valueOf(204))), or answer 200 OK if the body"
                + " matters");
  }

  @Test
  void aPlainValueMicronautHandlerIsToldToReturnAnHttpResponse() {
    assertThat(micronautFix("""
          @Get
          @io.micronaut.http.annotation.Status(HttpStatus.UNAUTHORIZED)
          String get() {
            return "sign in";
          }
        """)).isEqualTo(CHALLENGE_MISSING + " (the handler returns a plain value and cannot set headers):"
            + " return a response that carries it, HttpResponse.status(HttpStatus.valueOf(401))"
            + ".header(\"WWW-Authenticate\", \"Bearer realm=...\").body(..)");
  }

  @Test
  void anExplicitEmptyOkGetsItsFrameworksNoContent() {
    Compilation compilation = compile(List.of("-Aresponds.severity=ok-empty-explicit:warning"),
        source("com.example.accounts.AccountController", """
        package com.example.accounts;

        import io.micronaut.http.HttpResponse;
        import io.micronaut.http.annotation.Controller;
        import io.micronaut.http.annotation.Delete;

        @Controller("/account")
        class AccountController {
          @Delete
          HttpResponse<Void> close() {
            return HttpResponse.ok();
          }
        }
        """), source("com.example.orders.OrderController", """
        package com.example.orders;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class OrderController {
          @DeleteMapping("/orders/{id}")
          ResponseEntity<Void> cancel(@PathVariable String id) {
            return new ResponseEntity<>(HttpStatus.OK);
          }
        }
        """));
    String explicit = "[ok-empty-explicit] this response answers 200 OK with no body on purpose; 204 No"
        + " Content tells the client there is nothing to read (";
    assertThat(messages(compilation)).containsExactly(
        explicit + "return HttpResponse.noContent())",
        explicit + "return new ResponseEntity<>(HttpStatus.NO_CONTENT))");
  }
}
