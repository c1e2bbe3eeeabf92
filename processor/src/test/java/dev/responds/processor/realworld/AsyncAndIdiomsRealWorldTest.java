package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Optional, CompletableFuture, DeferredResult, AsyncResponse and the idioms around them. */
final class AsyncAndIdiomsRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @Test
  void springOptionalAndFutureIdioms() {
    assertThat(findingsOf("com.example.library.MemberController", """
        package com.example.library;

        import java.net.URI;
        import java.util.Map;
        import java.util.Optional;
        import java.util.concurrent.CompletableFuture;
        import java.util.concurrent.ConcurrentHashMap;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.HttpStatusCode;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.context.request.async.DeferredResult;
        import org.springframework.web.server.ResponseStatusException;
        import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

        @RestController
        @RequestMapping("/members")
        class MemberController {
          record Member(String id, String name) {}
          enum Outcome { SAVED, DUPLICATE }

          @ResponseStatus(HttpStatus.NOT_FOUND)
          static class MemberNotFound extends RuntimeException {}

          private final Map<String, Member> members = new ConcurrentHashMap<>();

          @GetMapping("/{id}")
          ResponseEntity<Member> one(@PathVariable String id) {
            return ResponseEntity.of(Optional.ofNullable(members.get(id)));
          }

          @GetMapping("/{id}/name")
          ResponseEntity<String> name(@PathVariable String id) {
            return Optional.ofNullable(members.get(id))
                .map(Member::name)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
          }

          @GetMapping("/{id}/card")
          Member card(@PathVariable String id) {
            return Optional.ofNullable(members.get(id)).orElseThrow(MemberNotFound::new);
          }

          @PostMapping
          ResponseEntity<?> join(@RequestBody Member member) {
            Outcome outcome = members.putIfAbsent(member.id(), member) == null
                ? Outcome.SAVED : Outcome.DUPLICATE;
            return switch (outcome) {
              case SAVED -> ResponseEntity
                  .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                      .buildAndExpand(member.id()).toUri())
                  .body(member);
              case DUPLICATE -> {
                Map<String, String> body = Map.of("duplicate", member.id());
                yield ResponseEntity.status(HttpStatusCode.valueOf(409)).body(body);
              }
            };
          }

          @GetMapping("/{id}/async")
          CompletableFuture<ResponseEntity<Member>> async(@PathVariable String id) {
            return CompletableFuture.supplyAsync(() -> members.get(id))
                .thenApply(found -> found == null
                    ? ResponseEntity.<Member>notFound().build()
                    : ResponseEntity.ok(found));
          }

          @GetMapping("/{id}/deferred")
          DeferredResult<ResponseEntity<Member>> deferred(@PathVariable String id) {
            DeferredResult<ResponseEntity<Member>> result = new DeferredResult<>(1000L);
            CompletableFuture.runAsync(() -> {
              Member member = members.get(id);
              if (member == null) {
                result.setErrorResult(new ResponseStatusException(HttpStatus.NOT_FOUND));
              } else {
                result.setResult(ResponseEntity.ok(member));
              }
            });
            return result;
          }

          @PostMapping("/{id}/renew")
          ResponseEntity<Void> renew(@PathVariable String id) {
            return ResponseEntity.accepted()
                .location(URI.create("/members/" + id + "/renewal"))
                .build();
          }
        }
        """)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsAsyncResources(String namespace) {
    assertThat(findingsOf("org.acme.OrderResource", """
        package org.acme;

        import java.net.URI;
        import java.util.concurrent.CompletableFuture;
        import java.util.concurrent.CompletionStage;
        import java.util.concurrent.TimeUnit;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.container.AsyncResponse;
        import %1$s.ws.rs.container.Suspended;
        import %1$s.ws.rs.core.*;

        @Path("/orders")
        public class OrderResource {

          @GET
          @Path("{id}")
          public void get(@PathParam("id") String id, @Suspended AsyncResponse response) {
            response.setTimeout(2, TimeUnit.SECONDS);
            response.setTimeoutHandler(r -> r.resume(
                Response.status(Response.Status.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, 5).build()));
            CompletableFuture.runAsync(() -> response.resume(Response.ok("order " + id).build()));
          }

          @POST
          public CompletionStage<Response> place(String order) {
            return CompletableFuture.supplyAsync(() -> order.hashCode())
                .thenApply(id -> Response.created(URI.create("/orders/" + id)).build());
          }

          @DELETE
          @Path("{id}")
          public CompletionStage<Void> cancel(@PathParam("id") String id) {
            return CompletableFuture.runAsync(() -> { });
          }
        }
        """.formatted(namespace))).isEmpty();
  }
}
