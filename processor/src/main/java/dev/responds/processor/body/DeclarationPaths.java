package dev.responds.processor.body;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The trees of the methods, constructors and fields of the class being analysed, found in one walk
 * of its declaration. {@link Trees#getPath(Element)} searches the whole compilation unit on every
 * call: asked once per handler, a class with thousands of handlers cost quadratic time.
 *
 * <p>Holds one class at a time: javac lowers a class's trees right after analysing it.
 */
final class DeclarationPaths {
  private final Trees trees;
  private final Map<Element, TreePath> paths = new HashMap<>();

  DeclarationPaths(Trees trees) {
    this.trees = trees;
  }

  /** Maps every member of the class at {@code type}, nested classes included, replacing the last class. */
  void index(TreePath type) {
    paths.clear();
    if (type != null && type.getLeaf() instanceof ClassTree) {
      add(type);
    }
  }

  void clear() {
    paths.clear();
  }

  /** The declaration of {@code element}: from the walk, or else from javac's search. */
  TreePath of(Element element) {
    TreePath path = paths.get(element);
    return path != null ? path : trees.getPath(element);
  }

  private void add(TreePath type) {
    paths.put(trees.getElement(type), type);
    for (Tree member : ((ClassTree) type.getLeaf()).getMembers()) {
      TreePath path = new TreePath(type, member);
      if (member instanceof ClassTree) {
        add(path);
      } else if (member instanceof MethodTree || member instanceof VariableTree) {
        Element element = trees.getElement(path);
        if (element != null) {
          paths.put(element, path);
        }
      }
    }
  }
}
