package dev.responds.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.compileWithJavacErrors;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The test helper itself: a test that expects no finding fails when its source stops compiling. */
final class CompilerTest {
  /** A 204 with a body, but the quotes of its text block were not escaped: javac rejects it. */
  private static final JavaFileObject STOPPED_COMPILING = source("com.example.Books", """
      package com.example;

      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      class Books {
        @DeleteMapping("/books/{id}")
        ResponseEntity<String> delete(@PathVariable String id) {
          return ResponseEntity.noContent().header("ETag", ""v1"").build();
        }
      }
      """);

  @Test
  void aSourceThatDoesNotCompileFailsTheTest() {
    AssertionError error = assertThrows(AssertionError.class, () -> compile(STOPPED_COMPILING));
    assertThat(error).hasMessageThat().contains("javac: ')' expected");
  }

  @Test
  void testsOfBrokenSourcesSayThatTheyMeanIt() {
    assertThat(findings(compileWithJavacErrors(List.of(), STOPPED_COMPILING))).isEmpty();
  }
}
