package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spring MVC handlers written the way public projects write them. */
final class SpringMvcRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  /** A generated-style CRUD resource: opaque alert headers, pagination headers, wrapOrNotFound. */
  @Test
  void crudResourceWithAlertHeadersAndPagination() {
    assertThat(findingsOf("com.example.web.BookResource", """
        package com.example.web;

        import java.net.URI;
        import java.net.URISyntaxException;
        import java.util.List;
        import java.util.Objects;
        import java.util.Optional;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;
        import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

        final class HeaderUtil {
          static HttpHeaders createEntityCreationAlert(String app, String entity, String id) {
            HttpHeaders headers = new HttpHeaders();
            headers.add("X-" + app + "-alert", app + "." + entity + ".created");
            headers.add("X-" + app + "-params", id);
            return headers;
          }
          static HttpHeaders createEntityUpdateAlert(String app, String entity, String id) {
            return createEntityCreationAlert(app, entity, id);
          }
          static HttpHeaders createEntityDeletionAlert(String app, String entity, String id) {
            return createEntityCreationAlert(app, entity, id);
          }
        }

        final class ResponseUtil {
          static <X> ResponseEntity<X> wrapOrNotFound(Optional<X> maybe) {
            return wrapOrNotFound(maybe, null);
          }
          static <X> ResponseEntity<X> wrapOrNotFound(Optional<X> maybe, HttpHeaders headers) {
            return maybe.map(response -> ResponseEntity.ok().headers(headers).body(response))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
          }
        }

        final class PaginationUtil {
          static HttpHeaders generatePaginationHttpHeaders(ServletUriComponentsBuilder builder, List<?> page) {
            HttpHeaders headers = new HttpHeaders();
            headers.add("X-Total-Count", Integer.toString(page.size()));
            headers.add(HttpHeaders.LINK, builder.toUriString());
            return headers;
          }
        }

        class BadRequestAlertException extends ResponseStatusException {
          BadRequestAlertException(String message, String entity, String key) {
            super(HttpStatus.BAD_REQUEST, message);
          }
        }

        @RestController
        @RequestMapping("/api")
        public class BookResource {
          record BookDTO(Long id, String title) {}

          private static final String ENTITY_NAME = "book";
          private final String applicationName = "library";
          private final java.util.Map<Long, BookDTO> store = new java.util.HashMap<>();

          @PostMapping("/books")
          public ResponseEntity<BookDTO> createBook(@RequestBody BookDTO book) throws URISyntaxException {
            if (book.id() != null) {
              throw new BadRequestAlertException("A new book cannot already have an ID", ENTITY_NAME, "idexists");
            }
            BookDTO result = new BookDTO((long) store.size() + 1, book.title());
            store.put(result.id(), result);
            return ResponseEntity.created(new URI("/api/books/" + result.id()))
                .headers(HeaderUtil.createEntityCreationAlert(applicationName, ENTITY_NAME, result.id().toString()))
                .body(result);
          }

          @PutMapping("/books/{id}")
          public ResponseEntity<BookDTO> updateBook(@PathVariable(value = "id", required = false) final Long id,
              @RequestBody BookDTO book) {
            if (!Objects.equals(id, book.id())) {
              throw new BadRequestAlertException("Invalid ID", ENTITY_NAME, "idinvalid");
            }
            store.put(id, book);
            return ResponseEntity.ok()
                .headers(HeaderUtil.createEntityUpdateAlert(applicationName, ENTITY_NAME, book.id().toString()))
                .body(book);
          }

          @GetMapping("/books")
          public ResponseEntity<List<BookDTO>> getAllBooks() {
            List<BookDTO> page = List.copyOf(store.values());
            HttpHeaders headers = PaginationUtil.generatePaginationHttpHeaders(
                ServletUriComponentsBuilder.fromCurrentRequest(), page);
            return ResponseEntity.ok().headers(headers).body(page);
          }

          @GetMapping("/books/{id}")
          public ResponseEntity<BookDTO> getBook(@PathVariable Long id) {
            Optional<BookDTO> book = Optional.ofNullable(store.get(id));
            return ResponseUtil.wrapOrNotFound(book);
          }

          @DeleteMapping("/books/{id}")
          public ResponseEntity<Void> deleteBook(@PathVariable Long id) {
            store.remove(id);
            return ResponseEntity.noContent()
                .headers(HeaderUtil.createEntityDeletionAlert(applicationName, ENTITY_NAME, id.toString()))
                .build();
          }
        }
        """)).isEmpty();
  }

  /** The HATEOAS tutorial's shapes, with the tutorial's one real mistake: 405 without Allow. */
  @Test
  void hypermediaTutorialController() {
    assertThat(findingsOf("com.example.orders.OrderController", """
        package com.example.orders;

        import java.net.URI;
        import java.util.HashMap;
        import java.util.Map;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

        @RestController
        class OrderController {
          enum Status { IN_PROGRESS, COMPLETED, CANCELLED }
          static final class Order {
            Long id; Status status = Status.IN_PROGRESS;
          }
          record Model<T>(T content, URI self) {
            URI getRequiredLink(String rel) { return self; }
          }
          record Problem(String title, String detail) {}

          private final Map<Long, Order> orders = new HashMap<>();

          private Model<Order> toModel(Order order) {
            return new Model<>(order, ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/orders/{id}").buildAndExpand(order.id).toUri());
          }

          @PostMapping("/orders")
          ResponseEntity<Model<Order>> newOrder(@RequestBody Order order) {
            order.id = (long) orders.size() + 1;
            orders.put(order.id, order);
            Model<Order> model = toModel(order);
            return ResponseEntity.created(model.getRequiredLink("self")).body(model);
          }

          @DeleteMapping("/orders/{id}/cancel")
          ResponseEntity<?> cancel(@PathVariable Long id) {
            Order order = orders.get(id);
            if (order.status == Status.IN_PROGRESS) {
              order.status = Status.CANCELLED;
              return ResponseEntity.ok(toModel(order));
            }
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .body(new Problem("Method not allowed", "You can't cancel an order that is " + order.status));
          }

          @PutMapping("/orders/{id}/complete")
          ResponseEntity<?> complete(@PathVariable Long id) {
            Order order = orders.get(id);
            if (order.status == Status.IN_PROGRESS) {
              order.status = Status.COMPLETED;
              return ResponseEntity.ok(toModel(order));
            }
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .allow(org.springframework.http.HttpMethod.GET)
                .body(new Problem("Method not allowed", "already " + order.status));
          }
        }
        """)).containsExactly("ERROR OrderController.java:47 [allow-required]");
  }

  /** The pet clinic REST API: a HttpHeaders local for Location, and 204 with a body on update. */
  @Test
  void petClinicStyleConstructorResponses() {
    assertThat(findingsOf("com.example.clinic.OwnerRestController", """
        package com.example.clinic;

        import java.util.Collection;
        import java.util.HashMap;
        import java.util.Map;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.util.UriComponentsBuilder;

        @RestController
        @CrossOrigin(exposedHeaders = "errors, content-type")
        @RequestMapping("/api/owners")
        public class OwnerRestController {
          static final class OwnerDto { Integer id; String lastName; }
          private final Map<Integer, OwnerDto> owners = new HashMap<>();

          @GetMapping(produces = "application/json")
          public ResponseEntity<Collection<OwnerDto>> listOwners() {
            Collection<OwnerDto> all = owners.values();
            if (all.isEmpty()) {
              return new ResponseEntity<>(HttpStatus.NOT_FOUND);
            }
            return new ResponseEntity<>(all, HttpStatus.OK);
          }

          @PostMapping(produces = "application/json")
          public ResponseEntity<OwnerDto> addOwner(@RequestBody OwnerDto owner) {
            HttpHeaders headers = new HttpHeaders();
            owner.id = owners.size() + 1;
            owners.put(owner.id, owner);
            headers.setLocation(UriComponentsBuilder.newInstance()
                .path("/api/owners/{id}").buildAndExpand(owner.id).toUri());
            return new ResponseEntity<>(owner, headers, HttpStatus.CREATED);
          }

          @PutMapping(value = "/{ownerId}", produces = "application/json")
          public ResponseEntity<OwnerDto> updateOwner(@PathVariable int ownerId, @RequestBody OwnerDto dto) {
            OwnerDto current = owners.get(ownerId);
            if (current == null) {
              return new ResponseEntity<>(HttpStatus.NOT_FOUND);
            }
            current.lastName = dto.lastName;
            return new ResponseEntity<>(current, HttpStatus.NO_CONTENT);
          }

          @DeleteMapping(value = "/{ownerId}", produces = "application/json")
          public ResponseEntity<Void> deleteOwner(@PathVariable int ownerId) {
            if (owners.remove(ownerId) == null) {
              return new ResponseEntity<>(HttpStatus.NOT_FOUND);
            }
            return new ResponseEntity<>(HttpStatus.NO_CONTENT);
          }
        }
        """)).containsExactly("ERROR OwnerRestController.java:45 [body-forbidden]");
  }
}
