package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What real controllers do on purpose, beside the mistakes the same rules must still find:
 * multipart/byteranges partial content, class-level {@code @Responds}, {@code Void} bodies, and
 * handlers annotated for both JAX-RS namespaces.
 */
final class DeliberateChoicesRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  /** A 206 whose body is multipart/byteranges carries Content-Range in each part. */
  @Test
  void springPartialContentAsMultipartByteranges() {
    assertThat(findingsOf("com.example.media.RangeController", """
        package com.example.media;

        import java.util.UUID;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.MediaType;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/media")
        class RangeController {
          private static final MediaType BYTERANGES = MediaType.parseMediaType("multipart/byteranges");
          private static final String BYTERANGES_VALUE = "multipart/byteranges";

          @GetMapping("/a")
          ResponseEntity<byte[]> a() {
            return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT).contentType(BYTERANGES).body(new byte[8]);
          }

          @GetMapping("/b")
          ResponseEntity<byte[]> b() {
            String boundary = UUID.randomUUID().toString();
            return ResponseEntity.status(206)
                .contentType(MediaType.parseMediaType("multipart/byteranges; boundary=" + boundary))
                .body(new byte[8]);
          }

          @GetMapping("/c")
          ResponseEntity<byte[]> c() {
            return ResponseEntity.status(206)
                .header(HttpHeaders.CONTENT_TYPE, BYTERANGES_VALUE + "; boundary=THIS_STRING")
                .body(new byte[8]);
          }

          @GetMapping("/d")
          ResponseEntity<byte[]> d() {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.valueOf("multipart/byteranges; boundary=x"));
            return new ResponseEntity<>(new byte[8], headers, HttpStatus.PARTIAL_CONTENT);
          }

          @GetMapping("/e")
          ResponseEntity<byte[]> e(@RequestParam String type) {
            return ResponseEntity.status(206).contentType(MediaType.parseMediaType(type)).body(new byte[8]);
          }

          @GetMapping("/octets")
          ResponseEntity<byte[]> octets() {
            return ResponseEntity.status(206).contentType(MediaType.APPLICATION_OCTET_STREAM).body(new byte[8]);
          }

          @GetMapping("/video")
          ResponseEntity<byte[]> video() {
            return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .header("Content-Type", "video/mp4").body(new byte[8]);
          }

          @GetMapping("/plain")
          ResponseEntity<byte[]> plain() {
            return ResponseEntity.status(206).body(new byte[8]);
          }
        }
        """)).containsExactly(
            "ERROR RangeController.java:50 [content-range-required]",
            "ERROR RangeController.java:56 [content-range-required]",
            "ERROR RangeController.java:61 [content-range-required]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsPartialContentAsMultipartByteranges(String namespace) {
    assertThat(findingsOf("org.acme.media.RangeResource", """
        package org.acme.media;

        import %s.ws.rs.*;
        import %1$s.ws.rs.core.HttpHeaders;
        import %1$s.ws.rs.core.MediaType;
        import %1$s.ws.rs.core.Response;

        @Path("/media")
        public class RangeResource {
          @GET
          @Path("a")
          public Response a() {
            return Response.status(206).type("multipart/byteranges; boundary=abc").entity(new byte[8]).build();
          }

          @GET
          @Path("b")
          public Response b() {
            return Response.status(Response.Status.PARTIAL_CONTENT)
                .header(HttpHeaders.CONTENT_TYPE, new MediaType("multipart", "byteranges"))
                .entity(new byte[8]).build();
          }

          @GET
          @Path("c")
          public Response c() {
            return Response.status(206).type(MediaType.APPLICATION_OCTET_STREAM_TYPE).entity(new byte[8]).build();
          }
        }
        """.formatted(namespace))).containsExactly("ERROR RangeResource.java:27 [content-range-required]");
  }

  /**
   * A class-level {@code @Responds} lists what every handler may answer besides its own list; a
   * handler without a list of its own (or of its interface method) is not held to it.
   */
  @Test
  void classLevelRespondsAddsToTheHandlersOwnList() {
    assertThat(RealWorld.findingsOf(source("com.example.orders.OrderApi", """
        package com.example.orders;

        import dev.responds.Responds;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RequestMapping("/orders")
        public interface OrderApi {
          @GetMapping("/{id}")
          @Responds(200)
          @Responds(404)
          ResponseEntity<String> get(@PathVariable String id);

          @DeleteMapping("/{id}")
          ResponseEntity<Void> delete(@PathVariable String id);
        }
        """), source("com.example.orders.OrderController", """
        package com.example.orders;

        import dev.responds.Responds;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @Responds(401)
        @Responds(503)
        class OrderController implements OrderApi {
          @Override
          public ResponseEntity<String> get(String id) {
            if (id.isEmpty()) {
              return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").build();
            }
            if (id.startsWith("x")) {
              return ResponseEntity.status(HttpStatus.CONFLICT).build();
            }
            return id.equals("0") ? ResponseEntity.notFound().build() : ResponseEntity.ok(id);
          }

          @Override
          public ResponseEntity<Void> delete(String id) {
            return id.isEmpty() ? ResponseEntity.status(HttpStatus.GONE).build() : ResponseEntity.noContent().build();
          }

          @PostMapping("/{id}/cancel")
          ResponseEntity<Void> cancel(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(java.net.URI.create("/jobs/1")).build();
          }

          @PostMapping("/{id}/refund")
          @Responds(202)
          ResponseEntity<Void> refund(@PathVariable String id) {
            if (id.isEmpty()) {
              return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60").build();
            }
            if (id.startsWith("x")) {
              return ResponseEntity.badRequest().build();
            }
            return ResponseEntity.accepted().location(java.net.URI.create("/jobs/2")).build();
          }
        }
        """))).containsExactly(
            "ERROR OrderController.java:18 [undeclared-status]",
            "ERROR OrderController.java:40 [undeclared-status]");
  }

  /** No content, on purpose, through a body that can only be null. */
  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void voidAndNullBodiesAreNoBody(String namespace) {
    assertThat(findingsOf("com.example.tasks.TaskController", """
        package com.example.tasks;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class TaskController {
          @DeleteMapping("/tasks/{id}")
          ResponseEntity<Void> delete(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).body((Void) null);
          }

          @PostMapping("/tasks/{id}/done")
          ResponseEntity<Void> done(@PathVariable String id) {
            Void nothing = null;
            return ResponseEntity.status(204).body(nothing);
          }

          @PostMapping("/tasks/{id}/reset")
          ResponseEntity<Object> reset(@PathVariable String id) {
            return new ResponseEntity<>(null, HttpStatus.NO_CONTENT);
          }

          @GetMapping("/tasks/{id}")
          ResponseEntity<String> get(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.RESET_CONTENT).body("task " + id);
          }
        }
        """)).containsExactly("ERROR TaskController.java:27 [body-forbidden]");
    assertThat(findingsOf("org.acme.tasks.TaskResource", """
        package org.acme.tasks;

        import %s.ws.rs.*;
        import %1$s.ws.rs.core.Response;

        @Path("/tasks")
        public class TaskResource {
          @DELETE
          @Path("{id}")
          public Response delete(@PathParam("id") String id) {
            return Response.noContent().entity((Void) null).build();
          }

          @POST
          @Path("{id}/done")
          public Response done(@PathParam("id") String id) {
            return Response.status(Response.Status.NO_CONTENT).entity("done").build();
          }
        }
        """.formatted(namespace))).containsExactly("ERROR TaskResource.java:17 [body-forbidden]");
  }

  /** A resource kept working on both namespaces during a migration: each problem once. */
  @Test
  void handlersAnnotatedForBothNamespacesAreReportedOnce() {
    assertThat(findingsOf("org.acme.migrating.BookResource", """
        package org.acme.migrating;

        import dev.responds.Responds;

        @jakarta.ws.rs.Path("/books")
        @javax.ws.rs.Path("/books")
        public class BookResource {
          @jakarta.ws.rs.POST
          @javax.ws.rs.POST
          public jakarta.ws.rs.core.Response create(String book) {
            return jakarta.ws.rs.core.Response.status(201).entity(book).build();
          }

          @jakarta.ws.rs.POST
          @javax.ws.rs.POST
          @jakarta.ws.rs.Path("legacy")
          @javax.ws.rs.Path("legacy")
          public javax.ws.rs.core.Response legacy(String book) {
            if (book.isEmpty()) {
              throw new javax.ws.rs.WebApplicationException(401);
            }
            return javax.ws.rs.core.Response.status(201).entity(book).build();
          }

          @jakarta.ws.rs.GET
          @javax.ws.rs.GET
          @Responds(200)
          @Responds(204)
          public String list() {
            return "[]";
          }
        }
        """)).containsExactly(
            "ERROR BookResource.java:11 [created-location]",
            "ERROR BookResource.java:20 [challenge-required]",
            "ERROR BookResource.java:22 [created-location]",
            "ERROR BookResource.java:28 [body-forbidden]");
  }
}
