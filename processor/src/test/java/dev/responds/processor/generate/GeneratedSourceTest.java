package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.responds.processor.generate.HelperCompiler.compile;
import static dev.responds.processor.generate.HelperCompiler.generatedSource;
import static dev.responds.processor.generate.HelperCompiler.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated text itself: golden files for the book controllers, byte-for-byte determinism,
 * and a clean compile under {@code -Xlint:all -Werror}.
 */
final class GeneratedSourceTest {

  /**
   * Compares with {@code src/test/resources/generate/<name>.txt}; on a difference the actual text
   * is written to {@code target/generate-actual/} for review.
   */
  private static void assertMatchesGolden(String actual, String goldenName) throws IOException {
    String golden;
    try (InputStream in = GeneratedSourceTest.class.getResourceAsStream("/generate/" + goldenName)) {
      golden = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!golden.equals(actual)) {
      Path out = Path.of("target", "generate-actual", goldenName);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    }
    assertThat(actual).isEqualTo(golden);
  }

  @Test
  void springHelperMatchesTheGoldenFile() throws IOException {
    Compilation compilation = compile(Controllers.BOOK, Controllers.SPRING);
    assertThat(compilation).succeededWithoutWarnings();
    assertMatchesGolden(generatedSource(compilation, "com.example.BookApiResponses"),
        "BookApiResponses.java.txt");
  }

  @Test
  void jakartaHelperMatchesTheGoldenFile() throws IOException {
    Compilation compilation = compile(Controllers.BOOK, Controllers.jaxRs("jakarta"));
    assertThat(compilation).succeededWithoutWarnings();
    assertMatchesGolden(generatedSource(compilation, "com.example.BookResourceResponses"),
        "BookResourceResponses.java.txt");
  }

  @Test
  void sameSourcesGiveTheSameBytes() throws IOException {
    for (JavaFileObject controller : List.of(Controllers.SPRING, Controllers.jaxRs("jakarta"))) {
      String helper = controller.getName().contains("BookApi")
          ? "com.example.BookApiResponses" : "com.example.BookResourceResponses";
      byte[] first = generatedSource(compile(Controllers.BOOK, controller), helper)
          .getBytes(StandardCharsets.UTF_8);
      byte[] second = generatedSource(compile(controller, Controllers.BOOK), helper)
          .getBytes(StandardCharsets.UTF_8);
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void generatedCodeCompilesUnderXlintAllWerror() {
    // With the processor: javac's own -Xlint:processing note on unclaimed framework annotations
    // is not about generated code, so it is left out here and checked without processors below.
    for (JavaFileObject controller : List.of(Controllers.SPRING, Controllers.jaxRs("jakarta"),
        Controllers.jaxRs("javax"))) {
      Compilation compilation =
          compile(List.of("-Xlint:all,-processing", "-Werror"), Controllers.BOOK, controller);
      assertThat(compilation).succeededWithoutWarnings();
      // The helper alone, compiled as plain source with every lint on.
      String helperName = controller.getName().contains("BookApi")
          ? "com.example.BookApiResponses" : "com.example.BookResourceResponses";
      Compilation helperOnly = javac()
          .withOptions("-proc:none", "-Xlint:all", "-Werror")
          .compile(Controllers.BOOK, source(helperName, generatedSource(compilation, helperName)));
      assertThat(helperOnly).succeededWithoutWarnings();
    }
  }

  @Test
  void generatedAnnotationFinalClassAndStatusMarkers() {
    String source = generatedSource(compile(Controllers.BOOK, Controllers.SPRING),
        "com.example.BookApiResponses");
    assertThat(source).contains("import javax.annotation.processing.Generated;");
    assertThat(source).contains("@Generated(\"dev.responds.processor.RespondsProcessor\")\n"
        + "public final class BookApiResponses {\n  private BookApiResponses() {\n  }");
    assertThat(source).contains("@Responds(201)\n  public static ResponseEntity<Book> createCreated(");
    assertThat(source).doesNotContain(" class Create");
    assertThat(source).doesNotContainMatch("20[0-9][0-9]-[0-9][0-9]"); // no timestamp
  }

  @Test
  void release8GetsTheOlderGeneratedAnnotation() {
    // Java 8 has no javax.annotation.processing.Generated, only javax.annotation.Generated.
    Compilation compilation = compile(List.of("--release", "8", "-Xlint:-options"),
        source("com.example.Legacy", """
            package com.example;

            import dev.responds.Responds;
            import javax.ws.rs.*;
            import javax.ws.rs.core.Response;

            @Path("/legacy")
            public class Legacy {
              @GET
              @Responds(200)
              public Response get() {
                return LegacyResponses.getOk("legacy");
              }
            }
            """));
    assertThat(compilation).succeeded();
    String source = generatedSource(compilation, "com.example.LegacyResponses");
    assertThat(source).contains("import javax.annotation.Generated;");
    assertThat(source).contains("@Generated(\"dev.responds.processor.RespondsProcessor\")\n"
        + "public final class LegacyResponses {");
  }
}
