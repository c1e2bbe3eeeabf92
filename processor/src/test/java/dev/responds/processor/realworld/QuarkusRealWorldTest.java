package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import dev.responds.processor.adapter.StatusConstants;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quarkus resources: responses built inside Mutiny {@code Uni} chains, and Quarkus REST's typed
 * {@code RestResponse}, judged like JAX-RS {@code Response}.
 */
final class QuarkusRealWorldTest {

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void responsesInsideUniChains(String namespace) {
    assertThat(RealWorld.findingsOf(source("org.acme.FruitResource", """
        package org.acme;

        import io.smallrye.mutiny.Uni;
        import java.net.URI;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        @Path("/fruits")
        public class FruitResource {
          public static class Fruit { public Long id; public String name; }

          private Uni<Fruit> persist(Fruit fruit) {
            return Uni.createFrom().item(fruit);
          }

          @POST
          public Uni<Response> create(Fruit fruit) {
            return persist(fruit).replaceWith(Response.status(Response.Status.CREATED).entity(fruit).build());
          }

          @POST
          @Path("located")
          public Uni<Response> createLocated(Fruit fruit) {
            return persist(fruit).onItem()
                .transform(saved -> Response.created(URI.create("/fruits/" + saved.id)).entity(saved).build());
          }

          @POST
          @Path("mapped")
          public Uni<Response> createMapped(Fruit fruit) {
            return persist(fruit).map(saved -> Response.status(201).entity(saved).build());
          }

          @POST
          @Path("referenced")
          public Uni<Response> createReferenced(Fruit fruit) {
            return persist(fruit).replaceWith(Response.ok(fruit).status(Response.Status.CREATED)::build);
          }

          @DELETE
          @Path("{id}")
          public Uni<Response> delete(@PathParam("id") Long id) {
            return Uni.createFrom().item(id)
                .onItem().transform(gone -> Response.noContent().build())
                .onFailure().recoverWithItem(Response.status(Response.Status.SERVICE_UNAVAILABLE).build());
          }

          @DELETE
          @Path("{id}/later")
          public Uni<Response> deleteLater(@PathParam("id") Long id) {
            return Uni.createFrom().item(id)
                .onItem().transform(gone -> Response.noContent().build())
                .onFailure().recoverWithItem(() -> Response.status(503).header("Retry-After", "30").build());
          }

          @GET
          @Path("{id}")
          public Uni<Response> find(@PathParam("id") Long id) {
            return Uni.createFrom().item(() -> id)
                .chain(found -> found == null
                    ? Uni.createFrom().failure(new NotFoundException())
                    : Uni.createFrom().item(Response.ok(found).build()));
          }
        }
        """.formatted(namespace)))).containsExactly(
            "ERROR FruitResource.java:18 [created-location]",
            "ERROR FruitResource.java:31 [created-location]",
            "ERROR FruitResource.java:37 [created-location]",
            "WARNING FruitResource.java:45 [retry-after]");
  }

  @Test
  void restResponsesAndTheirBuilders() {
    assertThat(RealWorld.findingsOf(source("org.acme.OrderResource", """
        package org.acme;

        import io.smallrye.mutiny.Uni;
        import java.net.URI;
        import jakarta.ws.rs.*;
        import org.jboss.resteasy.reactive.RestResponse;

        @Path("/orders")
        public class OrderResource {
          public record Order(Long id, String item) {}

          @POST
          public RestResponse<Order> create(Order order) {
            return RestResponse.status(RestResponse.Status.CREATED, order);
          }

          @POST
          @Path("located")
          public RestResponse<Order> createLocated(Order order) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, order)
                .location(URI.create("/orders/" + order.id()))
                .build();
          }

          @GET
          @Path("{id}")
          public RestResponse<Order> find(@PathParam("id") Long id) {
            return id < 0
                ? RestResponse.notFound()
                : RestResponse.ResponseBuilder.ok(new Order(id, "book")).status(RestResponse.Status.UNAUTHORIZED).build();
          }

          @GET
          @Path("{id}/busy")
          public Uni<RestResponse<Order>> busy(@PathParam("id") Long id) {
            return Uni.createFrom().item(() -> RestResponse.status(RestResponse.StatusCode.TOO_MANY_REQUESTS));
          }

          @GET
          @Path("{id}/later")
          public RestResponse<Order> later(@PathParam("id") Long id) {
            return RestResponse.ResponseBuilder.<Order>create(429).header("Retry-After", "10").build();
          }

          @GET
          @Path("{id}/upgrade")
          public RestResponse<Order> upgrade(@PathParam("id") Long id) {
            return RestResponse.status(RestResponse.Status.UPGRADE_REQUIRED);
          }

          @DELETE
          @Path("{id}")
          public RestResponse<Void> delete(@PathParam("id") Long id) {
            return RestResponse.noContent();
          }
        }
        """))).containsExactly(
            "ERROR OrderResource.java:14 [created-location]",
            "ERROR OrderResource.java:30 [challenge-required]",
            "WARNING OrderResource.java:36 [retry-after]",
            "ERROR OrderResource.java:48 [upgrade-required]");
  }

  @Test
  void restResponseStatusConstantsMatchQuarkus() {
    for (RestResponse.Status status : RestResponse.Status.values()) {
      assertThat(StatusConstants.of(StatusConstants.REST_RESPONSE_STATUS, status.name()))
          .isEqualTo(status.getStatusCode());
    }
  }
}
