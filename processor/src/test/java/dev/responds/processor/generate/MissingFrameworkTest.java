package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.responds.processor.generate.HelperCompiler.source;

import com.google.testing.compile.Compilation;
import dev.responds.Responds;
import dev.responds.processor.RespondsProcessor;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** Without the framework's response class, the handlers get no helper and the build goes on. */
final class MissingFrameworkTest {

  @Test
  void missingResponseClassGivesOneNoteAndNoHelper() throws URISyntaxException {
    File respondsAnnotations =
        new File(Responds.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // JAX-RS annotations written by hand, without jakarta.ws.rs.core.Response.
    Compilation compilation = javac()
        .withProcessors(new RespondsProcessor())
        .withClasspath(List.of(respondsAnnotations))
        .compile(
            source("jakarta.ws.rs.HttpMethod", """
                package jakarta.ws.rs;

                import java.lang.annotation.*;

                @Retention(RetentionPolicy.RUNTIME)
                @Target(ElementType.ANNOTATION_TYPE)
                public @interface HttpMethod { String value(); }
                """),
            source("jakarta.ws.rs.GET", """
                package jakarta.ws.rs;

                import java.lang.annotation.*;

                @Retention(RetentionPolicy.RUNTIME)
                @Target(ElementType.METHOD)
                @HttpMethod("GET")
                public @interface GET {}
                """),
            source("com.example.Stub", """
                package com.example;

                import dev.responds.Responds;
                import jakarta.ws.rs.GET;

                public class Stub {
                  @GET @Responds(200) public String get() { return "a"; }
                  @GET @Responds(404) public String other() { return "b"; }
                }
                """));
    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    List<String> notes = compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.NOTE)
        .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
        .filter(message -> message.startsWith("[responds] "))
        .toList();
    assertThat(notes).containsExactly("[responds] no StubResponses helpers for the JAKARTA_RS"
        + " handlers of Stub: jakarta.ws.rs.core.Response is not on the classpath");
  }
}
