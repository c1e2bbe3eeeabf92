package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statuses chosen before the response is built: kept in final or effectively final locals and
 * constants, picked by a ternary or a switch. Each constant a branch can pick is a status the
 * handler may send; a status passed in as a parameter, or reassigned on one path, is unknown.
 */
final class StatusVariablesRealWorldTest {

  @Test
  void springStatusesInLocalsAndConstants() {
    assertThat(RealWorld.findingsOf(source("com.example.orders.OrderController", """
        package com.example.orders;

        import java.net.URI;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.HttpStatusCode;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/orders")
        class OrderController {
          private static final HttpStatus ORDER_PLACED = HttpStatus.CREATED;
          private static final HttpStatusCode THROTTLED = HttpStatusCode.valueOf(429);
          private final HttpStatus moved = HttpStatus.MOVED_PERMANENTLY;

          record Order(String id, boolean existing) {}

          @PostMapping
          ResponseEntity<Order> place(@RequestBody Order order) {
            final HttpStatus status = HttpStatus.CREATED;
            return ResponseEntity.status(status).body(order);
          }

          @PostMapping("/located")
          ResponseEntity<Order> placeLocated(@RequestBody Order order) {
            HttpStatus status = ORDER_PLACED;
            return ResponseEntity.status(status).location(URI.create("/orders/" + order.id())).body(order);
          }

          @PutMapping
          ResponseEntity<Order> upsert(@RequestBody Order order) {
            HttpStatus status = order.existing() ? HttpStatus.OK : HttpStatus.CREATED;
            return new ResponseEntity<>(order, status);
          }

          @PostMapping("/batch")
          ResponseEntity<Void> batch(@RequestParam int size) {
            int code;
            if (size > 100) {
              code = 429;
            } else if (size == 0) {
              code = 204;
            } else {
              code = 202;
            }
            return ResponseEntity.status(code).build();
          }

          @PostMapping("/slow")
          ResponseEntity<Void> slow() {
            return ResponseEntity.status(THROTTLED).header(HttpHeaders.RETRY_AFTER, "30").build();
          }

          @GetMapping("/old")
          ResponseEntity<Void> old() {
            return new ResponseEntity<>(moved);
          }

          @GetMapping("/echo")
          ResponseEntity<Void> echo(@RequestParam HttpStatus wanted) {
            HttpStatus status = wanted;
            return ResponseEntity.status(status).build();
          }

          @PostMapping("/retry")
          ResponseEntity<Void> retry(@RequestParam boolean busy) {
            HttpStatus status = HttpStatus.ACCEPTED;
            if (busy) {
              status = HttpStatus.SERVICE_UNAVAILABLE;
            }
            return ResponseEntity.status(status).build();
          }

          @PostMapping("/cached")
          ResponseEntity<Order> placeCached(@RequestBody Order order) {
            String header = HttpHeaders.CACHE_CONTROL;
            return ResponseEntity.status(ORDER_PLACED).header(header, "no-store").body(order);
          }
        }
        """))).containsExactly(
            "ERROR OrderController.java:22 [created-location]",
            "ERROR OrderController.java:34 [created-location]",
            "WARNING OrderController.java:47 [retry-after]",
            "WARNING OrderController.java:47 [accepted-monitor]",
            "ERROR OrderController.java:57 [redirect-location]",
            "ERROR OrderController.java:78 [created-location]");
  }

  @Test
  void springSwitchesChoosingStatuses() {
    assertThat(RealWorld.findingsOf(source("com.example.payments.PaymentController", """
        package com.example.payments;

        import dev.responds.Responds;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class PaymentController {
          enum Outcome { SETTLED, PENDING, DECLINED, MOVED }

          private Outcome charge(String id) {
            return Outcome.valueOf(id);
          }

          @PostMapping("/payments/{id}")
          @Responds(200)
          @Responds(202)
          ResponseEntity<String> pay(@PathVariable String id) {
            HttpStatus status = switch (charge(id)) {
              case SETTLED -> HttpStatus.OK;
              case PENDING -> HttpStatus.ACCEPTED;
              case DECLINED -> HttpStatus.PAYMENT_REQUIRED;
              case MOVED -> HttpStatus.SEE_OTHER;
            };
            return ResponseEntity.status(status).body(id);
          }

          @PostMapping("/payments/{id}/legacy")
          ResponseEntity<String> payLegacy(@PathVariable String id) {
            HttpStatus status;
            switch (charge(id)) {
              case SETTLED:
                status = HttpStatus.OK;
                break;
              case PENDING:
                status = HttpStatus.ACCEPTED;
                break;
              default:
                status = HttpStatus.UNAUTHORIZED;
            }
            return ResponseEntity.status(status).body(id);
          }

          @PostMapping("/payments/{id}/fallthrough")
          ResponseEntity<Void> payFallingThrough(@PathVariable String id) {
            int status;
            switch (charge(id)) {
              case MOVED:
                status = 303;
              default:
                status = 202;
            }
            return ResponseEntity.status(status).build();
          }
        }
        """))).containsExactly(
            "ERROR PaymentController.java:26 [undeclared-status]",
            "ERROR PaymentController.java:26 [redirect-location]",
            "ERROR PaymentController.java:26 [undeclared-status]",
            "ERROR PaymentController.java:42 [challenge-required]");
  }

