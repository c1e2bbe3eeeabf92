package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;

/** A header map that may come from code we cannot see is not known to lack anything. */
final class UnknownBranchesRealWorldTest {

  @Test
  void headerMapsChosenBetweenKnownAndOpaqueValues() {
    assertThat(RealWorld.findingsOf(source("com.example.moves.MoveController", """
        package com.example.moves;

        import java.net.URI;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        final class RedirectHeaders {
          static HttpHeaders to(String target) {
            HttpHeaders headers = new HttpHeaders();
            headers.setLocation(URI.create(target));
            return headers;
          }
        }

        @RestController
        class MoveController {

          @GetMapping("/moved/{id}")
          ResponseEntity<Void> moved(@PathVariable String id) {
            HttpHeaders headers = id.isEmpty() ? new HttpHeaders() : RedirectHeaders.to("/items/" + id);
            return new ResponseEntity<>(headers, HttpStatus.SEE_OTHER);
          }

          @GetMapping("/elsewhere/{id}")
          ResponseEntity<Void> elsewhere(@PathVariable String id) {
            HttpHeaders headers = new HttpHeaders();
            if (!id.isEmpty()) {
              headers = RedirectHeaders.to("/items/" + id);
            }
            return ResponseEntity.status(HttpStatus.FOUND).headers(headers).build();
          }

          @GetMapping("/maybe/{id}")
          ResponseEntity<Void> maybe(@PathVariable String id) {
            HttpHeaders headers = java.util.Optional.ofNullable(id.isEmpty() ? null : RedirectHeaders.to(id))
                .orElseGet(HttpHeaders::new);
            return new ResponseEntity<>(headers, HttpStatus.TEMPORARY_REDIRECT);
          }

          @GetMapping("/nowhere")
          ResponseEntity<Void> nowhere() {
            HttpHeaders headers = new HttpHeaders();
            headers.setCacheControl("no-store");
            return new ResponseEntity<>(headers, HttpStatus.FOUND);
          }
        }
        """))).containsExactly("ERROR MoveController.java:46 [redirect-location]");
  }
}
