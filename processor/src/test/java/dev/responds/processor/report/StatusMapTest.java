package dev.responds.processor.report;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.responds.processor.Compiler.compile;
import static dev.responds.processor.Compiler.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Aresponds.statuses=<file>}: the status map of every endpoint, as docs/status-map.md describes it. */
final class StatusMapTest {
  private static final Path SCHEMA = Path.of("..", "docs", "status-map.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JavaFileObject> service() {
    return List.of(source("com.example.orders.OrderController", """
        package com.example.orders;

        import dev.responds.Responds;
        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import java.net.URI;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/orders")
        class OrderController {
          record Order(String id) {}

          @PostMapping
          @Responds(201)
          @Responds(409)
          @ApiResponse(responseCode = "201", description = "Created")
          @ApiResponse(responseCode = "4XX", description = "Rejected")
          ResponseEntity<Order> create(@RequestBody Order order) {
            if (order.id() == null) {
              return ResponseEntity.status(HttpStatus.CONFLICT).body(order);
            }
            return ResponseEntity.created(URI.create("/orders/" + order.id())).body(order);
          }

          @GetMapping("/{id}")
          Order get(@PathVariable String id, @RequestParam java.util.List<String> fields) {
            return new Order(id);
          }

          @PutMapping("/{id}")
          ResponseEntity<Order> replace(@PathVariable String id, @RequestParam int status) {
            return ResponseEntity.status(status).build();
          }
        }
        """), source("com.example.orders.ApiKeyFilter", """
        package com.example.orders;

        import jakarta.servlet.Filter;
        import jakarta.servlet.FilterChain;
        import jakarta.servlet.ServletException;
        import jakarta.servlet.ServletRequest;
        import jakarta.servlet.ServletResponse;
        import jakarta.servlet.http.HttpServletRequest;
        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;

        final class ApiKeyFilter implements Filter {
          @Override
          public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
              throws IOException, ServletException {
            if (((HttpServletRequest) request).getHeader("X-Api-Key") == null) {
              ((HttpServletResponse) response).setHeader("WWW-Authenticate", "ApiKey");
              ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
              return;
            }
            chain.doFilter(request, response);
          }
        }
        """), source("org.acme.BookResource", """
        package org.acme;

        import jakarta.ws.rs.*;
        import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

        @Path("/books")
        public class BookResource {
          @DELETE
          @Path("/{id}")
          @APIResponse(responseCode = "204", description = "Deleted")
          public void delete(@PathParam("id") String id) {
            if (id.isBlank()) {
              throw new NotFoundException();
            }
          }
        }
        """));
  }

  private static JsonNode statusMap(Path file) throws IOException {
    Compilation compilation = compile(List.of("-Aresponds.statuses=" + file),
        service().toArray(JavaFileObject[]::new));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    return JSON.readTree(file.toFile());
  }

  @Test
  void everyEndpointIsListedWithWhatItDeclaresDocumentsAndAnswers(@TempDir Path directory)
      throws IOException {
    JsonNode map = statusMap(directory.resolve("build/responds-statuses.json"));

    assertThat(map.get("format").asText()).isEqualTo("responds-status-map");
    assertThat(map.get("version").asInt()).isEqualTo(1);
    List<String> endpoints = new ArrayList<>();
    for (JsonNode endpoint : map.get("endpoints")) {
      endpoints.add(endpoint.get("class").asText() + "." + endpoint.get("method").asText()
          + " " + endpoint.get("role").asText());
    }
    assertThat(endpoints).containsExactly(
        "com.example.orders.ApiKeyFilter.doFilter(jakarta.servlet.ServletRequest,"
            + "jakarta.servlet.ServletResponse,jakarta.servlet.FilterChain) filter",
        "com.example.orders.OrderController.create(com.example.orders.OrderController.Order) endpoint",
        "com.example.orders.OrderController.get(java.lang.String,java.util.List) endpoint",
        "com.example.orders.OrderController.replace(java.lang.String,int) endpoint",
        "org.acme.BookResource.delete(java.lang.String) endpoint").inOrder();

    assertThat(JSON.writeValueAsString(map.get("endpoints").get(1))).isEqualTo(JSON.writeValueAsString(
        JSON.readTree("""
            {"class": "com.example.orders.OrderController",
             "method": "create(com.example.orders.OrderController.Order)",
             "framework": "spring", "role": "endpoint",
             "httpMethods": ["POST"], "paths": ["/orders"],
             "declared": [201, 409], "documented": ["201", "4XX"],
             "answered": [
               {"status": 201, "source": "built", "body": "present", "headers": ["location"],
                "headersComplete": true, "file": "com/example/orders/OrderController.java",
                "line": 24, "column": 12},
               {"status": 409, "source": "built", "body": "present", "headers": [],
                "headersComplete": true, "file": "com/example/orders/OrderController.java",
                "line": 22, "column": 14}],
             "unknown": false}
            """)));

    JsonNode get = map.get("endpoints").get(2);
    assertThat(get.get("documented").size()).isEqualTo(0);
    assertThat(get.get("answered").get(0).get("source").asText()).isEqualTo("implicit");
    assertThat(get.get("answered").get(0).get("status").asInt()).isEqualTo(200);
    assertThat(get.get("unknown").asBoolean()).isFalse();
    JsonNode replace = map.get("endpoints").get(3);
    assertThat(replace.get("answered").size()).isEqualTo(0);
    assertThat(replace.get("unknown").asBoolean()).isTrue();

    JsonNode filter = map.get("endpoints").get(0);
    assertThat(filter.get("paths").size()).isEqualTo(0);
    JsonNode unauthorized = filter.get("answered").get(0);
    assertThat(unauthorized.get("status").asInt()).isEqualTo(401);
    assertThat(unauthorized.get("source").asText()).isEqualTo("written");
    assertThat(unauthorized.get("headers").get(0).asText()).isEqualTo("www-authenticate");

    JsonNode delete = map.get("endpoints").get(4);
    assertThat(delete.get("framework").asText()).isEqualTo("jakarta-rs");
    assertThat(delete.get("documented").get(0).asText()).isEqualTo("204");
    List<Integer> statuses = new ArrayList<>();
    delete.get("answered").forEach(answer -> statuses.add(answer.get("status").asInt()));
    assertThat(statuses).containsExactly(204, 404).inOrder();
  }

