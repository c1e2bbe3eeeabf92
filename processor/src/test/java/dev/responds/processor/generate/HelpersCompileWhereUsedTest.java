package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.responds.processor.generate.HelperCompiler.compile;
import static dev.responds.processor.generate.HelperCompiler.generatedSource;
import static dev.responds.processor.generate.HelperCompiler.source;
import static dev.responds.processor.generate.HelperCompiler.unwrapped;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Helpers compile where they are used: clashing names are an error on the class that names the
 * way out, generic and private body types get generic methods, and the Allow value says what it
 * covers.
 */
final class HelpersCompileWhereUsedTest {
  private static final JavaFileObject NESTED = source("com.example.Outer", """
      package com.example;

      import dev.responds.Responds;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      public class Outer {
        @RestController
        public static class Inner {
          @GetMapping("/inner") @Responds(200)
          public ResponseEntity<String> get() { return ResponseEntity.ok("inner"); }
        }
      }
      """);

  private static final JavaFileObject TOP_LEVEL = source("com.example.Outer_Inner", """
      package com.example;

      import dev.responds.Responds;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      public class Outer_Inner {
        @GetMapping("/outer-inner") @Responds(200)
        public ResponseEntity<String> get() { return ResponseEntity.ok("top"); }
      }
      """);

  private static List<String> diagnostics(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == kind)
        .map(diagnostic -> (diagnostic.getSource() == null ? ""
            : diagnostic.getSource().getName().replaceAll(".*/", "") + ":"
                + diagnostic.getLineNumber() + " ") + diagnostic.getMessage(Locale.ROOT))
        .toList();
  }

  @Test
  void twoClassesMappingToOneHelperNameAreAnErrorOnTheSecond() {
    Compilation compilation = compile(NESTED, TOP_LEVEL);
    assertThat(compilation).failed();
    assertThat(diagnostics(compilation, Diagnostic.Kind.ERROR)).containsExactly(
        "Outer_Inner.java:8 [responds] com.example.Outer_Inner and com.example.Outer.Inner both"
            + " map to the helper com.example.Outer_InnerResponses, which serves"
            + " com.example.Outer.Inner: rename one of the two classes");
  }

  @Test
  void oneOfThemAloneGetsItsHelperSilently() {
    assertThat(compile(TOP_LEVEL)).succeededWithoutWarnings();
    assertThat(compile(NESTED)).succeededWithoutWarnings();
  }

  @Test
  void aClassOfTheUserNamedLikeTheHelperIsAnErrorNotAnInternalError() {
    Compilation compilation = compile(TOP_LEVEL, source("com.example.Outer_InnerResponses", """
        package com.example;

        /** Written by hand, before the processor was added. */
        public final class Outer_InnerResponses {
          private Outer_InnerResponses() {}
        }
        """));
    assertThat(compilation).failed();
    assertThat(diagnostics(compilation, Diagnostic.Kind.ERROR)).containsExactly(
        "Outer_Inner.java:8 [responds] a class named Outer_InnerResponses already exists, so"
            + " com.example.Outer_Inner gets no helper: rename that class (or compile with"
            + " -Aresponds.helpers=false)");
    assertThat(diagnostics(compilation, Diagnostic.Kind.NOTE).toString())
        .doesNotContain("internal error");
  }

  @Test
  void aGenericBaseControllerReturnsItsHelperForItsTypeVariable() {
    Compilation compilation = compile(source("com.example.CrudController", """
        package com.example;

        import dev.responds.Responds;
        import java.util.Optional;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        public abstract class CrudController<T, ID> {
          protected abstract Optional<T> find(ID id);

          @GetMapping("/{id}") @Responds(200) @Responds(404)
          public ResponseEntity<T> get(@PathVariable ID id) {
            return find(id).map(CrudControllerResponses::getOk)
                .orElseGet(CrudControllerResponses::getNotFound);
          }

          @PostMapping @Responds(201)
          public ResponseEntity<T> create(@RequestBody T entity) {
            return CrudControllerResponses.createCreated(java.net.URI.create("/1"), entity);
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generatedSource(compilation, "com.example.CrudControllerResponses");
    assertThat(source).contains("public static <T> ResponseEntity<T> getOk(T body) {");
    assertThat(source).contains("public static <T> ResponseEntity<T> getNotFound() {");
    assertThat(source).contains(
        "public static <T> ResponseEntity<T> createCreated(URI location, T body) {");
  }

  @Test
  void aPrivateBodyTypeGetsGenericMethodsTheHandlerCanReturn() {
    Compilation compilation = compile(source("com.example.Secrets", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class Secrets {
          private record Secret(String value) {}

          @GetMapping("/secret") @Responds(200) @Responds(404)
          public ResponseEntity<Secret> get(@RequestParam String name) {
            return name.isEmpty() ? SecretsResponses.getNotFound()
                : SecretsResponses.getOk(new Secret(name));
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.example.SecretsResponses"))
        .doesNotContain("Secret body");
  }

  @Test
  void theComputedAllowValueSaysWhatItCovers() {
    Compilation compilation = compile(source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class Books {
          @GetMapping("/books") @Responds(200)
          public ResponseEntity<String> list() { return ResponseEntity.ok("[]"); }

          @DeleteMapping("/books") @Responds(204) @Responds(405)
          public ResponseEntity<Void> clear() { return BooksResponses.clearMethodNotAllowed(); }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generatedSource(compilation, "com.example.BooksResponses");
    assertThat(source).contains("header(\"Allow\", \"GET, HEAD, OPTIONS\")");
    assertThat(unwrapped(source)).contains("<code>Allow: GET, HEAD, OPTIONS</code>, what the"
        + " classes compiled with this one map on <code>/books</code> (a class compiled apart, in"
        + " another module, is not seen: pass the full list to the {@code Set} overload then)");
  }

  @Test
  void bodyTypesNamedLikeTheTypesAHelperUsesAreWrittenInFull() {
    Compilation compilation = compile(source("com.example.Duration", """
        package com.example;

        public record Duration(long seconds) {}
        """), source("com.example.Waits", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class Waits {
          @GetMapping("/wait") @Responds(200) @Responds(429)
          public ResponseEntity<Duration> get() {
            return WaitsResponses.getTooManyRequests(java.time.Duration.ofSeconds(5));
          }

          @GetMapping("/other") @Responds(200)
          public ResponseEntity<Duration> other() {
            return WaitsResponses.otherOk(new Duration(5));
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.example.WaitsResponses")).contains(
        "getTooManyRequests(java.time.Duration retryAfter) {");
    assertThat(generatedSource(compilation, "com.example.WaitsResponses")).contains(
        "otherOk(Duration body) {");
  }
}
