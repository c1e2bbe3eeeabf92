package dev.responds.processor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the code the benchmark compiles: for each controller, a DTO, a request record and a plain
 * service class beside it, in packages of 50 controllers. Every fourth controller is a JAX-RS
 * resource; the even ones declare {@code @Responds} on every handler (and so get a helper).
 */
final class SyntheticSources {
  private static final int CONTROLLERS_PER_PACKAGE = 50;

  private SyntheticSources() {}

  /** {@code controllers} controllers with their DTOs and services, under {@code directory}. */
  static List<Path> application(Path directory, int controllers) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < controllers; i++) {
      String packageName = "bench.module" + i / CONTROLLERS_PER_PACKAGE;
      Path packageDirectory = Files.createDirectories(directory.resolve(packageName.replace('.', '/')));
      String entity = "Order" + i;
      boolean responds = i % 2 == 0;
      String controller = i % 4 == 1 ? jaxRsResource(packageName, entity, responds)
          : springController(packageName, entity, responds);
      files.add(write(packageDirectory, entity + (i % 4 == 1 ? "Resource" : "Controller"), controller));
      files.add(write(packageDirectory, entity, dto(packageName, entity)));
      files.add(write(packageDirectory, entity + "Request", request(packageName, entity)));
      files.add(write(packageDirectory, entity + "Service", service(packageName, entity)));
    }
    return files;
  }

  /** One Spring controller with {@code handlers} handlers, each declaring {@code @Responds}. */
  static List<Path> oneClass(Path directory, int handlers) throws IOException {
    Path packageDirectory = Files.createDirectories(directory.resolve("bench/big"));
    StringBuilder source = new StringBuilder("""
        package bench.big;

        import dev.responds.Responds;
        import java.net.URI;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        @RequestMapping("/catalog")
        public class Catalog {
        """);
    for (int i = 0; i < handlers; i++) {
      String handler = switch (i % 3) {
        case 0 -> """

              @GetMapping("/items%1$d/{id}")
              @Responds(200) @Responds(404)
              public ResponseEntity<String> item%1$d(@PathVariable String id) {
                if (id.isBlank()) {
                  return ResponseEntity.notFound().build();
                }
                return ResponseEntity.ok(id + %1$d);
              }
            """;
        case 1 -> """

              @PostMapping("/items%1$d")
              @Responds(201) @Responds(409)
              public ResponseEntity<String> create%1$d(@RequestBody String body) {
                if (body.length() > %1$d) {
                  throw new ResponseStatusException(HttpStatus.CONFLICT, "exists");
                }
                return ResponseEntity.created(URI.create("/catalog/items%1$d/" + body)).body(body);
              }
            """;
        default -> """

              @DeleteMapping("/items%1$d/{id}")
              @ResponseStatus(HttpStatus.NO_CONTENT)
              @Responds(204)
              public void remove%1$d(@PathVariable String id) {
                if (id.isBlank()) {
                  throw new IllegalArgumentException("no id");
                }
              }
            """;
      };
      source.append(handler.formatted(i));
    }
    source.append("}\n");
    return List.of(write(packageDirectory, "Catalog", source.toString()));
  }

  /** Whether a source file declares {@code @Responds}, and so gets a helper. */
  static boolean declaresResponds(Path file) {
    try {
      return Files.readString(file).contains("@Responds(");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of the files, all counted. */
  static long lines(List<Path> files) {
    long lines = 0;
    for (Path file : files) {
      try {
        lines += Files.readAllLines(file).size();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }

  private static Path write(Path directory, String name, String source) throws IOException {
    Path file = directory.resolve(name + ".java");
    Files.writeString(file, source);
    return file;
  }

  private static String springController(String packageName, String entity, boolean responds) {
    return """
        package %1$s;

        import dev.responds.Responds;
        import java.net.URI;
        import java.util.List;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        @RequestMapping("/%3$s")
        public class %2$sController {
          private final %2$sService service;

          public %2$sController(%2$sService service) {
            this.service = service;
          }

          @GetMapping%4$s
          public List<%2$s> list(@RequestParam(defaultValue = "0") int page) {
            return service.page(page, 20);
          }

          @GetMapping("/{id}")%5$s
          public ResponseEntity<%2$s> get(@PathVariable long id) {
            return service.find(id)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
          }

          @PostMapping%6$s
          public ResponseEntity<%2$s> create(@RequestBody %2$sRequest request) {
            if (service.exists(request.reference())) {
              return ResponseEntity.status(HttpStatus.CONFLICT).build();
            }
            %2$s created = service.create(request);
            return ResponseEntity.created(URI.create("/%3$s/" + created.id())).body(created);
          }

          @PutMapping("/{id}")%7$s
          public ResponseEntity<%2$s> update(@PathVariable long id, @RequestBody %2$sRequest request) {
            %2$s current = service.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no %3$s " + id));
            if (!request.valid()) {
              return badRequest();
            }
            return ResponseEntity.ok(service.update(current, request));
          }

          @DeleteMapping("/{id}")
          @ResponseStatus(HttpStatus.NO_CONTENT)%8$s
          public void delete(@PathVariable long id) {
            service.delete(id);
          }

          @ExceptionHandler(IllegalStateException.class)%9$s
          public ResponseEntity<String> conflict(IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
          }

          private ResponseEntity<%2$s> badRequest() {
            return ResponseEntity.badRequest().build();
          }
        }
        """.formatted(packageName, entity, entity.toLowerCase(java.util.Locale.ROOT),
            responds ? " @Responds(200)" : "",
            responds ? "\n  @Responds(200) @Responds(404)" : "",
            responds ? "\n  @Responds(201) @Responds(409)" : "",
            responds ? "\n  @Responds(200) @Responds(400) @Responds(404)" : "",
            responds ? "\n  @Responds(204)" : "",
            responds ? "\n  @Responds(409)" : "");
  }

  private static String jaxRsResource(String packageName, String entity, boolean responds) {
    return """
        package %1$s;

        import dev.responds.Responds;
        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.MediaType;
        import jakarta.ws.rs.core.Response;
        import java.net.URI;
        import java.util.List;

        @Path("/%3$s")
        @Produces(MediaType.APPLICATION_JSON)
        public class %2$sResource {
          private final %2$sService service = new %2$sService();

          @GET%4$s
          public List<%2$s> list(@QueryParam("page") int page) {
            return service.page(page, 20);
          }

          @GET
          @Path("/{id}")%5$s
          public Response get(@PathParam("id") long id) {
            return service.find(id)
                .map(found -> Response.ok(found).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
          }

          @POST
          @Consumes(MediaType.APPLICATION_JSON)%6$s
          public Response create(%2$sRequest request) {
            if (!request.valid()) {
              throw new BadRequestException("invalid %3$s");
            }
            %2$s created = service.create(request);
            return Response.created(URI.create("/%3$s/" + created.id())).entity(created).build();
          }

          @DELETE
          @Path("/{id}")%7$s
          public Response delete(@PathParam("id") long id) {
            service.delete(id);
            return Response.noContent().build();
          }
        }
        """.formatted(packageName, entity, entity.toLowerCase(java.util.Locale.ROOT),
            responds ? " @Responds(200)" : "",
            responds ? "\n  @Responds(200) @Responds(404)" : "",
            responds ? "\n  @Responds(201) @Responds(400)" : "",
            responds ? "\n  @Responds(204)" : "");
  }

  private static String dto(String packageName, String entity) {
    return """
        package %1$s;

        import java.time.Instant;
        import java.util.List;

        public record %2$s(long id, String reference, String customer, List<String> lines,
            long totalCents, Instant updated) {
          public %2$s {
            lines = List.copyOf(lines);
          }

          public boolean isEmpty() {
            return lines.isEmpty();
          }
        }
        """.formatted(packageName, entity);
  }

  private static String request(String packageName, String entity) {
    return """
        package %1$s;

        import java.util.List;

        public record %2$sRequest(String reference, String customer, List<String> lines) {
          public boolean valid() {
            return reference != null && !reference.isBlank() && lines != null && !lines.isEmpty();
          }
        }
        """.formatted(packageName, entity);
  }

  private static String service(String packageName, String entity) {
    return """
        package %1$s;

        import java.time.Instant;
        import java.util.ArrayList;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.concurrent.ConcurrentHashMap;
        import java.util.concurrent.atomic.AtomicLong;

        public class %2$sService {
          private final Map<Long, %2$s> store = new ConcurrentHashMap<>();
          private final AtomicLong ids = new AtomicLong();

          public List<%2$s> page(int page, int size) {
            List<%2$s> all = new ArrayList<>(store.values());
            all.sort((a, b) -> Long.compare(a.id(), b.id()));
            int from = Math.min(page * size, all.size());
            return all.subList(from, Math.min(from + size, all.size()));
          }

          public Optional<%2$s> find(long id) {
            return Optional.ofNullable(store.get(id));
          }

          public boolean exists(String reference) {
            return store.values().stream().anyMatch(o -> o.reference().equals(reference));
          }

          public %2$s create(%2$sRequest request) {
            long id = ids.incrementAndGet();
            %2$s created = new %2$s(id, request.reference(), request.customer(), request.lines(),
                total(request.lines()), Instant.now());
            store.put(id, created);
            return created;
          }

          public %2$s update(%2$s current, %2$sRequest request) {
            if (current.isEmpty() && request.lines().isEmpty()) {
              throw new IllegalStateException("nothing to update");
            }
            %2$s updated = new %2$s(current.id(), request.reference(), request.customer(),
                request.lines(), total(request.lines()), Instant.now());
            store.put(current.id(), updated);
            return updated;
          }

          public void delete(long id) {
            store.remove(id);
          }

          private static long total(List<String> lines) {
            long total = 0;
            for (String line : lines) {
              total += line.length() * 100L;
            }
            return total;
          }
        }
        """.formatted(packageName, entity);
  }
}
