package dev.responds.processor.report;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.messages;
import static dev.responds.processor.Compiler.rawMessages;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How findings read: in source order, grammatical, in the handler's framework, each with its page. */
final class MessageFormTest {

  /** A media controller: its findings come from rules far apart in the catalogue, in reverse line order. */
  private static final JavaFileObject MEDIA = source("com.example.media.MediaController", """
      package com.example.media;

      import org.springframework.http.HttpStatus;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      @RequestMapping("/media")
      class MediaController {
        @GetMapping("/legacy")
        ResponseEntity<Void> legacy() {
          return ResponseEntity.status(HttpStatus.UPGRADE_REQUIRED).build();
        }

        @PatchMapping("/{id}")
        ResponseEntity<String> patch(@PathVariable String id, @RequestBody String body) {
          return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).build();
        }

        @DeleteMapping("/{id}")
        ResponseEntity<String> delete(@PathVariable String id) {
          return ResponseEntity.status(HttpStatus.NO_CONTENT).body(id);
        }

        @PostMapping
        ResponseEntity<String> upload(@RequestBody String body) {
          return ResponseEntity.status(HttpStatus.CREATED).body(body);
        }
      }
      """);

  @Test
  void findingsOfAClassArePrintedInSourceOrder() {
    assertThat(findings(compile(MEDIA))).containsExactly(
        "ERROR MediaController.java:12 [upgrade-required]",
        "ERROR MediaController.java:17 [allow-required]",
        "ERROR MediaController.java:22 [body-forbidden]",
        "ERROR MediaController.java:27 [created-location]").inOrder();
  }

  @Test
  void headersStartingWithAVowelTakeAn() {
    assertThat(messages(compile(MEDIA))).containsAtLeast(
        "[upgrade-required] 426 Upgrade Required must carry an Upgrade header, but this response has"
            + " none: add .header(\"Upgrade\", \"HTTP/2\") naming the protocol the client must switch to",
        "[allow-required] 405 Method Not Allowed must carry an Allow header, but this response has"
            + " none: list the methods the resource supports with .allow(HttpMethod.GET, ...)");
    assertThat(String.join("\n", messages(compile(MEDIA)))).contains("must carry a Location header");
  }

  @Test
  void eachFindingEndsWithTheAddressOfItsRulePageWhichExists() {
    Pattern form = Pattern.compile("^\\[([a-z-]+)\\] .+ \\(see"
        + " https://github\\.com/responds-dev/responds/blob/main/docs/rules/([a-z-]+)\\.md\\)$");
    for (String message : rawMessages(compile(MEDIA))) {
      Matcher matcher = form.matcher(message);
      assertThat(matcher.matches()).isTrue();
      assertThat(matcher.group(2)).isEqualTo(matcher.group(1));
      assertThat(Files.exists(Path.of("..", "docs", "rules", matcher.group(1) + ".md"))).isTrue();
    }
  }

  @Test
  void aReleaseLinksToThePagesOfItsOwnTag() {
    assertThat(new ToolInfo("0.2.0", "https://github.com/responds-dev/responds").rulePage("created-location"))
        .isEqualTo("https://github.com/responds-dev/responds/blob/v0.2.0/docs/rules/created-location.md");
    assertThat(new ToolInfo("0.3.0-SNAPSHOT", "https://github.com/responds-dev/responds").rulePage("head-body"))
        .isEqualTo("https://github.com/responds-dev/responds/blob/main/docs/rules/head-body.md");
  }

  @Test
  void springIsToldAboutBodyAndJaxRsAboutEntity() {
    String spring = messages(compile(MEDIA)).stream()
        .filter(message -> message.startsWith("[body-forbidden]")).findFirst().orElseThrow();
    assertThat(spring).contains(".build() without .body(..)");
    assertThat(spring).doesNotContain("entity");

    Compilation jaxRs = compile(source("com.example.media.MediaResource", """
        package com.example.media;

        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;

        @Path("/media")
        public class MediaResource {
          @DELETE
          @Path("/{id}")
          public Response delete(@PathParam("id") String id) {
            return Response.noContent().entity(id).build();
          }
        }
        """));
    assertThat(findings(jaxRs)).containsExactly("ERROR MediaResource.java:11 [body-forbidden]");
    assertThat(messages(jaxRs).get(0)).contains(".build() without .entity(..)");
  }
}
