package dev.responds.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.compileWithJavacErrors;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How real code is written: idiomatic CRUD controllers compile silently, and the shapes real
 * projects use (interface-declared mappings, generic base classes, composed annotations) are
 * understood, with each finding reported once, where it is declared.
 */
final class RealCodeTest {

  @Test
  void springCrudControllerAsTheGuidesWriteItIsSilent() {
    Compilation compilation = compile(source("com.example.BookController", """
        package com.example;

        import java.net.URI;
        import java.util.List;
        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;
        import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

        @RestController
        @RequestMapping("/api/books")
        public class BookController {
          record Book(String id, String title) {}

          private final Map<String, Book> books = new ConcurrentHashMap<>();

          @GetMapping
          public List<Book> all() {
            return List.copyOf(books.values());
          }

          @GetMapping("/{id}")
          public Book one(@PathVariable String id) {
            Book book = books.get(id);
            if (book == null) {
              throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no book " + id);
            }
            return book;
          }

          @PostMapping
          public ResponseEntity<Book> create(@RequestBody Book book) {
            books.put(book.id(), book);
            URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}").buildAndExpand(book.id()).toUri();
            return ResponseEntity.created(location).body(book);
          }

          @PutMapping("/{id}")
          public Book replace(@PathVariable String id, @RequestBody Book book) {
            books.put(id, book);
            return book;
          }

          @DeleteMapping("/{id}")
          @ResponseStatus(HttpStatus.NO_CONTENT)
          public void delete(@PathVariable String id) {
            books.remove(id);
          }
        }
        """));
    assertThat(findings(compilation)).isEmpty();
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  @Test
  void jaxRsCrudResourceAsTheGuidesWriteItIsSilent() {
    for (String namespace : new String[] {"jakarta", "javax"}) {
      Compilation compilation = compile(source("com.example.BookResource", """
          package com.example;

          import java.util.Collection;
          import java.util.Map;
          import java.util.concurrent.ConcurrentHashMap;
          import %1$s.ws.rs.*;
          import %1$s.ws.rs.core.*;

          @Path("/books")
          @Produces(MediaType.APPLICATION_JSON)
          @Consumes(MediaType.APPLICATION_JSON)
          public class BookResource {
            public record Book(String id, String title) {}

            private final Map<String, Book> books = new ConcurrentHashMap<>();

            @GET
            public Collection<Book> all() {
              return books.values();
            }

            @GET
            @Path("{id}")
            public Book one(@PathParam("id") String id) {
              Book book = books.get(id);
              if (book == null) {
                throw new NotFoundException();
              }
              return book;
            }

            @POST
            public Response create(Book book, @Context UriInfo uriInfo) {
              books.put(book.id(), book);
              return Response.created(uriInfo.getAbsolutePathBuilder().path(book.id()).build())
                  .entity(book).build();
            }

            @PUT
            @Path("{id}")
            public Book replace(@PathParam("id") String id, Book book) {
              books.put(id, book);
              return book;
            }

            @DELETE
            @Path("{id}")
            public void delete(@PathParam("id") String id) {
              books.remove(id);
            }
          }
          """.formatted(namespace)));
      assertThat(findings(compilation)).isEmpty();
      assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    }
  }

  @Test
  void mappingsDeclaredOnAnInterfaceAreInheritedAndReportedOnceWhereDeclared() {
    Compilation compilation = compile(
        source("com.example.BooksApi", """
            package com.example;

            import org.springframework.http.HttpStatus;
            import org.springframework.web.bind.annotation.*;

            @RequestMapping("/books")
            public interface BooksApi {
              @PostMapping
              @ResponseStatus(HttpStatus.CREATED)
              String create(@RequestBody String book);

              @DeleteMapping("/{id}")
              @ResponseStatus(HttpStatus.NO_CONTENT)
              void delete(@PathVariable("id") String id);
            }
            """),
        source("com.example.BooksController", """
            package com.example;

            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class BooksController implements BooksApi {
              @Override public String create(String book) { return book; }
              @Override public void delete(String id) {}
            }
            """),
        source("com.example.OtherBooksController", """
            package com.example;

            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class OtherBooksController implements BooksApi {
              @Override public String create(String book) { return book; }
              @Override public void delete(String id) {}
            }
            """));
    assertThat(findings(compilation)).containsExactly("ERROR BooksApi.java:9 [created-location]");
  }

  @Test
  void genericBaseClassHandlersAreCheckedOnceInTheBaseClass() {
    Compilation compilation = compile(
        source("com.example.CrudController", """
            package com.example;

            import org.springframework.http.HttpStatus;
            import org.springframework.web.bind.annotation.*;

            public abstract class CrudController<T> {
              @PostMapping
              @ResponseStatus(HttpStatus.CREATED)
              public T create(@RequestBody T entity) { return entity; }

              @GetMapping("/{id}")
              public T get(@PathVariable String id) { return null; }
            }
            """),
        source("com.example.Books", """
            package com.example;

            import org.springframework.web.bind.annotation.*;

            @RestController
            @RequestMapping("/books")
            class Books extends CrudController<String> {}
            """),
        source("com.example.Authors", """
            package com.example;

            import org.springframework.web.bind.annotation.*;

            @RestController
            @RequestMapping("/authors")
            class Authors extends CrudController<Integer> {}
            """));
    assertThat(findings(compilation)).containsExactly("ERROR CrudController.java:8 [created-location]");
  }

  @Test
  void composedMappingAnnotationsAreUnderstood() {
    Compilation compilation = compile(
        source("com.example.AnonymousPostMapping", """
            package com.example;

            import java.lang.annotation.*;
            import org.springframework.core.annotation.AliasFor;
            import org.springframework.web.bind.annotation.*;

            @Target(ElementType.METHOD)
            @Retention(RetentionPolicy.RUNTIME)
            @RequestMapping(method = RequestMethod.POST)
            @interface AnonymousPostMapping {
              @AliasFor(annotation = RequestMapping.class) String[] value() default {};
            }
            """),
        source("com.example.Login", """
            package com.example;

            import dev.responds.Responds;
            import org.springframework.web.bind.annotation.*;

            @RestController("loginController")
            class Login {
              @AnonymousPostMapping("/login")
              @Responds(201)
              String login(@RequestBody String credentials) { return "token"; }

              @AnonymousPostMapping("/probe")
              @Responds(201)
              void probe(jakarta.servlet.http.HttpServletResponse response) {}
            }
            """));
    assertThat(findings(compilation)).containsExactly("ERROR Login.java:9 [created-location]");
  }

  @Test
  void springDataRestControllersAreControllers() {
    Compilation compilation = compile(
        source("org.springframework.data.rest.webmvc.BasePathAwareController", """
            package org.springframework.data.rest.webmvc;

            import java.lang.annotation.*;

            @Target(ElementType.TYPE)
            @Retention(RetentionPolicy.RUNTIME)
            public @interface BasePathAwareController {}
            """),
        source("com.example.Search", """
            package com.example;

            import org.springframework.data.rest.webmvc.BasePathAwareController;
            import org.springframework.http.HttpStatus;
            import org.springframework.web.bind.annotation.*;

            @BasePathAwareController
            class Search {
              @GetMapping("/search")
              @ResponseBody
              @ResponseStatus(HttpStatus.NO_CONTENT)
              String search() { return ""; }
            }
            """));
    assertThat(findings(compilation)).containsExactly("ERROR Search.java:11 [body-forbidden]");
  }

  @Test
  void controllerMethodsReturningViewsAreNotJudgedAsBodies() {
    assertThat(findings(compile(source("com.example.Pages", """
        package com.example;

        import org.springframework.http.HttpStatus;
        import org.springframework.stereotype.Controller;
        import org.springframework.web.bind.annotation.*;

        @Controller
        class Pages {
          @PostMapping("/pages")
          @ResponseStatus(HttpStatus.CREATED)
          String created() { return "created-view"; }
        }
        """)))).isEmpty();
  }

  @Test
  void aProjectWithoutAnyFrameworkCompilesWithoutAProcessorError() {
    Compilation compilation = compile(source("com.example.Plain", """
        package com.example;

        import dev.responds.Responds;

        class Plain {
          @Deprecated String old() { return ""; }
          @Responds(200) String handler() { return ""; }
        }
        """));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(findings(compilation)).containsExactly("WARNING Plain.java:7 [responds-not-handler]");
  }

  @Test
  void missingClassesAndErrorTypesDoNotCrashTheProcessor() {
    Compilation compilation = compileWithJavacErrors(List.of(), source("com.example.Broken", """
        package com.example;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class Broken {
          @PostMapping("/x")
          @ResponseStatus(org.springframework.http.HttpStatus.CREATED)
          Missing create(@RequestBody AlsoMissing body) { return null; }
        }
        """));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(compilation.errors().stream().map(e -> e.getMessage(null)).toList().toString())
        .doesNotContain("exception");
    // javac stops before attributing: one note says that bodies were not checked.
    assertThat(findings(compilation)).containsExactly("NOTE ?:-1 [responds]");
  }

  /**
   * The OpenAPI generator's "interface only" style with a controller in the manner of a well-known
   * sample application: Location prepared in a local HttpHeaders, statuses in constructors. Its
   * one real mistake, a 204 that carries the updated entity, is the one finding.
   */
  @Test
  void generatedApiInterfaceWithConstructorBuiltResponses() {
    Compilation compilation = compile(
        source("com.example.api.KindsApi", """
            package com.example.api;

            import java.util.List;
            import org.springframework.http.ResponseEntity;
            import org.springframework.web.bind.annotation.*;

            public interface KindsApi {
              record KindDto(Integer id, String name) {}

              @RequestMapping(method = RequestMethod.GET, value = "/kinds", produces = "application/json")
              ResponseEntity<List<KindDto>> listKinds();

              @RequestMapping(method = RequestMethod.POST, value = "/kinds", produces = "application/json",
                  consumes = "application/json")
              ResponseEntity<KindDto> addKind(@RequestBody KindDto kind);

              @RequestMapping(method = RequestMethod.PUT, value = "/kinds/{kindId}", produces = "application/json",
                  consumes = "application/json")
              ResponseEntity<KindDto> updateKind(@PathVariable("kindId") Integer kindId, @RequestBody KindDto kind);

              @RequestMapping(method = RequestMethod.DELETE, value = "/kinds/{kindId}")
              ResponseEntity<KindDto> deleteKind(@PathVariable("kindId") Integer kindId);
            }
            """),
        source("com.example.KindController", """
            package com.example;

            import com.example.api.KindsApi;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.ConcurrentHashMap;
            import org.springframework.http.HttpHeaders;
            import org.springframework.http.HttpStatus;
            import org.springframework.http.ResponseEntity;
            import org.springframework.web.bind.annotation.*;
            import org.springframework.web.util.UriComponentsBuilder;

            @RestController
            @RequestMapping("api")
            public class KindController implements KindsApi {
              private final Map<Integer, KindDto> kinds = new ConcurrentHashMap<>();

              @Override
              public ResponseEntity<List<KindDto>> listKinds() {
                List<KindDto> all = new ArrayList<>(kinds.values());
                if (all.isEmpty()) {
                  return new ResponseEntity<>(HttpStatus.NOT_FOUND);
                }
                return new ResponseEntity<>(all, HttpStatus.OK);
              }

              @Override
              public ResponseEntity<KindDto> addKind(KindDto kind) {
                HttpHeaders headers = new HttpHeaders();
                kinds.put(kind.id(), kind);
                headers.setLocation(UriComponentsBuilder.newInstance()
                    .path("/api/kinds/{id}").buildAndExpand(kind.id()).toUri());
                return new ResponseEntity<>(kind, headers, HttpStatus.CREATED);
              }

              @Override
              public ResponseEntity<KindDto> updateKind(Integer kindId, KindDto kind) {
                KindDto current = kinds.get(kindId);
                if (current == null) {
                  return new ResponseEntity<>(HttpStatus.NOT_FOUND);
                }
                kinds.put(kindId, kind);
                return new ResponseEntity<>(kind, HttpStatus.NO_CONTENT);
              }

              @Override
              public ResponseEntity<KindDto> deleteKind(Integer kindId) {
                if (kinds.remove(kindId) == null) {
                  return new ResponseEntity<>(HttpStatus.NOT_FOUND);
                }
                return new ResponseEntity<>(HttpStatus.NO_CONTENT);
              }
            }
            """));
    assertThat(findings(compilation)).containsExactly("ERROR KindController.java:44 [body-forbidden]");
  }
}
