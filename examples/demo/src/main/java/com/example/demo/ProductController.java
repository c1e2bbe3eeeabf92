package com.example.demo;

import static dev.responds.Status.CREATED;
import static dev.responds.Status.NOT_FOUND;
import static dev.responds.Status.OK;

import dev.responds.Responds;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

/** A small product catalogue with the mistakes real services make. */
@RestController
@RequestMapping("/products")
public class ProductController {
  private final Map<Long, Product> products = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile boolean reindexing;

  public ProductController() {
    products.put(1L, new Product(1, "Espresso cup", new BigDecimal("9.50")));
  }

  /** Written with the generated helper: it can only answer 200 with a body or 404. */
  @GetMapping("/{id}")
  @Responds(OK)
  @Responds(NOT_FOUND)
  public ResponseEntity<Product> get(@PathVariable("id") long id) {
    Product product = products.get(id);
    return product == null
        ? ProductControllerResponses.getNotFound()
        : ProductControllerResponses.getOk(product);
  }

  @PostMapping
  @Responds(CREATED)
  public ResponseEntity<Product> create(@RequestBody Product product) {
    Product saved = new Product(ids.incrementAndGet() + 1, product.name(), product.price());
    products.put(saved.id(), saved);
    return ResponseEntity.status(HttpStatus.CREATED).body(saved);
  }

  @DeleteMapping("/{id}")
  public ResponseEntity<Product> delete(@PathVariable("id") long id) {
    return ResponseEntity.status(HttpStatus.NO_CONTENT).body(products.remove(id));
  }

  @PostMapping("/{id}/archive")
  public void archive(@PathVariable("id") long id) {
    products.remove(id);
  }

  @GetMapping("/export")
  public ResponseEntity<String> export() {
    if (reindexing) {
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
    }
    return ResponseEntity.ok(products.values().toString());
  }

  @GetMapping("/stats")
  public Map<String, Integer> stats(@RequestHeader(value = "X-Api-Key", required = false) String key) {
    if (key == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "an API key is required");
    }
    return Map.of("products", products.size());
  }
}
