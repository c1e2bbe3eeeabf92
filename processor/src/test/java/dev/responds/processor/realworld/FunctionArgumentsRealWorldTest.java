package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses built inside work handed to a transaction, a timer or a retry helper: a generic
 * {@code <T> T run(Callable<T>)} returns what its function returns, so the handler answers with
 * what the lambda, the anonymous class or the method reference builds. A method that may return a
 * value from elsewhere (a default, a cache) leaves the answer unknown.
 */
final class FunctionArgumentsRealWorldTest {

  @Test
  void springWorkInTransactionsAndTimers() {
    assertThat(RealWorld.findingsOf(source("com.example.accounts.AccountController", """
        package com.example.accounts;

        import java.net.URI;
        import java.util.Map;
        import java.util.concurrent.Callable;
        import java.util.concurrent.ConcurrentHashMap;
        import java.util.function.Supplier;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        final class Transactions {
          <T> T inTransaction(Callable<T> work) {
            try {
              return work.call();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }

          <T> T orElse(Supplier<T> work, T fallback) {
            T result = work.get();
            return result == null ? fallback : result;
          }
        }

        @RestController
        @RequestMapping("/accounts")
        class AccountController {
          record Account(String id, String owner) {}

          private final Transactions tx = new Transactions();
          private final Map<String, ResponseEntity<Account>> recent = new ConcurrentHashMap<>();

          @PostMapping
          ResponseEntity<Account> open(@RequestBody Account account) {
            return tx.inTransaction(() -> {
              if (account.owner() == null) {
                return ResponseEntity.badRequest().build();
              }
              return ResponseEntity.status(HttpStatus.CREATED).body(account);
            });
          }

          @PostMapping("/located")
          ResponseEntity<Account> openLocated(@RequestBody Account account) {
            return tx.inTransaction(() -> ResponseEntity.created(URI.create("/accounts/" + account.id())).body(account));
          }

          @DeleteMapping("/{id}")
          ResponseEntity<Void> close(@PathVariable String id) {
            return tx.inTransaction(new Callable<ResponseEntity<Void>>() {
              @Override
              public ResponseEntity<Void> call() {
                return ResponseEntity.status(HttpStatus.FOUND).build();
              }
            });
          }

          @GetMapping("/{id}/statement")
          ResponseEntity<String> statement(@PathVariable String id) {
            return tx.inTransaction(this::unauthorized);
          }

          private ResponseEntity<String> unauthorized() {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
          }

          @PostMapping("/{id}/freeze")
          ResponseEntity<Void> freeze(@PathVariable String id) {
            return timed(() -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build());
          }

          private <T> T timed(Supplier<T> work) {
            long start = System.nanoTime();
            try {
              return work.get();
            } finally {
              System.out.println(System.nanoTime() - start);
            }
          }

          @PostMapping("/{id}/move")
          ResponseEntity<Void> move(@PathVariable String id) {
            Callable<ResponseEntity<Void>> work = () -> ResponseEntity.status(HttpStatus.SEE_OTHER).build();
            return tx.inTransaction(work);
          }

          @GetMapping("/{id}")
          ResponseEntity<Account> find(@PathVariable String id) {
            return recent.computeIfAbsent(id, key -> ResponseEntity.status(HttpStatus.FOUND).build());
          }

          @GetMapping("/{id}/owner")
          ResponseEntity<Account> owner(@PathVariable String id) {
            return tx.orElse(() -> ResponseEntity.status(HttpStatus.FOUND).build(), ResponseEntity.notFound().build());
          }

          @PutMapping("/{id}/audit")
          ResponseEntity<Void> audit(@PathVariable String id) {
            tx.inTransaction(() -> ResponseEntity.status(HttpStatus.FOUND).build());
            return ResponseEntity.noContent().build();
          }
        }
        """))).containsExactly(
            "ERROR AccountController.java:41 [created-location]",
            "ERROR AccountController.java:55 [redirect-location]",
            "ERROR AccountController.java:62 [challenge-required]",
            "WARNING AccountController.java:71 [retry-after]",
            "ERROR AccountController.java:86 [redirect-location]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsWorkInDatabaseCallbacks(String namespace) {
    assertThat(RealWorld.findingsOf(source("org.acme.TeamResource", """
        package org.acme;

        import java.net.URI;
        import java.util.HashMap;
        import java.util.Map;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        interface HandleCallback<R, X extends Exception> {
          R withHandle(Handle handle) throws X;
        }

        final class Handle {
          private final Map<String, String> rows = new HashMap<>();

          void insert(String name) {
            rows.put(name, name);
          }

          String find(String name) {
            return rows.get(name);
          }
        }

        final class Database {
          <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
            return callback.withHandle(new Handle());
          }
        }

        @Path("/teams")
        public class TeamResource {
          private final Database db = new Database();

          @POST
          public Response create(String name) throws Exception {
            return db.inTransaction(handle -> {
              handle.insert(name);
              return Response.status(Response.Status.CREATED).entity(name).build();
            });
          }

          @POST
          @Path("located")
          public Response createLocated(String name) throws Exception {
            return db.inTransaction(handle -> {
              handle.insert(name);
              return Response.created(URI.create("/teams/" + name)).build();
            });
          }

          @GET
          @Path("{name}")
          public Response find(@PathParam("name") String name) throws Exception {
            return db.inTransaction(handle -> handle.find(name) == null
                ? Response.status(Response.Status.NOT_FOUND).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(name).build());
          }
        }
        """.formatted(namespace)))).containsExactly(
            "ERROR TeamResource.java:39 [created-location]",
            "WARNING TeamResource.java:57 [retry-after]");
  }
}
