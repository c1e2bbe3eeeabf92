package dev.responds.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Gradle's incremental kind: dynamic, aggregating while helpers are generated (a 405's Allow
 * reads other classes), isolating when nothing is.
 */
final class GradleIncrementalKindTest {

  private static RespondsProcessor compiledWith(String... options) {
    RespondsProcessor processor = new RespondsProcessor();
    javac().withProcessors(processor).withOptions((Object[]) options)
        .compile(JavaFileObjects.forSourceString("com.example.Plain",
            "package com.example; class Plain {}"));
    return processor;
  }

  @Test
  void theServiceFileDeclaresTheKindDynamic() throws IOException {
    try (InputStream in = RespondsProcessor.class.getResourceAsStream(
        "/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("dev.responds.processor.RespondsProcessor,dynamic\n");
    }
  }

  @Test
  void aggregatingWhileHelpersAreGenerated() {
    assertThat(compiledWith().getSupportedOptions())
        .contains(RespondsProcessor.GRADLE_AGGREGATING);
    assertThat(new RespondsProcessor().getSupportedOptions())
        .contains(RespondsProcessor.GRADLE_AGGREGATING);
  }

  @Test
  void isolatingWhenNothingIsGenerated() {
    assertThat(compiledWith("-Aresponds.helpers=false").getSupportedOptions())
        .containsAtLeast(RespondsProcessor.GRADLE_ISOLATING, "responds.helpers");
    assertThat(compiledWith("-Aresponds.helpers=false").getSupportedOptions())
        .doesNotContain(RespondsProcessor.GRADLE_AGGREGATING);
  }
}
