package dev.responds.processor.adapter;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.responds.processor.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The model the adapters fill, described in one line per handler. */
final class HandlerScannerTest {

  @SupportedAnnotationTypes("*")
  private static final class Describer extends AbstractProcessor {
    final List<String> handlers = new ArrayList<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      HandlerScanner scanner = new HandlerScanner(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        for (Handler handler : scanner.scan(type).handlers()) {
          handlers.add(describe(handler));
        }
      }
      return false;
    }

    private static String describe(Handler handler) {
      return handler.method().getSimpleName() + ": " + handler.framework() + " " + handler.role()
          + " " + handler.httpMethods() + " " + handler.path()
          + " produces=" + handler.produces() + " consumes=" + handler.consumes()
          + " " + handler.returnShape().kind()
          + (handler.returnShape().valueType() == null ? "" : "<" + handler.returnShape().valueType() + ">")
          + " body=" + handler.parameters().requestBody()
          + " headers=" + handler.parameters().requestHeaders()
          + " status=" + (handler.frameworkStatus() == null ? "-" : handler.frameworkStatus().code())
          + " responds=" + handler.responds().stream().map(s -> s.code()).toList();
    }
  }

  private static List<String> describe(JavaFileObject... sources) {
    Describer describer = new Describer();
    Compilation compilation = javac().withProcessors(describer).compile(sources);
    assertThat(compilation.errors()).isEmpty();
    return describer.handlers;
  }

  @Test
  void springMappingsCombineClassAndMethodAndUnwrapAsyncReturns() {
    assertThat(describe(source("com.example.Books", """
        package com.example;

        import dev.responds.Responds;
        import java.util.concurrent.CompletableFuture;
        import org.springframework.http.*;
        import org.springframework.web.bind.annotation.*;
        import reactor.core.publisher.Mono;

        @RestController
        @RequestMapping(path = "/api//books/", produces = "application/json")
        @Responds(401)
        class Books {
          @GetMapping("{id:[0-9]+}")
          Mono<ResponseEntity<String>> get(@PathVariable long id, @RequestHeader("If-None-Match") String tag) { return null; }

          @RequestMapping(method = {RequestMethod.PUT, RequestMethod.PATCH}, value = "/{id}", consumes = "text/plain")
          @ResponseStatus(code = HttpStatus.NO_CONTENT)
          @Responds(204)
          CompletableFuture<Void> update(@RequestBody String body) { return null; }

          @ExceptionHandler(IllegalStateException.class)
          ProblemDetail conflict() { return null; }

          void notAHandler() {}
        }
        """))).containsExactly(
            "get: SPRING ENDPOINT [GET] /api/books/{id} produces=[application/json] consumes=[]"
                + " RESPONSE_OBJECT<java.lang.String> body=false headers=[if-none-match] status=- responds=[401]",
            "update: SPRING ENDPOINT [PATCH, PUT] /api/books/{id} produces=[application/json]"
                + " consumes=[text/plain] VOID body=true headers=[] status=204 responds=[204, 401]",
            "conflict: SPRING EXCEPTION_HANDLER [] / produces=[] consumes=[] BODY<org.springframework.http.ProblemDetail>"
                + " body=false headers=[] status=- responds=[401]")
        .inOrder();
  }

  @Test
  void jaxRsResourcesInheritFromInterfacesAndClassLevelMediaTypes() {
    assertThat(describe(
        source("com.example.BooksApi", """
            package com.example;

            import jakarta.ws.rs.*;
            import jakarta.ws.rs.core.*;

            @Path("books")
            @Produces("application/json")
            public interface BooksApi {
              @GET @Path("/{id}") Response get(@PathParam("id") String id, @HeaderParam("If-Match") String match);
              @POST @Consumes("application/json") void add(String book);
            }
            """),
        source("com.example.Books", """
            package com.example;

            import jakarta.ws.rs.core.Response;

            class Books implements BooksApi {
              @Override public Response get(String id, String match) { return null; }
              @Override public void add(String book) {}
            }
            """))).containsExactly(
            "get: JAKARTA_RS ENDPOINT [GET] /books/{id} produces=[application/json] consumes=[]"
                + " RESPONSE_OBJECT body=false headers=[if-match] status=- responds=[]",
            "add: JAKARTA_RS ENDPOINT [POST] /books produces=[application/json] consumes=[application/json]"
                + " VOID body=true headers=[] status=- responds=[]",
            "get: JAKARTA_RS ENDPOINT [GET] /books/{id} produces=[application/json] consumes=[]"
                + " RESPONSE_OBJECT body=false headers=[if-match] status=- responds=[]",
            "add: JAKARTA_RS ENDPOINT [POST] /books produces=[application/json] consumes=[application/json]"
                + " VOID body=true headers=[] status=- responds=[]");
  }

  @Test
  void exceptionMappersAreExceptionHandlers() {
    assertThat(describe(source("com.example.Mapper", """
        package com.example;

        import javax.ws.rs.core.Response;
        import javax.ws.rs.ext.ExceptionMapper;

        class Mapper implements ExceptionMapper<IllegalStateException> {
          @Override public Response toResponse(IllegalStateException e) { return null; }
        }
        """))).containsExactly("toResponse: JAVAX_RS EXCEPTION_HANDLER [] / produces=[] consumes=[]"
            + " RESPONSE_OBJECT body=false headers=[] status=- responds=[]");
  }

  @Test
  void statusConstantTablesMatchTheFrameworks() throws ReflectiveOperationException {
    for (org.springframework.http.HttpStatus status : org.springframework.http.HttpStatus.values()) {
      assertThat(StatusConstants.spring(status.name())).isEqualTo(status.value());
    }
    for (jakarta.ws.rs.core.Response.Status status : jakarta.ws.rs.core.Response.Status.values()) {
      assertThat(StatusConstants.jaxRs(status.name())).isEqualTo(status.getStatusCode());
    }
    for (javax.ws.rs.core.Response.Status status : javax.ws.rs.core.Response.Status.values()) {
      assertThat(StatusConstants.jaxRs(status.name())).isEqualTo(status.getStatusCode());
    }
  }
}
