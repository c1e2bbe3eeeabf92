package dev.responds.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The declaration rules on Spring MVC handlers: each rule fires where the signature proves it, and only there. */
final class SpringDeclarationRulesTest {

  /** A controller with one handler; {@code members} starts on line 13. */
  private static JavaFileObject controller(String members) {
    return source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import jakarta.servlet.http.HttpServletResponse;
        import java.util.List;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/books")
        class Books {
        %s
        }
        """.formatted(members));
  }

  private static final String BOOK = """
        record Book(String title) {}
      """;

  @Test
  void noContentOnAMethodReturningAnEntityIsBodyForbidden() {
    Compilation compilation = compile(controller("""
          @DeleteMapping("/{id}")
          @ResponseStatus(HttpStatus.NO_CONTENT)
          Book delete(@PathVariable String id) { return null; }
        """ + BOOK));
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:14 [body-forbidden]");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
  }

  @Test
  void noContentOnAVoidDeleteIsSilent() {
    Compilation compilation = compile(controller("""
          @DeleteMapping("/{id}")
          @ResponseStatus(HttpStatus.NO_CONTENT)
          void delete(@PathVariable String id) {}
        """));
    assertThat(findings(compilation)).isEmpty();
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  @Test
  void createdOnAPostReturningADtoNeedsALocation() {
    assertThat(findings(compile(controller("""
          @PostMapping
          @ResponseStatus(HttpStatus.CREATED)
          Book create(@RequestBody Book book) { return book; }
        """ + BOOK)))).containsExactly("ERROR Books.java:14 [created-location]");
  }

  @Test
  void createdFromPutIsExempt() {
    assertThat(findings(compile(controller("""
          @PutMapping("/{id}")
          @ResponseStatus(HttpStatus.CREATED)
          Book replace(@PathVariable String id, @RequestBody Book book) { return book; }
        """ + BOOK)))).isEmpty();
  }

  @Test
  void createdWithTheRawResponseAtHandIsSilent() {
    assertThat(findings(compile(controller("""
          @PostMapping
          @ResponseStatus(HttpStatus.CREATED)
          Book create(@RequestBody Book book, HttpServletResponse response) {
            response.setHeader("Location", "/books/1");
            return book;
          }
        """ + BOOK)))).isEmpty();
  }

  @Test
  void createdWithAResponseEntityIsJudgedByTheBodyNotTheDeclaration() {
    assertThat(findings(compile(controller("""
          @PostMapping
          @Responds(201)
          ResponseEntity<Book> create(@RequestBody Book book, java.net.URI where) {
            return ResponseEntity.created(where).body(book);
          }
        """ + BOOK)))).isEmpty();
  }

  @Test
  void redirectDeclaredOnAStringHandlerNeedsALocation() {
    assertThat(findings(compile(controller("""
          @GetMapping("/old")
          @Responds(301)
          String moved() { return "gone"; }
        """)))).containsExactly("ERROR Books.java:14 [redirect-location]");
  }

  @Test
  void unauthorizedFromAnExceptionHandlerNeedsAChallenge() {
    Compilation compilation = compile(source("com.example.Errors", """
        package com.example;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ProblemDetail;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        class Errors {
          @ExceptionHandler(SecurityException.class)
          @ResponseStatus(HttpStatus.UNAUTHORIZED)
          ProblemDetail unauthorized(SecurityException e) {
            return ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
          }

          @ExceptionHandler(IllegalStateException.class)
          @ResponseStatus(HttpStatus.CONFLICT)
          ProblemDetail conflict(IllegalStateException e) {
            return ProblemDetail.forStatus(HttpStatus.CONFLICT);
          }
        }
        """));
    assertThat(findings(compilation)).containsExactly("ERROR Errors.java:10 [challenge-required]");
  }

  @Test
  void methodNotAllowedUpgradeRangeAndProxyAuthNeedTheirHeaders() {
    assertThat(findings(compile(controller("""
          @ResponseStatus(HttpStatus.METHOD_NOT_ALLOWED) @PatchMapping("/a") String a() { return ""; }
          @ResponseStatus(HttpStatus.UPGRADE_REQUIRED) @GetMapping("/b") String b() { return ""; }
          @ResponseStatus(HttpStatus.PARTIAL_CONTENT) @GetMapping("/c") String c() { return ""; }
          @ResponseStatus(HttpStatus.PROXY_AUTHENTICATION_REQUIRED) @GetMapping("/d") String d() { return ""; }
          @ResponseStatus(HttpStatus.PARTIAL_CONTENT)
          @GetMapping(path = "/e", produces = "multipart/byteranges") String e() { return ""; }
        """)))).containsExactly(
            "ERROR Books.java:13 [allow-required]",
            "ERROR Books.java:14 [upgrade-required]",
            "ERROR Books.java:15 [content-range-required]",
            "ERROR Books.java:16 [challenge-required]");
  }

  @Test
  void tooManyRequestsAndUnavailableShouldSayWhenToRetry() {
    assertThat(findings(compile(controller("""
          @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS) @GetMapping("/a") String a() { return ""; }
          @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE) @GetMapping("/b") void b() {}
        """)))).containsExactly(
            "WARNING Books.java:13 [retry-after]", "WARNING Books.java:14 [retry-after]");
  }

  @Test
  void acceptedWithNothingToFollowWarns() {
    assertThat(findings(compile(controller("""
          @ResponseStatus(HttpStatus.ACCEPTED) @PostMapping("/jobs") void start() {}
          @ResponseStatus(HttpStatus.ACCEPTED) @PostMapping("/tasks") String task() { return "{}"; }
        """)))).containsExactly("WARNING Books.java:13 [accepted-monitor]");
  }

  @Test
  void voidHandlerWithoutResponseStatusAnswersOkWithoutBody() {
    assertThat(findings(compile(controller("""
          @PostMapping("/{id}/archive")
          void archive(@PathVariable String id) {}

          @PostMapping("/{id}/touch")
          @Responds(200)
          void touch(@PathVariable String id) {}

          @PostMapping("/{id}/stream")
          void stream(@PathVariable String id, HttpServletResponse response) {}

          @RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
          void head(@PathVariable String id) {}
        """)))).containsExactly(
            "WARNING Books.java:14 [ok-without-body]", "WARNING Books.java:17 [ok-without-body]");
  }

  @Test
  void headOnlyHandlerReturningABodyWarns() {
    assertThat(findings(compile(controller("""
          @RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
          String head(@PathVariable String id) { return id; }

          @RequestMapping(path = "/{id}", method = {RequestMethod.GET, RequestMethod.HEAD})
          String get(@PathVariable String id) { return id; }
        """)))).containsExactly("WARNING Books.java:14 [head-body]");
  }

  @Test
  void createdFromGetWarns() {
    assertThat(findings(compile(controller("""
          @GetMapping("/new")
          @ResponseStatus(HttpStatus.CREATED)
          void make(HttpServletResponse response) {}
        """)))).containsExactly("WARNING Books.java:14 [created-by-safe-method]");
  }

  @Test
  void notModifiedAndPreconditionFailedNeedConditionalHeaders() {
    assertThat(findings(compile(controller("""
          @GetMapping("/{id}") @Responds(200) @Responds(304)
          ResponseEntity<String> get(@PathVariable String id) { return ResponseEntity.ok(id); }

          @GetMapping("/{id}/etag") @Responds(200) @Responds(304)
          ResponseEntity<String> etag(@RequestHeader("If-None-Match") String etag) { return ResponseEntity.ok(etag); }

          @PutMapping("/{id}") @Responds(204) @Responds(412)
          ResponseEntity<Void> put(@PathVariable String id) { return ResponseEntity.noContent().build(); }

          @PutMapping("/{id}/v") @Responds(204) @Responds(412)
          ResponseEntity<Void> putIfMatch(@RequestHeader(name = "if-match") String tag) { return ResponseEntity.noContent().build(); }

          @GetMapping("/{id}/w") @Responds(200) @Responds(304)
          ResponseEntity<String> web(org.springframework.web.context.request.WebRequest request) { return ResponseEntity.ok(""); }
        """)))).containsExactly(
            "WARNING Books.java:13 [conditional-without-precondition]",
            "WARNING Books.java:19 [conditional-without-precondition]");
  }

  @Test
  void notAcceptableNeedsProducesAndUnsupportedMediaTypeNeedsABody() {
    assertThat(findings(compile(controller("""
          @GetMapping("/a") @Responds(200) @Responds(406) String a() { return ""; }
          @GetMapping(path = "/b", produces = "application/json") @Responds(200) @Responds(406) String b() { return ""; }
          @PostMapping("/c") @Responds(200) @Responds(415) String c() { return ""; }
          @PostMapping("/d") @Responds(200) @Responds(415) String d(@RequestBody String body) { return body; }
        """)))).containsExactly(
            "WARNING Books.java:13 [media-type-status]", "WARNING Books.java:15 [media-type-status]");
  }

  @Test
  void classLevelProducesCounts() {
    assertThat(findings(compile(source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping(path = "/books", produces = "application/json")
        class Books {
          @GetMapping @Responds(200) @Responds(406) String list() { return "[]"; }
        }
        """)))).isEmpty();
  }

  @Test
  void onlyErrorCodesDeclaredWarns() {
    assertThat(findings(compile(controller("""
          @GetMapping("/{id}")
          @Responds(404)
          String get(@PathVariable String id) { return id; }
        """)))).containsExactly("WARNING Books.java:14 [no-success-status]");
  }

  @Test
  void responseStatusNotAmongRespondsIsAMismatch() {
    assertThat(findings(compile(controller("""
          @PostMapping
          @ResponseStatus(HttpStatus.ACCEPTED)
          @Responds(200)
          String submit(@RequestBody String order) { return order; }
        """)))).containsExactly("ERROR Books.java:14 [status-mismatch]");
  }

  @Test
  void suppressionOnMethodOrClassSilencesARule() {
    assertThat(findings(compile(controller("""
          @PostMapping
          @ResponseStatus(HttpStatus.CREATED)
          @SuppressWarnings("responds:created-location")
          String create(@RequestBody String book) { return book; }

          @GetMapping("/old")
          @Responds(301)
          @SuppressWarnings("responds")
          String moved() { return "gone"; }

          @GetMapping("/older")
          @Responds(301)
          @SuppressWarnings("responds:created-location")
          String older() { return "gone"; }
        """)))).containsExactly("ERROR Books.java:24 [redirect-location]");
  }

  @Test
  void severityOptionsTurnRulesOffOrUp() {
    JavaFileObject source = controller("""
          @PostMapping
          @ResponseStatus(HttpStatus.CREATED)
          String create(@RequestBody String book) { return book; }

          @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS) @GetMapping("/a") String a() { return ""; }
        """);
    Compilation compilation = compile(
        java.util.List.of("-Aresponds.severity=created-location:warning,retry-after:error"), source);
    assertThat(findings(compilation)).containsExactly(
        "WARNING Books.java:14 [created-location]", "ERROR Books.java:17 [retry-after]");
    assertThat(findings(compile(java.util.List.of("-Aresponds.severity=created-location:off"), source)))
        .containsExactly("WARNING Books.java:17 [retry-after]");
  }

  @Test
  void unknownRuleIdsInOptionsAreReported() {
    Compilation compilation = compile(
        java.util.List.of("-Aresponds.severity=created-locatoin:off,retry-after:loud"), controller(""));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    CompilationSubject.assertThat(compilation).hadErrorContaining("unknown rule id 'created-locatoin'");
    CompilationSubject.assertThat(compilation).hadErrorContaining("not 'retry-after:loud'");
  }

  @Test
  void responseStatusOnTheControllerClassAppliesToEveryHandler() {
    assertThat(findings(compile(source("com.example.Jobs", """
        package com.example;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @ResponseStatus(HttpStatus.ACCEPTED)
        class Jobs {
          @PostMapping("/jobs") void start() {}
          @PostMapping("/batches") String batch() { return "{}"; }
        }
        """)))).containsExactly("WARNING Jobs.java:7 [accepted-monitor]");
  }
}
