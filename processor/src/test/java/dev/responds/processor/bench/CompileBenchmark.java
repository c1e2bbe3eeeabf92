package dev.responds.processor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Responds costs a build, as ratios measured in one run (a benchmark, never a timed test).
 * Run it with the documented command (docs/performance.md):
 *
 * <pre>
 * ./mvnw -B -pl processor -am -Pbenchmark verify
 * </pre>
 *
 * <p>Five configurations, interleaved round by round: {@code -proc:none}, a processor that does
 * nothing, Responds' checks only ({@code -Aresponds.helpers=false}), checks with helpers, and the
 * floor of any generating processor (one that writes one empty class, so javac runs a second
 * round).
 * For each number of controllers: whole javac processes (wall time and peak resident memory)
 * and warm runs in this JVM; then one class with a growing number of handlers, warm.
 * System properties: {@code bench.controllers} (100,1000), {@code bench.handlers}
 * (10,100,1000,5000), {@code bench.processes} (3 rounds; 0 for warm runs only), {@code bench.warm}
 * (3 rounds, after {@code bench.warmup} 1), {@code bench.memory} (1 process per configuration
 * with the serial collector, for the heap kept alive), {@code bench.report} (the
 * Markdown report written besides stdout).
 */
public final class CompileBenchmark {
  private static final List<Configuration> CONFIGURATIONS = List.of(Configuration.values());

  private final Path work;
  private final String classPath;
  private final StringBuilder report = new StringBuilder();

  private CompileBenchmark(Path work, String classPath) {
    this.work = work;
    this.classPath = classPath;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    int[] controllers = sizes("bench.controllers", "100,1000");
    int[] handlers = sizes("bench.handlers", "10,100,1000,5000");
    int processRounds = Integer.getInteger("bench.processes", 3);
    int warmRounds = Integer.getInteger("bench.warm", 3);
    int warmup = Integer.getInteger("bench.warmup", 1);
    int memoryRounds = Integer.getInteger("bench.memory", 1);
    CompileBenchmark benchmark = new CompileBenchmark(Files.createTempDirectory("responds-bench"),
        System.getProperty("java.class.path"));
    benchmark.line("Machine: %d cores, %s, %s %s, max heap %d MiB",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
            + System.getProperty("os.arch"), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    benchmark.line("Rounds: %d whole javac processes, %d warm runs after %d warm-up, interleaved;"
        + " medians", processRounds, warmRounds, warmup);
    // Not in the report: where the sources are, to profile a compilation of them by hand.
    System.out.println("Sources under " + benchmark.work);
    for (int n : controllers) {
      benchmark.controllers(n, processRounds, memoryRounds, warmRounds, warmup);
    }
    benchmark.handlers(handlers, warmRounds, warmup);
    Path report = Path.of(System.getProperty("bench.report", "target/benchmark.md"));
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, benchmark.report);
    System.out.println("\nReport written to " + report.toAbsolutePath());
  }

