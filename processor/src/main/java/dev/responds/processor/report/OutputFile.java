package dev.responds.processor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file the processor writes for the user (a baseline, a SARIF report): written whole or not at
 * all, through a temporary file beside it that replaces it in one move, so that a build that
 * stops half-way, or a reader at the same moment, never sees it cut short. Only a regular file
 * (or a new one) is ever written: a directory, a FIFO or a device is refused, never opened.
 */
public final class OutputFile {
  private OutputFile() {}

  /** Why {@code file} cannot be written, in words for the user, or null if it can. */
  public static String problem(Path file) {
    if (Files.isDirectory(file)) {
      return "is a directory";
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      return "is not a regular file (a FIFO or a device?)";
    }
    return null;
  }

  /** Whether two options name one file, also through a symbolic link or another spelling. */
  public static boolean same(Path one, Path other) {
    if (one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(one) && Files.exists(other) && Files.isSameFile(one, other);
    } catch (IOException e) {
      return false;
    }
  }

  /** Replaces {@code file} with {@code text} in UTF-8, creating its directories. */
  public static void write(Path file, String text) throws IOException {
    String problem = problem(file);
    if (problem != null) {
      throw new IOException(file.toAbsolutePath() + " " + problem);
    }
    // Through a link, the file it points to is replaced, not the link.
    Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
    Path directory = target.getParent();
    Files.createDirectories(directory);
    // Not Files.createTempFile: its owner-only permissions would stay on the file after the move.
    Path temporary = directory.resolve(".responds-" + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
