package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What Spring MVC handler bodies build, checked through the response rules. */
final class SpringBodyTest {

  /** A controller; {@code members} starts on line 16. */
  private static JavaFileObject controller(String members) {
    return source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import jakarta.servlet.http.HttpServletResponse;
        import java.net.URI;
        import java.util.Optional;
        import java.util.concurrent.CompletableFuture;
        import org.springframework.http.*;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;
        import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

        @RestController
        @RequestMapping("/books")
        class Books {
        %s
          record Book(String id) {}
          Optional<Book> find(String id) { return Optional.empty(); }
        }
        """.formatted(members));
  }

  @Test
  void createdWithoutLocationIsReportedOnTheReturn() {
    Compilation compilation = compile(controller("""
          @PostMapping
          ResponseEntity<Book> create(@RequestBody Book book) {
            return ResponseEntity.status(HttpStatus.CREATED).body(book);
          }
        """));
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:18 [created-location]");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
  }

  @Test
  void createdWithTheCurrentRequestUriIsSilent() {
    Compilation compilation = compile(controller("""
          @PostMapping
          ResponseEntity<Book> create(@RequestBody Book book) {
            URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}").buildAndExpand(book.id()).toUri();
            return ResponseEntity.created(location).body(book);
          }
        """));
    assertThat(findings(compilation)).isEmpty();
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  @Test
  void headersPreparedInALocalCount() {
    assertThat(findings(compile(controller("""
          @PostMapping
          ResponseEntity<Book> create(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            headers.setLocation(URI.create("/books/" + book.id()));
            return new ResponseEntity<>(book, headers, HttpStatus.CREATED);
          }

          @PostMapping("/named")
          ResponseEntity<Book> createNamed(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            headers.set("location", "/books/" + book.id());
            return new ResponseEntity<>(book, headers, 201);
          }

