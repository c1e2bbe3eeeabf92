package dev.responds.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.responds.processor.generate.HelperCompiler.compile;
import static dev.responds.processor.generate.HelperCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A helper cannot build what its handler's declarations and the HTTP rules forbid: each misuse
 * is a compile error on the line of the call ("cannot find symbol" for an undeclared status,
 * "cannot be applied" or "cannot be converted" for a missing header or a forbidden body).
 */
final class HelperMisuseTest {

  /** User code in the controller's package with one call to a helper, on line 8. */
  private static JavaFileObject caller(String helper, String responseType, String call) {
    return source("com.example.Caller", """
        package com.example;

        import java.net.URI;

        final class Caller {
          %s respond() {
            Book book = new Book("Dune");
            return %s.%s;
          }

          URI unused(Book book) {
            return URI.create("/" + book.title());
          }
        }
        """.formatted(responseType, helper, call));
  }

  private static Compilation springCaller(String call) {
    return compile(Controllers.BOOK, Controllers.SPRING,
        caller("BookApiResponses", "org.springframework.http.ResponseEntity<?>", call));
  }

  private static Compilation jaxRsCaller(String call) {
    return compile(Controllers.BOOK, Controllers.jaxRs("jakarta"),
        caller("BookResourceResponses", "jakarta.ws.rs.core.Response", call));
  }

  @Test
  void createdNeedsALocation() {
    Compilation compilation = springCaller("createCreated(book)");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("method createCreated in class com.example.BookApiResponses cannot be applied")
        .inFile(compilation.sourceFiles().get(2)).onLine(8);
  }

  @Test
  void createdNeedsALocationInJaxRsToo() {
    Compilation compilation = jaxRsCaller("createCreated(book)");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("method createCreated in class com.example.BookResourceResponses cannot be applied")
        .inFile(compilation.sourceFiles().get(2)).onLine(8);
  }

  @Test
  void noContentTakesNoBody() {
    Compilation compilation = springCaller("replaceNoContent(book)");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "method replaceNoContent in class com.example.BookApiResponses cannot be applied")
        .inFile(compilation.sourceFiles().get(2)).onLine(8);
  }

  @Test
  void noContentTakesNoEntityInJaxRs() {
    Compilation compilation = jaxRsCaller("deleteNoContent(book)");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot be applied to given types")
        .inFile(compilation.sourceFiles().get(2)).onLine(8);
  }

  @Test
  void undeclaredStatusDoesNotExist() {
    Compilation compilation = springCaller("getCreated(URI.create(\"/books/1\"), book)");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol")
        .inFile(compilation.sourceFiles().get(2)).onLine(8);
  }

  @Test
  void undeclaredStatusDoesNotExistInJaxRs() {
    Compilation compilation = jaxRsCaller("replaceNotFound()");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol")
        .inFile(compilation.sourceFiles().get(2)).onLine(8);
  }

  @Test
  void seeOtherNeedsALocation() {
    Compilation compilation = springCaller("searchSeeOther()");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "method searchSeeOther in class com.example.BookApiResponses cannot be applied")
        .inFile(compilation.sourceFiles().get(2)).onLine(8);
  }

  @Test
  void unauthorizedNeedsAChallenge() {
    Compilation compilation = springCaller("meUnauthorized(book)");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("com.example.Book cannot be converted to java.lang.String")
        .inFile(compilation.sourceFiles().get(2)).onLine(8);
  }

  @Test
  void theCorrectCallCompiles() {
    assertThat(springCaller("createCreated(URI.create(\"/books/1\"), book)")).succeeded();
    assertThat(jaxRsCaller("searchSeeOther(URI.create(\"/books\"))")).succeeded();
  }
}
