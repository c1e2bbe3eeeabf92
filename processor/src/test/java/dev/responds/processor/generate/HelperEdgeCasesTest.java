package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.responds.processor.generate.HelperCompiler.compile;
import static dev.responds.processor.generate.HelperCompiler.generatedSource;
import static dev.responds.processor.generate.HelperCompiler.source;
import static dev.responds.processor.generate.HelperCompiler.unwrapped;

import com.google.testing.compile.Compilation;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** How names, types and unusual handlers come out in the generated helpers. */
final class HelperEdgeCasesTest {

  /** A Spring controller {@code com.example.Api} with the given members. */
  private static JavaFileObject springApi(String members) {
    return source("com.example.Api", """
        package com.example;

        import dev.responds.Responds;
        import java.net.URI;
        import java.util.List;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/api")
        public class Api {
        %s
        }
        """.formatted(members));
  }

  private static List<String> notes(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.NOTE)
        .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
        .filter(message -> message.startsWith("[responds] "))
        .toList();
  }

  @Test
  void overloadedHandlersGetNumberedAccessorsInSourceOrder() {
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @PostMapping("/a") @Responds(201)
          public ResponseEntity<Book> create(@RequestBody Book book) {
            return ApiResponses.createCreated(URI.create("/a/1"), book);
          }

          @PostMapping("/b") @Responds(204)
          public ResponseEntity<Void> create(@RequestParam String title, @RequestBody Book book) {
            return ApiResponses.create3NoContent();
          }

          @PostMapping("/c") @Responds(204) @Responds(404)
          public ResponseEntity<Void> create2() {
            return ApiResponses.create2NotFound();
          }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generatedSource(compilation, "com.example.ApiResponses");
    assertThat(source).contains("public static ResponseEntity<Book> createCreated(URI location, Book body) {");
    assertThat(source).contains("public static ResponseEntity<Void> create2NotFound() {");
    assertThat(source).contains("public static ResponseEntity<Void> create3NoContent() {");
  }

  @Test
  void nestedControllerGetsATopLevelHelperNamedAfterItsPath() {
    Compilation compilation = compile(Controllers.BOOK, source("com.example.Outer", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        public class Outer {
          @RestController
          public static class Inner {
            @GetMapping("/inner") @Responds(200)
            public ResponseEntity<Book> get() {
              return Outer_InnerResponses.getOk(new Book("x"));
            }
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.example.Outer_InnerResponses"))
        .contains("public final class Outer_InnerResponses {");
    assertThat(compilation.generatedSourceFile("com.example.OuterResponses")).isEmpty();
  }

  @Test
  void methodNamesNeverClashWithTypesTheHelperUses() {
    // Handlers named like the types in a helper (Set, String, URI, Object, ResponseEntity), like
    // the helper itself, and differing only in case: the helper declares no types to shadow them.
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @DeleteMapping("/s") @Responds(204) @Responds(405)
          public ResponseEntity<String> set() { return ApiResponses.setMethodNotAllowed(); }

          @GetMapping("/s") @Responds(200) @Responds(401)
          public ResponseEntity<String> string() { return ApiResponses.stringOk("s"); }

          @PostMapping("/u") @Responds(201)
          public ResponseEntity<Object> uRI() {
            return ApiResponses.uRICreated(URI.create("/u/1"), "created");
          }

          @PostMapping("/o") @Responds(201)
          public ResponseEntity<Object> object() {
            return ApiResponses.objectCreated(URI.create("/o/1"), new Object());
          }

          @GetMapping("/r") @Responds(200)
          public ResponseEntity<Book> responseEntity() {
            return ApiResponses.responseEntityOk(new Book("r"));
          }

          @GetMapping("/x") @Responds(200)
          public ResponseEntity<Book> apiResponses() {
            return ApiResponses.apiResponsesOk(new Book("x"));
          }

          @PutMapping("/x") @Responds(204)
          public ResponseEntity<Void> ApiResponses() {
            return ApiResponses.ApiResponsesNoContent();
          }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generatedSource(compilation, "com.example.ApiResponses");
    assertThat(source).contains("public static ResponseEntity<Book> apiResponsesOk(Book body) {");
    assertThat(source).contains("public static ResponseEntity<Void> ApiResponsesNoContent() {");
    assertThat(source).contains("setMethodNotAllowed(Set<String> allowedMethods) {");
    assertThat(source).contains("uRICreated(URI location, Object body) {");
    assertThat(source).doesNotContain("class Set");
  }

  @Test
  void restrictedIdentifiersAndBodyTypeNamesAreSafe() {
    // "yield" and "record" are legal method names, and prefixes of the helper's method names.
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @GetMapping("/y") @Responds(200)
          public ResponseEntity<Book> yield() { return ApiResponses.yieldOk(new Book("y")); }

          @GetMapping("/r") @Responds(200) @Responds(404)
          public ResponseEntity<Book> record() { return ApiResponses.recordNotFound(); }

          @GetMapping("/b") @Responds(200)
          public ResponseEntity<Book> book() { return ApiResponses.bookOk(new Book("b")); }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generatedSource(compilation, "com.example.ApiResponses");
    assertThat(source).contains("public static ResponseEntity<Book> yieldOk(Book body) {");
    assertThat(source).contains("public static ResponseEntity<Book> recordNotFound() {");
    assertThat(source).contains("public static ResponseEntity<Book> bookOk(Book body) {");
  }

  @Test
  void genericAndWrappedBodyTypesAreKept() {
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @GetMapping @Responds(200)
          public ResponseEntity<List<Book>> list() {
            return ApiResponses.listOk(List.of(new Book("a")));
          }

          @GetMapping("/{id}") @Responds(200) @Responds(404)
          public java.util.concurrent.CompletableFuture<ResponseEntity<Book>> get(@PathVariable String id) {
            return java.util.concurrent.CompletableFuture.completedFuture(ApiResponses.getNotFound());
          }

          @GetMapping("/count") @Responds(200)
          public int count() { return 0; }

          @GetMapping("/any") @Responds(200) @Responds(404)
          public ResponseEntity<?> any() { return ApiResponses.anyOk("anything"); }

          @GetMapping("/some") @Responds(200)
          public ResponseEntity<? extends Book> some() { return ApiResponses.someOk(new Book("s")); }

          @GetMapping("/raw") @Responds(200)
          @SuppressWarnings("rawtypes")
          public ResponseEntity raw() { return ApiResponses.rawOk(1); }

          @GetMapping("/generic") @Responds(200)
          public <T> ResponseEntity<T> generic(T value) { return ApiResponses.genericOk(value); }

          private record Secret(String value) {}

          @GetMapping("/secret") @Responds(200) @Responds(404)
          public ResponseEntity<Secret> secret() {
            return ApiResponses.secretOk(new Secret("s"));
          }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generatedSource(compilation, "com.example.ApiResponses");
    assertThat(source).contains("public static ResponseEntity<List<Book>> listOk(List<Book> body) {");
    assertThat(source).contains("public static ResponseEntity<Book> getNotFound() {");
    assertThat(source).contains("public static ResponseEntity<Integer> countOk(Integer body) {");
    assertThat(source).contains("public static ResponseEntity<Object> anyOk(Object body) {");
    assertThat(source).contains("public static ResponseEntity<Object> rawOk(Object body) {");
    assertThat(source).contains("public static ResponseEntity<Book> someOk(Book body) {");
    // A type variable or a private type has no name here: the method is generic, and the
    // handler's return type chooses T.
    assertThat(source).contains("public static <T> ResponseEntity<T> genericOk(T body) {");
    assertThat(source).contains("public static <T> ResponseEntity<T> secretOk(T body) {");
    assertThat(source).contains("public static <T> ResponseEntity<T> secretNotFound() {");
  }

  @Test
  void handlersThatCannotReturnTheHelperStillGetOne() {
    // A plain body and void: the helper is typed for the ResponseEntity they would switch to.
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @GetMapping @Responds(200) @Responds(404)
          public Book get() { return new Book("b"); }

          @DeleteMapping @Responds(200) @Responds(204)
          public void delete() {}
        """));
    assertThat(compilation).succeeded();
    assertThat(notes(compilation)).isEmpty();
    String source = generatedSource(compilation, "com.example.ApiResponses");
    assertThat(source).contains("public static ResponseEntity<Book> getOk(Book body) {");
    assertThat(source).contains("public static ResponseEntity<Void> deleteOk() {");
    assertThat(source).contains("public static ResponseEntity<Void> deleteNoContent() {");
  }

  @Test
  void unresolvedBodyTypeSkipsThatHandlerWithOneNote() {
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @GetMapping @Responds(200)
          public ResponseEntity<Missing> broken() { return null; }

          @PutMapping @Responds(204)
          public ResponseEntity<Void> fine() { return ApiResponses.fineNoContent(); }
        """));
    // The one error is the user's: fine() found its helper.
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorContaining("class Missing");
    assertThat(notes(compilation)).containsExactly("[responds] no ApiResponses.broken* helpers:"
        + " the return type of Api.broken (org.springframework.http.ResponseEntity<Missing>) is"
        + " not resolved",
        "[responds] javac attributed no class (-proc:only, or errors above), so method bodies were"
            + " not checked, only declarations");
  }

  @Test
  void codesAreDeduplicatedSortedAndKeptTo200Through599() {
    Compilation compilation = compile(Controllers.BOOK, source("com.example.Api", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @Responds(500)
        @Responds(404)
        public class Api {
          @GetMapping @Responds(404) @Responds(200) @Responds(299)
          public ResponseEntity<Book> get() { return ApiResponses.getStatus299(new Book("b")); }
        }
        """));
    assertThat(compilation).succeeded();
    String source = generatedSource(compilation, "com.example.ApiResponses");
    assertThat(new LoadedHelper(compilation, "com.example.ApiResponses").statusMethods("get"))
        .containsExactly("notFound/0", "ok/1", "status299/1").inOrder();
    // A status declared on the class only has one method for the whole class.
    assertThat(source).contains("public static <T> ResponseEntity<T> internalServerError() {");
  }

  @Test
  void informationalCodesGetNoMethod() {
    Compilation compilation = compile(
        List.of("-Aresponds.severity=status-informational:off"), Controllers.BOOK, springApi("""
          @GetMapping @Responds(103) @Responds(200)
          public ResponseEntity<Book> get() { return null; }

          @GetMapping("/only") @Responds(100)
          public ResponseEntity<Book> only() { return null; }
        """));
    String source = generatedSource(compilation, "com.example.ApiResponses");
    assertThat(source).doesNotContain("EarlyHints");
    assertThat(source).doesNotContain("only");
    assertThat(source).contains("public static ResponseEntity<Book> getOk(Book body) {");
  }

  @Test
  void noHelperWithoutResponds() {
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @GetMapping
          public ResponseEntity<Book> get() { return ResponseEntity.ok(new Book("b")); }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  @Test
  void packagePrivateControllerGetsAPackagePrivateHelper() {
    Compilation compilation = compile(Controllers.BOOK, source("com.example.Hidden", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class Hidden {
          @GetMapping("/hidden") @Responds(200)
          ResponseEntity<Book> get() { return HiddenResponses.getOk(new Book("h")); }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.example.HiddenResponses"))
        .contains("\nfinal class HiddenResponses {");
  }

  @Test
  void exceptionHandlersGetOnlyTheExplicitAllowOverload() {
    Compilation compilation = compile(Controllers.BOOK, source("com.example.Errors", """
        package com.example;

        import dev.responds.Responds;
        import java.util.Set;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(UnsupportedOperationException.class)
          @Responds(405)
          public ResponseEntity<String> unsupported(UnsupportedOperationException e) {
            return ErrorsResponses.unsupportedMethodNotAllowed(Set.of("GET"));
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generatedSource(compilation, "com.example.ErrorsResponses");
    assertThat(source).contains("unsupportedMethodNotAllowed(Set<String> allowedMethods)");
    assertThat(source).doesNotContain("unsupportedMethodNotAllowed()");
    assertThat(unwrapped(source)).contains(" for the exception handler"
        + " <code>Errors.unsupported(UnsupportedOperationException)</code>:");
  }

  @Test
  void headerStatusesBuildTheirHeaders() {
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @PostMapping("/jobs") @Responds(202) @Responds(407) @Responds(426) @Responds(429)
          public ResponseEntity<Book> submit() { return null; }

          @GetMapping("/part") @Responds(206) @Responds(304) @Responds(205)
          public ResponseEntity<Book> part() { return null; }
        """));
    assertThat(compilation).succeeded();
    LoadedHelper helper = new LoadedHelper(compilation, "com.example.ApiResponses");
    Object book = helper.newInstance("com.example.Book", "b");
    Class<?> bookClass = book.getClass();
    assertThat(helper.statusMethods("submit")).containsExactly("accepted/1", "accepted/1",
        "proxyAuthenticationRequired/1", "tooManyRequests/1", "upgradeRequired/1");
    assertThat(helper.statusMethods("part"))
        .containsExactly("notModified/0", "partialContent/2", "resetContent/0");

    ResponseEntity<?> accepted = (ResponseEntity<?>) helper.call("submit", "accepted",
        new Class<?>[] {URI.class}, URI.create("/jobs/7"));
    assertThat(accepted.getStatusCode().value()).isEqualTo(202);
    assertThat(accepted.getHeaders().getLocation()).isEqualTo(URI.create("/jobs/7"));
    ResponseEntity<?> proxy = (ResponseEntity<?>) helper.call("submit",
        "proxyAuthenticationRequired", new Class<?>[] {String.class}, "Basic realm=\"proxy\"");
    assertThat(proxy.getStatusCode().value()).isEqualTo(407);
    assertThat(proxy.getHeaders().getFirst("Proxy-Authenticate")).isEqualTo("Basic realm=\"proxy\"");
    ResponseEntity<?> upgrade = (ResponseEntity<?>) helper.call("submit", "upgradeRequired",
        new Class<?>[] {String.class}, "HTTP/2.0");
    assertThat(upgrade.getHeaders().getFirst("Upgrade")).isEqualTo("HTTP/2.0");
    assertThat(upgrade.hasBody()).isFalse();
    ResponseEntity<?> busy = (ResponseEntity<?>) helper.call("submit", "tooManyRequests",
        new Class<?>[] {Duration.class}, Duration.ofMillis(90_500));
    assertThat(busy.getStatusCode().value()).isEqualTo(429);
    assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("91");
    ResponseEntity<?> partial = (ResponseEntity<?>) helper.call("part", "partialContent",
        new Class<?>[] {String.class, bookClass}, "bytes 0-9/100", book);
    assertThat(partial.getStatusCode().value()).isEqualTo(206);
    assertThat(partial.getHeaders().getFirst("Content-Range")).isEqualTo("bytes 0-9/100");
    ResponseEntity<?> notModified =
        (ResponseEntity<?>) helper.call("part", "notModified", new Class<?>[0]);
    assertThat(notModified.getStatusCode().value()).isEqualTo(304);
    assertThat(notModified.hasBody()).isFalse();
  }

  @Test
  void aBodyTypeEqualToAHeaderTypeKeepsTheFirstOverload() {
    // ResponseEntity<URI> with 202: accepted(URI monitor) and accepted(URI body) would clash.
    Compilation compilation = compile(springApi("""
          @PostMapping @Responds(202)
          public ResponseEntity<URI> submit() { return null; }
        """));
    assertThat(compilation).succeeded();
    String source = generatedSource(compilation, "com.example.ApiResponses");
    assertThat(source).contains("submitAccepted(URI monitor)");
    assertThat(source).doesNotContain("submitAccepted(URI body)");
  }

  @Test
  void severalHttpMethodsAreListedSorted() {
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @RequestMapping(path = "/m", method = {RequestMethod.PUT, RequestMethod.GET,
              RequestMethod.DELETE})
          @Responds(200) @Responds(405)
          public ResponseEntity<Book> many() { return null; }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.example.ApiResponses"))
        .contains("(<code>DELETE, GET, PUT /api/m</code>)");
  }

  @Test
  void javadocEscapesPathsThatCouldEndTheComment() {
    Compilation compilation = compile(Controllers.BOOK, springApi("""
          @GetMapping("/files/**/{name}") @Responds(200) @Responds(405)
          public ResponseEntity<Book> file() { return null; }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.example.ApiResponses"))
        .contains("<code>GET /api/files/&#42;&#42;/&#123;name&#125;</code>");
  }

  @Test
  void jaxRsExceptionMapperAndEntityHandlers() {
    Compilation compilation = compile(Controllers.BOOK, source("com.example.Mapper", """
        package com.example;

        import dev.responds.Responds;
        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.ExceptionMapper;
        import jakarta.ws.rs.ext.Provider;

        @Provider
        public class Mapper implements ExceptionMapper<IllegalStateException> {
          @Override
          @Responds(503)
          public Response toResponse(IllegalStateException e) {
            return MapperResponses.toResponseServiceUnavailable(java.time.Duration.ofSeconds(30));
          }
        }
        """), source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;

        @Path("/books")
        public class Books {
          @GET
          @Path("{id}")
          @Responds(200)
          @Responds(404)
          public Book get(@PathParam("id") String id) {
            if (id.isEmpty()) {
              throw new WebApplicationException(BooksResponses.getNotFound());
            }
            return new Book(id);
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.example.MapperResponses"))
        .contains("public static Response toResponseServiceUnavailable(Duration retryAfter) {");
    assertThat(generatedSource(compilation, "com.example.BooksResponses"))
        .contains("public static Response getOk(Book body) {");
  }
}
