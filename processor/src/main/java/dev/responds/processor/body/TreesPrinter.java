package dev.responds.processor.body;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.responds.processor.model.ElementSite;
import dev.responds.processor.model.ResponseForm;
import dev.responds.processor.model.Site;
import dev.responds.processor.report.DiagnosticPrinter;
import dev.responds.processor.report.MessagerPrinter;
import dev.responds.processor.report.SourceLocation;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Prints on source trees. For a repeated annotation javac only knows the synthesized container,
 * so the {@code Messager} would point at the method; here each {@code @Responds} is found in the
 * source by its place among its siblings.
 */
final class TreesPrinter implements DiagnosticPrinter {
  private final Trees trees;
  private final DeclarationPaths paths;
  private final MessagerPrinter fallback;

  TreesPrinter(Trees trees, DeclarationPaths paths, Messager messager) {
    this.trees = trees;
    this.paths = paths;
    this.fallback = new MessagerPrinter(messager);
  }

  @Override
  public void print(Diagnostic.Kind kind, String message, Site site) {
    TreePath path = pathOf(site);
    if (path == null) {
      fallback.print(kind, message, site);
    } else {
      trees.printMessage(kind, message, path.getLeaf(), path.getCompilationUnit());
    }
  }

  @Override
  public SourceLocation locate(Site site) {
    TreePath path = pathOf(site);
    if (path == null) {
      return null;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    long position = trees.getSourcePositions().getStartPosition(unit, path.getLeaf());
    if (position < 0 || unit.getLineMap() == null) {
      return null;
    }
    return new SourceLocation(unit.getSourceFile().toUri(), unit.getLineMap().getLineNumber(position),
        unit.getLineMap().getColumnNumber(position));
  }

  private TreePath pathOf(Site site) {
    if (site instanceof TreeSite tree) {
      return tree.path();
    }
    return site instanceof ElementSite element ? pathOf(element) : trees.getPath(site.owner());
  }

  private TreePath pathOf(ElementSite site) {
    TreePath element = paths.of(site.owner());
    if (element == null || site.annotation() == null) {
      return element;
    }
    AnnotationTree annotation = findAnnotation(element.getLeaf(), site);
    if (annotation == null) {
      return trees.getPath(site.owner(), site.annotation(), site.value());
    }
    TreePath annotationPath = new TreePath(new TreePath(element, modifiers(element.getLeaf())), annotation);
    if (site.value() == null || annotation.getArguments().isEmpty()) {
      return annotationPath;
    }
    ExpressionTree argument = annotation.getArguments().get(0);
    Tree value = argument instanceof AssignmentTree assignment ? assignment.getExpression() : argument;
    return new TreePath(annotationPath, value);
  }

  /** The annotation tree for the mirror: the n-th annotation of its type when it sits in a container. */
  private AnnotationTree findAnnotation(Tree declaration, ElementSite site) {
    ModifiersTree modifiers = modifiers(declaration);
    if (modifiers == null) {
      return null;
    }
    String wanted = qualifiedName(site.annotation());
    int index = indexAmongSiblings(site.owner(), site.annotation());
    int seen = 0;
    TreePath owner = paths.of(site.owner());
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      Element type = trees.getElement(new TreePath(owner, annotation.getAnnotationType()));
      if (type instanceof TypeElement typeElement && typeElement.getQualifiedName().contentEquals(wanted)) {
        if (seen++ == index) {
          return annotation;
        }
      }
    }
    return null;
  }

  /** The place of the mirror among the annotations of its type on the element (0 when written once). */
  private static int indexAmongSiblings(Element owner, AnnotationMirror wanted) {
    for (AnnotationMirror present : owner.getAnnotationMirrors()) {
      if (present.equals(wanted)) {
        return 0;
      }
      for (AnnotationValue value : present.getElementValues().values()) {
        if (value.getValue() instanceof List<?> items) {
          for (int i = 0; i < items.size(); i++) {
            if (((AnnotationValue) items.get(i)).getValue().equals(wanted)) {
              return i;
            }
          }
        }
      }
    }
    return 0;
  }

  private static ModifiersTree modifiers(Tree declaration) {
    if (declaration instanceof MethodTree method) {
      return method.getModifiers();
    }
    if (declaration instanceof ClassTree type) {
      return type.getModifiers();
    }
    return null;
  }

  private static String qualifiedName(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /**
   * An expression in a method body (a {@code return}ed or {@code throw}n response), with the method
   * that holds it and what made the response there.
   */
  record TreeSite(TreePath path, Element owner, ResponseForm form) implements Site {

    TreeSite(TreePath path, Element owner) {
      this(path, owner, ResponseForm.UNKNOWN);
    }
  }
}
