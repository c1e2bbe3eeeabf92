package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.messages;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A helper whose file name no file system accepts is a clear error, never a half-created file. */
final class HelperFileNameTest {

  @Test
  void aClassNameTooLongForItsHelpersFileIsAnErrorNamingTheFix() {
    // 245 characters: Name.class fits in 255 bytes, NameResponses.java does not.
    String name = "Books" + "x".repeat(240);
    Compilation compilation = compile(source("com.example." + name, """
        package com.example;

        import dev.responds.Responds;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class %s {
          @GetMapping("/books") @Responds(200)
          public String list() { return "[]"; }
        }
        """.formatted(name)));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(messages(compilation)).contains("[responds] the helper's file name " + name
        + "Responses.java would be 259 bytes, more than file systems allow (255): shorten the name of "
        + name + ", or compile with -Aresponds.helpers=false");
    assertThat(compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList().toString())
        .doesNotContain("Unclosed files");
  }
}
