package dev.responds.processor.body;

import com.sun.source.util.Trees;
import dev.responds.processor.adapter.HandlerScanner;
import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;

/** Finds the responses a handler's body returns or throws, on javac's attributed trees. */
final class BodyInterpreter {
  private final Trees trees;
  private final ProcessingEnvironment environment;
  private final HandlerScanner scanner;

  BodyInterpreter(Trees trees, ProcessingEnvironment environment, HandlerScanner scanner) {
    this.trees = trees;
    this.environment = environment;
    this.scanner = scanner;
  }

  /** The answers the body builds, each with the {@code return}/{@code throw} expression as its site. */
  List<Answer> answers(Handler handler) {
    return List.of();
  }
}
