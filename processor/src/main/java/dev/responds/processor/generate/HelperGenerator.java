package dev.responds.processor.generate;

import dev.responds.processor.model.TypeModel;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Writes the {@code <Class>Responses} helpers of a class with JavaPoet. It reads the handler model
 * and the status catalogue, and knows nothing of the rules.
 */
public final class HelperGenerator {
  private final ProcessingEnvironment environment;

  public HelperGenerator(ProcessingEnvironment environment) {
    this.environment = environment;
  }

  /** Writes the helpers for the handlers of {@code model} that carry {@code @Responds}, if any. */
  public void generate(TypeModel model) {
    if (environment == null || model == null) {
      return;
    }
  }
}