  @Test
  void statusConstantsOfAnotherClassCompiledBeforeOrAfter() {
    String constants = """
        package com.example.shared;

        import org.springframework.http.HttpStatus;

        public final class ApiStatuses {
          public static final HttpStatus RESOURCE_CREATED = HttpStatus.CREATED;
          public static final HttpStatus LATER = HttpStatus.valueOf(202);
          public static final int GONE_FOR_GOOD = 308;

          private ApiStatuses() {}
        }
        """;
    String controller = """
        package com.example.shared;

        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class ReportController {
          @PostMapping("/reports")
          ResponseEntity<String> create(@RequestBody String report) {
            return ResponseEntity.status(ApiStatuses.RESOURCE_CREATED).body(report);
          }

          @GetMapping("/reports/legacy")
          ResponseEntity<Void> legacy() {
            return ResponseEntity.status(ApiStatuses.GONE_FOR_GOOD).build();
          }
        }
        """;
    assertThat(RealWorld.findingsOf(source("com.example.shared.ApiStatuses", constants),
        source("com.example.shared.ReportController", controller))).containsExactly(
            "ERROR ReportController.java:10 [created-location]",
            "ERROR ReportController.java:15 [redirect-location]");
    assertThat(RealWorld.findingsOf(source("com.example.shared.ReportController", controller),
        source("com.example.shared.ApiStatuses", constants))).containsExactly(
            "ERROR ReportController.java:10 [created-location]",
            "ERROR ReportController.java:15 [redirect-location]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsStatusesInLocalsAndConstants(String namespace) {
    assertThat(RealWorld.findingsOf(source("org.acme.TicketResource", """
        package org.acme;

        import java.net.URI;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;
        import %1$s.ws.rs.core.Response.Status;

        @Path("/tickets")
        public class TicketResource {
          static final Status OPENED = Status.CREATED;
          static final int UPGRADE = 426;

          @POST
          public Response open(String ticket) {
            Status status = OPENED;
            return Response.status(status).entity(ticket).build();
          }

          @POST
          @Path("located")
          public Response openLocated(String ticket) {
            return Response.status(OPENED).location(URI.create("/tickets/1")).entity(ticket).build();
          }

          @GET
          @Path("{id}")
          public Response find(@PathParam("id") String id, @QueryParam("archived") boolean archived) {
            Status status = archived ? Status.MOVED_PERMANENTLY : Status.OK;
            return Response.status(status).entity(id).build();
          }

          @GET
          @Path("socket")
          public Response socket() {
            final int code = UPGRADE;
            return Response.status(code).build();
          }

          @GET
          @Path("echo")
          public Response echo(@QueryParam("status") int wanted) {
            int code = wanted;
            return Response.status(code).build();
          }
        }
        """.formatted(namespace)))).containsExactly(
            "ERROR TicketResource.java:16 [created-location]",
            "ERROR TicketResource.java:29 [redirect-location]",
            "ERROR TicketResource.java:36 [upgrade-required]");
  }

  /**
   * A health check: the status is assigned at the end of the {@code try} and in the {@code catch},
   * and the response is built after both, so it is one of the two. A status assigned in the
   * {@code finally} as well is the one the response gets, whatever came before: unknown.
   */
  @Test
  void statusAssignedInTryAndCatch() {
    assertThat(RealWorld.findingsOf(source("org.acme.health.HealthResource", """
        package org.acme.health;

        import java.util.concurrent.CompletableFuture;
        import java.util.concurrent.ExecutionException;
        import java.util.concurrent.TimeUnit;
        import java.util.concurrent.TimeoutException;
        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.*;

        @Path("/health")
        public class HealthResource {
          private final CompletableFuture<Boolean> database = new CompletableFuture<>();

          record Health(int status) {}

          @GET
          public Response check() throws InterruptedException {
            int code;
            try {
              database.get(2, TimeUnit.SECONDS);
              code = 200;
            } catch (TimeoutException e) {
              code = 503;
            } catch (ExecutionException e) {
              code = 500;
            }
            return Response.status(code).entity(new Health(code)).build();
          }

          @GET
          @Path("ready")
          public Response ready() throws InterruptedException {
            Response.Status status;
            try {
              database.get(2, TimeUnit.SECONDS);
              status = Response.Status.OK;
            } catch (TimeoutException | ExecutionException e) {
              status = Response.Status.SERVICE_UNAVAILABLE;
            }
            return Response.status(status).header(HttpHeaders.RETRY_AFTER, "30").build();
          }

          @GET
          @Path("live")
          public Response live() {
            int code;
            try {
              database.join();
              code = 200;
            } catch (RuntimeException e) {
              code = 503;
            } finally {
              code = 200;
            }
            return Response.status(code).build();
          }
        }
        """))).containsExactly("WARNING HealthResource.java:27 [retry-after]");
  }

  /**
   * A status local assigned in each branch and read in that branch: only its own branch's value
   * reaches the read (a 204 chosen for an empty list never meets the list's body).
   */
  @Test
  void statusReadInsideTheBranchThatAssignedIt() {
    assertThat(RealWorld.findingsOf(source("com.example.catalog.ItemController", """
        package com.example.catalog;

        import java.util.List;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class ItemController {
          private final List<String> items = List.of();

          @GetMapping("/items")
          ResponseEntity<List<String>> list() {
            int code;
            if (items.isEmpty()) {
              code = 204;
              return ResponseEntity.status(code).build();
            } else {
              code = 200;
              return ResponseEntity.status(code).body(items);
            }
          }

          @PostMapping("/items/first")
          ResponseEntity<String> first() {
            HttpStatus status;
            ResponseEntity.BodyBuilder builder;
            if (items.isEmpty()) {
              status = HttpStatus.NOT_FOUND;
              builder = ResponseEntity.status(status);
              return builder.build();
            } else {
              status = HttpStatus.CREATED;
              builder = ResponseEntity.status(status);
              return builder.body(items.get(0));
            }
          }
        }
        """))).containsExactly("ERROR ItemController.java:35 [created-location]");
  }
}
