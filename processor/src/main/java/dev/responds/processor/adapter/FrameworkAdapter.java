package dev.responds.processor.adapter;

import dev.responds.processor.model.Handler;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Fills the framework-neutral {@link Handler} model from one framework's annotations. Adapters
 * leave {@code @Responds} and the answers empty: the {@link HandlerScanner} adds those.
 */
interface FrameworkAdapter {

  /** The handler this method is in {@code type}, or null when the framework does not call it. */
  Handler describe(TypeElement type, ExecutableElement method);
}
