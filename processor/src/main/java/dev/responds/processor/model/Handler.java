package dev.responds.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A method as the web framework sees it: the framework-neutral model that adapters fill and that
 * rules and the generator read.
 *
 * @param type the class being compiled that the handler belongs to
 * @param method the method (which may inherit its mapping from a supertype)
 * @param framework Spring or one of the JAX-RS namespaces; null for {@link HandlerRole#NONE}
 * @param role endpoint, exception handler, or none
 * @param httpMethods upper-case HTTP methods; empty means any method
 * @param path the full normalised path, class mapping plus method mapping ("/" at least)
 * @param produces media types the handler produces (empty: not declared)
 * @param consumes media types the handler consumes (empty: not declared)
 * @param parameters what the parameters let the handler read and write
 * @param returnShape what the handler returns
 * @param responds {@code @Responds} codes on the method (or, when it has none, on the nearest
 *     method it overrides that has some), then those on the class
 * @param frameworkStatus the code of Spring's {@code @ResponseStatus} on the method, or null
 * @param answers the responses the handler can send, as far as the declarations and (once the
 *     body pass has run) the body tell
 * @param documented the responses its OpenAPI annotations list (none when it has none)
 * @param unknownPaths whether some response it sends is beyond what the processor can know: a
 *     status computed at run time, or a body the body pass could not read
 */
public record Handler(
    TypeElement type,
    ExecutableElement method,
    Framework framework,
    HandlerRole role,
    Set<String> httpMethods,
    String path,
    List<String> produces,
    List<String> consumes,
    Parameters parameters,
    ReturnShape returnShape,
    List<DeclaredStatus> responds,
    DeclaredStatus frameworkStatus,
    List<Answer> answers,
    DocumentedResponses documented,
    boolean unknownPaths) {

  public Handler {
    httpMethods = Collections.unmodifiableSortedSet(new TreeSet<>(httpMethods));
    produces = List.copyOf(produces);
    consumes = List.copyOf(consumes);
    responds = List.copyOf(responds);
    answers = List.copyOf(answers);
  }

  /** A handler as the framework adapters see it: nothing documented, nothing unknown yet. */
  public Handler(TypeElement type, ExecutableElement method, Framework framework, HandlerRole role,
      Set<String> httpMethods, String path, List<String> produces, List<String> consumes,
      Parameters parameters, ReturnShape returnShape, List<DeclaredStatus> responds,
      DeclaredStatus frameworkStatus, List<Answer> answers) {
    this(type, method, framework, role, httpMethods, path, produces, consumes, parameters,
        returnShape, responds, frameworkStatus, answers, DocumentedResponses.NONE, false);
  }

  public boolean isEndpoint() {
    return role == HandlerRole.ENDPOINT;
  }

  /** True when the handler is mapped to some methods, all of them in {@code methods}. */
  public boolean onlyAnswers(Set<String> methods) {
    return !httpMethods.isEmpty() && methods.containsAll(httpMethods);
  }

  public boolean declaresResponds() {
    return !responds.isEmpty();
  }

  /**
   * Whether {@code @Responds} sits on the method, or on a method it overrides (an interface's),
   * and not only on the class: class-level codes add to a handler's own list, they are no list.
   */
  public boolean declaresOwnResponds() {
    return responds.stream().anyMatch(status -> status.site().owner() instanceof ExecutableElement);
  }

  /**
   * The same handler with more answers (those the body pass found), and whether some of what it
   * sends stays unknown.
   */
  public Handler withAnswers(List<Answer> more, boolean unknown) {
    List<Answer> all = new ArrayList<>(answers);
    all.addAll(more);
    return new Handler(type, method, framework, role, httpMethods, path, produces, consumes,
        parameters, returnShape, responds, frameworkStatus, all, documented, unknownPaths || unknown);
  }

  /**
   * The same handler without the answers its declarations give for a normal return (a plain
   * value's or a {@code void} method's status): its body never returns normally.
   */
  public Handler withoutNormalReturn() {
    return new Handler(type, method, framework, role, httpMethods, path, produces, consumes,
        parameters, returnShape, responds, frameworkStatus,
        answers.stream().filter(Answer::fromBody).toList(), documented, unknownPaths);
  }

  /** The same handler with the responses its OpenAPI annotations list. */
  public Handler withDocumented(DocumentedResponses responses) {
    return new Handler(type, method, framework, role, httpMethods, path, produces, consumes,
        parameters, returnShape, responds, frameworkStatus, answers, responses, unknownPaths);
  }

  /** The same handler with its {@code @Responds} codes and the answers the declarations give. */
  public Handler withDeclarations(List<DeclaredStatus> respondsCodes, List<Answer> declaredAnswers) {
    return new Handler(type, method, framework, role, httpMethods, path, produces, consumes,
        parameters, returnShape, respondsCodes, frameworkStatus, declaredAnswers, documented,
        unknownPaths);
  }
}
