package dev.responds.processor.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * A whole javac process, as a build runs it: compiles once and prints its peak resident memory
 * ({@code VmHWM}, Linux) in KiB, or -1 where the system does not say, the most heap that was
 * still in use after a garbage collection (what the compilation kept alive, as near as the
 * collector tells it) and the CPU time of the process.
 * Arguments: configuration, output directory, file listing the sources, class path file.
 */
public final class JavacProcess {
  private static final AtomicLong MOST_HEAP_AFTER_GC = new AtomicLong();

  private JavacProcess() {}

  public static void main(String[] args) throws IOException {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(JavacProcess::collected, null, null);
      }
    }
    Configuration configuration = Configuration.valueOf(args[0]);
    List<Path> files = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[2]))) {
      files.add(Path.of(line));
    }
    Javac.compile(configuration, files, Path.of(args[1]), Files.readString(Path.of(args[3])));
    System.out.println("peakKiB=" + peakResidentKiB());
    System.out.println("heapAfterGcKiB=" + (MOST_HEAP_AFTER_GC.get() >> 10));
    // All threads of the process (the compiler's, the JIT's, the collector's): less swayed than
    // wall time by whatever else the machine runs.
    System.out.println("cpuMs=" + ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
  }

  private static void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
    long used = info.getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
    MOST_HEAP_AFTER_GC.accumulateAndGet(used, Math::max);
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
