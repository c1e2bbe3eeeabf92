package dev.responds.processor.body;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.responds.processor.body.api.TypeNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The statuses that final fields hold ({@code static final HttpStatus STATUS = HttpStatus.CREATED}),
 * read from their initialisers once. javac drops a class's trees after generating it, so the
 * fields of each class are read right after it is analysed; a class not yet analysed is read only
 * where its initialiser names a status enum's constant outright.
 */
final class StatusFields {

  private final Map<VariableElement, List<Integer>> known = new HashMap<>();

  /** The statuses a final field can hold; empty when its value is computed at run time. */
  List<Integer> statuses(VariableElement field, BodyContext context) {
    List<Integer> cached = known.get(field);
    if (cached != null) {
      return cached;
    }
    if (field.getKind() != ElementKind.FIELD || !field.getModifiers().contains(Modifier.FINAL)) {
      return List.of();
    }
    // Marks the field while it is read: a field defined through itself holds nothing known.
    known.put(field, List.of());
    List<Integer> statuses;
    try {
      statuses = List.copyOf(read(field, context));
    } catch (RuntimeException e) {
      statuses = List.of();
    }
    known.put(field, statuses);
    return statuses;
  }

  /** Reads the final status fields of {@code type} while javac still holds its trees. */
  void prepare(TypeElement type, BodyContext context) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.FINAL) && field.getConstantValue() == null
          && isStatusType(field.asType(), context)) {
        statuses(field, context);
      }
    }
  }

  private static boolean isStatusType(TypeMirror type, BodyContext context) {
    String name = TypeNames.of(type);
    return type.getKind() == TypeKind.INT || name.equals("java.lang.Integer")
        || context.recognisers().statusTypes().contains(name);
  }

  private static List<Integer> read(VariableElement field, BodyContext context) {
    TreePath declaration = context.trees().getPath(field);
    if (declaration == null || !(declaration.getLeaf() instanceof VariableTree variable)
        || variable.getInitializer() == null) {
      return List.of();
    }
    TreePath initializer = new TreePath(declaration, variable.getInitializer());
    if (context.trees().getTypeMirror(initializer) != null) {
      return new ExpressionEvaluator(context, declaration).statuses(initializer);
    }
    // Not attributed yet: asking javac for its symbols would attribute that class out of turn.
    Integer named = namedConstant(field.asType(), variable.getInitializer());
    return named == null ? List.of() : List.of(named);
  }

  /** {@code HttpStatus.CREATED} written out, for a field whose type is that status enum. */
  private static Integer namedConstant(TypeMirror type, ExpressionTree initializer) {
    if (!(type instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement enumType)
        || enumType.getKind() != ElementKind.ENUM
        || !(initializer instanceof MemberSelectTree select)
        || !enumType.getSimpleName().contentEquals(lastName(select.getExpression()))) {
      return null;
    }
    for (VariableElement constant : ElementFilter.fieldsIn(enumType.getEnclosedElements())) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT
          && constant.getSimpleName().contentEquals(select.getIdentifier())) {
        return StatusValues.constantStatus(constant);
      }
    }
    return null;
  }

  private static CharSequence lastName(ExpressionTree qualifier) {
    if (qualifier instanceof MemberSelectTree select) {
      return select.getIdentifier();
    }
    return qualifier instanceof IdentifierTree identifier ? identifier.getName() : "";
  }
}
