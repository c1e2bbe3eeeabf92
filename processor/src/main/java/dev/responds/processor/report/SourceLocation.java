package dev.responds.processor.report;

import java.net.URI;

/** Where a finding stands in a source file: 1-based line and column, as javac counts them. */
public record SourceLocation(URI file, long line, long column) implements Comparable<SourceLocation> {

  @Override
  public int compareTo(SourceLocation other) {
    int byFile = file.toString().compareTo(other.file.toString());
    if (byFile != 0) {
      return byFile;
    }
    return line != other.line ? Long.compare(line, other.line) : Long.compare(column, other.column);
  }
}
