package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;

/**
 * Micronaut's declarative pattern: the routes live on an interface (shared with a
 * {@code @Client}), with {@code @Get}, {@code @Post} and {@code @Status} on its methods, and the
 * {@code @Controller} implements it. The controller's methods are handlers with those mappings.
 */
final class MicronautInterfacesRealWorldTest {

  private static final String OPERATIONS = """
      package com.example.books;

      import io.micronaut.http.HttpResponse;
      import io.micronaut.http.HttpStatus;
      import io.micronaut.http.annotation.Body;
      import io.micronaut.http.annotation.Delete;
      import io.micronaut.http.annotation.Get;
      import io.micronaut.http.annotation.Post;
      import io.micronaut.http.annotation.Status;

      public interface BookOperations {
        record Book(String isbn, String title) {}

        @Post
        @Status(HttpStatus.CREATED)
        Book save(@Body Book book);

        @Get("/{isbn}")
        HttpResponse<Book> find(String isbn);

        @Delete("/{isbn}")
        @Status(HttpStatus.NO_CONTENT)
        void delete(String isbn);
      }
      """;

  @Test
  void mappingsAndStatusesComeFromTheInterface() {
    assertThat(RealWorld.findingsOf(source("com.example.books.BookOperations", OPERATIONS),
        source("com.example.books.BookController", """
        package com.example.books;

        import io.micronaut.http.HttpResponse;
        import io.micronaut.http.HttpStatus;
        import io.micronaut.http.annotation.Controller;

        @Controller("/books")
        class BookController implements BookOperations {
          @Override
          public Book save(Book book) {
            return book;
          }

          @Override
          public HttpResponse<Book> find(String isbn) {
            if (isbn.isBlank()) {
              return HttpResponse.status(HttpStatus.UNAUTHORIZED);
            }
            return HttpResponse.ok(new Book(isbn, "?"));
          }

          @Override
          public void delete(String isbn) {}
        }
        """))).containsExactly(
            "ERROR BookController.java:10 [created-location]",
            "ERROR BookController.java:17 [challenge-required]");
  }

  @Test
  void compliantImplementationIsSilent() {
    assertThat(RealWorld.findingsOf(source("com.example.books.BookOperations", OPERATIONS.replace("""
          @Post
          @Status(HttpStatus.CREATED)
          Book save(@Body Book book);
        """, """
          @Post
          HttpResponse<Book> save(@Body Book book);
        """)),
        source("com.example.books.BookController", """
        package com.example.books;

        import io.micronaut.http.HttpResponse;
        import io.micronaut.http.annotation.Controller;
        import java.net.URI;

        @Controller("/books")
        class BookController implements BookOperations {
          @Override
          public HttpResponse<Book> save(Book book) {
            return HttpResponse.created(book, URI.create("/books/" + book.isbn()));
          }

          @Override
          public HttpResponse<Book> find(String isbn) {
            return isbn.isBlank() ? HttpResponse.notFound() : HttpResponse.ok(new Book(isbn, "?"));
          }

          @Override
          public void delete(String isbn) {}
        }
        """))).isEmpty();
  }
}
