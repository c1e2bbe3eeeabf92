package dev.responds.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.messages;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

final class StatusRulesTest {

  /** A Spring controller whose one handler declares 200 and the given annotations (on line 9). */
  private static JavaFileObject controller(String annotations) {
    return source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class Books {
          @GetMapping("/books/{id}") @Responds(200)
          %s
          String get(@PathVariable String id) { return id; }
        }
        """.formatted(annotations));
  }

  @Test
  void unusedCodeFailsTheBuild() {
    Compilation compilation = compile(controller("@Responds(306)"));
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:9 [status-unused]");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
  }

  @Test
  void teapotIsUnusedToo() {
    assertThat(findings(compile(controller("@Responds(418)"))))
        .containsExactly("ERROR Books.java:9 [status-unused]");
  }

  @Test
  void vendorCodeWarnsAndNamesTheVendor() {
    Compilation compilation = compile(controller("@Responds(420)"));
    assertThat(findings(compilation)).containsExactly("WARNING Books.java:9 [status-vendor]");
    assertThat(messages(compilation).get(0)).contains("Twitter");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  @Test
  void otherVendorCodesWarn() {
    assertThat(findings(compile(controller("@Responds(444) @Responds(449) @Responds(509)"))))
        .containsExactly("WARNING Books.java:9 [status-vendor]", "WARNING Books.java:9 [status-vendor]",
            "WARNING Books.java:9 [status-vendor]");
  }

  @Test
  void codeOutOfRangeFailsTheBuild() {
    assertThat(findings(compile(controller("@Responds(999)"))))
        .containsExactly("ERROR Books.java:9 [status-range]");
    assertThat(findings(compile(controller("@Responds(99)"))))
        .containsExactly("ERROR Books.java:9 [status-range]");
  }

  /** 600 is no error status, and declaring a built 1000 would be no fix: only status-range speaks. */
  @Test
  void codesOutOfRangeGetOnlyTheAdviceThatFits() {
    assertThat(findings(compile(source("com.example.Legacy", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class Legacy {
          @GetMapping("/legacy") @Responds(600)
          String get() { return "legacy"; }

          @PostMapping("/legacy") @Responds(201)
          ResponseEntity<String> post(@RequestBody String body) {
            return ResponseEntity.status(1000).body(body);
          }
        }
        """)))).containsExactly("ERROR Legacy.java:9 [status-range]", "ERROR Legacy.java:14 [status-range]");
  }

  @Test
  void unregisteredCodeWarns() {
    assertThat(findings(compile(controller("@Responds(299)"))))
        .containsExactly("WARNING Books.java:9 [status-unassigned]");
  }

  @Test
  void deprecatedCodesWarn() {
    assertThat(findings(compile(controller("@Responds(305)"))))
        .containsExactly("WARNING Books.java:9 [status-deprecated]");
    assertThat(findings(compile(controller("@Responds(510)"))))
        .containsExactly("WARNING Books.java:9 [status-deprecated]");
  }

  @Test
  void processingIsDeprecatedAndInformational() {
    assertThat(findings(compile(controller("@Responds(102)"))))
        .containsExactly("WARNING Books.java:9 [status-deprecated]", "ERROR Books.java:9 [status-informational]");
  }

  @Test
  void informationalCodeFailsTheBuild() {
    assertThat(findings(compile(controller("@Responds(100)"))))
        .containsExactly("ERROR Books.java:9 [status-informational]");
  }

  @Test
  void duplicateCodeFailsTheBuild() {
    assertThat(findings(compile(controller("@Responds(404) @Responds(404)"))))
        .containsExactly("ERROR Books.java:9 [status-duplicate]");
  }

  @Test
  void registeredCodesAreSilent() {
    Compilation compilation = compile(controller(
        "@Responds(404) @Responds(422) @Responds(425) @Responds(507) @Responds(409)"));
    assertThat(findings(compilation)).isEmpty();
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  @Test
  void namedConstantsWork() {
    Compilation compilation = compile(source("com.example.Books", """
        package com.example;

        import static dev.responds.Status.*;

        import dev.responds.Responds;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class Books {
          @GetMapping("/books")
          @Responds(OK)
          @Responds(IM_A_TEAPOT)
          String list() { return "[]"; }
        }
        """));
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:12 [status-unused]");
  }

  @Test
  void responseStatusCodesAreCheckedOnHandlersAndExceptions() {
    Compilation compilation = compile(source("com.example.Teapots", """
        package com.example;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class Teapots {
          @GetMapping("/tea")
          @ResponseStatus(HttpStatus.I_AM_A_TEAPOT)
          String brew() { return "no"; }

          @ResponseStatus(code = HttpStatus.USE_PROXY)
          static class ProxyException extends RuntimeException {}
        }
        """));
    assertThat(findings(compilation)).containsExactly(
        "ERROR Teapots.java:9 [status-unused]", "WARNING Teapots.java:12 [status-deprecated]");
  }

  @Test
  void classLevelCodesAreReportedOnceOnTheClass() {
    Compilation compilation = compile(source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @Responds(420)
        class Books {
          @GetMapping("/a") String a() { return "a"; }
          @GetMapping("/b") String b() { return "b"; }
        }
        """));
    assertThat(findings(compilation)).containsExactly("WARNING Books.java:7 [status-vendor]");
  }

  @Test
  void respondsOnAPlainMethodWarns() {
    Compilation compilation = compile(source("com.example.Util", """
        package com.example;

        import dev.responds.Responds;

        class Util {
          @Responds(200)
          static String help() { return ""; }
        }
        """));
    assertThat(findings(compilation)).containsExactly("WARNING Util.java:6 [responds-not-handler]");
  }

  @Test
  void respondsOnAnyClassIsCheckedEvenWithoutAFramework() {
    Compilation compilation = compile(source("com.example.Plain", """
        package com.example;

        import dev.responds.Responds;

        @Responds(999)
        class Plain {}
        """));
    assertThat(findings(compilation)).containsExactly("ERROR Plain.java:5 [status-range]");
  }
}
