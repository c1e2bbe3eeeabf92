package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.compileWithJavacErrors;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.messages;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the body pass does not count, what it follows, and code it must survive. */
final class BodyEdgesTest {

  /** A controller; {@code members} starts on line 13. */
  private static JavaFileObject controller(String members) {
    return source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import java.net.URI;
        import java.util.List;
        import java.util.Optional;
        import org.springframework.http.*;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        class Books extends BaseController {
        %s
        }
        """.formatted(members));
  }

  private static final JavaFileObject BASE = source("com.example.BaseController", """
      package com.example;

      import org.springframework.http.*;

      abstract class BaseController {
        protected ResponseEntity<Void> moved(String to) {
          return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).build();
        }
      }
      """);

  @Test
  void returnsOfLambdasAndLocalClassesAreNotTheHandlers() {
    assertThat(findings(compile(BASE, controller("""
          @GetMapping("/{id}")
          @Responds(200)
          ResponseEntity<String> get(@PathVariable String id) {
            java.util.function.Supplier<ResponseEntity<Void>> unused =
                () -> ResponseEntity.status(HttpStatus.CREATED).build();
            Object local = new Object() {
              ResponseEntity<Void> gone() {
                return ResponseEntity.status(HttpStatus.GONE).build();
              }
            };
            return ResponseEntity.ok(id + local + unused);
          }
        """)))).isEmpty();
  }

  @Test
  void exceptionsCaughtInTheMethodAreNotAnswers() {
    assertThat(findings(compile(BASE, controller("""
          @GetMapping("/{id}")
          @Responds(200)
          @Responds(400)
          ResponseEntity<String> get(@PathVariable String id) {
            try {
              if (id.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
              }
            } catch (ResponseStatusException e) {
              return ResponseEntity.badRequest().body("no");
            }
            return ResponseEntity.ok(id);
          }
        """)))).isEmpty();
  }

  @Test
  void helpersOfSuperclassesAreFollowedAndRecursionEnds() {
    assertThat(findings(compile(BASE, controller("""
          @GetMapping("/old")
          ResponseEntity<Void> old() {
            return moved("/new");
          }

          @GetMapping("/loop")
          ResponseEntity<Void> loop(@RequestParam int n) {
            return again(n);
          }

          private ResponseEntity<Void> again(int n) {
            return n > 0 ? again(n - 1) : ResponseEntity.status(HttpStatus.SEE_OTHER).build();
          }
        """)))).containsExactly(
            "ERROR Books.java:15 [redirect-location]", "ERROR Books.java:20 [redirect-location]");
  }

  @Test
  void constructorReferencesAndResponseStatusExceptions() {
    assertThat(findings(compile(BASE, controller("""
          @ResponseStatus(HttpStatus.GONE)
          static class Gone extends RuntimeException {}

          @GetMapping("/{id}")
          @Responds(200)
          ResponseEntity<String> get(@PathVariable String id) {
            String found = Optional.of(id).filter(s -> !s.isEmpty()).orElseThrow(Gone::new);
            return ResponseEntity.ok(found);
          }
        """)))).containsExactly("ERROR Books.java:19 [undeclared-status]");
  }

  @Test
  void generatedHelpersGiveTheirStatusAndAreCompliant() {
    JavaFileObject helpers = source("com.example.ShelfResponses", """
        package com.example;

        import java.net.URI;
        import org.springframework.http.ResponseEntity;

        @javax.annotation.processing.Generated("dev.responds.processor.RespondsProcessor")
        final class ShelfResponses {
          private ShelfResponses() {}

          @dev.responds.Responds(201)
          static ResponseEntity<String> createCreated(URI location, String body) {
            return ResponseEntity.created(location).body(body);
          }

