package dev.responds.processor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole javac process, as a build runs it: compiles once and prints its peak resident memory
 * ({@code VmHWM}, Linux) in KiB, or -1 where the system does not say.
 * Arguments: configuration, output directory, file listing the sources, class path file.
 */
public final class JavacProcess {
  private JavacProcess() {}

  public static void main(String[] args) throws IOException {
    Configuration configuration = Configuration.valueOf(args[0]);
    List<Path> files = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[2]))) {
      files.add(Path.of(line));
    }
    Javac.compile(configuration, files, Path.of(args[1]), Files.readString(Path.of(args[3])));
    System.out.println("peakKiB=" + peakResidentKiB());
  }

  private static long peakResidentKiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: no figure.
    }
    return -1;
  }
}
