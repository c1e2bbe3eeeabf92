package dev.responds.processor.body;

import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.responds.processor.body.MethodSummaries.MethodSummary;
import dev.responds.processor.body.api.Recognisers;
import dev.responds.processor.body.api.ResponseApi;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.body.api.TypeNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The places in one method where a response leaves it: each {@code return}, each {@code throw},
 * {@code Optional.orElseThrow(supplier)}, a helper that throws, the status set on a servlet
 * response (or another {@link ResponseApi}), and a response handed over later ({@code
 * AsyncResponse.resume}, {@code DeferredResult.setResult}, a filter's {@code abortWith}). Returns inside lambdas and local classes belong to them, not to
 * the method.
 */
final class ResponseSites extends TreePathScanner<Void, Void> {
  /**
   * Responses sent from one place.
   *
   * @param site the returned or thrown expression, or the call that sends them
   * @param returned whether the method returns them (rather than throwing or setting them)
   * @param exception the static type of the exception that carries them when they are thrown, or null
   * @param written whether they are written on a servlet response ({@code setStatus} ...)
   */
  record Found(TreePath site, List<ResponseState> states, boolean returned, TypeMirror exception,
      boolean written) {}

  private final BodyContext context;
  private final ExpressionEvaluator evaluator;
  private final List<Found> found = new ArrayList<>();
  private ServletResponses servlet = ServletResponses.unknown();
  private int lambdaDepth;
  /** Whether some {@code return} of the method gives a value nothing is known of. */
  private boolean opaqueReturn;

  /** The sites of a handler, and whether some of its returns are beyond what can be known. */
  record Sites(List<Found> found, boolean opaqueReturn) {}

  private ResponseSites(BodyContext context, ExpressionEvaluator evaluator) {
    this.context = context;
    this.evaluator = evaluator;
  }

  /**
   * Every place in the method at {@code method} where it sends a response it built; a status it
   * sets on a servlet response keeps its headers and body unknown (a helper's caller may set them).
   */
  static List<Found> of(TreePath method, BodyContext context) {
    return of(method, context, false, false).found();
  }

  /** The same, for a helper method whose parameters stand for what its callers pass. */
  static List<Found> ofHelper(TreePath method, ExpressionEvaluator evaluator, BodyContext context) {
    return sitesIn(method, new ResponseSites(context, evaluator));
  }

  /**
   * Every place in the handler at {@code method} where it sends a response it built, with what it
   * writes on its servlet response parameters.
   *
   * @param servletHeadersVisible whether headers set on a servlet response are all the response
   *     gets (the handler returns nothing, or a plain value written as the body)
   * @param returnsNothing whether the handler returns no body
   */
  static Sites of(TreePath method, BodyContext context, boolean servletHeadersVisible,
      boolean returnsNothing) {
    ResponseSites sites = new ResponseSites(context, new ExpressionEvaluator(context, method));
    if (servletHeadersVisible) {
      sites.servlet = ServletResponses.of(method, context, sites.evaluator, returnsNothing);
    }
    return new Sites(sitesIn(method, sites), sites.opaqueReturn);
  }

  private static List<Found> sitesIn(TreePath method, ResponseSites sites) {
    MethodTree tree = (MethodTree) method.getLeaf();
    if (tree.getBody() != null) {
      sites.scan(new TreePath(method, tree.getBody()), null);
    }
    return sites.found;
  }

  private void add(TreePath site, List<ResponseState> states, boolean returned) {
    add(site, states, returned, null);
  }

  private void add(TreePath site, List<ResponseState> states, boolean returned, TypeMirror exception) {
    if (!states.isEmpty()) {
      found.add(new Found(site, states, returned, exception, false));
    }
  }

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    return null;
  }

  @Override
  public Void visitNewClass(NewClassTree node, Void unused) {
    // An anonymous class body is another method's business.
    scan(node.getEnclosingExpression(), null);
    scan(node.getArguments(), null);
    return null;
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
    lambdaDepth++;
    try {
      return super.visitLambdaExpression(node, unused);
    } finally {
      lambdaDepth--;
    }
  }

  @Override
  public Void visitReturn(ReturnTree node, Void unused) {
    if (lambdaDepth == 0 && node.getExpression() != null) {
      // Each branch of a returned ternary or switch, each return of work handed to a method that
      // returns its result, is the site of what it builds.
      for (TreePath branch : evaluator.branches(new TreePath(getCurrentPath(), node.getExpression()))) {
        List<ResponseState> states = evaluator.evaluate(branch);
        opaqueReturn |= states.isEmpty();
        add(branch, states, true);
      }
    }
    return super.visitReturn(node, unused);
  }

  @Override
  public Void visitThrow(ThrowTree node, Void unused) {
    TreePath expression = new TreePath(getCurrentPath(), node.getExpression());
    TypeMirror thrown = context.trees().getTypeMirror(expression);
    if (!isCaught(getCurrentPath(), thrown)) {
      add(expression, evaluator.evaluate(expression), false, thrown);
    }
    return super.visitThrow(node, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    Element element = context.trees().getElement(getCurrentPath());
    if (element instanceof ExecutableElement method) {
      if (context.recognisers().throwsSupplied(method)) {
        TypeMirror thrown = thrownBy(node);
        if (!isCaught(getCurrentPath(), thrown)) {
          TreePath supplier = new TreePath(getCurrentPath(), node.getArguments().get(0));
          add(getCurrentPath(), evaluator.results(supplier), false, thrown);
        }
      } else if (ResponseApi.setsStatus(method)) {
        List<ResponseState> written = servletStatus(method, node);
        if (!written.isEmpty()) {
          found.add(new Found(getCurrentPath(), written, false, null, true));
        }
      } else if (context.recognisers().sendsArgument(method) && node.getArguments().size() == 1) {
        TreePath result = new TreePath(getCurrentPath(), node.getArguments().get(0));
        add(getCurrentPath(), evaluator.evaluate(result), false);
      } else if (context.isHelper(method)) {
        for (MethodSummary.Raised sent : context.summary(method).raised()) {
          if (sent.exception() == null || !isCaught(getCurrentPath(), sent.exception())) {
            add(getCurrentPath(), evaluator.passedTo(List.of(sent.state()), getCurrentPath()), false,
                sent.exception());
          }
        }
      }
    }
    return super.visitMethodInvocation(node, unused);
  }

  /** A status set on a servlet response, with what the method writes on that response. */
  private List<ResponseState> servletStatus(ExecutableElement method, MethodInvocationTree call) {
    String name = TypeNames.name(method);
    TreePath receiver = ServletResponses.receiver(getCurrentPath());
    if (name.equals("sendRedirect")) {
      return List.of(servlet.written(302, name, receiver, getCurrentPath(), context));
    }
    List<ResponseState> result = new ArrayList<>();
    ExpressionTree argument = call.getArguments().get(0);
    for (Integer status : evaluator.statuses(new TreePath(getCurrentPath(), argument))) {
      result.add(servlet.written(status, name, receiver, getCurrentPath(), context));
    }
    return result;
  }

  /**
   * What the entry points written in the method at {@code method} as lambdas or method references
   * ({@code return (request, response, e) -> response.sendError(401);},
   * {@code .authenticationEntryPoint(this::unauthorized)}) write on their response, as an entry
   * point class's method would.
   */
  static List<Found> entryPoints(TreePath method, BodyContext context) {
    MethodTree tree = (MethodTree) method.getLeaf();
    List<Found> found = new ArrayList<>();
    if (tree.getBody() == null) {
      return found;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        if (isEntryPoint(getCurrentPath())) {
          ResponseSites sites = new ResponseSites(context, new ExpressionEvaluator(context, method));
          sites.servlet = ServletResponses.ofLambda(getCurrentPath(), context, sites.evaluator);
          sites.scan(new TreePath(getCurrentPath(), node.getBody()), null);
          found.addAll(sites.found);
          return null;
        }
        return super.visitLambdaExpression(node, unused);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        if (isEntryPoint(getCurrentPath())
            && context.trees().getElement(getCurrentPath()) instanceof ExecutableElement target) {
          TreePath targetPath = context.trees().getPath(target);
          if (targetPath != null && targetPath.getLeaf() instanceof MethodTree) {
            found.addAll(of(targetPath, context, true, true).found());
          }
        }
        return super.visitMemberReference(node, unused);
      }

      private boolean isEntryPoint(TreePath function) {
        TypeMirror type = context.trees().getTypeMirror(function);
        return type != null && context.recognisers().isEntryPoint(TypeNames.of(type));
      }
    }.scan(new TreePath(method, tree.getBody()), null);
    return found;
  }

  /**
   * The responses the handler-function lambdas of a router definition answer with, each at its
   * lambda (see {@link Recognisers#takesHandlerFunction}): a router definition is a method whose
   * own returns are routes, not responses.
   */
  static List<Found> routes(TreePath method, BodyContext context) {
    MethodTree tree = (MethodTree) method.getLeaf();
    List<Found> found = new ArrayList<>();
    if (tree.getBody() == null) {
      return found;
    }
    ExpressionEvaluator evaluator = new ExpressionEvaluator(context, method);
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (context.trees().getElement(getCurrentPath()) instanceof ExecutableElement called) {
          List<? extends VariableElement> parameters = called.getParameters();
          List<? extends ExpressionTree> arguments = node.getArguments();
          for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
            TreePath lambda = Functions.unwrapped(new TreePath(getCurrentPath(), arguments.get(i)));
            if (lambda.getLeaf() instanceof LambdaExpressionTree
                && context.recognisers().takesHandlerFunction(called, parameters.get(i), i == parameters.size() - 1)) {
              for (TreePath result : Functions.lambdaResults(lambda)) {
                List<ResponseState> states = evaluator.evaluate(result);
                if (!states.isEmpty()) {
                  found.add(new Found(result, states, true, null, false));
                }
              }
            }
          }
        }
        return super.visitMethodInvocation(node, unused);
      }
    }.scan(new TreePath(method, tree.getBody()), null);
    return found;
  }

  /** The exception a call declares, as inferred here ({@code X} of {@code orElseThrow}), or null. */
  private TypeMirror thrownBy(MethodInvocationTree call) {
    TypeMirror type = context.trees().getTypeMirror(new TreePath(getCurrentPath(), call.getMethodSelect()));
    return type instanceof ExecutableType executable && executable.getThrownTypes().size() == 1
        ? executable.getThrownTypes().get(0) : null;
  }

  /** Whether a {@code try} of this method around {@code path} catches what is thrown there. */
  private boolean isCaught(TreePath path, TypeMirror thrown) {
    if (thrown == null || thrown.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Tree child = path.getLeaf();
    for (TreePath current = path.getParentPath(); current != null; current = current.getParentPath()) {
      Tree leaf = current.getLeaf();
      if (leaf instanceof MethodTree || leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree) {
        return false;
      }
      if (leaf instanceof TryTree attempt && attempt.getBlock() == child) {
        for (CatchTree handler : attempt.getCatches()) {
          TypeMirror caught = context.trees().getTypeMirror(
              new TreePath(new TreePath(current, handler), handler.getParameter()));
          if (caught != null && caught.getKind() != TypeKind.ERROR
              && context.types().isSubtype(context.types().erasure(thrown), context.types().erasure(caught))) {
            return true;
          }
        }
      }
      child = leaf;
    }
    return false;
  }
}
