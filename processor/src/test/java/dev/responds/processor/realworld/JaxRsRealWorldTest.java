package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JAX-RS resources as Quarkus, Jakarta EE and Dropwizard projects write them, in both namespaces. */
final class JaxRsRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void quarkusStyleResource(String namespace) {
    assertThat(findingsOf("org.acme.FruitResource", """
        package org.acme;

        import java.net.URI;
        import java.util.List;
        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;
        import %1$s.ws.rs.core.Response.Status;

        @Path("/fruits")
        @Produces(MediaType.APPLICATION_JSON)
        @Consumes(MediaType.APPLICATION_JSON)
        public class FruitResource {
          public static class Fruit { public Long id; public String name; }
          private final Map<Long, Fruit> fruits = new ConcurrentHashMap<>();

          @GET
          public List<Fruit> list() {
            return List.copyOf(fruits.values());
          }

          @GET
          @Path("{id}")
          public Fruit get(@PathParam("id") Long id) {
            Fruit fruit = fruits.get(id);
            if (fruit == null) {
              throw new WebApplicationException("Fruit with id of " + id + " does not exist.", 404);
            }
            return fruit;
          }

          @POST
          public Response create(Fruit fruit, @Context UriInfo uriInfo) {
            if (fruit.id != null) {
              throw new WebApplicationException("Id was invalidly set on request.", 422);
            }
            fruit.id = (long) fruits.size() + 1;
            fruits.put(fruit.id, fruit);
            UriBuilder builder = uriInfo.getAbsolutePathBuilder();
            builder.path(Long.toString(fruit.id));
            return Response.created(builder.build()).entity(fruit).build();
          }

          @PUT
          @Path("{id}")
          public Fruit update(@PathParam("id") Long id, Fruit fruit) {
            if (fruit.name == null) {
              throw new WebApplicationException("Fruit Name was not set on request.", Status.BAD_REQUEST);
            }
            Fruit entity = fruits.get(id);
            if (entity == null) {
              throw new NotFoundException();
            }
            entity.name = fruit.name;
            return entity;
          }

          @DELETE
          @Path("{id}")
          public Response delete(@PathParam("id") Long id) {
            if (fruits.remove(id) == null) {
              throw new WebApplicationException(Status.NOT_FOUND);
            }
            return Response.status(Status.NO_CONTENT).build();
          }

          @HEAD
          @Path("{id}")
          public Response exists(@PathParam("id") Long id) {
            return fruits.containsKey(id) ? Response.ok().build() : Response.status(Status.NOT_FOUND).build();
          }

          @POST
          @Path("{id}/moved")
          public Response moved(@PathParam("id") Long id) {
            return Response.status(Status.MOVED_PERMANENTLY)
                .location(URI.create("/fruits/" + id)).build();
          }
        }
        """.formatted(namespace))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void resourceWithTheCommonMistakes(String namespace) {
    assertThat(findingsOf("org.acme.TicketResource", """
        package org.acme;

        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        @Path("/tickets")
        public class TicketResource {
          public static class Ticket { public Long id; }

          @POST
          public Response open(Ticket ticket) {
            return Response.status(Response.Status.CREATED).entity(ticket).build();
          }

          @POST
          @Path("batch")
          public Response batch(java.util.List<Ticket> tickets) {
            return Response.accepted().build();
          }

          @GET
          @Path("secret")
          public Response secret(@HeaderParam("Authorization") String auth) {
            if (auth == null) {
              throw new WebApplicationException(Response.Status.UNAUTHORIZED);
            }
            return Response.ok("secret").build();
          }

          @GET
          @Path("busy")
          public Response busy() {
            throw new ServiceUnavailableException();
          }
        }
        """.formatted(namespace))).containsExactly(
            "ERROR TicketResource.java:12 [created-location]",
            "WARNING TicketResource.java:18 [accepted-monitor]",
            "ERROR TicketResource.java:25 [challenge-required]",
            "WARNING TicketResource.java:33 [retry-after]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void exceptionMappersAndConditionalRequests(String namespace) {
    assertThat(findingsOf("org.acme.Catalogue", """
        package org.acme;

        import java.util.Date;
        import java.util.Map;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;
        import %1$s.ws.rs.ext.ExceptionMapper;
        import %1$s.ws.rs.ext.Provider;

        @Path("/catalogue")
        public class Catalogue {
          private final Date modified = new Date();
          private final String content = "items";

          @GET
          public Response get(@Context Request request) {
            EntityTag tag = new EntityTag(Integer.toHexString(content.hashCode()));
            Response.ResponseBuilder builder = request.evaluatePreconditions(modified, tag);
            if (builder == null) {
              builder = Response.ok(content).tag(tag).lastModified(modified);
            }
            CacheControl cache = new CacheControl();
            cache.setMaxAge(60);
            return builder.cacheControl(cache).build();
          }

          @GET
          @Path("changes")
          public Response changes(@HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) Date since) {
            if (since != null && !modified.after(since)) {
              return Response.notModified().build();
            }
            return Response.ok(content).lastModified(modified).build();
          }

          @Provider
          public static class ValidationMapper implements ExceptionMapper<IllegalArgumentException> {
            @Override
            public Response toResponse(IllegalArgumentException e) {
              return Response.status(Response.Status.BAD_REQUEST)
                  .entity(Map.of("error", e.getMessage()))
                  .type(MediaType.APPLICATION_JSON)
                  .build();
            }
          }

          @Provider
          public static class WebErrorMapper implements ExceptionMapper<WebApplicationException> {
            @Override
            public Response toResponse(WebApplicationException e) {
              Response original = e.getResponse();
              return Response.fromResponse(original)
                  .entity(Map.of("error", String.valueOf(e.getMessage())))
                  .type(MediaType.APPLICATION_JSON)
                  .build();
            }
          }

          @Provider
          public static class FallbackMapper implements ExceptionMapper<Throwable> {
            @Override
            public Response toResponse(Throwable e) {
              return Response.serverError().entity("unexpected").build();
            }
          }
        }
        """.formatted(namespace))).isEmpty();
  }
}
