package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A handler that returns a {@code switch} or a ternary over several responses: each finding sits
 * on the branch that builds the wrong response (javac places it on the chain's last call), not on
 * the {@code return} that starts them all.
 */
final class BranchSitesRealWorldTest {

  @Test
  void springReturnSwitchesAndTernaries() {
    assertThat(RealWorld.findingsOf(source("com.example.jobs.JobController", """
        package com.example.jobs;

        import java.net.URI;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class JobController {
          enum State { QUEUED, RUNNING, DONE, MOVED, LOCKED }

          record Job(String id, State state) {}

          private Job find(String id) {
            return new Job(id, State.valueOf(id));
          }

          @GetMapping("/jobs/{id}")
          ResponseEntity<Job> status(@PathVariable String id) {
            Job job = find(id);
            return switch (job.state()) {
              case QUEUED, RUNNING -> ResponseEntity.accepted()
                  .location(URI.create("/jobs/" + id))
                  .body(job);
              case DONE -> ResponseEntity.ok(job);
              case MOVED -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                  .build();
              case LOCKED -> {
                String reason = "locked by " + id;
                yield ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header("X-Reason", reason)
                    .build();
              }
            };
          }

          @PostMapping("/jobs")
          ResponseEntity<Job> submit(@RequestBody Job job, @RequestParam boolean queued) {
            return queued
                ? ResponseEntity.status(HttpStatus.CREATED).body(job)
                : ResponseEntity.ok(job);
          }

          @PostMapping("/jobs/located")
          ResponseEntity<Job> submitLocated(@RequestBody Job job, @RequestParam boolean queued) {
            return queued
                ? ResponseEntity.created(URI.create("/jobs/" + job.id())).body(job)
                : (job.id().isEmpty() ? ResponseEntity.badRequest().build() : ResponseEntity.ok(job));
          }
        }
        """))).containsExactly(
            "ERROR JobController.java:27 [redirect-location]",
            "ERROR JobController.java:32 [challenge-required]",
            "ERROR JobController.java:40 [created-location]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsReturnSwitchesAndTernaries(String namespace) {
    assertThat(RealWorld.findingsOf(source("org.acme.LeaseResource", """
        package org.acme;

        import java.net.URI;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        @Path("/leases")
        public class LeaseResource {
          enum Outcome { GRANTED, BUSY, EXPIRED }

          private Outcome acquire(String id) {
            return Outcome.valueOf(id);
          }

          @POST
          @Path("{id}")
          public Response lease(@PathParam("id") String id) {
            return switch (acquire(id)) {
              case GRANTED -> Response.ok(id).build();
              case BUSY -> Response.status(503).build();
              case EXPIRED -> Response.status(Response.Status.MOVED_PERMANENTLY)
                  .location(URI.create("/leases"))
                  .build();
            };
          }

          @POST
          public Response create(String lease, @QueryParam("dryRun") boolean dryRun) {
            return dryRun ? Response.ok(lease).build() : Response.status(201).entity(lease).build();
          }
        }
        """.formatted(namespace)))).containsExactly(
            "WARNING LeaseResource.java:20 [retry-after]",
            "ERROR LeaseResource.java:29 [created-location]");
  }
}
