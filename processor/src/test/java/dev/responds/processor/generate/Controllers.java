package dev.responds.processor.generate;

import static dev.responds.processor.generate.HelperCompiler.source;

import javax.tools.JavaFileObject;

/**
 * The book controllers of issue #4, in Spring and JAX-RS flavours: POST 201/409, GET 200/404,
 * PUT 204, DELETE 204/405, a 401 handler and a 303 handler. Their bodies use the helpers, so
 * compiling them proves the helpers fit the handlers' return types.
 */
final class Controllers {
  private Controllers() {}

  static final JavaFileObject BOOK = source("com.example.Book", """
      package com.example;

      public record Book(String title) {}
      """);

  static final JavaFileObject SPRING = source("com.example.BookApi", """
      package com.example;

      import dev.responds.Responds;
      import java.net.URI;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      @RequestMapping("/books")
      public class BookApi {
        @PostMapping
        @Responds(201)
        @Responds(409)
        public ResponseEntity<Book> create(@RequestBody Book book) {
          if (book.title().isEmpty()) {
            return BookApiResponses.createConflict();
          }
          return BookApiResponses.createCreated(URI.create("/books/1"), book);
        }

        @GetMapping("/{id}")
        @Responds(200)
        @Responds(404)
        public ResponseEntity<Book> get(@PathVariable String id) {
          return id.isEmpty() ? BookApiResponses.getNotFound() : BookApiResponses.getOk(new Book(id));
        }

        @PutMapping("/{id}")
        @Responds(204)
        public ResponseEntity<Void> replace(@PathVariable String id, @RequestBody Book book) {
          return BookApiResponses.replaceNoContent();
        }

        @DeleteMapping("/{id}")
        @Responds(204)
        @Responds(405)
        public ResponseEntity<Void> delete(@PathVariable String id) {
          return id.isEmpty() ? BookApiResponses.deleteMethodNotAllowed() : BookApiResponses.deleteNoContent();
        }

        @GetMapping("/me")
        @Responds(200)
        @Responds(401)
        public ResponseEntity<Book> me(@RequestHeader(value = "Authorization", required = false) String auth) {
          return auth == null
              ? BookApiResponses.meUnauthorized("Bearer realm=\\"books\\"")
              : BookApiResponses.meOk(new Book(auth));
        }

        @PostMapping("/search")
        @Responds(303)
        public ResponseEntity<Void> search(@RequestParam String title) {
          return BookApiResponses.searchSeeOther(URI.create("/books?title=" + title));
        }
      }
      """);

  /** The same resource with JAX-RS in the given namespace ({@code jakarta} or {@code javax}). */
  static JavaFileObject jaxRs(String namespace) {
    return source("com.example.BookResource", """
        package com.example;

        import dev.responds.Responds;
        import java.net.URI;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.Response;

        @Path("/books")
        public class BookResource {
          @POST
          @Responds(201)
          @Responds(409)
          public Response create(Book book) {
            if (book.title().isEmpty()) {
              return BookResourceResponses.createConflict();
            }
            return BookResourceResponses.createCreated(URI.create("/books/1"), book);
          }

          @GET
          @Path("{id}")
          @Responds(200)
          @Responds(404)
          public Response get(@PathParam("id") String id) {
            return id.isEmpty() ? BookResourceResponses.getNotFound() : BookResourceResponses.getOk(new Book(id));
          }

          @PUT
          @Path("{id}")
          @Responds(204)
          public Response replace(@PathParam("id") String id, Book book) {
            return BookResourceResponses.replaceNoContent();
          }

          @DELETE
          @Path("{id}")
          @Responds(204)
          @Responds(405)
          public Response delete(@PathParam("id") String id) {
            return id.isEmpty() ? BookResourceResponses.deleteMethodNotAllowed() : BookResourceResponses.deleteNoContent();
          }

          @GET
          @Path("me")
          @Responds(200)
          @Responds(401)
          public Response me(@HeaderParam("Authorization") String auth) {
            return auth == null
                ? BookResourceResponses.meUnauthorized("Bearer realm=\\"books\\"")
                : BookResourceResponses.meOk(new Book(auth));
          }

          @POST
          @Path("search")
          @Responds(303)
          public Response search(@QueryParam("title") String title) {
            return BookResourceResponses.searchSeeOther(URI.create("/books?title=" + title));
          }
        }
        """.formatted(namespace));
  }
}
