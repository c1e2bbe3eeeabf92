package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each response rule fires on what a body builds, and only on what is certain. */
final class BuiltAnswerRulesTest {

  /** A Spring controller; {@code members} starts on line 11. */
  private static JavaFileObject controller(String members) {
    return source("com.example.Books", """
        package com.example;

        import java.net.URI;
        import org.springframework.http.*;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        @RequestMapping("/books")
        class Books {
        %s
        }
        """.formatted(members));
  }

  /** A JAX-RS resource; {@code members} starts on line 9. */
  private static JavaFileObject resource(String namespace, String members) {
    return source("com.example.Books", """
        package com.example;

        import java.net.URI;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        @Path("/books")
        public class Books {
        %2$s
        }
        """.formatted(namespace, members));
  }

  @Test
  void informationalStatusesCannotBeBuilt() {
    assertThat(findings(compile(controller("""
          @PostMapping
          ResponseEntity<Void> create() {
            return ResponseEntity.status(HttpStatus.CONTINUE).build();
          }
        """)))).containsExactly("ERROR Books.java:13 [status-informational]");
  }

  @Test
  void headAndSafeMethods() {
    assertThat(findings(compile(controller("""
          @RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
          ResponseEntity<String> head(@PathVariable String id) {
            return ResponseEntity.ok(id);
          }

          @GetMapping("/{id}/copy")
          ResponseEntity<Void> copy(@PathVariable String id) {
            return ResponseEntity.created(URI.create("/books/" + id + "-copy")).build();
          }
        """)))).containsExactly(
            "WARNING Books.java:13 [head-body]", "WARNING Books.java:18 [created-by-safe-method]");
  }

  @Test
  void notModifiedNeedsAConditionalRequest() {
    assertThat(findings(compile(controller("""
          @GetMapping("/{id}")
          ResponseEntity<String> get(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
          }

          @GetMapping("/{id}/tagged")
          ResponseEntity<String> tagged(@PathVariable String id,
              @RequestHeader(HttpHeaders.IF_NONE_MATCH) String tag) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
          }
        """)))).containsExactly("WARNING Books.java:13 [conditional-without-precondition]");
  }

  @Test
  void headersTheStatusRequires() {
    assertThat(findings(compile(controller("""
          @GetMapping("/a")
          ResponseEntity<byte[]> a() {
            return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT).body(new byte[1]);
          }

          @GetMapping("/b")
          ResponseEntity<Void> b() {
            return ResponseEntity.status(HttpStatus.UPGRADE_REQUIRED).build();
          }

          @GetMapping("/c")
          ResponseEntity<Void> c() {
            return ResponseEntity.status(HttpStatus.UPGRADE_REQUIRED).header("Upgrade", "HTTP/3").build();
          }

          @GetMapping("/d")
          ResponseEntity<Void> d() {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
          }

          @GetMapping("/e")
          ResponseEntity<Void> e() {
            return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT).build();
          }

          @GetMapping("/f")
          ResponseEntity<Void> f() {
            return ResponseEntity.status(407).build();
          }
        """)))).containsExactly(
            "ERROR Books.java:13 [content-range-required]", "ERROR Books.java:18 [upgrade-required]",
            "WARNING Books.java:28 [retry-after]", "ERROR Books.java:33 [redirect-location]",
            "ERROR Books.java:38 [challenge-required]");
  }

  @Test
  void exceptionsAndNullBodiesNeverClaimABody() {
    assertThat(findings(compile(controller("""
          @DeleteMapping("/{id}")
          ResponseEntity<String> delete(@PathVariable String id) {
            if (id.isEmpty()) {
              throw new ResponseStatusException(HttpStatus.NO_CONTENT, "nothing");
            }
            return ResponseEntity.status(HttpStatus.NO_CONTENT).body(null);
          }

          @PostMapping("/{id}/touch")
          ResponseEntity<String> touch(@PathVariable String id) {
            return ResponseEntity.ok().body(null);
          }
        """)))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsHeadersTheStatusRequires(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @GET
          @Path("/a")
          public Response a() {
            return Response.status(Response.Status.PARTIAL_CONTENT).entity(new byte[1]).build();
          }

          @GET
          @Path("/b")
          public Response b() {
            return Response.status(Response.Status.TOO_MANY_REQUESTS).build();
          }

          @GET
          @Path("/c")
          public Response c() {
            return Response.temporaryRedirect(URI.create("/new")).build();
          }

          @GET
          @Path("/d")
          public Response d() {
            return Response.status(Response.Status.PROXY_AUTHENTICATION_REQUIRED)
                .header("Proxy-Authenticate", "Basic").build();
          }

          @GET
          @Path("/e")
          public Response e() {
            return Response.status(Response.Status.ACCEPTED).build();
          }
        """)))).containsExactly(
            "ERROR Books.java:12 [content-range-required]", "WARNING Books.java:18 [retry-after]",
            "WARNING Books.java:37 [accepted-monitor]");
  }
}
