package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builders and responses handed to the controller's own helpers (or its base class's) that add
 * headers and hand them back, or log them and return them unchanged: summarised like other
 * helpers. A method of another class is not followed: what it returns is unknown.
 */
final class ResponsesThroughHelpersRealWorldTest {

  private static final JavaFileObject SPRING_BASE = source("com.example.books.BaseController", """
      package com.example.books;

      import org.springframework.http.CacheControl;
      import org.springframework.http.ResponseEntity;

      abstract class BaseController {
        protected ResponseEntity.BodyBuilder withCaching(ResponseEntity.BodyBuilder builder) {
          return builder.cacheControl(CacheControl.noCache());
        }

        protected <T> T audited(T response) {
          System.out.println("answered " + response);
          return response;
        }
      }
      """);

  private static final JavaFileObject SPRING_CONTROLLER = source("com.example.books.BookController", """
      package com.example.books;

      import java.net.URI;
      import org.springframework.http.HttpHeaders;
      import org.springframework.http.HttpStatus;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      class Decorator {
        ResponseEntity.BodyBuilder decorate(ResponseEntity.BodyBuilder builder) {
          return builder.header("X-Served-By", "books");
        }
      }

      @RestController
      @RequestMapping("/books")
      class BookController extends BaseController {
        record Book(String id) {}

        private final Decorator decorator = new Decorator();

        @PostMapping
        ResponseEntity<Book> create(@RequestBody Book book) {
          return withCaching(ResponseEntity.status(HttpStatus.CREATED)).body(book);
        }

        @PostMapping("/located")
        ResponseEntity<Book> createLocated(@RequestBody Book book) {
          return located(ResponseEntity.status(HttpStatus.CREATED), book.id()).body(book);
        }

        @PostMapping("/in-place")
        ResponseEntity<Book> createInPlace(@RequestBody Book book) {
          ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.CREATED);
          return locatedInPlace(builder, book.id()).body(book);
        }

        @GetMapping("/{id}/old")
        ResponseEntity<Void> old(@PathVariable String id) {
          return logged(ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).build());
        }

        @GetMapping("/{id}/elsewhere")
        ResponseEntity<Void> elsewhere(@PathVariable String id) {
          return audited(ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/b/" + id)).build());
        }

        @GetMapping("/{id}/gone")
        ResponseEntity<Void> gone(@PathVariable String id) {
          return audited(ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT).build());
        }

        @PostMapping("/decorated")
        ResponseEntity<Book> decorated(@RequestBody Book book) {
          return decorator.decorate(ResponseEntity.status(HttpStatus.CREATED)).body(book);
        }

        @PostMapping("/headers")
        ResponseEntity<Book> createWithHeaders(@RequestBody Book book) {
          return new ResponseEntity<>(book, traced(new HttpHeaders()), HttpStatus.CREATED);
        }

        private ResponseEntity.BodyBuilder located(ResponseEntity.BodyBuilder builder, String id) {
          return builder.location(URI.create("/books/" + id));
        }

        private ResponseEntity.BodyBuilder locatedInPlace(ResponseEntity.BodyBuilder builder, String id) {
          builder.location(URI.create("/books/" + id));
          return builder;
        }

        private <T> T logged(T response) {
          System.out.println(response);
          return response;
        }

        private HttpHeaders traced(HttpHeaders headers) {
          headers.add("X-Trace", "1");
          return headers;
        }
      }
      """);

  @Test
  void springBuildersThroughOwnAndBaseHelpers() {
    String[] expected = {
        "ERROR BookController.java:24 [created-location]",
        "ERROR BookController.java:40 [redirect-location]",
        "ERROR BookController.java:50 [redirect-location]",
        "ERROR BookController.java:60 [created-location]"};
    assertThat(RealWorld.findingsOf(SPRING_BASE, SPRING_CONTROLLER)).containsExactly((Object[]) expected);
    assertThat(RealWorld.findingsOf(SPRING_CONTROLLER, SPRING_BASE)).containsExactly((Object[]) expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsBuildersAndResponsesThroughHelpers(String namespace) {
    assertThat(RealWorld.findingsOf(source("org.acme.LoanResource", """
        package org.acme;

        import java.net.URI;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        abstract class CorsResource {
          protected Response.ResponseBuilder cors(Response.ResponseBuilder builder) {
            return builder.header("Access-Control-Allow-Origin", "*");
          }
        }

        @Path("/loans")
        public class LoanResource extends CorsResource {
          @POST
          public Response create(String loan) {
            return cors(Response.status(Response.Status.CREATED).entity(loan)).build();
          }

          @POST
          @Path("located")
          public Response createLocated(String loan) {
            return cors(Response.created(URI.create("/loans/1")).entity(loan)).build();
          }

          @GET
          @Path("{id}")
          public Response find(@PathParam("id") String id) {
            return traced(Response.status(503).build());
          }

          @GET
          @Path("{id}/later")
          public Response findLater(@PathParam("id") String id) {
            return traced(Response.status(503).header("Retry-After", "120").build());
          }

          @DELETE
          @Path("{id}")
          public void delete(@PathParam("id") String id) {
            if (id.isEmpty()) {
              fail(Response.status(Response.Status.UNAUTHORIZED).build());
            }
          }

          private Response traced(Response response) {
            System.out.println(response.getStatus());
            return response;
          }

          private void fail(Response response) {
            throw new WebApplicationException(response);
          }
        }
        """.formatted(namespace)))).containsExactly(
            "ERROR LoanResource.java:17 [created-location]",
            "WARNING LoanResource.java:29 [retry-after]",
            "ERROR LoanResource.java:42 [challenge-required]");
  }
}
