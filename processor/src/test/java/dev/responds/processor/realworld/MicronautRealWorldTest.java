package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.responds.processor.Compiler;
import dev.responds.processor.adapter.StatusConstants;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Micronaut controllers: mapped by {@code @Get}, {@code @Post} ..., answering through
 * {@code HttpResponse} factories and {@code MutableHttpResponse} chains, {@code @Status}, and
 * {@code @Error} handlers. No typed helpers are generated for them.
 */
final class MicronautRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  /** A book catalogue written the way Micronaut's guides write controllers. */
  @Test
  void bookController() {
    assertThat(findingsOf("com.example.books.BookController", """
        package com.example.books;

        import io.micronaut.http.HttpHeaders;
        import io.micronaut.http.HttpResponse;
        import io.micronaut.http.HttpStatus;
        import io.micronaut.http.MutableHttpResponse;
        import io.micronaut.http.annotation.Body;
        import io.micronaut.http.annotation.Controller;
        import io.micronaut.http.annotation.Delete;
        import io.micronaut.http.annotation.Error;
        import io.micronaut.http.annotation.Get;
        import io.micronaut.http.annotation.Header;
        import io.micronaut.http.annotation.Post;
        import io.micronaut.http.annotation.Status;
        import java.net.URI;
        import java.util.List;
        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;

        @Controller("/books")
        class BookController {
          record Book(String isbn, String title) {}

          private final Map<String, Book> books = new ConcurrentHashMap<>();

          @Get("/{isbn}")
          HttpResponse<Book> find(String isbn) {
            Book book = books.get(isbn);
            return book == null ? HttpResponse.notFound() : HttpResponse.ok(book);
          }

          @Post
          HttpResponse<Book> create(@Body Book book) {
            books.put(book.isbn(), book);
            return HttpResponse.created(book);
          }

          @Post("/located")
          HttpResponse<Book> createLocated(@Body Book book) {
            books.put(book.isbn(), book);
            return HttpResponse.created(book, URI.create("/books/" + book.isbn()));
          }

          @Post("/drafts")
          HttpResponse<Book> draft(@Body Book book) {
            return HttpResponse.<Book>status(HttpStatus.CREATED).body(book);
          }

          @Post("/copies")
          HttpResponse<Book> copy(@Body Book book) {
            MutableHttpResponse<Book> response = HttpResponse.status(HttpStatus.CREATED);
            response.header(HttpHeaders.LOCATION, "/books/" + book.isbn());
            return response.body(book);
          }

          @Delete("/{isbn}")
          HttpResponse<?> delete(String isbn) {
            books.remove(isbn);
            return HttpResponse.noContent();
          }

          @Get("/secret")
          HttpResponse<String> secret(@Header String authorization) {
            if (authorization == null) {
              return HttpResponse.unauthorized();
            }
            return HttpResponse.ok("42");
          }

          @Get("/challenge")
          HttpResponse<String> challenge(@Header String authorization) {
            if (authorization == null) {
              return HttpResponse.<String>unauthorized()
                  .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"books\\"");
            }
            return HttpResponse.ok("42");
          }

          @Get("/legacy")
          HttpResponse<?> legacy() {
            return HttpResponse.status(HttpStatus.MOVED_PERMANENTLY);
          }

          @Get("/moved")
          HttpResponse<?> moved() {
            return HttpResponse.redirect(URI.create("/books"));
          }

          @Delete("/shelf")
          @Status(HttpStatus.NO_CONTENT)
          List<Book> purge() {
            List<Book> removed = List.copyOf(books.values());
            books.clear();
            return removed;
          }

          @Post("/import")
          @Status(HttpStatus.CREATED)
          void importAll(@Body List<Book> all) {
            all.forEach(book -> books.put(book.isbn(), book));
          }

          @Get("/ping")
          void ping() {
          }

          @Get("/status-of/{isbn}")
          HttpStatus statusOf(String isbn) {
            return books.containsKey(isbn) ? HttpStatus.NO_CONTENT : HttpStatus.NOT_FOUND;
          }

          @Get("/echo/{code}")
          HttpResponse<?> echo(int code) {
            return HttpResponse.status(HttpStatus.valueOf(code));
          }

          @Error(exception = IllegalStateException.class)
          HttpResponse<String> busy(IllegalStateException e) {
            return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE).body(e.getMessage());
          }
        }
        """)).containsExactly(
            "ERROR BookController.java:35 [created-location]",
            "ERROR BookController.java:46 [created-location]",
            "ERROR BookController.java:65 [challenge-required]",
            "ERROR BookController.java:81 [redirect-location]",
            "ERROR BookController.java:90 [body-forbidden]",
            "ERROR BookController.java:98 [created-location]",
            "WARNING BookController.java:119 [retry-after]");
  }

  /**
   * Micronaut's {@code HttpStatusException} answers with its status and no headers; exceptions
   * of the application's own are left to its {@code @Error} handlers.
   */
  @Test
  void thrownHttpStatusExceptions() {
    assertThat(findingsOf("com.example.accounts.AccountController", """
        package com.example.accounts;

        import io.micronaut.http.HttpResponse;
        import io.micronaut.http.HttpStatus;
        import io.micronaut.http.annotation.Controller;
        import io.micronaut.http.annotation.Get;
        import io.micronaut.http.annotation.Header;
        import io.micronaut.http.annotation.Post;
        import io.micronaut.http.exceptions.HttpStatusException;

        @Controller("/accounts")
        class AccountController {
          static class AccountLocked extends HttpStatusException {
            AccountLocked() {
              super(HttpStatus.UNAUTHORIZED, "locked");
            }
          }

          @Get("/me")
          HttpResponse<String> me(@Header String authorization) {
            if (authorization == null) {
              throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "log in first");
            }
            return HttpResponse.ok("me");
          }

          @Get("/{id}")
          String find(String id) {
            if (id.isBlank()) {
              throw new HttpStatusException(HttpStatus.NOT_FOUND, "no such account");
            }
            return id;
          }

          @Post("/{id}/close")
          HttpResponse<?> close(String id) {
            if (id.startsWith("x")) {
              throw new HttpStatusException(HttpStatus.CONFLICT, (Object) "already closed");
            }
            if (id.startsWith("l")) {
              throw new AccountLocked();
            }
            if (id.startsWith("z")) {
              throw new IllegalStateException("closing");
            }
            return HttpResponse.noContent();
          }
        }
        """)).containsExactly("ERROR AccountController.java:22 [challenge-required]");
  }

  /** {@code @Responds} works on Micronaut handlers as on any other; no helper is generated. */
  @Test
  void respondsOnMicronautHandlers() {
    // Warnings only, so that the compilation succeeds and its generated files can be listed.
    Compilation compilation = Compiler.compile(List.of("-Aresponds.severity=all:warning"),
        source("com.example.loans.LoanController", """
        package com.example.loans;

        import static dev.responds.Status.*;

        import dev.responds.Responds;
        import io.micronaut.http.HttpResponse;
        import io.micronaut.http.HttpStatus;
        import io.micronaut.http.annotation.Controller;
        import io.micronaut.http.annotation.Get;
        import io.micronaut.http.annotation.Status;

        @Controller("/loans")
        class LoanController {
          @Get("/{id}")
          @Responds(OK)
          HttpResponse<String> find(String id) {
            if (id.isBlank()) {
              return HttpResponse.notFound();
            }
            return HttpResponse.ok(id);
          }

          @Get("/count")
          @Responds(OK)
          @Status(HttpStatus.ACCEPTED)
          String count() {
            return "3";
          }
        }
        """));
    assertThat(Compiler.findings(compilation)).containsExactly(
        "WARNING LoanController.java:18 [undeclared-status]",
        "WARNING LoanController.java:25 [status-mismatch]");
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  @Test
  void micronautStatusTableMatchesTheEnum() {
    for (io.micronaut.http.HttpStatus status : io.micronaut.http.HttpStatus.values()) {
      assertThat(StatusConstants.micronaut(status.name())).isEqualTo(status.getCode());
      assertThat(StatusConstants.of(StatusConstants.MICRONAUT_HTTP_STATUS, status.name()))
          .isEqualTo(status.getCode());
    }
  }
}