  private void controllers(int n, int processRounds, int memoryRounds, int warmRounds, int warmup)
      throws IOException, InterruptedException {
    Path directory = Files.createDirectories(work.resolve("n" + n));
    List<Path> files = SyntheticSources.application(directory.resolve("src"), n);
    line("");
    line("### %d controllers (%d source files, %d with @Responds)", n, files.size(), (n + 1) / 2);
    Path sourceList = directory.resolve("sources.txt");
    Files.write(sourceList, files.stream().map(Path::toString).toList());
    Path classPathFile = directory.resolve("classpath.txt");
    Files.writeString(classPathFile, classPath);

    Map<Configuration, double[]> processTimes = perConfiguration(processRounds);
    Map<Configuration, double[]> processMemory = perConfiguration(processRounds);
    Map<Configuration, double[]> processCpu = perConfiguration(processRounds);
    for (int round = 0; round < processRounds; round++) {
      for (Configuration configuration : rotated(round)) {
        double[] measured = process(configuration, List.of(), directory.resolve("out"), sourceList,
            classPathFile);
        processTimes.get(configuration)[round] = measured[0];
        processMemory.get(configuration)[round] = measured[1];
        processCpu.get(configuration)[round] = measured[3];
      }
    }
    // The default collector sizes the heap by how fast a compilation allocates, so its resident
    // memory says little about what is kept alive; the serial collector's heap after each
    // collection does, and is steady from run to run.
    Map<Configuration, double[]> heapAfterGc = perConfiguration(memoryRounds);
    Map<Configuration, double[]> serialResident = perConfiguration(memoryRounds);
    for (int round = 0; round < memoryRounds; round++) {
      for (Configuration configuration : rotated(round)) {
        double[] measured = process(configuration, List.of("-XX:+UseSerialGC"), directory.resolve("out"),
            sourceList, classPathFile);
        serialResident.get(configuration)[round] = measured[1];
        heapAfterGc.get(configuration)[round] = measured[2];
      }
    }

    Map<Configuration, double[]> warmTimes = perConfiguration(warmRounds);
    Path out = directory.resolve("out");
    for (int round = 0; round < warmup; round++) {
      for (Configuration configuration : rotated(round)) {
        Javac.compile(configuration, files, out, classPath);
      }
    }
    double[] processingChecks = new double[warmRounds];
    double[] processingAll = new double[warmRounds];
    double[] filerAll = new double[warmRounds];
    long[] outputs = {0, 0};
    long[] generatedLines = {0, 0};
    for (int round = 0; round < warmRounds; round++) {
      for (Configuration configuration : rotated(round)) {
        TimedProcessor timed = new TimedProcessor(configuration.processors().stream().findFirst()
            .orElse(null));
        boolean responds = configuration == Configuration.CHECKS || configuration == Configuration.ALL;
        warmTimes.get(configuration)[round] = Javac.compile(configuration,
            responds ? List.of(timed) : configuration.processors(), files, out, classPath);
        if (configuration == Configuration.CHECKS) {
          processingChecks[round] = timed.milliseconds();
        } else if (configuration == Configuration.ALL) {
          processingAll[round] = timed.milliseconds();
          filerAll[round] = timed.filerMilliseconds();
          outputs = Javac.outputCounts(out);
          generatedLines = Javac.generatedLines(out);
        }
      }
    }

    double none = median(processTimes.get(Configuration.PROC_NONE));
    double idle = median(processTimes.get(Configuration.IDLE));
    double idleCpu = median(processCpu.get(Configuration.IDLE));
    double noneMemory = median(processMemory.get(Configuration.PROC_NONE));
    double warmIdle = median(warmTimes.get(Configuration.IDLE));
    line("");
    line("| configuration | process (s) | vs -proc:none | vs do-nothing | process CPU (s) | vs do-nothing"
        + " | peak RSS (MiB) | vs -proc:none | warm (ms) | vs do-nothing |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Configuration configuration : CONFIGURATIONS) {
      double time = median(processTimes.get(configuration));
      double cpu = median(processCpu.get(configuration));
      double memory = median(processMemory.get(configuration));
      double warm = median(warmTimes.get(configuration));
      line("| %s | %.2f | %.2fx | %.2fx | %.2f | %.2fx | %.0f | %.2fx | %.0f | %.2fx |", configuration.label(),
          time / 1000, time / none, time / idle, cpu / 1000, cpu / idleCpu, memory / 1024,
          memory / noneMemory, warm, warm / warmIdle);
    }
    if (memoryRounds > 0) {
      double idleHeap = median(heapAfterGc.get(Configuration.IDLE));
      double idleResident = median(serialResident.get(Configuration.IDLE));
      line("");
      line("Memory, whole javac processes with the serial collector (%d per configuration, median):",
          memoryRounds);
      line("");
      line("| configuration | most heap in use after a GC (MiB) | vs do-nothing | peak RSS (MiB) | vs do-nothing |");
      line("|---|---:|---:|---:|---:|");
      for (Configuration configuration : CONFIGURATIONS) {
        double heap = median(heapAfterGc.get(configuration));
        double resident = median(serialResident.get(configuration));
        line("| %s | %.0f | %.2fx | %.0f | %.2fx |", configuration.label(), heap / 1024, heap / idleHeap,
            resident / 1024, resident / idleResident);
      }
    }
    double floorCpu = median(processCpu.get(Configuration.ONE_FILE));
    line("");
    line("Targets, CPU time of whole processes: checks + helpers %.2fx over the floor (do-nothing +"
        + " 1 generated class; target 1.10x), checks %.2fx over the do-nothing processor (target"
        + " 1.05x)", median(processCpu.get(Configuration.ALL)) / floorCpu,
        median(processCpu.get(Configuration.CHECKS)) / idleCpu);
    long servedLines = SyntheticSources.lines(files.stream()
        .filter(SyntheticSources::declaresResponds).toList());
    line("Generated sources: %d lines (%d without comments and blank lines) for the %d lines of the"
        + " controllers they serve: %.2fx", generatedLines[0], generatedLines[1], servedLines,
        (double) generatedLines[0] / servedLines);
    double warmChecks = median(warmTimes.get(Configuration.CHECKS));
    double warmAll = median(warmTimes.get(Configuration.ALL));
    double helpers = Math.max(1, (n + 1) / 2);
    line("");
    line("Per controller, warm: checks %.3f ms, checks + helpers %.3f ms over the do-nothing processor;"
        + " helpers: %d generated sources, %d class files in all (checks + helpers)",
        (warmChecks - warmIdle) / n, (warmAll - warmIdle) / n, outputs[1], outputs[0]);
    double perHelper = (median(processingAll) - median(processingChecks)) / helpers;
    double filerPerHelper = median(filerAll) / helpers;
    line("Responds' own process() rounds, warm: %.1f ms with checks only, %.1f ms with helpers:"
        + " %.3f ms per generated helper, of which %.3f ms in javac's Filer (creating, opening and"
        + " writing the file) and %.3f ms Responds' own (modelling the class, building and printing the"
        + " JavaPoet file)",
        median(processingChecks), median(processingAll), perHelper, filerPerHelper,
        perHelper - filerPerHelper);
  }

