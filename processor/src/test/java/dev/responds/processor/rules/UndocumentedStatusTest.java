package dev.responds.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.messages;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * {@code undocumented-status}: what the code certainly answers against what its OpenAPI
 * annotations list, for Swagger, Swagger 1.x and MicroProfile OpenAPI.
 */
final class UndocumentedStatusTest {

  @Test
  void swaggerResponsesListedOnTheMethodAreCheckedWhereEachStatusIsMade() {
    Compilation compilation = compile(source("com.example.orders.OrderController", """
        package com.example.orders;

        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import io.swagger.v3.oas.annotations.responses.ApiResponses;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        @RequestMapping("/orders")
        class OrderController {
          record Order(String id) {}

          @GetMapping("/{id}")
          @ApiResponses({
              @ApiResponse(responseCode = "200", description = "The order"),
              @ApiResponse(responseCode = "404", description = "No such order")})
          ResponseEntity<Order> get(@PathVariable String id) {
            if (id.isBlank()) {
              return ResponseEntity.notFound().build();
            }
            if (id.startsWith("x")) {
              return ResponseEntity.status(HttpStatus.CONFLICT).build();
            }
            if (id.startsWith("y")) {
              throw new ResponseStatusException(HttpStatus.GONE, "archived");
            }
            return ResponseEntity.ok(new Order(id));
          }

          @PostMapping
          @ApiResponse(responseCode = "201", description = "Created")
          Order create(@RequestBody Order order) {
            return order;
          }

          @DeleteMapping("/{id}")
          @ResponseStatus(HttpStatus.NO_CONTENT)
          @ApiResponse(responseCode = "200", description = "Deleted")
          void delete(@PathVariable String id) {
          }
        }
        """));

    assertThat(findings(compilation)).containsExactly(
        "WARNING OrderController.java:24 [undocumented-status]",
        "WARNING OrderController.java:27 [undocumented-status]",
        "WARNING OrderController.java:34 [undocumented-status]",
        "WARNING OrderController.java:39 [undocumented-status]").inOrder();
    assertThat(messages(compilation).get(0)).isEqualTo("[undocumented-status] this answers 409"
        + " Conflict, which the OpenAPI documentation of get does not list (it lists 200, 404):"
        + " add @ApiResponse(responseCode = \"409\", description = \"Conflict\") to get, or answer"
        + " a documented status");
    assertThat(messages(compilation).get(2)).contains("this answers 200 OK, which the OpenAPI"
        + " documentation of create does not list (it lists 201)");
  }

  @Test
  void rangesDefaultAndOperationResponsesCoverWhatTheyName() {
    Compilation compilation = compile(source("com.example.orders.OrderController", """
        package com.example.orders;

        import io.swagger.v3.oas.annotations.Operation;
        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class OrderController {
          @GetMapping("/orders/{id}")
          @ApiResponse(responseCode = "200", description = "The order")
          @ApiResponse(responseCode = "4xx", description = "A client error")
          ResponseEntity<String> get(@PathVariable String id) {
            if (id.isBlank()) {
              return ResponseEntity.badRequest().build();
            }
            if (id.startsWith("x")) {
              return ResponseEntity.status(HttpStatus.CONFLICT).build();
            }
            if (id.startsWith("y")) {
              return ResponseEntity.internalServerError().build();
            }
            return ResponseEntity.ok(id);
          }

          @PutMapping("/orders/{id}")
          @ApiResponse(responseCode = "200", description = "Replaced")
          @ApiResponse(responseCode = "default", description = "An error")
          ResponseEntity<String> put(@PathVariable String id) {
            return id.isBlank() ? ResponseEntity.unprocessableEntity().build() : ResponseEntity.ok(id);
          }

          @PostMapping("/orders/{id}/cancel")
          @ApiResponse(description = "Whatever happened")
          ResponseEntity<Void> cancel(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.LOCKED).build();
          }

          @PostMapping("/orders/{id}/ship")
          @Operation(summary = "Ship", responses = {
              @ApiResponse(responseCode = "202", description = "Shipping"),
              @ApiResponse(responseCode = "5XX", description = "Carrier down")})
          ResponseEntity<String> ship(@PathVariable String id) {
            if (id.isBlank()) {
              return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60").build();
            }
            return id.startsWith("x") ? ResponseEntity.accepted().body("/shipments/1") : ResponseEntity.ok(id);
          }
        }
        """));

    assertThat(findings(compilation)).containsExactly(
        "WARNING OrderController.java:22 [undocumented-status]",
        "WARNING OrderController.java:48 [undocumented-status]").inOrder();
    assertThat(messages(compilation).get(0)).contains("(it lists 200, 4XX)");
    assertThat(messages(compilation).get(1)).contains("(it lists 202, 5XX)");
  }

