package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.responds.processor.generate.HelperCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** The Spring helpers of the book controller, compiled and called. */
final class SpringHelpersTest {
  private static Compilation compilation;
  private static LoadedHelper helper;
  private static Object book;

  @BeforeAll
  static void compileController() {
    compilation = compile(Controllers.BOOK, Controllers.SPRING);
    assertThat(compilation).succeededWithoutWarnings();
    helper = new LoadedHelper(compilation, "com.example.BookApiResponses");
    book = helper.newInstance("com.example.Book", "Dune");
  }

  private static ResponseEntity<?> respond(String accessor, String status, Class<?>[] types,
      Object... arguments) {
    return (ResponseEntity<?>) helper.call(accessor, status, types, arguments);
  }

  private static Class<?> bookClass() {
    return book.getClass();
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
  void createdHasTheLocationAndTheBody() {
    ResponseEntity<?> response = respond("create", "created",
        new Class<?>[] {URI.class, bookClass()}, URI.create("https://example.com/books/1"), book);
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    assertThat(response.getHeaders().getLocation()).isEqualTo(URI.create("https://example.com/books/1"));
    assertThat(response.getBody()).isEqualTo(book);
  }

  @Test
  void createdRejectsANullLocation() {
    assertThrows(NullPointerException.class,
        () -> respond("create", "created", new Class<?>[] {URI.class, bookClass()}, null, book));
  }

  @Test
  void conflictHasNoBodyOfTheSuccessType() {
    ResponseEntity<?> conflict = respond("create", "conflict", new Class<?>[0]);
    assertThat(conflict.getStatusCode().value()).isEqualTo(409);
    assertThat(conflict.hasBody()).isFalse();
  }

  @Test
  void okAndNotFound() {
    ResponseEntity<?> ok = respond("get", "ok", new Class<?>[] {bookClass()}, book);
    assertThat(ok.getStatusCode().value()).isEqualTo(200);
    assertThat(ok.getBody()).isEqualTo(book);
    ResponseEntity<?> notFound = respond("get", "notFound", new Class<?>[0]);
    assertThat(notFound.getStatusCode().value()).isEqualTo(404);
    assertThat(notFound.getHeaders()).isEmpty();
  }

  @Test
  void noContentHasNoBodyAndNoHeaders() {
    ResponseEntity<?> response = respond("replace", "noContent", new Class<?>[0]);
    assertThat(response.getStatusCode().value()).isEqualTo(204);
    assertThat(response.hasBody()).isFalse();
    assertThat(response.getHeaders()).isEmpty();
  }

  @Test
  void methodNotAllowedListsThePathsOtherMethodsNotItsOwn() {
    ResponseEntity<?> response = respond("delete", "methodNotAllowed", new Class<?>[0]);
    assertThat(response.getStatusCode().value()).isEqualTo(405);
    assertThat(response.getHeaders().get("Allow")).containsExactly("GET, HEAD, OPTIONS, PUT");
    assertThat(response.hasBody()).isFalse();
  }

  @Test
  void methodNotAllowedWithExplicitMethodsSortsThem() {
    ResponseEntity<?> response = respond("delete", "methodNotAllowed",
        new Class<?>[] {Set.class}, Set.of("PUT", "GET", "OPTIONS"));
    assertThat(response.getHeaders().get("Allow")).containsExactly("GET, OPTIONS, PUT");
  }

  @Test
  void methodNotAllowedRejectsCrLfInAMethod() {
    Set<String> methods = new TreeSet<>(Set.of("GET", "PUT\r\nSet-Cookie: a=b"));
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> respond("delete", "methodNotAllowed", new Class<?>[] {Set.class}, methods));
    assertThat(thrown).hasMessageThat().contains("Allow");
  }

  @Test
  void unauthorizedCarriesTheChallenge() {
    ResponseEntity<?> response = respond("me", "unauthorized", new Class<?>[] {String.class},
        "Bearer realm=\"books\"");
    assertThat(response.getStatusCode().value()).isEqualTo(401);
    assertThat(response.getHeaders().get("WWW-Authenticate")).containsExactly("Bearer realm=\"books\"");
    assertThat(response.hasBody()).isFalse();
  }

  @Test
  void unauthorizedRejectsCrAndLf() {
    for (String challenge : new String[] {"Basic\r\nX-Evil: 1", "Basic\nX: 1", "Basic\rX: 1"}) {
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
          () -> respond("me", "unauthorized", new Class<?>[] {String.class}, challenge));
      assertThat(thrown).hasMessageThat().contains("WWW-Authenticate");
    }
  }

  @Test
  void seeOtherRedirects() {
    ResponseEntity<?> response = respond("search", "seeOther", new Class<?>[] {URI.class},
        URI.create("/books?title=Dune"));
    assertThat(response.getStatusCode().value()).isEqualTo(303);
    assertThat(response.getHeaders().getLocation()).isEqualTo(URI.create("/books?title=Dune"));
    assertThat(response.hasBody()).isFalse();
  }

  @Test
  void helpersAreTypedForTheHandlersReturnType() throws NoSuchMethodException {
    Class<?> responses = helper.loadClass("com.example.BookApiResponses");
    assertThat(responses.getMethod("createCreated", URI.class, bookClass()).getGenericReturnType()
        .getTypeName()).isEqualTo("org.springframework.http.ResponseEntity<com.example.Book>");
    assertThat(responses.getMethod("replaceNoContent").getGenericReturnType().getTypeName())
        .isEqualTo("org.springframework.http.ResponseEntity<java.lang.Void>");
    // One class file per controller: no nested types.
    assertThat(responses.getDeclaredClasses()).isEmpty();
  }
}
