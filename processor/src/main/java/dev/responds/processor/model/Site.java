package dev.responds.processor.model;

import javax.lang.model.element.Element;

/**
 * Where a finding is reported. Implementations name the most precise place they know: an
 * annotation value, an annotation, a method, or (from the body pass) an expression.
 */
public interface Site {

  /** The innermost declaration that contains the site; {@code @SuppressWarnings} is read from it outwards. */
  Element owner();

  /** What made the response at this site, where the site is in a method body; else unknown. */
  default ResponseForm form() {
    return ResponseForm.UNKNOWN;
  }
}
