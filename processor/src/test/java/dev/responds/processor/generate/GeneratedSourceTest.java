package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.responds.processor.generate.HelperCompiler.compile;
import static dev.responds.processor.generate.HelperCompiler.generatedSource;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

final class GeneratedSourceTest {

  @Test
  void springPrint() {
    Compilation compilation = compile(Controllers.BOOK, Controllers.SPRING);
    System.out.println(compilation.diagnostics());
    System.out.println(generatedSource(compilation, "com.example.BookApiResponses"));
    assertThat(compilation).succeeded();
  }

  @Test
  void jaxRsPrint() {
    Compilation compilation = compile(Controllers.BOOK, Controllers.jaxRs("jakarta"));
    System.out.println(compilation.diagnostics());
    System.out.println(generatedSource(compilation, "com.example.BookResourceResponses"));
    assertThat(compilation).succeeded();
  }
}
