package dev.responds.processor.body;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
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
import dev.responds.processor.model.ResponseForm;
import dev.responds.processor.model.ReturnShape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
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

  /**
   * What a handler's body sends: the answers it builds, each with its {@code return}/{@code throw}
   * expression as its site, and whether some of what it sends stays unknown.
   */
  record BodyAnswers(List<Answer> answers, boolean unknown, boolean alwaysThrows) {
    static final BodyAnswers NONE = new BodyAnswers(List.of(), false, false);
    static final BodyAnswers UNREAD = new BodyAnswers(List.of(), true, false);
  }

  BodyAnswers answers(Handler handler) {
    if (handler.role() == HandlerRole.NONE || handler.framework() == null) {
      return BodyAnswers.NONE;
    }
    TreePath method = paths.of(handler.method());
    if (method == null || !(method.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
      return BodyAnswers.UNREAD;
    }
    BodyContext context = context(handler.framework(), handler.type());
    Set<Answer> answers = new LinkedHashSet<>();
    boolean unknown;
    try {
      ReturnShape.Kind returned = handler.returnShape().kind();
      // Spring writes a ResponseEntity's headers, a view's, and @ResponseStatus after the
      // handler returns: only without them is what it writes on the servlet response all there is.
      // A filter's or an entry point's return value is no response: what it writes is all.
      boolean filter = !handler.role().isHandler();
      boolean servletHeadersVisible = filter || handler.framework() == Framework.SPRING
          && handler.frameworkStatus() == null
          && (returned == ReturnShape.Kind.VOID || isPlainBody(handler.returnShape()));
      ResponseSites.Sites found = ResponseSites.of(method, context, servletHeadersVisible,
          filter || returned == ReturnShape.Kind.VOID);
      List<ResponseSites.Found> sites = new ArrayList<>(found.found());
      // A returned plain value is the body; a returned response nothing is known of is unknown.
      unknown = found.opaqueReturn() && handler.role().isHandler()
          && returned != ReturnShape.Kind.VOID && returned != ReturnShape.Kind.BODY;
      if (handler.role() == HandlerRole.ROUTE) {
        sites.addAll(ResponseSites.routes(method, context));
      }
      if (handler.role() == HandlerRole.ENTRY_POINT) {
        sites.addAll(ResponseSites.entryPoints(method, context));
      }
      for (ResponseSites.Found site : sites) {
        if (site.exception() != null && !handler.role().exceptionsAnswer()) {
          continue;
        }
        unknown |= addAnswers(handler, site, answers);
      }
    } catch (RuntimeException e) {
      // Unresolved or unexpected trees (code javac has rejected): what cannot be read is unknown.
      return BodyAnswers.UNREAD;
    }
    boolean alwaysThrows = alwaysThrows(new TreePath(method, tree.getBody()));
    return new BodyAnswers(List.copyOf(answers), unknown, alwaysThrows);
  }

  /**
   * Whether the body certainly ends by throwing (a retired endpoint, a stub): its last statement
   * is a {@code throw} and it has no {@code return} (lambdas and local classes aside), so the
   * framework never sends the status of a normal return.
   */
  private static boolean alwaysThrows(TreePath body) {
    List<? extends StatementTree> statements = ((BlockTree) body.getLeaf()).getStatements();
    if (statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof ThrowTree)) {
      return false;
    }
    boolean[] returns = {false};
    new Functions.ShallowScanner() {
      @Override
      public Void visitReturn(ReturnTree node, Void unused) {
        returns[0] = true;
        return null;
      }
    }.scan(body, null);
    return !returns[0];
  }

  /** Adds the answers sent from one site; whether some of them have a status nothing is known of. */
  private boolean addAnswers(Handler handler, ResponseSites.Found found, Set<Answer> answers) {
    ResponseForm form = ResponseForms.of(found.written(), found.exception(),
        trees.getTypeMirror(found.site()), found.site().getLeaf() instanceof NewClassTree);
    TreeSite site = new TreeSite(found.site(), handler.method(), form);
    Answer.Source source = found.written() ? Answer.Source.WRITTEN : Answer.Source.BUILT;
    boolean unknown = false;
    for (ResponseState state : found.states()) {
      // A placeholder is a parameter's status that no caller filled in.
      if (state.status() == null || ResponseState.placeholderSlot(state.status()) >= 0) {
        unknown = true;
      } else if (!declaredAlready(handler, state.status())) {
        answers.add(new Answer(state.status(), state.body(), state.headers(), site, source));
      }
    }
    return unknown;
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
   * a subclass compiled later may call, those that other classes may hand a builder to, and the
   * statuses its final fields hold: javac generates
   * each class right after analysing it, and drops its trees. Handlers themselves, already
   * interpreted, are left out.
   */
  void prepare(TypeElement type, Set<ExecutableElement> handlers) {
    fields.prepare(type, context(Framework.SPRING, type));
    if (TypeNames.isThrowable(type)) {
      // Exceptions thrown elsewhere: what each constructor hands its superclass.
      summarise(ElementFilter.constructorsIn(type.getEnclosedElements()), type);
    }
    boolean extensible = !type.getModifiers().contains(Modifier.FINAL);
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
      if (extensible && (builds || mayThrow) || takesResponse(method) && BodyContext.cannotBeOverridden(method)) {
        helpers.add(method);
      }
    }
    summarise(helpers, type);
  }

  /**
   * Whether another class may hand the method a builder, header map or response to finish (a
   * utility's {@code describe(builder, error)}): what it does to them is summarised for calls
   * from classes javac analyses later.
   */
  private boolean takesResponse(ExecutableElement method) {
    for (VariableElement parameter : method.getParameters()) {
      String type = TypeNames.of(parameter.asType());
      if (recognisers.mutableTypes().contains(type) || recognisers.responseTypes().contains(type)) {
        return true;
      }
    }
    return false;
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