          @dev.responds.Responds(409)
          static ResponseEntity<String> createConflict(String body) {
            return ResponseEntity.status(409).body(body);
          }
        }
        """);
    Compilation compilation = compile(List.of("-Aresponds.helpers=false"), BASE, helpers, controller("""
          @PostMapping
          @Responds(201)
          ResponseEntity<String> create(@RequestBody String book) {
            if (book.isEmpty()) {
              return ShelfResponses.createConflict(book);
            }
            return ShelfResponses.createCreated(URI.create("/1"), book);
          }
        """));
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:17 [undeclared-status]");
  }

  @Test
  void unresolvedCodeIsUnknownAndNeverCrashes() {
    Compilation compilation = compileWithJavacErrors(List.of(), BASE, controller("""
          @PostMapping
          ResponseEntity<String> create(@RequestBody String book) {
            return ResponseEntity.status(Missing.CREATED).body(missing(book));
          }

          @PostMapping("/other")
          ResponseEntity<String> other(@RequestBody String book) {
            throw new MissingException(HttpStatus.UNAUTHORIZED);
          }
        """));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(findings(compilation)).isEmpty();
    assertThat(compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.NOTE)
        .map(diagnostic -> diagnostic.getMessage(null))
        .filter(message -> message.contains("internal error"))
        .toList()).isEmpty();
    assertThat(messages(compilation)).isEmpty();
  }
  @Test
  void theHelpersThisProcessorGeneratesAreRecognised() {
    Compilation compilation = compile(BASE, controller("""
          record Book(String id) {}

          @PostMapping
          @Responds(201)
          @Responds(409)
          ResponseEntity<Book> create(@RequestBody Book book) {
            if (book.id().isEmpty()) {
              return BooksResponses.createConflict();
            }
            return BooksResponses.createCreated(URI.create("/books/" + book.id()), book);
          }

          @PutMapping("/{id}")
          @Responds(200)
          ResponseEntity<Book> replace(@PathVariable String id, @RequestBody Book book) {
            return BooksResponses.createConflict();
          }
        """));
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:28 [undeclared-status]");
  }
  @Test
  void exceptionSubclassesHandTheirStatusToTheirSuperclass() {
    // Compiled first: javac has dropped its trees by the time Books is analysed.
    JavaFileObject unauthorized = source("com.example.Unauthorized", """
        package com.example;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.server.ResponseStatusException;

        final class Unauthorized extends ResponseStatusException {
          Unauthorized() {
            this("log in");
          }

          Unauthorized(String reason) {
            super(HttpStatus.UNAUTHORIZED, reason);
          }
        }
        """);
    assertThat(findings(compile(unauthorized, BASE, controller("""
          static class BookNotFound extends ResponseStatusException {
            BookNotFound(String id) {
              super(HttpStatus.NOT_FOUND, "no book " + id);
            }
          }

          static class Failed extends ResponseStatusException {
            Failed(HttpStatus status) {
              super(status);
            }
          }

          @GetMapping("/{id}")
          @Responds(200)
          ResponseEntity<String> get(@PathVariable String id) {
            if (id.isEmpty()) {
              throw new BookNotFound(id);
            }
            if (id.equals("me")) {
              throw new Unauthorized();
            }
            if (id.equals("x")) {
              throw new Failed(HttpStatus.GONE);
            }
            return ResponseEntity.ok(id);
          }
        """)))).containsExactly(
            "ERROR Books.java:29 [undeclared-status]", "ERROR Books.java:32 [undeclared-status]",
            "ERROR Books.java:35 [undeclared-status]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsExceptionSubclasses(String namespace) {
    JavaFileObject gone = source("com.example.Gone", """
        package com.example;

        public class Gone extends %s.ws.rs.WebApplicationException {
          public Gone() {
            super(410);
          }
        }
        """.formatted(namespace));
    assertThat(findings(compile(gone, source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import %1$s.ws.rs.*;

        @Path("/books")
        public class Books {
          static class Missing extends NotFoundException {
            Missing(String id) {
              super("no book " + id);
            }
          }

          @GET
          @Path("/{id}")
          @Responds(200)
          public String get(@PathParam("id") String id) {
            if (id.isEmpty()) {
              throw new Missing(id);
            }
            if (id.equals("old")) {
              throw new Gone();
            }
            return id;
          }
        }
        """.formatted(namespace))))).containsExactly(
            "ERROR Books.java:19 [undeclared-status]", "ERROR Books.java:22 [undeclared-status]");
  }
}