          @PostMapping("/builder")
          ResponseEntity<Book> createWithBuilder(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.LOCATION, "/books/" + book.id());
            return ResponseEntity.status(HttpStatus.CREATED).headers(headers).body(book);
          }
        """)))).isEmpty();
  }

  @Test
  void headersWithoutLocationInALocalAreReported() {
    assertThat(findings(compile(controller("""
          @PostMapping
          ResponseEntity<Book> create(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            headers.setETag("\\"1\\"");
            return new ResponseEntity<>(book, headers, HttpStatus.CREATED);
          }
        """)))).containsExactly("ERROR Books.java:20 [created-location]");
  }

  @Test
  void aLocationSetOnlyAfterTheResponseIsBuiltDoesNotCount() {
    assertThat(findings(compile(controller("""
          @PostMapping
          ResponseEntity<Book> create(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            if (book.id() == null) {
              return new ResponseEntity<>(book, headers, HttpStatus.CREATED);
            }
            headers.setLocation(URI.create("/books/" + book.id()));
            return new ResponseEntity<>(book, headers, HttpStatus.CREATED);
          }
        """)))).containsExactly("ERROR Books.java:20 [created-location]");
  }

  @Test
  void headersSetInABranchOrElsewhereAreUnknown() {
    assertThat(findings(compile(controller("""
          @PostMapping
          ResponseEntity<Book> create(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            if (book.id() != null) {
              headers.setLocation(URI.create("/books/" + book.id()));
            }
            return new ResponseEntity<>(book, headers, HttpStatus.CREATED);
          }

          @PostMapping("/opaque")
          ResponseEntity<Book> opaque(@RequestBody Book book, @RequestHeader HttpHeaders given) {
            return ResponseEntity.status(HttpStatus.CREATED).headers(given).body(book);
          }

          @PostMapping("/escaped")
          ResponseEntity<Book> escaped(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            fill(headers);
            return ResponseEntity.status(201).headers(headers).body(book);
          }

          static final java.util.function.Consumer<HttpHeaders> STAMP = h -> {};

          static void fill(HttpHeaders headers) {
            STAMP.accept(headers);
          }
        """)))).isEmpty();
  }

  @Test
  void headerNamesCompareIgnoringCase() {
    assertThat(findings(compile(controller("""
          @PostMapping
          ResponseEntity<Void> create(@RequestBody Book book) {
            return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/books/" + book.id()).build();
          }

          @PostMapping("/lower")
          ResponseEntity<Void> lower(@RequestBody Book book) {
            return ResponseEntity.status(HttpStatus.CREATED).header("location", "/x").build();
          }

          @PostMapping("/consumer")
          ResponseEntity<Void> consumer(@RequestBody Book book) {
            return ResponseEntity.status(HttpStatus.CREATED)
                .headers(h -> h.setLocation(URI.create("/x"))).build();
          }
        """)))).isEmpty();
  }

  @Test
  void createdFromPutIsExempt() {
    assertThat(findings(compile(controller("""
          @PutMapping("/{id}")
          ResponseEntity<Book> replace(@PathVariable String id, @RequestBody Book book) {
            return ResponseEntity.status(HttpStatus.CREATED).body(book);
          }
        """)))).isEmpty();
  }

  @Test
  void statusesChosenAtRunTimeAreSilent() {
    assertThat(findings(compile(controller("""
          @PostMapping
          ResponseEntity<Book> create(@RequestBody Book book, @RequestParam int code) {
            HttpStatus status = HttpStatus.CREATED;
            return ResponseEntity.status(code).body(book);
          }

          @PostMapping("/other")
          ResponseEntity<Book> other(@RequestBody Book book, @RequestParam HttpStatus status) {
            return new ResponseEntity<>(book, status);
          }
        """)))).isEmpty();
  }

  @Test
  void optionalMappedToOkOrNotFoundIsSilent() {
    Compilation compilation = compile(controller("""
          @GetMapping("/{id}")
          @Responds(200)
          @Responds(404)
          ResponseEntity<Book> get(@PathVariable String id) {
            return find(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
          }

          @GetMapping("/lambda/{id}")
          @Responds(200)
          @Responds(404)
          ResponseEntity<Book> lambda(@PathVariable String id) {
            return find(id).map(b -> ResponseEntity.ok(b)).orElse(ResponseEntity.notFound().build());
          }

          @GetMapping("/of/{id}")
          @Responds(200)
          @Responds(404)
          ResponseEntity<Book> of(@PathVariable String id) {
            return ResponseEntity.of(find(id));
          }
        """));
    assertThat(findings(compilation)).isEmpty();
  }

  /** javac reports a call chain where its last call starts: the 410 branch's line. */
  @Test
  void eachBranchOfAnOptionalIsItsOwnAnswer() {
    assertThat(findings(compile(controller("""
          @GetMapping("/{id}")
          @Responds(200)
          ResponseEntity<Book> get(@PathVariable String id) {
            return find(id).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.GONE).build());
          }

          @GetMapping("/thrown/{id}")
          @Responds(200)
          ResponseEntity<Book> thrown(@PathVariable String id) {
            Book book = find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return ResponseEntity.ok(book);
          }
        """)))).containsExactly(
            "ERROR Books.java:20 [undeclared-status]", "ERROR Books.java:26 [undeclared-status]");
  }

  @Test
  void unauthorizedWithoutChallengeIsReportedOnTheThrow() {
    assertThat(findings(compile(controller("""
          @GetMapping("/{id}")
          Book get(@PathVariable String id) {
            if (id.isEmpty()) {
              throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
            }
            return new Book(id);
          }
        """)))).containsExactly("ERROR Books.java:19 [challenge-required]");
  }

  @Test
  void undeclaredStatusesAreReported() {
    assertThat(findings(compile(controller("""
          @GetMapping("/{id}")
          @Responds(200)
          ResponseEntity<Book> get(@PathVariable String id) {
            if (id.isEmpty()) {
              return ResponseEntity.badRequest().build();
            }
            if (id.equals("gone")) {
              throw new ResponseStatusException(HttpStatus.GONE, "gone");
            }
            return ResponseEntity.ok(new Book(id));
          }
        """)))).containsExactly(
            "ERROR Books.java:20 [undeclared-status]", "ERROR Books.java:23 [undeclared-status]");
  }

  @Test
  void bodyMistakesAreCaughtWithoutAnyResponds() {
    assertThat(findings(compile(controller("""
          @DeleteMapping("/{id}")
          ResponseEntity<String> delete(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).body("deleted");
          }

          @PostMapping("/{id}/lock")
          ResponseEntity<Void> lock(@PathVariable String id) {
            return new ResponseEntity<>(HttpStatus.METHOD_NOT_ALLOWED);
          }

          @PostMapping("/{id}/allowed")
          ResponseEntity<Void> allowed(@PathVariable String id) {
            return ResponseEntity.status(405).allow(HttpMethod.GET).build();
          }
        """)))).containsExactly(
            "ERROR Books.java:18 [body-forbidden]", "ERROR Books.java:23 [allow-required]");
  }

  @Test
  void declarationAndBodyFindingsAreBothShown() {
    Compilation compilation = compile(controller("""
          @PostMapping
          @Responds(201)
          @Responds(306)
          ResponseEntity<Book> create(@RequestBody Book book) {
            return ResponseEntity.status(HttpStatus.CREATED).body(book);
          }
        """));
    assertThat(findings(compilation)).containsExactly(
        "ERROR Books.java:18 [status-unused]", "ERROR Books.java:20 [created-location]");
  }

  @Test
  void explicitEmptyOkIsLeftAloneButAcceptedWithoutMonitorIsNot() {
    assertThat(findings(compile(controller("""
          @PostMapping("/{id}/touch")
          ResponseEntity<Void> touch(@PathVariable String id) {
            return ResponseEntity.ok().build();
          }

          @PostMapping("/{id}/index")
          ResponseEntity<Void> index(@PathVariable String id) {
            return ResponseEntity.accepted().build();
          }

          @PostMapping("/{id}/queue")
          ResponseEntity<Void> queue(@PathVariable String id) {
            return ResponseEntity.accepted().location(URI.create("/jobs/1")).build();
          }
        """)))).containsExactly("WARNING Books.java:23 [accepted-monitor]");
  }

  @Test
  void statusConstantsOfAnyKind() {
    assertThat(findings(compile(controller("""
          static final int CREATED = 201;

          @PostMapping("/a")
          ResponseEntity<Void> a() {
            return ResponseEntity.status(HttpStatusCode.valueOf(201)).build();
          }

          @PostMapping("/b")
          ResponseEntity<Void> b() {
            return ResponseEntity.status(CREATED).build();
          }

          @PostMapping("/c")
          ResponseEntity<Void> c() {
            return ResponseEntity.status(HttpStatus.valueOf(201)).build();
          }

          @PostMapping("/d")
          ResponseEntity<Void> d() {
            return ResponseEntity.status(HttpStatus.CREATED.value()).build();
          }
        """)))).containsExactly(
            "ERROR Books.java:20 [created-location]", "ERROR Books.java:25 [created-location]",
            "ERROR Books.java:30 [created-location]", "ERROR Books.java:35 [created-location]");
  }

  @Test
  void responsesThroughLocalsAndHelpers() {
    assertThat(findings(compile(controller("""
          @PostMapping("/a")
          ResponseEntity<Void> a() {
            ResponseEntity<Void> response = ResponseEntity.status(HttpStatus.CREATED).build();
            return response;
          }

          @PostMapping("/b")
          ResponseEntity<Void> b() {
            return created();
          }

          @PostMapping("/c")
          ResponseEntity<Void> c(@RequestParam String id) {
            check(id);
            var builder = ResponseEntity.status(HttpStatus.CREATED);
            builder.location(URI.create("/books/" + id));
            return builder.build();
          }

          @PostMapping("/d")
          ResponseEntity<Void> d() {
            ResponseEntity.status(HttpStatus.CREATED).build();
            return ResponseEntity.noContent().build();
          }

          private ResponseEntity<Void> created() {
            return ResponseEntity.status(HttpStatus.CREATED).build();
          }

          private void check(String id) {
            if (id.isEmpty()) {
              throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
            }
          }
        """)))).containsExactly(
            "ERROR Books.java:19 [created-location]", "ERROR Books.java:24 [created-location]",
            "ERROR Books.java:29 [challenge-required]");
  }

  @Test
  void conditionalsAndSwitchesGiveOneAnswerPerBranch() {
    assertThat(findings(compile(controller("""
          @GetMapping("/{id}")
          ResponseEntity<Book> get(@PathVariable String id, @RequestParam boolean moved) {
            return moved ? ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).build()
                : ResponseEntity.ok(new Book(id));
          }

          @GetMapping("/switch/{id}")
          ResponseEntity<Book> choose(@PathVariable String id, @RequestParam int mode) {
            return switch (mode) {
              case 0 -> ResponseEntity.ok(new Book(id));
              case 1 -> ResponseEntity.status(429).build();
              default -> {
                yield ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/")).build();
              }
            };
          }
        """)))).containsExactly(
            "ERROR Books.java:18 [redirect-location]", "WARNING Books.java:26 [retry-after]");
  }

  @Test
  void asyncWrappersAreLookedInto() {
    assertThat(findings(compile(controller("""
          @PostMapping("/a")
          CompletableFuture<ResponseEntity<Void>> a() {
            return CompletableFuture.supplyAsync(() -> ResponseEntity.status(HttpStatus.CREATED).build());
          }

          @DeleteMapping("/b")
          reactor.core.publisher.Mono<ResponseEntity<String>> b() {
            return reactor.core.publisher.Mono.just(ResponseEntity.status(204).body("gone"));
          }

          @PostMapping("/c")
          CompletableFuture<ResponseEntity<Void>> c() {
            return CompletableFuture.completedFuture(ResponseEntity.noContent().build());
          }
        """)))).containsExactly(
            "ERROR Books.java:18 [created-location]", "ERROR Books.java:23 [body-forbidden]");
  }

  @Test
  void servletResponseStatusesCount() {
    assertThat(findings(compile(controller("""
          @PostMapping("/raw")
          @Responds(204)
          void raw(HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_CREATED);
          }
        """)))).containsExactly(
            "ERROR Books.java:19 [created-location]", "ERROR Books.java:19 [undeclared-status]");
  }

  @Test
  void exceptionsAnnotatedWithResponseStatus() {
    assertThat(findings(compile(controller("""
          @ResponseStatus(HttpStatus.UNAUTHORIZED)
          static class LoginNeeded extends RuntimeException {}

          @GetMapping("/{id}")
          Book get(@PathVariable String id) {
            if (id.isEmpty()) {
              throw new LoginNeeded();
            }
            return new Book(id);
          }
        """)))).containsExactly("ERROR Books.java:22 [challenge-required]");
  }

  @Test
  void exceptionHandlersAreCheckedToo() {
    assertThat(findings(compile(controller("""
          @ExceptionHandler(IllegalStateException.class)
          ResponseEntity<String> conflict(IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(e.getMessage());
          }

          @ExceptionHandler(IllegalArgumentException.class)
          ResponseEntity<String> login(IllegalArgumentException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").body(e.getMessage());
          }
        """)))).containsExactly("ERROR Books.java:18 [challenge-required]");
  }
  @Test
  void anonymousExceptionsKeepTheirStatusButNotTheirHeaders() {
    assertThat(findings(compile(controller("""
          @GetMapping("/{id}")
          @Responds(200)
          Book get(@PathVariable String id) {
            if (id.isEmpty()) {
              throw new ResponseStatusException(HttpStatus.UNAUTHORIZED) {
                @Override
                public HttpHeaders getHeaders() {
                  HttpHeaders headers = new HttpHeaders();
                  headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                  return headers;
                }
              };
            }
            return new Book(id);
          }
        """)))).containsExactly("ERROR Books.java:20 [undeclared-status]");
  }

  @Test
  void reactiveErrorsAreAnswers() {
    assertThat(findings(compile(controller("""
          @GetMapping("/{id}")
          @Responds(200)
          reactor.core.publisher.Mono<ResponseEntity<Book>> get(@PathVariable String id) {
            return reactor.core.publisher.Mono.justOrEmpty(find(id))
                .map(ResponseEntity::ok)
                .switchIfEmpty(reactor.core.publisher.Mono.error(
                    new ResponseStatusException(HttpStatus.NOT_FOUND)));
          }
        """)))).containsExactly("ERROR Books.java:21 [undeclared-status]");
  }
}
