package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Handlers that read request headers through the request object, or through injected fields,
 * rather than through header parameters; and OPTIONS handlers that answer with headers only.
 */
final class RequestAccessRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @Test
  void springHandlersReadingConditionalHeadersFromTheRequest() {
    assertThat(findingsOf("com.example.cache.AvatarController", """
        package com.example.cache;

        import jakarta.servlet.http.HttpServletRequest;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.RequestEntity;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class AvatarController {
          private final byte[] avatar = new byte[16];
          private final String etag = "\\"v1\\"";

          @GetMapping("/avatar")
          ResponseEntity<byte[]> avatar(HttpServletRequest request) {
            if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
              return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
            }
            return ResponseEntity.ok().eTag(etag).body(avatar);
          }

          @PutMapping("/avatar")
          ResponseEntity<Void> replace(RequestEntity<byte[]> request) {
            if (!etag.equals(request.getHeaders().getFirst(HttpHeaders.IF_MATCH))) {
              return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).build();
            }
            return ResponseEntity.noContent().build();
          }
        }
        """)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsResourcesWithInjectedContextFields(String namespace) {
    assertThat(findingsOf("org.acme.ReportResource", """
        package org.acme;

        import java.util.Date;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        @Path("/reports")
        public class ReportResource {
          @Context HttpHeaders headers;
          @Context Request request;
          private final Date modified = new Date();

          @GET
          @Path("latest")
          public Response latest() {
            EntityTag tag = new EntityTag("r1");
            if (tag.toString().equals(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
              return Response.notModified(tag).build();
            }
            return Response.ok("report").tag(tag).build();
          }

          @PUT
          @Path("latest")
          public Response replace(String report) {
            if (request.evaluatePreconditions(modified) != null) {
              return Response.status(Response.Status.PRECONDITION_FAILED).build();
            }
            return Response.noContent().build();
          }
        }
        """.formatted(namespace))).isEmpty();
  }

  @Test
  void optionsHandlersAnswerWithAllowOnly() {
    assertThat(findingsOf("com.example.meta.MetaController", """
        package com.example.meta;

        import org.springframework.http.HttpMethod;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class MetaController {
          @RequestMapping(value = "/things", method = RequestMethod.OPTIONS)
          ResponseEntity<Void> options() {
            return ResponseEntity.ok().allow(HttpMethod.GET, HttpMethod.POST, HttpMethod.OPTIONS).build();
          }

          @GetMapping("/things")
          String things() {
            return "[]";
          }
        }
        """)).isEmpty();
  }
}
