package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What JAX-RS resource bodies build, in both namespaces, checked through the response rules. */
final class JaxRsBodyTest {

  /** A resource class in the {@code namespace} API ("jakarta" or "javax"); {@code members} starts on line 13. */
  private static JavaFileObject resource(String namespace, String members) {
    return source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import java.net.URI;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;
        import %1$s.ws.rs.ext.ExceptionMapper;
        import %1$s.ws.rs.ext.Provider;

        @Path("/books")
        public class Books {
          @Context UriInfo uriInfo;
        %2$s
        }
        """.formatted(namespace, members));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void noContentWithAnEntityIsBodyForbidden(String namespace) {
    Compilation compilation = compile(resource(namespace, """
          @DELETE
          @Path("/{id}")
          public Response delete(@PathParam("id") String id) {
            return Response.noContent().entity("deleted " + id).build();
          }
        """));
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:16 [body-forbidden]");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void methodNotAllowedNeedsAllow(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @POST
          @Path("/{id}/lock")
          public Response lock(@PathParam("id") String id) {
            return Response.status(405).build();
          }

          @POST
          @Path("/{id}/unlock")
          public Response unlock(@PathParam("id") String id) {
            return Response.status(Response.Status.METHOD_NOT_ALLOWED).allow("GET", "HEAD").build();
          }

          @POST
          @Path("/{id}/thrown")
          public Response thrown(@PathParam("id") String id) {
            throw new NotAllowedException("GET");
          }

          @POST
          @Path("/{id}/status")
          public Response status(@PathParam("id") String id) {
            throw new ClientErrorException(Response.Status.METHOD_NOT_ALLOWED);
          }
        """)))).containsExactly(
            "ERROR Books.java:16 [allow-required]", "ERROR Books.java:34 [allow-required]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void unauthorizedNeedsAChallenge(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @GET
          @Path("/{id}")
          public String get(@PathParam("id") String id) {
            if (id.isEmpty()) {
              throw new NotAuthorizedException("Bearer");
            }
            if (id.equals("x")) {
              throw new WebApplicationException(401);
            }
            return id;
          }
        """)))).containsExactly("ERROR Books.java:20 [challenge-required]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void createdWithALocationFromUriInfoIsSilent(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @POST
          public Response create(String book) {
            String id = "1";
            return Response.created(uriInfo.getAbsolutePathBuilder().path(id).build()).entity(book).build();
          }
        """)))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void theFinalStateOfAChainCounts(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @POST
          public Response create(String book) {
            return Response.ok(book).status(201).build();
          }

          @POST
          @Path("/status")
          public Response status(String book) {
            return Response.status(Response.Status.CREATED).entity(book).build();
          }

          @POST
          @Path("/code")
          public Response code(String book) {
            return Response.status(Response.Status.fromStatusCode(201)).header("Location", "/1").build();
          }

          @DELETE
          public Response delete() {
            return Response.noContent().location(URI.create("/books")).build();
          }
        """)))).containsExactly(
            "ERROR Books.java:15 [created-location]", "ERROR Books.java:21 [created-location]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void redirectsAndRetries(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @GET
          @Path("/old")
          public Response old() {
            return Response.status(Response.Status.SEE_OTHER).build();
          }

          @GET
          @Path("/moved")
          public Response moved() {
            throw new RedirectionException(Response.Status.MOVED_PERMANENTLY, URI.create("/new"));
          }

          @GET
          @Path("/busy")
          public Response busy() {
            throw new ServiceUnavailableException();
          }

          @GET
          @Path("/later")
          public Response later() {
            throw new ServiceUnavailableException(120L);
          }

          @GET
          @Path("/see")
          public Response see() {
            return Response.seeOther(URI.create("/new")).build();
          }
        """)))).containsExactly(
            "ERROR Books.java:16 [redirect-location]", "WARNING Books.java:28 [retry-after]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void undeclaredStatusesAreReported(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @GET
          @Path("/{id}")
          @Responds(200)
          public String get(@PathParam("id") String id) {
            if (id.isEmpty()) {
              throw new NotFoundException();
            }
            if (id.equals("bad")) {
              throw new BadRequestException("bad id");
            }
            return id;
          }

          @GET
          @Path("/{id}/ok")
          @Responds(200)
          @Responds(404)
          public String declared(@PathParam("id") String id) {
            if (id.isEmpty()) {
              throw new NotFoundException();
            }
            return id;
          }
        """)))).containsExactly(
            "ERROR Books.java:18 [undeclared-status]", "ERROR Books.java:21 [undeclared-status]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void exceptionMappersAreChecked(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @Provider
          public static class LoginMapper implements ExceptionMapper<SecurityException> {
            @Override
            public Response toResponse(SecurityException e) {
              return Response.status(Response.Status.UNAUTHORIZED).entity(e.getMessage()).build();
            }
          }

          @Provider
          public static class ChallengeMapper implements ExceptionMapper<IllegalStateException> {
            @Override
            public Response toResponse(IllegalStateException e) {
              return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
            }
          }
        """)))).containsExactly("ERROR Books.java:17 [challenge-required]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void buildersInLocalsAndStatusesAtRunTime(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @POST
          public Response create(String book) {
            Response.ResponseBuilder builder = Response.status(Response.Status.CREATED);
            builder.location(URI.create("/books/1"));
            return builder.entity(book).build();
          }

          @POST
          @Path("/forgot")
          public Response forgot(String book) {
            Response.ResponseBuilder builder = Response.status(Response.Status.CREATED);
            builder = builder.entity(book);
            return builder.build();
          }

          @POST
          @Path("/any")
          public Response any(String book, @QueryParam("code") int code) {
            return Response.status(code).entity(book).build();
          }
        """)))).containsExactly("ERROR Books.java:25 [created-location]");
  }
  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void exceptionsCarryingAResponseSendIt(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @GET
          @Path("/{id}")
          public String get(@PathParam("id") String id) {
            if (id.isEmpty()) {
              throw new WebApplicationException(Response.status(401).entity("log in").build());
            }
            if (id.equals("x")) {
              throw new NotAuthorizedException(Response.status(401).build());
            }
            if (id.equals("y")) {
              throw new WebApplicationException(Response.status(401).header("WWW-Authenticate", "Basic").build());
            }
            if (id.equals("z")) {
              throw new WebApplicationException(Response.Status.UNAUTHORIZED) {
                @Override
                public Response getResponse() {
                  return Response.status(401).header("WWW-Authenticate", "Basic").build();
                }
              };
            }
            return id;
          }
        """)))).containsExactly(
            "ERROR Books.java:17 [challenge-required]", "ERROR Books.java:20 [challenge-required]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void createdFromPutIsExempt(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @PUT
          @Path("/{id}")
          public Response put(@PathParam("id") String id, String book) {
            return Response.status(Response.Status.CREATED).entity(book).build();
          }
        """)))).isEmpty();
  }
  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void asyncResponsesResumedWithAResponse(String namespace) {
    assertThat(findings(compile(resource(namespace, """
          @POST
          public void create(String book, @%1$s.ws.rs.container.Suspended
              %1$s.ws.rs.container.AsyncResponse async) {
            new Thread(() -> async.resume(Response.status(Response.Status.CREATED).entity(book).build())).start();
          }
        """.formatted(namespace))))).containsExactly("ERROR Books.java:16 [created-location]");
  }
}
