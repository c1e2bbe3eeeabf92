package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Controller advice, ProblemDetail, ErrorResponse and @ResponseStatus exceptions. */
final class SpringErrorHandlingRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @Test
  void restControllerAdviceExtendingResponseEntityExceptionHandler() {
    assertThat(findingsOf("com.example.errors.ApiExceptionHandler", """
        package com.example.errors;

        import java.net.URI;
        import java.util.Map;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.HttpStatusCode;
        import org.springframework.http.ProblemDetail;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.ErrorResponse;
        import org.springframework.web.bind.MethodArgumentNotValidException;
        import org.springframework.web.bind.annotation.ExceptionHandler;
        import org.springframework.web.bind.annotation.ResponseStatus;
        import org.springframework.web.bind.annotation.RestControllerAdvice;
        import org.springframework.web.context.request.WebRequest;
        import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

        class EntityNotFoundException extends RuntimeException {
          EntityNotFoundException(String message) { super(message); }
        }

        class ConcurrencyFailure extends RuntimeException {}

        @RestControllerAdvice
        class ApiExceptionHandler extends ResponseEntityExceptionHandler {

          @ExceptionHandler(EntityNotFoundException.class)
          ProblemDetail notFound(EntityNotFoundException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
            problem.setType(URI.create("https://example.com/problems/not-found"));
            problem.setProperty("entity", "book");
            return problem;
          }

          @ExceptionHandler(ConcurrencyFailure.class)
          ResponseEntity<ProblemDetail> conflict(ConcurrencyFailure e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "modified concurrently"));
          }

          @ExceptionHandler(IllegalStateException.class)
          ErrorResponse illegalState(IllegalStateException e) {
            return ErrorResponse.create(e, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
          }

          @ExceptionHandler(IllegalArgumentException.class)
          @ResponseStatus(HttpStatus.BAD_REQUEST)
          Map<String, String> badArgument(IllegalArgumentException e) {
            return Map.of("error", e.getMessage());
          }

          @ExceptionHandler(UnsupportedOperationException.class)
          ResponseEntity<Object> unsupported(UnsupportedOperationException e, WebRequest request) {
            ProblemDetail body = createProblemDetail(e, HttpStatus.NOT_IMPLEMENTED, e.getMessage(), null, null, request);
            return handleExceptionInternal(e, body, new HttpHeaders(), HttpStatus.NOT_IMPLEMENTED, request);
          }

          @Override
          protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
              HttpHeaders headers, HttpStatusCode status, WebRequest request) {
            ProblemDetail problem = ex.getBody();
            problem.setProperty("errors", ex.getBindingResult().getFieldErrors().size());
            return ResponseEntity.of(problem).headers(headers).build();
          }
        }
        """)).isEmpty();
  }

  @Test
  void responseStatusExceptionsThrownFromControllers() {
    assertThat(findingsOf("com.example.shop.ProductController", """
        package com.example.shop;

        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import org.springframework.http.HttpStatus;
        import org.springframework.web.ErrorResponseException;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @ResponseStatus(HttpStatus.NOT_FOUND)
        class ProductNotFoundException extends RuntimeException {
          ProductNotFoundException(String id) { super("no product " + id); }
        }

        @ResponseStatus(code = HttpStatus.CONFLICT, reason = "already exists")
        class DuplicateProductException extends RuntimeException {}

        class OutOfStockException extends ErrorResponseException {
          OutOfStockException() { super(HttpStatus.UNPROCESSABLE_ENTITY); }
        }

        class ProductGoneException extends ResponseStatusException {
          ProductGoneException(String id) { super(HttpStatus.GONE, "product " + id + " was withdrawn"); }
        }

        @RestController
        @RequestMapping("/products")
        class ProductController {
          record Product(String id, int stock) {}
          private final Map<String, Product> products = new ConcurrentHashMap<>();

          @GetMapping("/{id}")
          Product one(@PathVariable String id) {
            Product product = products.get(id);
            if (product == null) {
              throw new ProductNotFoundException(id);
            }
            return product;
          }

          @PutMapping("/{id}")
          @ResponseStatus(HttpStatus.CREATED)
          Product put(@PathVariable String id, @RequestBody Product product) {
            if (products.putIfAbsent(id, product) != null) {
              throw new DuplicateProductException();
            }
            return product;
          }

          @PostMapping("/{id}/orders")
          @ResponseStatus(HttpStatus.ACCEPTED)
          Map<String, String> order(@PathVariable String id) {
            Product product = java.util.Optional.ofNullable(products.get(id))
                .orElseThrow(() -> new ProductGoneException(id));
            if (product.stock() == 0) {
              throw new OutOfStockException();
            }
            return Map.of("status", "/orders/1");
          }
        }
        """)).isEmpty();
  }

  /** A registration endpoint that answers 201 but cannot say where: the generated account resource does this. */
  @Test
  void createdFromAVoidRegistrationEndpointIsFound() {
    assertThat(findingsOf("com.example.account.AccountResource", """
        package com.example.account;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/api")
        public class AccountResource {
          record ManagedUser(String login, String password) {}

          @PostMapping("/register")
          @ResponseStatus(HttpStatus.CREATED)
          public void registerAccount(@RequestBody ManagedUser user) {
            if (user.password().length() < 4) {
              throw new IllegalArgumentException("password too short");
            }
          }

          @GetMapping("/activate")
          public void activateAccount(@RequestParam("key") String key) {
          }

          @GetMapping("/authenticate")
          public String isAuthenticated(@RequestHeader(value = "Authorization", required = false) String auth) {
            return auth == null ? "" : "user";
          }
        }
        """)).containsExactly(
            "ERROR AccountResource.java:12 [created-location]",
            "WARNING AccountResource.java:20 [ok-without-body]");
  }
}
