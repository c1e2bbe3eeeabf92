package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Redirects, challenges, rate limits and locations set the many ways projects set them. */
final class HeadersRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @Test
  void springRedirectsChallengesAndRateLimits() {
    assertThat(findingsOf("com.example.gateway.GatewayController", """
        package com.example.gateway;

        import static org.springframework.http.HttpStatus.*;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import java.net.URI;
        import java.time.Duration;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.util.UriComponentsBuilder;

        @RestController
        class GatewayController {
          private int tokens = 10;

          @GetMapping("/s/{code}")
          ResponseEntity<Void> shortLink(@PathVariable String code) {
            return ResponseEntity.status(FOUND).location(URI.create("https://example.com/" + code)).build();
          }

          @GetMapping("/old/{code}")
          ResponseEntity<Void> moved(@PathVariable String code) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, "/s/" + code).build();
          }

          @PostMapping("/jobs")
          ResponseEntity<Void> submit(UriComponentsBuilder ucb) {
            URI status = ucb.path("/jobs/{id}").buildAndExpand(42).toUri();
            return ResponseEntity.accepted().location(status).build();
          }

          @GetMapping("/me")
          ResponseEntity<String> me(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth) {
            if (auth == null) {
              return ResponseEntity.status(UNAUTHORIZED)
                  .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\"")
                  .build();
            }
            return ResponseEntity.ok("me");
          }

          @GetMapping("/quota")
          ResponseEntity<String> quota() {
            if (tokens-- <= 0) {
              return ResponseEntity.status(TOO_MANY_REQUESTS)
                  .header(HttpHeaders.RETRY_AFTER, String.valueOf(Duration.ofMinutes(1).toSeconds()))
                  .body("slow down");
            }
            return ResponseEntity.ok("ok");
          }

          @GetMapping("/legacy")
          void legacy(HttpServletResponse response) throws IOException {
            response.sendRedirect("/s/home");
          }

          @PostMapping("/upsert/{id}")
          ResponseEntity<String> upsert(@PathVariable String id, @RequestBody String value) {
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.CREATED);
            if (!id.isEmpty()) {
              builder.location(URI.create("/upsert/" + id));
            }
            return builder.body(value);
          }
        }
        """)).isEmpty();
  }

  /** A rate limiter that names its own header: clients that honour Retry-After learn nothing. */
  @Test
  void rateLimitWithAVendorHeaderIsFound() {
    assertThat(findingsOf("com.example.gateway.LimitedController", """
        package com.example.gateway;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class LimitedController {
          private long waitSeconds = 3;

          @GetMapping("/limited")
          ResponseEntity<String> limited() {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("X-Rate-Limit-Retry-After-Seconds", String.valueOf(waitSeconds))
                .build();
          }
        }
        """)).containsExactly("WARNING LimitedController.java:15 [retry-after]");
  }

  /** A base class whose helpers build the responses: followed into, never guessed. */
  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsBaseResourceHelpers(String namespace) {
    assertThat(findingsOf("org.acme.NoteResource", """
        package org.acme;

        import java.net.URI;
        import java.net.URISyntaxException;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        abstract class BaseResource {
          @Context
          private UriInfo uriInfo;

          protected Response created(Object id) {
            try {
              URI location = new URI(uriInfo.getAbsolutePathBuilder().path(id.toString()).build().toString());
              return Response.created(location).build();
            } catch (URISyntaxException e) {
              throw new WebApplicationException(e);
            }
          }

          protected Response conflict(String why) {
            return Response.status(Response.Status.CONFLICT).entity(why).type(MediaType.TEXT_PLAIN).build();
          }
        }

        @Path("/notes")
        public class NoteResource extends BaseResource {
          private final java.util.Set<String> notes = new java.util.HashSet<>();

          @POST
          @Consumes(MediaType.TEXT_PLAIN)
          public Response add(String note) {
            if (!notes.add(note)) {
              return conflict("duplicate");
            }
            return created(note.hashCode());
          }

          @GET
          @Path("old")
          public Response old() {
            throw new RedirectionException(Response.Status.SEE_OTHER, URI.create("/notes"));
          }

          @DELETE
          public void clear() {
            if (notes.isEmpty()) {
              throw new ClientErrorException("nothing to clear", Response.Status.CONFLICT);
            }
            notes.clear();
          }
        }
        """.formatted(namespace))).isEmpty();
  }
}