  @Test
  void classResponsesAddToEachHandlerButAreNoListByThemselves() {
    Compilation compilation = compile(source("com.example.orders.OrderController", """
        package com.example.orders;

        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @ApiResponse(responseCode = "404", description = "No such order")
        class OrderController {
          @GetMapping("/orders/{id}")
          @ApiResponse(responseCode = "200", description = "The order")
          ResponseEntity<String> get(@PathVariable String id) {
            if (id.isBlank()) {
              return ResponseEntity.notFound().build();
            }
            return id.startsWith("x") ? ResponseEntity.status(410).build() : ResponseEntity.ok(id);
          }

          @GetMapping("/orders")
          ResponseEntity<String> list() {
            return ResponseEntity.status(402).build();
          }
        }
        """));

    assertThat(findings(compilation)).containsExactly(
        "WARNING OrderController.java:16 [undocumented-status]");
    assertThat(messages(compilation).get(0)).contains("410 Gone, which the OpenAPI documentation of"
        + " get does not list (it lists 200, 404)");
  }

  @Test
  void aTeamsOwnAnnotationCarryingResponsesDocumentsThem() {
    Compilation compilation = compile(source("com.example.docs.NotFoundResponse", """
        package com.example.docs;

        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import java.lang.annotation.*;

        @Target({ElementType.METHOD, ElementType.TYPE})
        @Retention(RetentionPolicy.RUNTIME)
        @ApiResponse(responseCode = "404", description = "Not found")
        public @interface NotFoundResponse {}
        """), source("com.example.docs.ClientErrors", """
        package com.example.docs;

        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import io.swagger.v3.oas.annotations.responses.ApiResponses;
        import java.lang.annotation.*;

        @Target(ElementType.METHOD)
        @Retention(RetentionPolicy.RUNTIME)
        @NotFoundResponse
        @ApiResponses({@ApiResponse(responseCode = "400", description = "Bad request")})
        public @interface ClientErrors {}
        """), source("com.example.docs.OrderController", """
        package com.example.docs;

        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class OrderController {
          @GetMapping("/orders/{id}")
          @ApiResponse(responseCode = "200", description = "The order")
          @ClientErrors
          ResponseEntity<String> get(@PathVariable String id) {
            if (id.isBlank()) {
              return ResponseEntity.badRequest().build();
            }
            if (id.startsWith("x")) {
              return ResponseEntity.status(409).build();
            }
            return id.startsWith("y") ? ResponseEntity.notFound().build() : ResponseEntity.ok(id);
          }
        }
        """));

    assertThat(findings(compilation)).containsExactly(
        "WARNING OrderController.java:17 [undocumented-status]");
    assertThat(messages(compilation).get(0)).contains("(it lists 200, 400, 404)");
  }

  @Test
  void aGeneratedApiInterfaceDocumentsTheControllerThatImplementsIt() {
    Compilation compilation = compile(source("com.example.pets.PetsApi", """
        package com.example.pets;

        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        public interface PetsApi {
          @GetMapping("/pets/{id}")
          @ApiResponse(responseCode = "200", description = "A pet")
          @ApiResponse(responseCode = "404", description = "No such pet")
          ResponseEntity<String> getPet(@PathVariable("id") String id);
        }
        """), source("com.example.pets.PetsController", """
        package com.example.pets;

        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class PetsController implements PetsApi {
          @Override
          public ResponseEntity<String> getPet(String id) {
            if (id.isBlank()) {
              return ResponseEntity.notFound().build();
            }
            return id.startsWith("x") ? ResponseEntity.badRequest().build() : ResponseEntity.ok(id);
          }
        }
        """));

    assertThat(findings(compilation)).containsExactly(
        "WARNING PetsController.java:13 [undocumented-status]");
  }

  @Test
  void exceptionsTiedToAStatusCountWhereTheyAreThrownAndExceptionHandlersAreJudgedToo() {
    Compilation compilation = compile(source("com.example.orders.OrderNotFound", """
        package com.example.orders;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.ResponseStatus;

        @ResponseStatus(HttpStatus.NOT_FOUND)
        class OrderNotFound extends RuntimeException {}
        """), source("com.example.orders.InvalidOrder", """
        package com.example.orders;

        class InvalidOrder extends RuntimeException {}
        """), source("com.example.orders.OrderController", """
        package com.example.orders;

        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class OrderController {
          @GetMapping("/orders/{id}")
          @ApiResponse(responseCode = "200", description = "The order")
          String get(@PathVariable String id) {
            if (id.isBlank()) {
              throw new OrderNotFound();
            }
            if (id.startsWith("x")) {
              throw new InvalidOrder();
            }
            return id;
          }
        }
        """), source("com.example.orders.Errors", """
        package com.example.orders;

        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        class Errors {
          @ExceptionHandler(InvalidOrder.class)
          @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
          @ApiResponse(responseCode = "400", description = "Invalid order")
          String invalid(InvalidOrder e) {
            return "invalid";
          }

          @ExceptionHandler(IllegalStateException.class)
          @ApiResponse(responseCode = "409", description = "Conflict")
          ResponseEntity<String> conflict(IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
          }
        }
        """));

    assertThat(findings(compilation)).containsExactly(
        "WARNING OrderController.java:12 [undocumented-status]",
        "WARNING Errors.java:11 [undocumented-status]").inOrder();
  }

