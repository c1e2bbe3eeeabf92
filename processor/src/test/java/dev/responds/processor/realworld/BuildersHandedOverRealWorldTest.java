package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A builder or header map handed to a method that finishes part of it ({@code describe(builder,
 * error);}) and then built: what the method does to it is its summary, so the headers it leaves
 * alone stay known. Methods of the same class, of a superclass, or, when javac analysed their class
 * first, of a utility class that no subclass can override are followed; anything else (a library,
 * an interface, a class compiled later, a method that returns early) leaves the builder unknown.
 */
final class BuildersHandedOverRealWorldTest {

  private static final JavaFileObject ERROR_BODIES = source("org.acme.errors.ErrorBodies", """
      package org.acme.errors;

      import jakarta.ws.rs.core.MediaType;
      import jakarta.ws.rs.core.Response;

      public final class ErrorBodies {
        public record Problem(String code, String message) {}

        private ErrorBodies() {}

        public static void describe(Response.ResponseBuilder builder, String code, String message) {
          builder.entity(new Problem(code, message)).type(MediaType.APPLICATION_JSON_TYPE);
        }
      }
      """);

  private static final JavaFileObject ACCOUNTS = source("org.acme.accounts.AccountResource", """
      package org.acme.accounts;

      import jakarta.ws.rs.*;
      import jakarta.ws.rs.core.*;
      import org.acme.errors.ErrorBodies;

      @Path("/accounts")
      public class AccountResource {
        @GET
        @Path("{id}")
        public Response find(@PathParam("id") String id, @HeaderParam("Authorization") String token) {
          if (token == null) {
            Response.ResponseBuilder builder = Response.status(Response.Status.UNAUTHORIZED);
            ErrorBodies.describe(builder, "missing_token", "log in first");
            return builder.build();
          }
          return Response.ok(id).build();
        }
      }
      """);

  @Test
  void builderHandedToAMethodOfTheSameClass() {
    assertThat(RealWorld.findingsOf(source("org.acme.orders.OrderResource", """
        package org.acme.orders;

        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.*;

        @Path("/orders")
        public class OrderResource {
          record Problem(String code, String message) {}

          @GET
          @Path("{id}")
          public Response find(@PathParam("id") String id, @HeaderParam("Authorization") String token) {
            if (token == null) {
              Response.ResponseBuilder builder = Response.status(Response.Status.UNAUTHORIZED);
              describe(builder, "missing_token", "log in first");
              return builder.build();
            }
            return Response.ok(id).build();
          }

          @DELETE
          @Path("{id}")
          public Response cancel(@PathParam("id") String id, @HeaderParam("Authorization") String token) {
            if (token == null) {
              Response.ResponseBuilder builder = Response.status(Response.Status.UNAUTHORIZED)
                  .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"orders\\"");
              describe(builder, "missing_token", "log in first");
              return builder.build();
            }
            return Response.noContent().build();
          }

          @PUT
          @Path("{id}")
          public Response replace(@PathParam("id") String id, @HeaderParam("Authorization") String token) {
            if (token == null) {
              Response.ResponseBuilder builder = Response.status(Response.Status.UNAUTHORIZED);
              challenge(builder, "Bearer");
              return builder.build();
            }
            return Response.ok(id).build();
          }

          @POST
          public Response place(String order, @HeaderParam("Authorization") String token) {
            if (token == null) {
              Response.ResponseBuilder builder = Response.status(Response.Status.UNAUTHORIZED);
              describeUnlessQuiet(builder, order);
              return builder.build();
            }
            return Response.ok(order).build();
          }

          private void describe(Response.ResponseBuilder builder, String code, String message) {
            builder.entity(new Problem(code, message)).type(MediaType.APPLICATION_JSON_TYPE);
          }

          private void challenge(Response.ResponseBuilder builder, String scheme) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, scheme);
          }

          private void describeUnlessQuiet(Response.ResponseBuilder builder, String order) {
            if (order.isEmpty()) {
              return;
            }
            builder.header("WWW-Authenticate", "Bearer").entity(new Problem("quiet", order));
          }
        }
        """))).containsExactly("ERROR OrderResource.java:16 [challenge-required]");
  }

  @Test
  void builderHandedToAUtilityClassAnalysedFirst() {
    assertThat(RealWorld.findingsOf(ERROR_BODIES, ACCOUNTS))
        .containsExactly("ERROR AccountResource.java:15 [challenge-required]");
  }

  /** javac has not attributed the utility yet when the resource is analysed: nothing is known of it. */
  @Test
  void builderHandedToAUtilityClassAnalysedLaterIsUnknown() {
    assertThat(RealWorld.findingsOf(ACCOUNTS, ERROR_BODIES)).isEmpty();
  }

  @Test
  void springHeadersAndBuildersHandedToHelpers() {
    assertThat(RealWorld.findingsOf(source("com.example.web.CorsHeaders", """
        package com.example.web;

        import org.springframework.http.HttpHeaders;

        public final class CorsHeaders {
          private CorsHeaders() {}

          public static void allowAnyOrigin(HttpHeaders headers) {
            headers.add(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
          }
        }
        """), source("com.example.web.BookController", """
        package com.example.web;

        import java.net.URI;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/books")
        class BookController {
          record Book(String id) {}

          interface Auditor {
            void stamp(HttpHeaders headers);
          }

          private final Auditor auditor;

          BookController(Auditor auditor) {
            this.auditor = auditor;
          }

          @PostMapping
          ResponseEntity<Book> add(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            CorsHeaders.allowAnyOrigin(headers);
            return new ResponseEntity<>(book, headers, HttpStatus.CREATED);
          }

          @PostMapping("/located")
          ResponseEntity<Book> addLocated(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            headers.setLocation(URI.create("/books/" + book.id()));
            CorsHeaders.allowAnyOrigin(headers);
            return new ResponseEntity<>(book, headers, HttpStatus.CREATED);
          }

          @PostMapping("/audited")
          ResponseEntity<Book> addAudited(@RequestBody Book book) {
            HttpHeaders headers = new HttpHeaders();
            auditor.stamp(headers);
            return new ResponseEntity<>(book, headers, HttpStatus.CREATED);
          }
        }
        """))).containsExactly("ERROR BookController.java:28 [created-location]");
  }
}
