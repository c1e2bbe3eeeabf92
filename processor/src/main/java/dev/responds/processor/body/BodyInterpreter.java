package dev.responds.processor.body;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.responds.processor.adapter.HandlerScanner;
import dev.responds.processor.body.TreesPrinter.TreeSite;
import dev.responds.processor.body.api.Recognisers;
import dev.responds.processor.body.api.ResponseForms;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.body.api.TypeNames;
import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import dev.responds.processor.model.ReturnShape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Finds the responses a handler's body returns or throws, on javac's attributed trees. */
final class BodyInterpreter {
  private final Trees trees;
  private final DeclarationPaths paths;
  private final ProcessingEnvironment environment;
  private final Recognisers recognisers;
  private final MethodSummaries summaries = new MethodSummaries();
  private final StatusFields fields = new StatusFields();

  BodyInterpreter(Trees trees, DeclarationPaths paths, ProcessingEnvironment environment,
      HandlerScanner scanner) {
    this.trees = trees;
    this.paths = paths;
    this.environment = environment;
    this.recognisers = Recognisers.create(scanner);
  }

  /** The answers the body builds, each with the {@code return}/{@code throw} expression as its site. */
  List<Answer> answers(Handler handler) {
    if (handler.role() == HandlerRole.NONE || handler.framework() == null) {
      return List.of();
    }
    TreePath method = paths.of(handler.method());
    if (method == null || !(method.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
      return List.of();
    }
    BodyContext context = context(handler.framework(), handler.type());
    Set<Answer> answers = new LinkedHashSet<>();
    try {
      ReturnShape.Kind returned = handler.returnShape().kind();
      // Spring writes a ResponseEntity's headers, a view's, and @ResponseStatus after the
      // handler returns: only without them is what it writes on the servlet response all there is.
      // A filter's or an entry point's return value is no response: what it writes is all.
      boolean filter = !handler.role().isHandler();
      boolean servletHeadersVisible = filter || handler.framework() == Framework.SPRING
          && handler.frameworkStatus() == null
          && (returned == ReturnShape.Kind.VOID || isPlainBody(handler.returnShape()));
      List<ResponseSites.Found> sites = new ArrayList<>(ResponseSites.of(method, context,
          servletHeadersVisible, filter || returned == ReturnShape.Kind.VOID));
      if (handler.role() == HandlerRole.ROUTE) {
        sites.addAll(ResponseSites.routes(method, context));
      }
      for (ResponseSites.Found found : sites) {
        if (found.exception() != null && !handler.role().exceptionsAnswer()) {
          continue;
        }
        TreeSite site = new TreeSite(found.site(), handler.method(), ResponseForms.of(found.written(), found.exception(), trees.getTypeMirror(found.site())));
        Answer.Source source = found.written() ? Answer.Source.WRITTEN : Answer.Source.BUILT;
        for (ResponseState state : found.states()) {
          // A negative status is a constructor-parameter placeholder that no caller filled in.
          if (state.status() != null && state.status() >= 0
              && !declaredAlready(handler, state.status())) {
            answers.add(new Answer(state.status(), state.body(), state.headers(), site, source));
          }
        }
      }
    } catch (RuntimeException e) {
      // Unresolved or unexpected trees (code javac has rejected): what cannot be read is unknown.
      return List.of();
    }
    return List.copyOf(answers);
  }

  /** A body that cannot be a response object bringing its own status and headers ({@code Object}, {@code T}). */
  private static boolean isPlainBody(ReturnShape shape) {
    TypeMirror value = shape.valueType();
    return shape.kind() == ReturnShape.Kind.BODY && value != null
        && value.getKind() != TypeKind.TYPEVAR && value.getKind() != TypeKind.WILDCARD
        && !TypeNames.of(value).equals("java.lang.Object");
  }

  /**
   * A handler returning a plain value with {@code @ResponseStatus} (say, a {@code ProblemDetail}
   * under {@code @ResponseStatus(UNAUTHORIZED)}) is already answered for that status by its
   * declaration: the same status built in the body would only repeat each finding.
   */
  private static boolean declaredAlready(Handler handler, int status) {
    return handler.frameworkStatus() != null && handler.frameworkStatus().code() == status
        && handler.returnShape().kind() == ReturnShape.Kind.BODY;
  }

  /**
   * Summarises, while javac still holds their trees, the methods of {@code type} that handlers of
   * a subclass compiled later may call, and the statuses its final fields hold: javac generates
   * each class right after analysing it, and drops its trees. Handlers themselves, already
   * interpreted, are left out.
   */
  void prepare(TypeElement type, Set<ExecutableElement> handlers) {
    fields.prepare(type, context(Framework.SPRING, type));
    if (TypeNames.isThrowable(type)) {
      // Exceptions thrown elsewhere: what each constructor hands its superclass.
      summarise(ElementFilter.constructorsIn(type.getEnclosedElements()), type);
    }
    if (type.getModifiers().contains(Modifier.FINAL)) {
      return;
    }
    List<ExecutableElement> helpers = new ArrayList<>();
    boolean base = type.getModifiers().contains(Modifier.ABSTRACT);
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.PRIVATE)
          || method.getModifiers().contains(Modifier.ABSTRACT) || handlers.contains(method)) {
        continue;
      }
      // What a helper that handlers of a subclass may call returns: a response, or a builder it adds to.
      boolean builds = recognisers.responseTypes().contains(TypeNames.of(method.getReturnType()))
          || method.getReturnType().getKind() == TypeKind.TYPEVAR;
      boolean mayThrow = base && method.getReturnType().getKind() == TypeKind.VOID;
      if (builds || mayThrow) {
        helpers.add(method);
      }
    }
    summarise(helpers, type);
  }

  private void summarise(List<ExecutableElement> methods, TypeElement type) {
    for (ExecutableElement method : methods) {
      try {
        summaries.summary(method, context(Framework.SPRING, type));
        summaries.summary(method, context(Framework.JAKARTA_RS, type));
      } catch (RuntimeException e) {
        // Unknown is safe: the callers then get no answer from this method.
      }
    }
  }

  private BodyContext context(Framework framework, TypeElement type) {
    return new BodyContext(trees, paths, environment.getTypeUtils(), recognisers, framework,
        type, summaries, fields);
  }
}
