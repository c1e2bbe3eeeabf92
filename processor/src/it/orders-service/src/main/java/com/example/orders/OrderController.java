package com.example.orders;

import static dev.responds.Status.NOT_FOUND;
import static dev.responds.Status.OK;

import dev.responds.Responds;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/orders")
public class OrderController {
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private volatile boolean importing;

  @GetMapping("/{id}")
  @Responds(OK)
  @Responds(NOT_FOUND)
  public ResponseEntity<Order> get(@PathVariable("id") String id) {
    Order order = orders.get(id);
    return order == null ? OrderControllerResponses.getNotFound() : OrderControllerResponses.getOk(order);
  }

  @PostMapping
  public ResponseEntity<Order> place(@RequestBody Order order) {
    if (importing) {
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
    }
    orders.put(order.id(), order);
    return ResponseEntity.status(HttpStatus.CREATED).body(order);
  }
}
