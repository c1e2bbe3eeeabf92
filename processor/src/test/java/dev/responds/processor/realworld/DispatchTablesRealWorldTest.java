package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;

/**
 * An exception mapper that picks its answer from a table of method references filled in its
 * constructor ({@code handlers.put(NotAuthorizedException.class, this::unauthorized)}, then {@code
 * handlers.getOrDefault(e.getClass(), this::internal).apply(e)}) answers with what each of those
 * methods builds. A table that takes a lambda, a function from elsewhere, or is handed to other
 * code, is unknown.
 */
final class DispatchTablesRealWorldTest {

  @Test
  void exceptionMapperDispatchTables() {
    assertThat(RealWorld.findingsOf(source("org.acme.errors.ApiExceptionMappers", """
        package org.acme.errors;

        import jakarta.ws.rs.NotAuthorizedException;
        import jakarta.ws.rs.core.HttpHeaders;
        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.ExceptionMapper;
        import jakarta.ws.rs.ext.Provider;
        import java.util.HashMap;
        import java.util.Map;
        import java.util.function.Function;

        public class ApiExceptionMappers {
          public record Problem(String title) {}

          @Provider
          public static class TableMapper implements ExceptionMapper<RuntimeException> {
            private final Map<Class<? extends RuntimeException>, Function<RuntimeException, Response>> handlers =
                new HashMap<>();

            public TableMapper() {
              handlers.put(NotAuthorizedException.class, this::unauthorized);
              handlers.put(IllegalArgumentException.class, this::badRequest);
            }

            @Override
            public Response toResponse(RuntimeException exception) {
              return handlers.getOrDefault(exception.getClass(), this::internal).apply(exception);
            }

            private Response unauthorized(RuntimeException exception) {
              return Response.status(Response.Status.UNAUTHORIZED).entity(new Problem("Unauthorized")).build();
            }

            private Response badRequest(RuntimeException exception) {
              return Response.status(Response.Status.BAD_REQUEST).entity(new Problem("Bad request")).build();
            }

            private Response internal(RuntimeException exception) {
              return Response.serverError().entity(new Problem("Internal error")).build();
            }
          }

          @Provider
          public static class ChallengingMapper implements ExceptionMapper<RuntimeException> {
            private final Map<Class<? extends RuntimeException>, Function<RuntimeException, Response>> handlers =
                new HashMap<>();

            public ChallengingMapper() {
              handlers.put(NotAuthorizedException.class, this::unauthorized);
            }

            @Override
            public Response toResponse(RuntimeException exception) {
              Function<RuntimeException, Response> handler = handlers.get(exception.getClass());
              return handler != null ? handler.apply(exception) : Response.serverError().build();
            }

            private Response unauthorized(RuntimeException exception) {
              return Response.status(Response.Status.UNAUTHORIZED)
                  .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
            }
          }

          @Provider
          public static class LambdaMapper implements ExceptionMapper<RuntimeException> {
            private final Map<Class<? extends RuntimeException>, Function<RuntimeException, Response>> handlers =
                new HashMap<>();

            public LambdaMapper(Function<RuntimeException, Response> unauthorized) {
              handlers.put(NotAuthorizedException.class, unauthorized);
              handlers.put(IllegalStateException.class, this::unavailable);
            }

            @Override
            public Response toResponse(RuntimeException exception) {
              return handlers.getOrDefault(exception.getClass(), this::unavailable).apply(exception);
            }

            private Response unavailable(RuntimeException exception) {
              return Response.status(Response.Status.UNAUTHORIZED).build();
            }
          }

          @Provider
          public static class RegisteredMapper implements ExceptionMapper<RuntimeException> {
            private final Map<Class<? extends RuntimeException>, Function<RuntimeException, Response>> handlers =
                new HashMap<>();

            public RegisteredMapper(Map<Class<?>, Object> registry) {
              handlers.put(NotAuthorizedException.class, this::unauthorized);
              registry.put(RegisteredMapper.class, handlers);
            }

            @Override
            public Response toResponse(RuntimeException exception) {
              return handlers.getOrDefault(exception.getClass(), this::unauthorized).apply(exception);
            }

            private Response unauthorized(RuntimeException exception) {
              return Response.status(Response.Status.UNAUTHORIZED).build();
            }
          }
        }
        """))).containsExactly("ERROR ApiExceptionMappers.java:27 [challenge-required]");
  }
}
