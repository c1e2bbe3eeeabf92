package dev.responds.processor;

import dev.responds.processor.report.DiagnosticPrinter;

/**
 * The pass over javac's attributed trees, seen without any {@code com.sun.source} type so that
 * the processor still loads where javac's API is missing (Eclipse's compiler, a runtime without
 * {@code jdk.compiler}). When it is installed it reports every finding itself, declarations and
 * method bodies together, once javac has attributed each class.
 */
public interface AttributedPass {

  /** Prints on trees: more precise than the {@code Messager}, for instance on a repeated annotation. */
  DiagnosticPrinter printer();
}
