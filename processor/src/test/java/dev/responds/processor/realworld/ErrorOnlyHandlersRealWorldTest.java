package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;

/**
 * Handlers that exist only to refuse: a PATCH stub answering 405 with Allow, an endpoint retired
 * with 410 Gone. Their {@code @Responds} rightly lists only errors; {@code no-success-status} is
 * for lists that leave out a success the handler may send.
 */
final class ErrorOnlyHandlersRealWorldTest {

  @Test
  void handlersThatOnlyRefuseAreSilent() {
    assertThat(RealWorld.findingsOf(source("com.example.orders.OrderController", """
        package com.example.orders;

        import dev.responds.Responds;
        import org.springframework.http.HttpMethod;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        @RequestMapping("/orders")
        class OrderController {
          @PatchMapping("/{id}")
          @Responds(405)
          ResponseEntity<Void> patch(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .allow(HttpMethod.GET, HttpMethod.PUT)
                .build();
          }

          @GetMapping("/v1/{id}")
          @Responds(410)
          ResponseEntity<Void> retired(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.GONE).build();
          }

          @DeleteMapping("/v1/{id}")
          @Responds(410)
          void retiredDelete(@PathVariable String id) {
            throw new ResponseStatusException(HttpStatus.GONE, "Use /orders/{id}");
          }
        }
        """), source("com.example.orders.LegacyResource", """
        package com.example.orders;

        import dev.responds.Responds;
        import jakarta.ws.rs.GET;
        import jakarta.ws.rs.Path;
        import jakarta.ws.rs.core.Response;

        @Path("/legacy")
        public class LegacyResource {
          @GET
          @Responds(410)
          public Response gone() {
            return Response.status(Response.Status.GONE).build();
          }
        }
        """))).isEmpty();
  }

  @Test
  void listsThatLeaveOutASuccessWarn() {
    assertThat(RealWorld.findingsOf(source("com.example.orders.OrderController", """
        package com.example.orders;

        import dev.responds.Responds;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        @RequestMapping("/orders")
        class OrderController {
          record Order(String id) {}

          @GetMapping("/{id}")
          @Responds(404)
          ResponseEntity<Order> get(@PathVariable String id) {
            if (id.isBlank()) {
              return ResponseEntity.notFound().build();
            }
            return ResponseEntity.ok(new Order(id));
          }

          @GetMapping("/{id}/status")
          @Responds(404)
          ResponseEntity<String> status(@PathVariable String id, @RequestParam int code) {
            return ResponseEntity.status(code).body(id);
          }

          @DeleteMapping("/{id}")
          @Responds(404)
          void delete(@PathVariable String id) {
            if (id.isBlank()) {
              throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
          }

          @PutMapping("/{id}")
          @Responds(409)
          Order replace(@PathVariable String id) {
            if (id.isBlank()) {
              throw new ResponseStatusException(HttpStatus.CONFLICT);
            }
            return new Order(id);
          }
        }
        """))).containsExactly(
            "WARNING OrderController.java:15 [no-success-status]",
            "ERROR OrderController.java:20 [undeclared-status]",
            "WARNING OrderController.java:24 [no-success-status]",
            "WARNING OrderController.java:30 [no-success-status]",
            "WARNING OrderController.java:31 [ok-without-body]",
            "WARNING OrderController.java:38 [no-success-status]");
  }
}