  @Test
  void theSameCodeGivesTheSameFile(@TempDir Path directory) throws IOException {
    Path first = directory.resolve("first.json");
    Path second = directory.resolve("second.json");
    statusMap(first);
    statusMap(second);
    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
  }

  @Test
  void theFileFollowsItsPublishedSchema(@TempDir Path directory) throws IOException {
    JsonNode schema = JSON.readTree(SCHEMA.toFile());
    JsonNode map = statusMap(directory.resolve("statuses.json"));
    conforms(map, schema, schema, "$");
  }

  @Test
  void theReadmeExampleIsAValidStatusMap() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```json\n{\n  \"format\": \"responds-status-map\"");
    assertWithMessage("a status map example in the README").that(start).isAtLeast(0);
    String example = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start + 7));
    JsonNode schema = JSON.readTree(SCHEMA.toFile());
    conforms(JSON.readTree(example), schema, schema, "README");
  }

  /**
   * Checks {@code value} against the part of JSON Schema the status map's schema uses: {@code
   * $ref}, {@code type}, {@code const}, {@code enum}, {@code pattern}, {@code required}, {@code
   * properties}, {@code additionalProperties: false} and {@code items}.
   */
  private static void conforms(JsonNode value, JsonNode schema, JsonNode root, String where) {
    if (schema.has("$ref")) {
      String[] pointer = schema.get("$ref").asText().substring(2).split("/");
      JsonNode target = root;
      for (String part : pointer) {
        target = target.get(part);
      }
      conforms(value, target, root, where);
      return;
    }
    if (schema.has("const")) {
      assertWithMessage(where).that(value).isEqualTo(schema.get("const"));
    }
    if (schema.has("enum")) {
      List<JsonNode> allowed = new ArrayList<>();
      schema.get("enum").forEach(allowed::add);
      assertWithMessage(where).that(allowed).contains(value);
    }
    if (schema.has("pattern")) {
      assertWithMessage(where).that(value.asText()).matches(schema.get("pattern").asText());
    }
    if (schema.has("type")) {
      String type = schema.get("type").asText();
      boolean matches = switch (type) {
        case "object" -> value.isObject();
        case "array" -> value.isArray();
        case "string" -> value.isTextual();
        case "integer" -> value.isIntegralNumber();
        case "boolean" -> value.isBoolean();
        default -> false;
      };
      assertWithMessage(where + " is a " + type).that(matches).isTrue();
    }
    if (value.isObject()) {
      for (JsonNode name : schema.path("required")) {
        assertWithMessage(where + " has " + name.asText()).that(value.has(name.asText())).isTrue();
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode property = schema.path("properties").get(field.getKey());
        if (property == null) {
          assertWithMessage(where + " allows " + field.getKey())
              .that(schema.path("additionalProperties").asBoolean(true)).isTrue();
        } else {
          conforms(field.getValue(), property, root, where + "." + field.getKey());
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        conforms(value.get(i), schema.get("items"), root, where + "[" + i + "]");
      }
    }
  }
}
