package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spring's functional endpoints: handler functions that return a {@code ServerResponse} (or a
 * {@code Mono} of one), and the lambdas of router definitions. What they build is judged like a
 * {@code ResponseEntity}; their HTTP methods are not known, so no method-based rule fires.
 */
final class FunctionalEndpointsRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  /** An order service's WebFlux handler functions. */
  @Test
  void webFluxHandlerFunctions() {
    assertThat(findingsOf("com.example.orders.OrderHandler", """
        package com.example.orders;

        import java.net.URI;
        import java.util.Map;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.MediaType;
        import org.springframework.stereotype.Component;
        import org.springframework.web.reactive.function.server.ServerRequest;
        import org.springframework.web.reactive.function.server.ServerResponse;
        import reactor.core.publisher.Flux;
        import reactor.core.publisher.Mono;

        @Component
        class OrderHandler {
          record Order(String id, String item) {}

          interface Orders {
            Mono<Order> save(Order order);

            Mono<Order> find(String id);

            Flux<Order> all();
          }

          private final Orders orders;
          private volatile boolean throttled;

          OrderHandler(Orders orders) {
            this.orders = orders;
          }

          Mono<ServerResponse> create(ServerRequest request) {
            return request.bodyToMono(Order.class).flatMap(orders::save)
                .flatMap(saved -> ServerResponse.status(HttpStatus.CREATED).bodyValue(saved));
          }

          Mono<ServerResponse> createWithLocation(ServerRequest request) {
            return request.bodyToMono(Order.class).flatMap(orders::save)
                .flatMap(saved -> ServerResponse.created(URI.create("/orders/" + saved.id()))
                    .bodyValue(saved));
          }

          Mono<ServerResponse> get(ServerRequest request) {
            return orders.find(request.pathVariable("id"))
                .flatMap(order -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(order))
                .switchIfEmpty(ServerResponse.notFound().build());
          }

          Mono<ServerResponse> list(ServerRequest request) {
            if (throttled) {
              return ServerResponse.status(429).build();
            }
            return ServerResponse.ok().body(orders.all(), Order.class);
          }

          Mono<ServerResponse> listPolitely(ServerRequest request) {
            if (throttled) {
              return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                  .header(HttpHeaders.RETRY_AFTER, "30").build();
            }
            return ServerResponse.ok().body(orders.all(), Order.class);
          }

          Mono<ServerResponse> delete(ServerRequest request) {
            String id = request.pathVariable("id");
            return ServerResponse.status(HttpStatus.NO_CONTENT).bodyValue(Map.of("deleted", id));
          }

          Mono<ServerResponse> whoAmI(ServerRequest request) {
            return request.principal()
                .flatMap(user -> ServerResponse.ok().bodyValue(user.getName()))
                .switchIfEmpty(ServerResponse.status(HttpStatus.UNAUTHORIZED).build());
          }

          Mono<ServerResponse> replace(ServerRequest request) {
            ServerResponse.BodyBuilder builder = ServerResponse.status(HttpStatus.CREATED);
            builder.location(URI.create("/orders/" + request.pathVariable("id")));
            return builder.build();
          }

          Mono<ServerResponse> forward(ServerRequest request, int status) {
            return ServerResponse.status(status).build();
          }

          Mono<ServerResponse> ping(ServerRequest request) {
            return ServerResponse.ok().build();
          }
        }
        """)).containsExactly(
            "ERROR OrderHandler.java:35 [created-location]",
            "WARNING OrderHandler.java:52 [retry-after]",
            "ERROR OrderHandler.java:67 [body-forbidden]",
            "ERROR OrderHandler.java:73 [challenge-required]");
  }

  /** The lambdas of a router definition are handler functions too; so is a filter that answers. */
  @Test
  void routerDefinitionLambdas() {
    assertThat(findingsOf("com.example.orders.OrderRoutes", """
        package com.example.orders;

        import static org.springframework.web.reactive.function.server.RouterFunctions.route;

        import java.net.URI;
        import org.springframework.context.annotation.Bean;
        import org.springframework.context.annotation.Configuration;
        import org.springframework.http.HttpStatus;
        import org.springframework.web.reactive.function.server.RouterFunction;
        import org.springframework.web.reactive.function.server.ServerResponse;

        @Configuration
        class OrderRoutes {
          @Bean
          RouterFunction<ServerResponse> orderRoutes() {
            return route()
                .GET("/orders/{id}", request -> ServerResponse.ok().bodyValue(request.pathVariable("id")))
                .POST("/orders", request -> ServerResponse.status(HttpStatus.CREATED).build())
                .POST("/carts", request -> ServerResponse.created(URI.create("/carts/1")).build())
                .PUT("/orders/{id}", request -> ServerResponse.noContent().build())
                .DELETE("/orders/{id}", request -> {
                  if (request.pathVariable("id").startsWith("locked-")) {
                    return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
                  }
                  return ServerResponse.noContent().build();
                })
                .filter((request, next) -> request.headers().firstHeader("X-Api-Key") == null
                    ? ServerResponse.status(HttpStatus.UNAUTHORIZED).build()
                    : next.handle(request))
                .build();
          }
        }
        """)).containsExactly(
            "ERROR OrderRoutes.java:18 [created-location]",
            "ERROR OrderRoutes.java:23 [challenge-required]",
            "ERROR OrderRoutes.java:28 [challenge-required]");
  }

  /** WebMvc.fn, the servlet flavour: the same builders, bodies given directly. */
  @Test
  void webMvcFunctionalEndpoints() {
    assertThat(findingsOf("com.example.books.BookRoutes", """
        package com.example.books;

        import java.net.URI;
        import org.springframework.context.annotation.Bean;
        import org.springframework.web.servlet.function.RouterFunction;
        import org.springframework.web.servlet.function.RouterFunctions;
        import org.springframework.web.servlet.function.ServerRequest;
        import org.springframework.web.servlet.function.ServerResponse;

        class BookRoutes {
          record Book(String isbn, String title) {}

          @Bean
          RouterFunction<ServerResponse> bookRoutes() {
            return RouterFunctions.route()
                .POST("/books", request -> ServerResponse.status(201).body(request.body(Book.class)))
                .POST("/shelves", this::createShelf)
                .build();
          }

          ServerResponse createShelf(ServerRequest request) throws Exception {
            Book book = request.body(Book.class);
            return ServerResponse.created(URI.create("/shelves/" + book.isbn())).body(book);
          }

          ServerResponse archive(ServerRequest request) {
            return ServerResponse.status(204).body("archived");
          }
        }
        """)).containsExactly(
            "ERROR BookRoutes.java:16 [created-location]",
            "ERROR BookRoutes.java:27 [body-forbidden]");
  }
}
