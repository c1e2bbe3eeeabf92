package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Annotated interfaces with implementations, sub-resources and generic exception mappers. */
final class JaxRsStructureRealWorldTest {

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void interfaceResourcesSubResourcesAndGenericMappers(String namespace) {
    List<String> findings = RealWorld.findingsOf(
        source("org.acme.api.InventoryApi", """
            package org.acme.api;

            import %1$s.ws.rs.*;
            import %1$s.ws.rs.core.*;

            @Path("/inventory")
            @Produces(MediaType.APPLICATION_JSON)
            public interface InventoryApi {
              @POST
              @Consumes(MediaType.APPLICATION_JSON)
              Response addItem(String item, @Context UriInfo uriInfo);

              @GET
              @Path("{sku}")
              Response getItem(@PathParam("sku") String sku);

              @Path("{sku}/stock")
              StockResource stock(@PathParam("sku") String sku);
            }
            """.formatted(namespace)),
        source("org.acme.api.StockResource", """
            package org.acme.api;

            import %1$s.ws.rs.*;
            import %1$s.ws.rs.core.*;

            public class StockResource {
              private int count;

              @GET
              public int count() {
                return count;
              }

              @PUT
              @Consumes(MediaType.TEXT_PLAIN)
              public void set(int value) {
                if (value < 0) {
                  throw new BadRequestException("negative stock");
                }
                count = value;
              }
            }
            """.formatted(namespace)),
        source("org.acme.api.InventoryResource", """
            package org.acme.api;

            import java.util.Map;
            import java.util.concurrent.ConcurrentHashMap;
            import %1$s.ws.rs.NotFoundException;
            import %1$s.ws.rs.core.*;

            public class InventoryResource implements InventoryApi {
              private final Map<String, String> items = new ConcurrentHashMap<>();

              @Override
              public Response addItem(String item, UriInfo uriInfo) {
                String sku = Integer.toHexString(item.hashCode());
                items.put(sku, item);
                var builder = Response.created(uriInfo.getAbsolutePathBuilder().path(sku).build());
                return builder.entity(item).build();
              }

              @Override
              public Response getItem(String sku) {
                String item = items.get(sku);
                if (item == null) {
                  throw new NotFoundException();
                }
                return Response.ok(item).build();
              }

              @Override
              public StockResource stock(String sku) {
                return new StockResource();
              }
            }
            """.formatted(namespace)),
        source("org.acme.api.ErrorMappers", """
            package org.acme.api;

            import java.util.Map;
            import %1$s.ws.rs.WebApplicationException;
            import %1$s.ws.rs.core.MediaType;
            import %1$s.ws.rs.core.Response;
            import %1$s.ws.rs.ext.ExceptionMapper;
            import %1$s.ws.rs.ext.Provider;

            public final class ErrorMappers {
              private ErrorMappers() {}

              public abstract static class JsonErrorMapper<E extends Throwable> implements ExceptionMapper<E> {
                protected abstract Response.StatusType status(E exception);

                @Override
                public Response toResponse(E exception) {
                  return Response.status(status(exception))
                      .type(MediaType.APPLICATION_JSON)
                      .entity(Map.of("error", String.valueOf(exception.getMessage())))
                      .build();
                }
              }

              @Provider
              public static class WebErrors extends JsonErrorMapper<WebApplicationException> {
                @Override
                protected Response.StatusType status(WebApplicationException exception) {
                  return exception.getResponse().getStatusInfo();
                }
              }

              @Provider
              public static class Conflicts extends JsonErrorMapper<IllegalStateException> {
                @Override
                protected Response.StatusType status(IllegalStateException exception) {
                  return Response.Status.CONFLICT;
                }
              }
            }
            """.formatted(namespace)));
    assertThat(findings).isEmpty();
  }
}
