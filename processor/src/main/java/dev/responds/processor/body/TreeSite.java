package dev.responds.processor.body;

import com.sun.source.util.TreePath;
import dev.responds.processor.model.ResponseForm;
import dev.responds.processor.model.Site;
import javax.lang.model.element.Element;

/**
 * An expression in a method body (a {@code return}ed or {@code throw}n response), with the method
 * that holds it and what made the response there.
 */
record TreeSite(TreePath path, Element owner, ResponseForm form) implements Site {

  TreeSite(TreePath path, Element owner) {
    this(path, owner, ResponseForm.UNKNOWN);
  }
}