  private void handlers(int[] sizes, int warmRounds, int warmup) throws IOException {
    line("");
    line("### One class with many handlers (warm, this JVM)");
    line("");
    line("| handlers | -proc:none (ms) | do-nothing (ms) | checks (ms) | checks + helpers (ms)"
        + " | checks per handler (µs) | all per handler (µs) |");
    line("|---:|---:|---:|---:|---:|---:|---:|");
    for (int size : sizes) {
      Path directory = Files.createDirectories(work.resolve("h" + size));
      List<Path> files = SyntheticSources.oneClass(directory.resolve("src"), size);
      Path out = directory.resolve("out");
      Map<Configuration, double[]> times = perConfiguration(warmRounds);
      for (int round = 0; round < warmup + warmRounds; round++) {
        for (Configuration configuration : rotated(round)) {
          double time = Javac.compile(configuration, files, out, classPath);
          if (round >= warmup) {
            times.get(configuration)[round - warmup] = time;
          }
        }
      }
      double idle = median(times.get(Configuration.IDLE));
      double checks = median(times.get(Configuration.CHECKS));
      double all = median(times.get(Configuration.ALL));
      line("| %d | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f |", size,
          median(times.get(Configuration.PROC_NONE)), idle, checks, all,
          (checks - idle) * 1000 / size, (all - idle) * 1000 / size);
    }
  }

  /**
   * Runs javac in a fresh JVM with those options: its wall time in ms, its peak resident memory
   * and the most heap in use after a collection, in KiB, and its CPU time in ms.
   */
  private double[] process(Configuration configuration, List<String> jvmOptions, Path out, Path sources,
      Path classPathFile) throws IOException, InterruptedException {
    Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classPath, JavacProcess.class.getName(), configuration.name(),
        out.toString(), sources.toString(), classPathFile.toString()));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("javac process failed under " + configuration.label() + ":\n" + output);
    }
    double time = (System.nanoTime() - start) / 1e6;
    return new double[] {time, reading(output, "peakKiB"), reading(output, "heapAfterGcKiB"),
        reading(output, "cpuMs")};
  }

  private static double reading(String output, String name) {
    return Double.parseDouble(output.replaceAll("(?s).*" + name + "=(-?[0-9]+).*", "$1").trim());
  }

  /** One measurement per round, for each configuration. */
  private static Map<Configuration, double[]> perConfiguration(int rounds) {
    Map<Configuration, double[]> measurements = new EnumMap<>(Configuration.class);
    for (Configuration configuration : CONFIGURATIONS) {
      measurements.put(configuration, new double[rounds]);
    }
    return measurements;
  }

  private static List<Configuration> rotated(int round) {
    List<Configuration> order = new ArrayList<>();
    for (int i = 0; i < CONFIGURATIONS.size(); i++) {
      order.add(CONFIGURATIONS.get((i + round) % CONFIGURATIONS.size()));
    }
    return order;
  }

  private void line(String format, Object... arguments) {
    String text = String.format(Locale.ROOT, format, arguments);
    System.out.println(text);
    System.out.flush();
    report.append(text).append('\n');
  }

  private static int[] sizes(String property, String defaults) {
    return Arrays.stream(System.getProperty(property, defaults).split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
