package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PUT answering 201: exempt from Location only when the target URI names the created resource
 * (its last segment is a path variable); a PUT to a collection creates an item elsewhere.
 */
final class PutCollectionRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @Test
  void springPutToACollectionNeedsLocation() {
    assertThat(findingsOf("com.example.league.TeamController", """
        package com.example.league;

        import java.net.URI;
        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/teams")
        class TeamController {
          record Team(String name, String city) {}

          private final Map<String, Team> teams = new ConcurrentHashMap<>();

          @PutMapping
          ResponseEntity<Team> upsert(@RequestBody Team team) {
            boolean created = teams.put(team.name(), team) == null;
            return created ? ResponseEntity.status(HttpStatus.CREATED).body(team) : ResponseEntity.ok(team);
          }

          @PutMapping("/{name}")
          ResponseEntity<Team> replace(@PathVariable String name, @RequestBody Team team) {
            boolean created = teams.put(name, team) == null;
            return created ? ResponseEntity.status(HttpStatus.CREATED).body(team) : ResponseEntity.ok(team);
          }

          @PutMapping("/{name}/members")
          @ResponseStatus(HttpStatus.CREATED)
          Team addMembers(@PathVariable String name, @RequestBody Team team) {
            return team;
          }

          @PutMapping("/{name:[a-z-]+}/logo")
          ResponseEntity<Void> logo(@PathVariable String name, @RequestBody byte[] logo) {
            return ResponseEntity.created(URI.create("/teams/" + name + "/logo")).build();
          }

          @RequestMapping(path = "/{name:[a-z-]+}", method = RequestMethod.PUT, params = "draft")
          @ResponseStatus(HttpStatus.CREATED)
          Team draft(@PathVariable String name, @RequestBody Team team) {
            return team;
          }
        }
        """)).containsExactly(
            "ERROR TeamController.java:20 [created-location]",
            "ERROR TeamController.java:30 [created-location]");
  }

  @Test
  void springClassPathThatNamesTheResource() {
    assertThat(findingsOf("com.example.league.SeasonController", """
        package com.example.league;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/seasons/{year}")
        class SeasonController {
          @PutMapping
          @ResponseStatus(HttpStatus.CREATED)
          String open(@PathVariable int year) {
            return "season " + year;
          }

          @PutMapping("/fixtures")
          @ResponseStatus(HttpStatus.CREATED)
          String fixtures(@PathVariable int year) {
            return "fixtures " + year;
          }
        }
        """)).containsExactly("ERROR SeasonController.java:16 [created-location]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsPutToACollectionNeedsLocation(String namespace) {
    assertThat(findingsOf("org.acme.league.PlayerResource", """
        package org.acme.league;

        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import %s.ws.rs.*;
        import %1$s.ws.rs.core.Response;

        @Path("/players")
        public class PlayerResource {
          private final Map<Long, String> players = new ConcurrentHashMap<>();

          @PUT
          public Response upsert(String player) {
            players.put(1L, player);
            return Response.status(Response.Status.CREATED).entity(player).build();
          }

          @PUT
          @Path("{id: \\\\d+}")
          public Response replace(@PathParam("id") long id, String player) {
            boolean created = players.put(id, player) == null;
            return created ? Response.status(201).entity(player).build() : Response.ok(player).build();
          }
        }
        """.formatted(namespace))).containsExactly("ERROR PlayerResource.java:15 [created-location]");
  }
}
