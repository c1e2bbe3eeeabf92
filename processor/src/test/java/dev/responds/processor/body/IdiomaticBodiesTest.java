package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Correct code written the way the frameworks' guides write it stays silent. */
final class IdiomaticBodiesTest {

  @Test
  void springControllerAndAdvice() {
    Compilation compilation = compile(source("com.example.Books", """
        package com.example;

        import java.net.URI;
        import java.util.List;
        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import org.springframework.http.*;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        @RequestMapping("/books")
        class Books {
          record Book(String id, String title) {}

          private final Map<String, Book> books = new ConcurrentHashMap<>();

          @GetMapping
          ResponseEntity<List<Book>> all() {
            return ResponseEntity.ok(List.copyOf(books.values()));
          }

          @GetMapping("/{id}")
          ResponseEntity<Book> one(@PathVariable String id,
              @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String tag) {
            Book book = books.get(id);
            if (book == null) {
              return ResponseEntity.notFound().build();
            }
            String etag = "\\"" + book.hashCode() + "\\"";
            if (etag.equals(tag)) {
              return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
            }
            return ResponseEntity.ok().eTag(etag).body(book);
          }

          @PostMapping
          ResponseEntity<Book> create(@RequestBody Book book) {
            if (books.putIfAbsent(book.id(), book) != null) {
              return ResponseEntity.status(HttpStatus.CONFLICT).body(books.get(book.id()));
            }
            return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/books/" + book.id())).body(book);
          }

          @PostMapping("/import")
          ResponseEntity<Map<String, String>> importAll(@RequestBody List<Book> all) {
            return ResponseEntity.accepted().body(Map.of("job", "/jobs/1"));
          }

          @PostMapping("/validate")
          ResponseEntity<List<String>> validate(@RequestBody Book book) {
            if (book.title() == null) {
              return ResponseEntity.unprocessableEntity().body(List.of("title missing"));
            }
            return new ResponseEntity<>(List.of(), HttpStatus.OK);
          }

          @DeleteMapping("/{id}")
          ResponseEntity<Void> delete(@PathVariable String id) {
            if (books.remove(id) == null) {
              throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no book " + id);
            }
            return new ResponseEntity<>(HttpStatus.NO_CONTENT);
          }

          @GetMapping("/{id}/cover")
          ResponseEntity<byte[]> cover(@PathVariable String id, @RequestHeader(HttpHeaders.RANGE) String range) {
            return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .header(HttpHeaders.CONTENT_RANGE, "bytes 0-9/100").body(new byte[10]);
          }

          @GetMapping("/busy")
          ResponseEntity<Void> busy() {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60").build();
          }

          @GetMapping("/problem")
          ResponseEntity<ProblemDetail> problem() {
            return ResponseEntity.of(ProblemDetail.forStatus(HttpStatus.BAD_REQUEST)).build();
          }

          @ExceptionHandler(SecurityException.class)
          ResponseEntity<String> denied(SecurityException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"books\\"").body(e.getMessage());
          }

          @ExceptionHandler(IllegalArgumentException.class)
          ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
          }
        }
        """));
    assertThat(findings(compilation)).isEmpty();
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsResourceAndMapper(String namespace) {
    Compilation compilation = compile(source("com.example.Loans", """
        package com.example;

        import java.net.URI;
        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;
        import %1$s.ws.rs.ext.ExceptionMapper;
        import %1$s.ws.rs.ext.Provider;

        @Path("/loans")
        public class Loans {
          private final Map<String, String> loans = new ConcurrentHashMap<>();
          @Context UriInfo uriInfo;

          @GET
          @Path("{id}")
          public Response get(@PathParam("id") String id, @Context Request request) {
            String loan = loans.get(id);
            if (loan == null) {
              throw new NotFoundException("no loan " + id);
            }
            EntityTag tag = new EntityTag(String.valueOf(loan.hashCode()));
            Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
            if (unchanged != null) {
              return unchanged.build();
            }
            return Response.ok(loan).tag(tag).build();
          }

          @POST
          public Response lend(String book) {
            String id = String.valueOf(loans.size() + 1);
            loans.put(id, book);
            URI location = uriInfo.getAbsolutePathBuilder().path(id).build();
            return Response.created(location).entity(book).build();
          }

          @DELETE
          @Path("{id}")
          public Response giveBack(@PathParam("id") String id) {
            if (loans.remove(id) == null) {
              return Response.status(Response.Status.NOT_FOUND).entity("no loan").build();
            }
            return Response.noContent().build();
          }

          @PUT
          @Path("{id}/lock")
          public Response lock(@PathParam("id") String id) {
            throw new NotAllowedException("GET");
          }

          @GET
          @Path("latest")
          public Response latest() {
            return Response.seeOther(uriInfo.getBaseUriBuilder().path("loans").build()).build();
          }

          @GET
          @Path("later")
          public Response later() {
            return Response.status(503).header(HttpHeaders.RETRY_AFTER, 120).build();
          }

          @Provider
          public static class Denied implements ExceptionMapper<SecurityException> {
            @Override
            public Response toResponse(SecurityException e) {
              throw new NotAuthorizedException("Bearer");
            }
          }
        }
        """.formatted(namespace)));
    assertThat(findings(compilation)).isEmpty();
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }
}
