package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Annotated WebFlux controllers: Mono of ResponseEntity, reactive repositories, errors as signals. */
final class WebFluxRealWorldTest {

  private static final String REPOSITORY = """
      package com.example.reactive;

      import reactor.core.publisher.Flux;
      import reactor.core.publisher.Mono;

      interface TodoRepository {
        Mono<Todo> findById(String id);
        Flux<Todo> findAll();
        Mono<Todo> save(Todo todo);
        Mono<Void> deleteById(String id);
      }
      """;

  private static final String TODO = """
      package com.example.reactive;

      record Todo(String id, String title, boolean done) {}
      """;

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source("com.example.reactive.TodoRepository", REPOSITORY),
        source("com.example.reactive.Todo", TODO), source(qualifiedName, text));
  }

  @Test
  void reactiveCrudController() {
    assertThat(findingsOf("com.example.reactive.TodoController", """
        package com.example.reactive;

        import java.net.URI;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;
        import reactor.core.publisher.Flux;
        import reactor.core.publisher.Mono;

        @RestController
        @RequestMapping("/todos")
        class TodoController {
          private final TodoRepository repository;

          TodoController(TodoRepository repository) {
            this.repository = repository;
          }

          @GetMapping
          Flux<Todo> all() {
            return repository.findAll();
          }

          @GetMapping("/{id}")
          Mono<ResponseEntity<Todo>> one(@PathVariable String id) {
            return repository.findById(id)
                .map(ResponseEntity::ok)
                .defaultIfEmpty(ResponseEntity.notFound().build());
          }

          @PostMapping
          Mono<ResponseEntity<Todo>> create(@RequestBody Mono<Todo> todo) {
            return todo.flatMap(repository::save)
                .map(saved -> ResponseEntity.created(URI.create("/todos/" + saved.id())).body(saved));
          }

          @PutMapping("/{id}")
          Mono<ResponseEntity<Todo>> update(@PathVariable String id, @RequestBody Todo todo) {
            return repository.findById(id)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no todo " + id)))
                .flatMap(existing -> repository.save(new Todo(id, todo.title(), todo.done())))
                .map(ResponseEntity::ok);
          }

          @DeleteMapping("/{id}")
          @ResponseStatus(HttpStatus.NO_CONTENT)
          Mono<Void> delete(@PathVariable String id) {
            return repository.deleteById(id);
          }

          @DeleteMapping("/{id}/done")
          Mono<ResponseEntity<Void>> clear(@PathVariable String id) {
            return repository.deleteById(id).then(Mono.just(ResponseEntity.noContent().<Void>build()));
          }
        }
        """)).isEmpty();
  }

  /** The mistakes tutorials make with Mono: 201 without Location, 200 for an empty Mono. */
  @Test
  void reactiveMistakesAreFound() {
    assertThat(findingsOf("com.example.reactive.SloppyTodoController", """
        package com.example.reactive;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import reactor.core.publisher.Mono;

        @RestController
        class SloppyTodoController {
          private final TodoRepository repository;

          SloppyTodoController(TodoRepository repository) {
            this.repository = repository;
          }

          @PostMapping("/sloppy")
          Mono<ResponseEntity<Todo>> create(@RequestBody Todo todo) {
            return repository.save(todo).map(saved -> ResponseEntity.status(HttpStatus.CREATED).body(saved));
          }

          @PostMapping("/sloppy/plain")
          @ResponseStatus(HttpStatus.CREATED)
          Mono<Todo> createPlain(@RequestBody Todo todo) {
            return repository.save(todo);
          }

          @DeleteMapping("/sloppy/{id}")
          Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
            return repository.findById(id)
                .flatMap(found -> repository.deleteById(id).thenReturn(ResponseEntity.ok().<Void>build()))
                .defaultIfEmpty(ResponseEntity.notFound().build());
          }
        }
        """)).containsExactly(
            "ERROR SloppyTodoController.java:18 [created-location]",
            "ERROR SloppyTodoController.java:22 [created-location]");
  }

  /** A reactive handler that sets its headers on ServerHttpResponse can comply with its 201. */
  @Test
  void serverHttpResponseParameterCanSetLocation() {
    assertThat(findingsOf("com.example.reactive.ExchangeController", """
        package com.example.reactive;

        import java.net.URI;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.server.reactive.ServerHttpResponse;
        import org.springframework.web.bind.annotation.*;
        import reactor.core.publisher.Mono;

        @RestController
        class ExchangeController {
          private final TodoRepository repository;

          ExchangeController(TodoRepository repository) {
            this.repository = repository;
          }

          @PostMapping("/exchange")
          @ResponseStatus(HttpStatus.CREATED)
          Mono<Todo> create(@RequestBody Todo todo, ServerHttpResponse response) {
            return repository.save(todo)
                .doOnNext(saved -> response.getHeaders().setLocation(URI.create("/todos/" + saved.id())));
          }
        }
        """)).isEmpty();
  }
}
