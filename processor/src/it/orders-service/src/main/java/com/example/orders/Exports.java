package com.example.orders;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/** Added after the baseline: its redirect has no Location, which the baseline does not cover. */
@RestController
public class Exports {

  @GetMapping("/orders/{id}/export")
  public ResponseEntity<Void> export(@PathVariable("id") String id) {
    return ResponseEntity.status(HttpStatus.FOUND).build();
  }
}
