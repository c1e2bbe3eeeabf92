package dev.responds.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The declaration rules on JAX-RS resources, in both namespaces. */
final class JaxRsDeclarationRulesTest {

  /** A resource in the given namespace; {@code members} starts on line 10. */
  private static JavaFileObject resource(String namespace, String members) {
    return source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import %1$s.ws.rs.*;
        import %1$s.ws.rs.core.*;

        @Path("/books")
        @Produces(MediaType.APPLICATION_JSON)
        class Books {
        %2$s
        }
        """.formatted(namespace, members));
  }

  @Test
  void voidDeleteAnswersNoContentAndIsSilent() {
    for (String namespace : new String[] {"jakarta", "javax"}) {
      Compilation compilation = compile(resource(namespace, """
            @DELETE
            @Path("{id}")
            public void delete(@PathParam("id") String id) {}
          """));
      assertThat(findings(compilation)).isEmpty();
      assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    }
  }

  @Test
  void voidMethodDeclaringOkIsNotOkWithoutBodyButAnUndeclaredSuccess() {
    // A JAX-RS void method answers 204 whatever @Responds says: the 200 can never be sent.
    assertThat(findings(compile(resource("jakarta", """
          @POST
          @Path("{id}/touch")
          @Responds(204)
          public void touch(@PathParam("id") String id) {}
        """)))).isEmpty();
  }

  @Test
  void entityMethodDeclaringNoContentIsBodyForbidden() {
    for (String namespace : new String[] {"jakarta", "javax"}) {
      assertThat(findings(compile(resource(namespace, """
            @PUT
            @Path("{id}")
            @Responds(204)
            public String put(@PathParam("id") String id, String book) { return book; }
          """)))).containsExactly("ERROR Books.java:12 [body-forbidden]");
    }
  }

  @Test
  void entityMethodDeclaringCreatedFromPostNeedsALocation() {
    assertThat(findings(compile(resource("javax", """
          @POST
          @Responds(201)
          public String create(String book) { return book; }
        """)))).containsExactly("ERROR Books.java:11 [created-location]");
  }

  @Test
  void responseMethodsAreJudgedByTheirBody() {
    assertThat(findings(compile(resource("jakarta", """
          @POST
          @Responds(201)
          @Responds(409)
          public Response create(String book, @Context UriInfo uri) {
            return Response.created(uri.getAbsolutePathBuilder().path("1").build()).build();
          }
        """)))).isEmpty();
  }

  @Test
  void redirectAndMediaTypeRulesApply() {
    assertThat(findings(compile(resource("jakarta", """
          @GET @Path("old") @Responds(308) public String old() { return ""; }
          @POST @Path("upload") @Responds(200) @Responds(415) public String upload() { return ""; }
          @POST @Path("json") @Consumes(MediaType.APPLICATION_JSON) @Responds(200) @Responds(415)
          public String json(String body) { return body; }
          @GET @Path("any") @Responds(200) @Responds(406) public String any() { return ""; }
        """)))).containsExactly(
            "ERROR Books.java:10 [redirect-location]", "WARNING Books.java:11 [media-type-status]");
  }

  @Test
  void conditionalStatusesReadThePreconditions() {
    assertThat(findings(compile(resource("jakarta", """
          @GET @Path("a") @Responds(200) @Responds(304)
          public Response a() { return Response.ok("a").build(); }
          @GET @Path("b") @Responds(200) @Responds(304)
          public Response b(@Context Request request) { return Response.ok("b").build(); }
          @GET @Path("c") @Responds(200) @Responds(304)
          public Response c(@HeaderParam("If-Modified-Since") String since) { return Response.ok("c").build(); }
        """)))).containsExactly("WARNING Books.java:10 [conditional-without-precondition]");
  }

  @Test
  void customHttpMethodAnnotationsMakeHandlers() {
    assertThat(findings(compile(
        source("com.example.PURGE", """
            package com.example;

            import java.lang.annotation.*;

            @Target(ElementType.METHOD)
            @Retention(RetentionPolicy.RUNTIME)
            @jakarta.ws.rs.HttpMethod("PURGE")
            @interface PURGE {}
            """),
        resource("jakarta", """
              @PURGE @Path("cache") @Responds(205) public String purge() { return "done"; }
            """)))).containsExactly("ERROR Books.java:10 [body-forbidden]");
  }

  @Test
  void subResourceLocatorsAreNotHandlers() {
    assertThat(findings(compile(resource("jakarta", """
          @Path("{id}/reviews") @Responds(200) public Object reviews() { return new Object(); }
        """)))).containsExactly("WARNING Books.java:10 [responds-not-handler]");
  }

  @Test
  void quarkusRestResponsesAreResponseObjectsNotBodies() {
    assertThat(findings(compile(resource("jakarta", """
              @POST
              @Responds(201)
              public org.jboss.resteasy.reactive.RestResponse<String> create(String book) {
                return org.jboss.resteasy.reactive.RestResponse.ResponseBuilder
                    .<String>created(java.net.URI.create("/books/1")).entity(book).build();
              }
            """)))).isEmpty();
  }
}
