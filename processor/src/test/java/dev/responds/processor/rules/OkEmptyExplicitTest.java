package dev.responds.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An explicit empty 200 is deliberate and allowed by RFC 9110: silent by default, reported by
 * {@code ok-empty-explicit} once a team turns it on; the 200 nobody chose stays
 * {@code ok-without-body}, and no answer is reported by both.
 */
final class OkEmptyExplicitTest {
  private static final String TURNED_ON = "-Aresponds.severity=ok-empty-explicit:warning";

  private static final JavaFileObject SPRING = source("com.example.shop.CartController", """
      package com.example.shop;

      import org.springframework.http.HttpStatus;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      @RequestMapping("/carts")
      class CartController {
        @PostMapping("/{id}/touch")
        ResponseEntity<Void> touch(@PathVariable String id) {
          return ResponseEntity.ok().build();
        }

        @PostMapping("/{id}/refresh")
        ResponseEntity<Void> refresh(@PathVariable String id) {
          return new ResponseEntity<>(HttpStatus.OK);
        }

        @PostMapping("/{id}/clear")
        ResponseEntity<String> clear(@PathVariable String id) {
          return ResponseEntity.ok().body(null);
        }

        @PostMapping("/{id}/checkout")
        @ResponseStatus(HttpStatus.OK)
        void checkout(@PathVariable String id) {
        }

        @PostMapping("/{id}/archive")
        void archive(@PathVariable String id) {
        }

        @GetMapping("/{id}")
        ResponseEntity<String> get(@PathVariable String id) {
          return ResponseEntity.ok("cart " + id);
        }

        @RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
        ResponseEntity<Void> exists(@PathVariable String id) {
          return ResponseEntity.ok().build();
        }

        @PostMapping("/{id}/pay")
        ResponseEntity<Void> pay(@PathVariable String id) {
          return ResponseEntity.noContent().build();
        }
      }
      """);

  private static final JavaFileObject JAX_RS = source("org.acme.shop.CartResource", """
      package org.acme.shop;

      import dev.responds.Responds;
      import jakarta.ws.rs.*;
      import jakarta.ws.rs.core.Response;

      @Path("/carts")
      public class CartResource {
        @POST
        @Path("{id}/touch")
        public Response touch(@PathParam("id") String id) {
          return Response.ok().build();
        }

        @POST
        @Path("{id}/ping")
        @Responds(200)
        public void ping(@PathParam("id") String id) {
        }

        @POST
        @Path("{id}/archive")
        public void archive(@PathParam("id") String id) {
        }
      }
      """);

  @Test
  void silentByDefault() {
    assertThat(findings(compile(SPRING, JAX_RS))).containsExactly(
        "WARNING CartController.java:31 [ok-without-body]");
  }

  @Test
  void reportsEachExplicitEmptyOkOnceTurnedOn() {
    assertThat(findings(compile(List.of(TURNED_ON), SPRING, JAX_RS))).containsExactly(
        "WARNING CartController.java:12 [ok-empty-explicit]",
        "WARNING CartController.java:17 [ok-empty-explicit]",
        "WARNING CartController.java:22 [ok-empty-explicit]",
        "WARNING CartController.java:26 [ok-empty-explicit]",
        "WARNING CartController.java:31 [ok-without-body]",
        "WARNING CartResource.java:12 [ok-empty-explicit]",
        "WARNING CartResource.java:17 [ok-empty-explicit]");
  }
}
