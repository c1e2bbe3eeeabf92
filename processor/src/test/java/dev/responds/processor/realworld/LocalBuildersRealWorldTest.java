package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Headers and builders kept in locals and filled step by step, sometimes out of sight. */
final class LocalBuildersRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @Test
  void springHeadersFilledThroughReferencesAndOtherObjects() {
    assertThat(findingsOf("com.example.assets.AssetController", """
        package com.example.assets;

        import java.net.URI;
        import java.util.List;
        import java.util.Optional;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        class Locations {
          void addLocation(HttpHeaders headers, String id) {
            headers.setLocation(URI.create("/assets/" + id));
          }
        }

        @RestController
        class AssetController {
          private final Locations locations = new Locations();

          @PostMapping("/assets")
          ResponseEntity<String> create(@RequestBody String asset) {
            HttpHeaders headers = new HttpHeaders();
            locations.addLocation(headers, "1");
            return new ResponseEntity<>(asset, headers, HttpStatus.CREATED);
          }

          @PostMapping("/assets/optional")
          ResponseEntity<String> createMaybe(@RequestBody String asset) {
            HttpHeaders headers = new HttpHeaders();
            Optional.of(URI.create("/assets/2")).ifPresent(headers::setLocation);
            return ResponseEntity.status(HttpStatus.CREATED).headers(headers).body(asset);
          }

          @PostMapping("/assets/linked")
          ResponseEntity<String> createLinked(@RequestBody String asset) {
            HttpHeaders headers = new HttpHeaders();
            List.of("/assets/3").forEach(link -> headers.add(HttpHeaders.LOCATION, link));
            return new ResponseEntity<>(asset, headers, HttpStatus.CREATED);
          }

          @PostMapping("/assets/builder")
          ResponseEntity<String> createWithBuilder(@RequestBody String asset) {
            ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CREATED);
            response.header(HttpHeaders.LOCATION, "/assets/4");
            return response.body(asset);
          }
        }
        """)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsBuildersFilledInPlace(String namespace) {
    assertThat(findingsOf("org.acme.AssetResource", """
        package org.acme;

        import java.net.URI;
        import java.util.List;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        @Path("/assets")
        public class AssetResource {
          @POST
          public Response create(String asset) {
            Response.ResponseBuilder builder = Response.status(Response.Status.CREATED);
            builder.location(URI.create("/assets/1"));
            return builder.entity(asset).build();
          }

          @POST
          @Path("linked")
          public Response createLinked(String asset) {
            Response.ResponseBuilder builder = Response.status(Response.Status.CREATED).entity(asset);
            List.of(URI.create("/assets/2")).forEach(builder::location);
            return builder.build();
          }

          @POST
          @Path("plain")
          public Response createPlain(String asset) {
            Response.ResponseBuilder builder = Response.status(Response.Status.CREATED);
            builder.entity(asset);
            return builder.build();
          }
        }
        """.formatted(namespace))).containsExactly("ERROR AssetResource.java:30 [created-location]");
  }
}