  @Test
  void swagger1ResponsesAreReadFromTheirCodeAndTheFixIsWrittenInTheirForm() {
    Compilation compilation = compile(source("com.example.legacy.AccountController", """
        package com.example.legacy;

        import io.swagger.annotations.ApiResponse;
        import io.swagger.annotations.ApiResponses;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @ApiResponses(@ApiResponse(code = 500, message = "Server error"))
        class AccountController {
          @GetMapping("/accounts/{id}")
          @ApiResponses({@ApiResponse(code = 200, message = "The account")})
          ResponseEntity<String> get(@PathVariable String id) {
            if (id.startsWith("x")) {
              return ResponseEntity.internalServerError().build();
            }
            return id.isBlank() ? ResponseEntity.notFound().build() : ResponseEntity.ok(id);
          }

          @GetMapping("/accounts/{id}/owner")
          @ApiResponses(@ApiResponse(code = 404, message = "No such account"))
          String owner(@PathVariable String id) {
            return "owner of " + id;
          }
        }
        """));

    // Springfox adds the 200 the owner handler answers for its returned value to the document itself.
    assertThat(findings(compilation)).containsExactly(
        "WARNING AccountController.java:17 [undocumented-status]");
    assertThat(messages(compilation).get(0)).contains("(it lists 200, 500): add @ApiResponse(code"
        + " = 404, message = \"Not Found\") to get");
  }

  @Test
  void microProfileResponsesOnJaxRsResources() {
    Compilation compilation = compile(source("org.acme.BookResource", """
        package org.acme;

        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;
        import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
        import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
        import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

        @Path("/books")
        @APIResponse(responseCode = "500", description = "Server error")
        public class BookResource {
          @GET
          @Path("/{id}")
          @APIResponses({
              @APIResponse(responseCode = "200", description = "The book"),
              @APIResponse(responseCode = "404", description = "No such book")})
          public Response get(@PathParam("id") String id) {
            if (id.isBlank()) {
              throw new NotFoundException();
            }
            if (id.startsWith("x")) {
              throw new BadRequestException();
            }
            return Response.ok(id).build();
          }

          @POST
          @APIResponseSchema(value = String.class, responseCode = "201")
          public String create(String book) {
            return book;
          }

          @DELETE
          @Path("/{id}")
          @APIResponse(responseCode = "204", description = "Deleted")
          public void delete(@PathParam("id") String id) {
          }
        }
        """));

    // SmallRye documents the status a resource method answers for a returned value itself.
    assertThat(findings(compilation)).containsExactly(
        "WARNING BookResource.java:22 [undocumented-status]");
    assertThat(messages(compilation).get(0)).contains("(it lists 200, 404, 500): add"
        + " @APIResponse(responseCode = \"400\", description = \"Bad Request\") to get");
  }

  @Test
  void micronautHandlersAreJudgedByWhatTheyBuild() {
    Compilation compilation = compile(source("com.example.mn.BookController", """
        package com.example.mn;

        import io.micronaut.http.HttpResponse;
        import io.micronaut.http.HttpStatus;
        import io.micronaut.http.annotation.Controller;
        import io.micronaut.http.annotation.Get;
        import io.swagger.v3.oas.annotations.responses.ApiResponse;

        @Controller("/books")
        class BookController {
          @Get("/{isbn}")
          @ApiResponse(responseCode = "200", description = "The book")
          HttpResponse<String> find(String isbn) {
            return isbn.isBlank() ? HttpResponse.status(HttpStatus.CONFLICT) : HttpResponse.ok(isbn);
          }

          @Get("/{isbn}/title")
          @ApiResponse(responseCode = "404", description = "No such book")
          String title(String isbn) {
            return "title of " + isbn;
          }
        }
        """));

    // Micronaut's OpenAPI generator documents the 200 that title answers for its returned value itself.
    assertThat(findings(compilation)).containsExactly(
        "WARNING BookController.java:14 [undocumented-status]");
  }

  @Test
  void handlersWithoutDocumentationAndUnknownStatusesAreNotJudged() {
    Compilation compilation = compile(source("com.example.orders.OrderController", """
        package com.example.orders;

        import io.swagger.v3.oas.annotations.Operation;
        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class OrderController {
          @GetMapping("/orders/{id}")
          @Operation(summary = "One order")
          ResponseEntity<String> get(@PathVariable String id) {
            return id.isBlank() ? ResponseEntity.notFound().build() : ResponseEntity.ok(id);
          }

          @PutMapping("/orders/{id}")
          @ApiResponse(responseCode = "200", description = "Replaced")
          ResponseEntity<String> put(@PathVariable String id, @RequestParam int status) {
            return id.isBlank() ? ResponseEntity.status(status).build() : ResponseEntity.ok(id);
          }

          @DeleteMapping("/orders/{id}")
          @ApiResponse(responseCode = "200", description = "Deleted")
          void delete(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response) {
            response.setStatus(response.getStatus());
          }
        }
        """));

    assertThat(findings(compilation)).isEmpty();
  }
}
