package dev.responds.processor.body.api;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The media type an expression given as a Content-Type stands for: a constant string, a framework
 * {@code MediaType} constant, {@code MediaType.parseMediaType("..")}/{@code valueOf("..")},
 * {@code new MediaType("multipart", "byteranges")}, a {@code static final} field initialised with
 * one of those, or a concatenation whose constant start already holds the type and a parameter
 * ({@code "multipart/byteranges; boundary=" + boundary}). Anything else is unknown (null).
 */
public final class MediaTypes {
  private static final Set<String> MEDIA_TYPE_CLASSES = Set.of(
      "org.springframework.http.MediaType", "org.springframework.util.MimeType",
      "org.springframework.util.MimeTypeUtils", "jakarta.ws.rs.core.MediaType",
      "javax.ws.rs.core.MediaType");
  private static final Set<String> PARSERS = Set.of("parseMediaType", "parseMimeType", "valueOf");
  /** Fields followed to their initialiser: enough for a constant defined through another. */
  private static final int MAX_DEPTH = 8;

  private final Function<TreePath, String> constants;
  private final Trees trees;

  /** @param constants the value of a compile-time constant string at a path, or null */
  public MediaTypes(Function<TreePath, String> constants, Trees trees) {
    this.constants = constants;
    this.trees = trees;
  }

  /** The media type written at {@code path} (parameters may follow a ';'), or null when unknown. */
  public String of(TreePath path) {
    return of(path, 0);
  }

  private String of(TreePath path, int depth) {
    if (path == null || depth > MAX_DEPTH) {
      return null;
    }
    String constant = constants.apply(path);
    if (constant != null) {
      return constant;
    }
    Tree leaf = path.getLeaf();
    if (leaf instanceof ParenthesizedTree parenthesized) {
      return of(new TreePath(path, parenthesized.getExpression()), depth);
    }
    if (leaf instanceof TypeCastTree cast) {
      return of(new TreePath(path, cast.getExpression()), depth);
    }
    if (leaf.getKind() == Tree.Kind.PLUS) {
      String prefix = constantPrefix(path);
      return prefix != null && prefix.contains(";") ? prefix : null;
    }
    Element element = trees.getElement(path);
    if (leaf instanceof MethodInvocationTree call && element instanceof ExecutableElement method
        && MEDIA_TYPE_CLASSES.contains(TypeNames.owner(method))) {
      String name = TypeNames.name(method);
      if (TypeNames.isStatic(method) && PARSERS.contains(name) && call.getArguments().size() == 1) {
        return of(new TreePath(path, call.getArguments().get(0)), depth);
      }
      if (!TypeNames.isStatic(method) && name.equals("withCharset")
          && call.getMethodSelect() instanceof MemberSelectTree select) {
        return of(new TreePath(new TreePath(path, select), select.getExpression()), depth);
      }
      return null;
    }
    if (leaf instanceof NewClassTree creation && element instanceof ExecutableElement constructor
        && MEDIA_TYPE_CLASSES.contains(TypeNames.owner(constructor))
        && creation.getArguments().size() >= 2) {
      String type = constants.apply(new TreePath(path, creation.getArguments().get(0)));
      String subtype = constants.apply(new TreePath(path, creation.getArguments().get(1)));
      return type == null || subtype == null ? null : type + "/" + subtype;
    }
    if (element instanceof VariableElement field && field.getKind() == ElementKind.FIELD) {
      return field(field, depth);
    }
    return null;
  }

  /**
   * A framework constant ({@code MediaType.APPLICATION_JSON}, JAX-RS {@code APPLICATION_JSON_TYPE})
   * by its string twin, or a {@code static final} field compiled here by its initialiser.
   */
  private String field(VariableElement field, int depth) {
    if (!field.getModifiers().contains(Modifier.STATIC) || !field.getModifiers().contains(Modifier.FINAL)) {
      return null;
    }
    if (field.getEnclosingElement() instanceof TypeElement owner
        && MEDIA_TYPE_CLASSES.contains(owner.getQualifiedName().toString())) {
      String name = field.getSimpleName().toString();
      for (VariableElement twin : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        String twinName = twin.getSimpleName().toString();
        if ((twinName.equals(name + "_VALUE") || name.equals(twinName + "_TYPE"))
            && twin.getConstantValue() instanceof String value) {
          return value;
        }
      }
      return null;
    }
    TreePath declaration = trees.getPath(field);
    if (declaration != null && declaration.getLeaf() instanceof VariableTree variable
        && variable.getInitializer() != null) {
      return of(new TreePath(declaration, variable.getInitializer()), depth + 1);
    }
    return null;
  }

  /** The constant start of a string concatenation, or null. */
  private String constantPrefix(TreePath path) {
    Tree leaf = path.getLeaf();
    if (leaf.getKind() == Tree.Kind.PLUS) {
      ExpressionTree left = ((BinaryTree) leaf).getLeftOperand();
      ExpressionTree right = ((BinaryTree) leaf).getRightOperand();
      String start = constantPrefix(new TreePath(path, left));
      String next = constants.apply(new TreePath(path, right));
      if (start == null) {
        return null;
      }
      String whole = constants.apply(new TreePath(path, left));
      return whole != null && next != null ? whole + next : start;
    }
    return constants.apply(path);
  }
}
