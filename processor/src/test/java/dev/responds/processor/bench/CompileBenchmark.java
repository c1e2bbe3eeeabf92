package dev.responds.processor.bench;

import dev.responds.processor.RespondsProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the processor costs a build, as ratios measured in one run (never a timed unit test).
 * Compiles synthetic Spring controllers and plain classes in one warm JVM: without processing,
 * with the processor but no helpers, and with everything.
 *
 * <pre>
 * ./mvnw -B -q -pl processor -am test-compile
 * ./mvnw -B -q -pl processor exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.responds.processor.bench.CompileBenchmark [-Dexec.args="200 7"]
 * </pre>
 */
public final class CompileBenchmark {
  private CompileBenchmark() {}

  public static void main(String[] args) throws IOException {
    int classes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path sources = Files.createTempDirectory("responds-bench");
    List<Path> files = writeSources(sources, classes);
    Supplier<List<Processor>> none = List::of;
    Supplier<List<Processor>> processor = () -> List.of(new RespondsProcessor());
    Supplier<List<Processor>> idle = () -> List.of(new IdleProcessor());

    List<String> base = List.of("-proc:none");
    List<String> noHelpers = List.of("-Aresponds.helpers=false");
    List<String> all = List.of();
    for (int i = 0; i < 3; i++) {
      time(files, sources, none, base);
      time(files, sources, processor, all);
    }
    double[] withoutProcessing = new double[repetitions];
    double[] idleProcessing = new double[repetitions];
    double[] checksOnly = new double[repetitions];
    double[] everything = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      withoutProcessing[i] = time(files, sources, none, base);
      idleProcessing[i] = time(files, sources, idle, all);
      checksOnly[i] = time(files, sources, processor, noHelpers);
      everything[i] = time(files, sources, processor, all);
    }
    // The helpers the last run generated, compiled as plain sources: what compiling them costs.
    List<Path> withHelpers = new ArrayList<>(files);
    try (var generated = Files.walk(sources.resolve("generated"))) {
      generated.filter(path -> path.toString().endsWith(".java")).sorted().forEach(withHelpers::add);
    }
    double[] helperSources = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      helperSources[i] = time(withHelpers, sources, none, base);
    }
    double reference = median(withoutProcessing);
    System.out.printf(Locale.ROOT, "%d classes (half controllers), median of %d runs%n", classes, repetitions);
    System.out.printf(Locale.ROOT, "  javac, no processing:        %7.1f ms  1.00x%n", reference);
    System.out.printf(Locale.ROOT, "  a processor that does nothing: %5.1f ms  %.2fx%n", median(idleProcessing), median(idleProcessing) / reference);
    System.out.printf(Locale.ROOT, "  + Responds checks:           %7.1f ms  %.2fx%n", median(checksOnly), median(checksOnly) / reference);
    System.out.printf(Locale.ROOT, "  + checks and helpers:        %7.1f ms  %.2fx%n", median(everything), median(everything) / reference);
    System.out.printf(Locale.ROOT, "  (javac on the sources and the %d generated helpers, no processing: %.1f ms  %.2fx)%n",
        withHelpers.size() - files.size(), median(helperSources), median(helperSources) / reference);
  }

  /** What any processor costs: javac's annotation processing rounds, with no work done in them. */
  @javax.annotation.processing.SupportedAnnotationTypes("*")
  private static final class IdleProcessor extends javax.annotation.processing.AbstractProcessor {
    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      return false;
    }
  }

  private static double time(List<Path> files, Path out, Supplier<List<Processor>> processors,
      List<String> options) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> arguments = new ArrayList<>(options);
      arguments.addAll(List.of("-d", Files.createDirectories(out.resolve("classes")).toString(),
          "-s", Files.createDirectories(out.resolve("generated")).toString(),
          "-cp", classPath()));
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      long start = System.nanoTime();
      java.io.StringWriter errors = new java.io.StringWriter();
      JavaCompiler.CompilationTask task =
          javac.getTask(errors, fileManager, null, arguments, null, units);
      task.setProcessors(processors.get());
      if (!task.call()) {
        throw new IllegalStateException("benchmark sources did not compile: " + errors);
      }
      return (System.nanoTime() - start) / 1e6;
    }
  }

  /** The class path of this program, also when a launcher (exec:java) loads it in its own class loader. */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
        loader = loader.getParent()) {
      if (loader instanceof java.net.URLClassLoader urls) {
        for (java.net.URL url : urls.getURLs()) {
          entries.add(url.getPath());
        }
      }
    }
    entries.add(System.getProperty("java.class.path"));
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static List<Path> writeSources(Path directory, int classes) throws IOException {
    Path packageDirectory = Files.createDirectories(directory.resolve("src/bench"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      String name = (i % 2 == 0 ? "Controller" : "Service") + i;
      String source = i % 2 == 0 ? controller(name) : plainClass(name);
      Path file = packageDirectory.resolve(name + ".java");
      Files.writeString(file, source);
      files.add(file);
    }
    return files;
  }

  private static String controller(String name) {
    return """
        package bench;

        import dev.responds.Responds;
        import java.net.URI;
        import java.util.List;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestController
        @RequestMapping("/%1$s")
        public class %1$s {
          @GetMapping @Responds(200)
          public List<String> all() { return List.of("a", "b"); }

          @GetMapping("/{id}") @Responds(200) @Responds(404)
          public ResponseEntity<String> one(@PathVariable String id) {
            if (id.isEmpty()) {
              throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return ResponseEntity.ok(id);
          }

          @PostMapping @Responds(201) @Responds(409)
          public ResponseEntity<String> create(@RequestBody String body) {
            if (body.isEmpty()) {
              return ResponseEntity.status(HttpStatus.CONFLICT).build();
            }
            return ResponseEntity.created(URI.create("/%1$s/1")).body(body);
          }

          @DeleteMapping("/{id}") @ResponseStatus(HttpStatus.NO_CONTENT) @Responds(204)
          public void delete(@PathVariable String id) {}
        }
        """.formatted(name);
  }

  private static String plainClass(String name) {
    return """
        package bench;

        import java.util.ArrayList;
        import java.util.List;

        public class %1$s {
          private final List<String> items = new ArrayList<>();

          public void add(String item) {
            if (item != null && !item.isBlank()) {
              items.add(item.trim());
            }
          }

          public List<String> items() { return List.copyOf(items); }

          public int count(String prefix) {
            int n = 0;
            for (String item : items) {
              if (item.startsWith(prefix)) {
                n++;
              }
            }
            return n;
          }
        }
        """.formatted(name);
  }
}
