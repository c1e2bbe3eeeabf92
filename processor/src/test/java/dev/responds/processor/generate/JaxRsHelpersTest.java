package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.responds.processor.generate.HelperCompiler.compile;
import static dev.responds.processor.generate.HelperCompiler.generatedSource;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JAX-RS helpers of the book resource: the jakarta ones compiled and called (Jersey's
 * {@code RuntimeDelegate} builds the responses), the javax ones compiled.
 */
final class JaxRsHelpersTest {
  private static LoadedHelper helper;
  private static Object book;

  @BeforeAll
  static void compileResource() {
    Compilation compilation = compile(Controllers.BOOK, Controllers.jaxRs("jakarta"));
    assertThat(compilation).succeededWithoutWarnings();
    helper = new LoadedHelper(compilation, "com.example.BookResourceResponses");
    book = helper.newInstance("com.example.Book", "Dune");
  }

  private static Response respond(String accessor, String status, Class<?>[] types,
      Object... arguments) {
    return (Response) helper.call(accessor, status, types, arguments);
  }

  @Test
  void eachAccessorOffersExactlyTheDeclaredStatuses() {
    assertThat(helper.statusMethods("create"))
        .containsExactly("conflict/0", "created/2");
    assertThat(helper.statusMethods("get")).containsExactly("notFound/0", "ok/1");
    assertThat(helper.statusMethods("replace")).containsExactly("noContent/0");
    assertThat(helper.statusMethods("delete"))
        .containsExactly("methodNotAllowed/0", "methodNotAllowed/1", "noContent/0");
    assertThat(helper.statusMethods("me"))
        .containsExactly("ok/1", "unauthorized/1");
    assertThat(helper.statusMethods("search")).containsExactly("seeOther/1");
  }

  @Test
  void createdHasTheLocationAndTheEntity() {
    Response response = respond("create", "created", new Class<?>[] {URI.class, Object.class},
        URI.create("https://example.com/books/1"), book);
    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getLocation()).isEqualTo(URI.create("https://example.com/books/1"));
    assertThat(response.getEntity()).isEqualTo(book);
  }

  @Test
  void conflictHasNoEntity() {
    Response conflict = respond("create", "conflict", new Class<?>[0]);
    assertThat(conflict.getStatus()).isEqualTo(409);
    assertThat(conflict.hasEntity()).isFalse();
  }

  @Test
  void okAndNotFound() {
    Response ok = respond("get", "ok", new Class<?>[] {Object.class}, book);
    assertThat(ok.getStatus()).isEqualTo(200);
    assertThat(ok.getEntity()).isEqualTo(book);
    Response notFound = respond("get", "notFound", new Class<?>[0]);
    assertThat(notFound.getStatus()).isEqualTo(404);
    assertThat(notFound.getHeaders()).isEmpty();
  }

  @Test
  void noContentHasNoEntity() {
    Response response = respond("replace", "noContent", new Class<?>[0]);
    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(response.hasEntity()).isFalse();
    assertThat(response.getHeaders()).isEmpty();
  }

  @Test
  void methodNotAllowedListsThePathsOtherMethodsNotItsOwn() {
    Response response = respond("delete", "methodNotAllowed", new Class<?>[0]);
    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(response.getHeaderString("Allow")).isEqualTo("GET, HEAD, OPTIONS, PUT");
    Response explicit = respond("delete", "methodNotAllowed", new Class<?>[] {Set.class},
        Set.of("POST", "GET"));
    assertThat(explicit.getHeaderString("Allow")).isEqualTo("GET, POST");
  }

  @Test
  void unauthorizedCarriesTheChallengeAndRejectsCrLf() {
    Response response = respond("me", "unauthorized", new Class<?>[] {String.class},
        "Bearer realm=\"books\"");
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer realm=\"books\"");
    assertThrows(IllegalArgumentException.class, () -> respond("me", "unauthorized",
        new Class<?>[] {String.class}, "Basic\r\nSet-Cookie: a=b"));
    assertThrows(IllegalArgumentException.class, () -> respond("me", "unauthorized",
        new Class<?>[] {String.class}, "Basic\n"));
  }

  @Test
  void seeOtherRedirects() {
    Response response = respond("search", "seeOther", new Class<?>[] {URI.class},
        URI.create("https://example.com/books?title=Dune"));
    assertThat(response.getStatus()).isEqualTo(303);
    assertThat(response.getLocation()).isEqualTo(URI.create("https://example.com/books?title=Dune"));
    assertThat(response.hasEntity()).isFalse();
  }

  @Test
  void retryAfterInSeconds() {
    Compilation compilation = compile(Controllers.BOOK, HelperCompiler.source("com.example.Busy", """
        package com.example;

        import dev.responds.Responds;
        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;

        @Path("/busy")
        public class Busy {
          @GET
          @Responds(200)
          @Responds(503)
          public Response get() {
            return BusyResponses.getServiceUnavailable(java.time.Duration.ofMinutes(2));
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    LoadedHelper busy = new LoadedHelper(compilation, "com.example.BusyResponses");
    Response response = (Response) busy.call("get", "serviceUnavailable",
        new Class<?>[] {Duration.class}, Duration.ofMinutes(2));
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("120");
    assertThrows(IllegalArgumentException.class, () -> busy.call("get", "serviceUnavailable",
        new Class<?>[] {Duration.class}, Duration.ofSeconds(-1)));
  }

  @Test
  void javaxHelpersUseTheJavaxResponse() {
    Compilation compilation = compile(Controllers.BOOK, Controllers.jaxRs("javax"));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generatedSource(compilation, "com.example.BookResourceResponses");
    assertThat(source).contains("import javax.ws.rs.core.Response;");
    assertThat(source).doesNotContain("jakarta");
    assertThat(source).contains(
        "return Response.status(405).header(\"Allow\", \"GET, HEAD, OPTIONS, PUT\").build();");
    assertThat(source).contains("public static Response createCreated(URI location, Object body) {");
  }
}
