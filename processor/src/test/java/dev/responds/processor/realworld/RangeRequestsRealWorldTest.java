package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Range requests refused with 416 Range Not Satisfiable: the answer should say how long the
 * representation is ({@code Content-Range: bytes *}{@code /<length>}, RFC 9110 §15.5.17), as
 * download and media endpoints written by hand often forget.
 */
final class RangeRequestsRealWorldTest {

  /** A Spring download controller; {@code handlers} start on line 15. */
  private static JavaFileObject downloads(String handlers) {
    return source("com.example.media.DownloadController", """
        package com.example.media;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        class DownloadController {
          private final byte[] file = new byte[4096];

        %s}
        """.formatted(handlers));
  }

  /** A JAX-RS media resource; {@code members} start on line 12. */
  private static JavaFileObject media(String members) {
    return source("com.example.media.MediaResource", """
        package com.example.media;

        import jakarta.ws.rs.GET;
        import jakarta.ws.rs.HeaderParam;
        import jakarta.ws.rs.Path;
        import jakarta.ws.rs.core.Response;

        @Path("/media")
        public class MediaResource {
          private final byte[] media = new byte[8];

        %s}
        """.formatted(members));
  }

  @Test
  void refusalsWithoutTheLengthWarn() {
    assertThat(RealWorld.findingsOf(downloads("""
          @GetMapping("/files/{name}")
          ResponseEntity<byte[]> download(@PathVariable String name, @RequestHeader HttpHeaders headers) {
            if (headers.getRange().size() > 1) {
              return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE).build();
            }
            return ResponseEntity.ok(file);
          }

          @GetMapping("/archives/{name}")
          byte[] archive(@PathVariable String name, @RequestHeader(HttpHeaders.RANGE) String range) {
            if (!range.startsWith("bytes=")) {
              throw new ResponseStatusException(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE);
            }
            return file;
          }

          @GetMapping("/legacy/{name}")
          void legacy(@PathVariable String name, HttpServletResponse response) throws IOException {
            response.sendError(416);
          }
        """), media("""
          @GET
          public Response get(@HeaderParam("Range") String range) {
            if (range != null && !range.startsWith("bytes=")) {
              return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE).build();
            }
            return Response.ok(new byte[8]).build();
          }
        """))).containsExactly(
            "WARNING DownloadController.java:18 [unsatisfiable-range-length]",
            "WARNING DownloadController.java:26 [unsatisfiable-range-length]",
            "WARNING DownloadController.java:33 [unsatisfiable-range-length]",
            "WARNING MediaResource.java:15 [unsatisfiable-range-length]");
  }

  @Test
  void refusalsThatGiveTheLengthAreSilent() {
    assertThat(RealWorld.findingsOf(downloads("""
          @GetMapping("/files/{name}")
          ResponseEntity<byte[]> download(@PathVariable String name, @RequestHeader HttpHeaders headers) {
            if (headers.getRange().size() > 1) {
              return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                  .header(HttpHeaders.CONTENT_RANGE, "bytes */" + file.length)
                  .build();
            }
            return ResponseEntity.ok(file);
          }

          @GetMapping("/legacy/{name}")
          void legacy(@PathVariable String name, HttpServletResponse response) throws IOException {
            response.setHeader("Content-Range", "bytes */" + file.length);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
          }
        """), media("""
          @GET
          public Response get(@HeaderParam("Range") String range) {
            if (range != null && !range.startsWith("bytes=")) {
              return Response.status(416).header("Content-Range", "bytes */" + media.length).build();
            }
            return Response.ok(media).build();
          }
        """))).isEmpty();
  }
}
