package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.responds.processor.generate.HelperCompiler.compile;
import static dev.responds.processor.generate.HelperCompiler.generatedSource;
import static dev.responds.processor.generate.HelperCompiler.source;
import static dev.responds.processor.generate.HelperCompiler.unwrapped;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.time.Duration;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** What generated helpers write into headers: computed across classes, checked, never forged. */
final class HeaderValuesTest {
  private static final JavaFileObject CATALOG = source("com.example.CatalogController", """
      package com.example;

      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      @RequestMapping("/catalog")
      public class CatalogController {
        @GetMapping("/{id}")
        public String get(@PathVariable String id) { return id; }

        @DeleteMapping("/{id}")
        public ResponseEntity<Void> delete(@PathVariable String id) {
          return ResponseEntity.noContent().build();
        }

        @PatchMapping("/{id}")
        public String patch(@PathVariable String id) { return id; }
      }
      """);

  private static final JavaFileObject CATALOG_ADMIN = source("com.example.CatalogAdminController", """
      package com.example;

      import dev.responds.Responds;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      public class CatalogAdminController {
        @PostMapping("/catalog/{itemId}")
        @Responds(200) @Responds(405)
        public ResponseEntity<String> restore(@PathVariable String itemId) {
          return itemId.isEmpty()
              ? CatalogAdminControllerResponses.restoreMethodNotAllowed()
              : CatalogAdminControllerResponses.restoreOk(itemId);
        }
      }
      """);

  @Test
  void theNoArgumentAllowListsWhatEveryClassOfTheCompilationMapsOnThePath() {
    Compilation compilation = compile(CATALOG, CATALOG_ADMIN);
    assertThat(compilation).succeededWithoutWarnings();
    ResponseEntity<?> response = (ResponseEntity<?>) new LoadedHelper(compilation,
        "com.example.CatalogAdminControllerResponses")
        .call("restore", "methodNotAllowed", new Class<?>[0]);
    assertThat(response.getHeaders().getFirst("Allow"))
        .isEqualTo("DELETE, GET, HEAD, OPTIONS, PATCH");
    assertThat(unwrapped(generatedSource(compilation,
        "com.example.CatalogAdminControllerResponses")))
        .contains("a class compiled apart, in another module, is not seen");
  }

  private static final JavaFileObject WEIRD_METHOD = source("com.example.Forged", """
      package com.example;

      import jakarta.ws.rs.HttpMethod;
      import java.lang.annotation.*;

      @Target(ElementType.METHOD)
      @Retention(RetentionPolicy.RUNTIME)
      @HttpMethod("PATCH\\r\\nSet-Cookie: x")
      public @interface Forged {}
      """);

  /** That the Allow value leaves it out is AllowHeaderTest's: a failed compilation shows no file. */
  @Test
  void aMethodNameThatIsNoTokenIsAnErrorOnItsAnnotation() {
    JavaFileObject resource = source("com.example.Items", """
        package com.example;

        import dev.responds.Responds;
        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;

        @Path("/items/{id}")
        public class Items {
          @GET
          public String get() { return "item"; }

          @Forged
          public String forged() { return "forged"; }

          @DELETE
          @Responds(405)
          public Response delete() { return ItemsResponses.deleteMethodNotAllowed(); }
        }
        """);
    Compilation compilation = compile(WEIRD_METHOD, resource);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[responds] the HTTP method"
            + " \"PATCH\\r\\nSET-COOKIE: X\" of Items.forged is not a token")
        .inFile(resource).onLineContaining("@Forged");
  }

  private static final JavaFileObject API = source("com.example.Api", """
      package com.example;

      import dev.responds.Responds;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      public class Api {
        @GetMapping("/me")
        @Responds(200) @Responds(401) @Responds(405) @Responds(503)
        public ResponseEntity<String> me() { return ApiResponses.meOk("me"); }
      }
      """);

  @Test
  void aRetryAfterBelowOneSecondIsRoundedUpNotSentAsZero() {
    LoadedHelper helper = new LoadedHelper(compile(API), "com.example.ApiResponses");
    ResponseEntity<?> soon = (ResponseEntity<?>) helper.call("me", "serviceUnavailable",
        new Class<?>[] {Duration.class}, Duration.ofMillis(200));
    assertThat(soon.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    ResponseEntity<?> now = (ResponseEntity<?>) helper.call("me", "serviceUnavailable",
        new Class<?>[] {Duration.class}, Duration.ZERO);
    assertThat(now.getHeaders().getFirst("Retry-After")).isEqualTo("0");
  }

  @Test
  void headerParametersRejectControlCharactersAndEmptyValues() {
    LoadedHelper helper = new LoadedHelper(compile(API), "com.example.ApiResponses");
    for (String forged : new String[] {"Basic\u0000", "Basic\u000b", "Basic\u007f", "a\rb", "a\nb"}) {
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
          () -> helper.call("me", "unauthorized", new Class<?>[] {String.class}, forged));
      assertThat(thrown).hasMessageThat().contains("WWW-Authenticate value must not hold control");
    }
    for (String empty : new String[] {"", "  "}) {
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
          () -> helper.call("me", "unauthorized", new Class<?>[] {String.class}, empty));
      assertThat(thrown).hasMessageThat().contains("WWW-Authenticate value must not be empty");
    }
    ResponseEntity<?> tab = (ResponseEntity<?>) helper.call("me", "unauthorized",
        new Class<?>[] {String.class}, "Basic\trealm=\"a\"");
    assertThat(tab.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Basic\trealm=\"a\"");
    IllegalArgumentException notToken = assertThrows(IllegalArgumentException.class,
        () -> helper.call("me", "methodNotAllowed", new Class<?>[] {Set.class}, Set.of("GET\u0000")));
    assertThat(notToken).hasMessageThat().contains("Allow lists HTTP methods (tokens)");
  }
}
