package dev.responds.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.responds.processor.model.DeclaredStatus;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.TypeModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Writes the {@code <Class>Responses} helpers of a class with JavaPoet. It reads the handler model
 * and the status catalogue, and knows nothing of the rules.
 *
 * <p>A helper covers the handlers with {@code @Responds} (endpoints and exception handlers), one
 * accessor each, in source order. Every handler gets one, whatever it returns: a Spring handler
 * that returns a plain body or {@code void} gets helpers typed for the {@code ResponseEntity} it
 * would switch to ({@code ResponseEntity<Book>}, {@code ResponseEntity<Void>}); a JAX-RS handler
 * that returns an entity can still throw {@code new WebApplicationException(response)}.
 *
 * <p>Generation never fails the build: a handler whose types are not resolved, or whose framework
 * response class is missing, is left out with one note; anything unexpected skips the class with
 * one note.
 */
public final class HelperGenerator {
  /** The longest file name that common file systems (ext4, APFS, NTFS) accept, in bytes. */
  private static final int MAX_FILE_NAME_BYTES = 255;

  static final String PROCESSOR = "dev.responds.processor.RespondsProcessor";
  private static final String RESPONDS = "dev.responds.Responds";

  private final ProcessingEnvironment environment;
  /** Helpers written in this compilation, by qualified name, with the class each serves. */
  private final Map<String, String> written = new HashMap<>();
  /** Looked up once per compilation: the class path does not change between rounds. */
  private Optional<ClassName> responds;
  private Optional<ClassName> generated;
  /** The classes of this round, modelled on demand: what a computed Allow value reads. */
  private Supplier<List<TypeModel>> roundClasses = List::of;
  /** The methods the round's classes map on each path, built when a 405 first needs them. */
  private AllowHeader allowHeader;

  public HelperGenerator(ProcessingEnvironment environment) {
    this.environment = environment;
  }

  /**
   * Starts a round whose classes (every type the round enters, nested ones too) {@code classes}
   * models. A 405's Allow value lists what all of them map on its path, so it is asked only when
   * a helper has a 405.
   */
  public void startRound(Supplier<List<TypeModel>> classes) {
    roundClasses = classes;
    allowHeader = null;
  }

  /** Writes the helpers for the handlers of {@code model} that carry {@code @Responds}, if any. */
  public void generate(TypeModel model) {
    if (environment == null || model == null) {
      return;
    }
    try {
      write(model);
    } catch (FilerException e) {
      // The Filer refuses a name that a source of this compilation already declares.
      error(model.type(), "a class named " + HelperNames.helperName(model.type()) + " already"
          + " exists, so " + model.type().getQualifiedName() + " gets no helper: rename that"
          + " class (or compile with -Aresponds.helpers=false)");
    } catch (IOException | RuntimeException | LinkageError e) {
      note(model.type(), "no helper generated for " + model.type().getQualifiedName()
          + " after an internal error (" + e + "); please report it");
    }
  }

  private void write(TypeModel model) throws IOException {
    List<Handler> handlers = new ArrayList<>();
    for (Handler handler : model.handlers()) {
      if (handler.role().isHandler() && handler.declaresResponds()
          && handler.framework() != null && ResponseTarget.of(handler.framework()) != null) {
        handlers.add(handler);
      }
    }
    if (handlers.isEmpty()) {
      return;
    }
    TypeElement type = model.type();
    Elements elements = environment.getElementUtils();
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    String helperName = HelperNames.helperName(type);
    String qualifiedName = packageName.isEmpty() ? helperName : packageName + "." + helperName;
    String served = type.getQualifiedName().toString();
    int fileNameBytes = (helperName + ".java").getBytes(StandardCharsets.UTF_8).length;
    if (fileNameBytes > MAX_FILE_NAME_BYTES) {
      // Refused before the Filer creates a file it could not open (javac would then warn of
      // "Unclosed files", which fails a -Werror build).
      error(type, "the helper's file name " + helperName + ".java would be " + fileNameBytes + " bytes,"
          + " more than file systems allow (" + MAX_FILE_NAME_BYTES + "): shorten the name of "
          + type.getSimpleName() + ", or compile with -Aresponds.helpers=false");
      return;
    }
    String earlier = written.get(qualifiedName);
    if (earlier != null) {
      if (!earlier.equals(served)) {
        error(type, served + " and " + earlier + " both map to the helper " + qualifiedName
            + ", which serves " + earlier + ": rename one of the two classes");
      }
      return;
    }

    // Names come from every handler that could get a helper, so that leaving one out (an
    // unresolved type) does not rename the others.
    List<String> methodNames = new ArrayList<>();
    handlers.forEach(handler -> methodNames.add(handler.method().getSimpleName().toString()));
    List<String> accessors = HelperNames.accessorNames(methodNames);

    BodyTypes bodyTypes = new BodyTypes(elements);
    Set<ResponseTarget> missingTargets = EnumSet.noneOf(ResponseTarget.class);
    Set<ResponseTarget> targets = EnumSet.noneOf(ResponseTarget.class);
    List<HandlerHelper> helpers = new ArrayList<>();
    for (int i = 0; i < handlers.size(); i++) {
      Handler handler = handlers.get(i);
      ResponseTarget target = ResponseTarget.of(handler.framework());
      if (elements.getTypeElement(target.requiredClass()) == null) {
        if (missingTargets.add(target)) {
          note(type, "no " + helperName + " helpers for the " + handler.framework()
              + " handlers of " + type.getSimpleName() + ": " + target.requiredClass()
              + " is not on the classpath");
        }
        continue;
      }
      TypeName bodyType = bodyTypes.of(handler, packageName);
      if (bodyType == null) {
        note(handler.method(), "no " + helperName + "." + accessors.get(i) + "* helpers: the"
            + " return type of " + type.getSimpleName() + "." + handler.method().getSimpleName()
            + " (" + handler.method().getReturnType() + ") is not resolved");
        continue;
      }
      targets.add(target);
      List<Integer> codes = codes(handler, true);
      String allow = handler.isEndpoint() && codes.contains(405) ? allowHeader().of(handler) : null;
      helpers.add(new HandlerHelper(handler, accessors.get(i), target, bodyType, codes, allow));
    }
    helpers = withClassWideStatuses(helpers, targets);
    if (helpers.isEmpty()) {
      return;
    }
    String source = new HelperSpec(type, packageName, helperName, isPublic(type),
        generatedAnnotation(), respondsAnnotation()).build(helpers).toString();
    written.put(qualifiedName, served);
    try (Writer writer = environment.getFiler().createSourceFile(qualifiedName, type).openWriter()) {
      writer.write(source);
    }
  }

  /**
   * The helpers with the statuses that {@code @Responds} declares on the class: one method each
   * for the whole class ({@code serviceUnavailable(Duration)}), generic in the body type, where
   * the handlers share one response type; else one per handler, like their own statuses.
   * Handlers that declare nothing of their own get no methods of their own.
   */
  private static List<HandlerHelper> withClassWideStatuses(List<HandlerHelper> helpers,
      Set<ResponseTarget> targets) {
    Set<Integer> classWide = new TreeSet<>();
    List<HandlerHelper> result = new ArrayList<>();
    for (HandlerHelper helper : helpers) {
      List<Integer> onClass = new ArrayList<>(codes(helper.handler(), false));
      onClass.removeAll(helper.codes());
      List<Integer> own = new ArrayList<>(helper.codes());
      if (targets.size() == 1) {
        classWide.addAll(onClass);
      } else {
        own.addAll(onClass);
      }
      if (!own.isEmpty()) {
        result.add(new HandlerHelper(helper.handler(), helper.accessorName(), helper.target(),
            helper.bodyType(), own.stream().sorted().toList(), helper.allow()));
      }
    }
    if (!classWide.isEmpty()) {
      ResponseTarget target = targets.iterator().next();
      result.add(0, new HandlerHelper(null, "", target,
          target == ResponseTarget.SPRING ? BodyTypes.GENERIC : BodyTypes.OBJECT,
          List.copyOf(classWide), null));
    }
    return result;
  }

  private AllowHeader allowHeader() {
    if (allowHeader == null) {
      allowHeader = new AllowHeader();
      for (TypeModel model : roundClasses.get()) {
        for (Handler handler : model.handlers()) {
          handler.httpMethods().stream().filter(method -> !AllowHeader.isToken(method))
              .forEach(method -> reportNotToken(handler, method));
          allowHeader.add(handler);
        }
      }
    }
    return allowHeader;
  }

  /**
   * A method name that is no RFC 9110 token (a custom JAX-RS {@code @HttpMethod} with a space or a
   * line break) would forge headers in an Allow value: an error on the annotation that names it.
   */
  private void reportNotToken(Handler handler, String method) {
    String message = "[responds] the HTTP method \"" + escaped(method) + "\" of "
        + handler.type().getSimpleName() + "." + handler.method().getSimpleName() + " is not a"
        + " token (RFC 9110: letters, digits and !#$%&'*+-.^_`|~ only), so no generated Allow"
        + " header lists it: name the method with those characters only";
    AnnotationMirror annotation = annotationNaming(handler.method(), method);
    if (annotation == null) {
      environment.getMessager().printMessage(Diagnostic.Kind.ERROR, message, handler.method());
    } else {
      environment.getMessager().printMessage(Diagnostic.Kind.ERROR, message, handler.method(),
          annotation);
    }
  }

  /** {@code text} with line breaks and other control characters shown as Java escapes. */
  private static String escaped(String text) {
    StringBuilder result = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\r' -> result.append("\\r");
        case '\n' -> result.append("\\n");
        default -> result.append(c < ' ' || c == 0x7f ? String.format("\\u%04x", (int) c) : c);
      }
    }
    return result.toString();
  }

  /**
   * The annotation on {@code method} that holds {@code name}, in its own values or in those of
   * an annotation on its type (JAX-RS's {@code @HttpMethod} on a custom method annotation); null
   * when none does, and the error then points at the method.
   */
  private static AnnotationMirror annotationNaming(ExecutableElement method, String name) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      if (holds(annotation, name)) {
        return annotation;
      }
      for (AnnotationMirror meta : annotation.getAnnotationType().asElement().getAnnotationMirrors()) {
        if (holds(meta, name)) {
          return annotation;
        }
      }
    }
    return null;
  }

  private static boolean holds(AnnotationMirror annotation, String name) {
    return annotation.getElementValues().values().stream()
        .anyMatch(value -> value.getValue() instanceof String text && text.equalsIgnoreCase(name));
  }

  /**
   * The codes a handler declares with {@code @Responds} on its method (or one it overrides), or
   * with {@code onMethod} false on its class, that a helper offers: 200 to 599, each once, sorted.
   */
  private static List<Integer> codes(Handler handler, boolean onMethod) {
    Set<Integer> codes = new TreeSet<>();
    for (DeclaredStatus status : handler.responds()) {
      if (status.code() >= 200 && status.code() <= 599
          && status.site().owner() instanceof ExecutableElement == onMethod) {
        codes.add(status.code());
      }
    }
    return List.copyOf(codes);
  }

  /** A helper is public only where its class is: it does not widen a package-private API. */
  private static boolean isPublic(TypeElement type) {
    for (Element element = type; element != null && !(element instanceof PackageElement);
        element = element.getEnclosingElement()) {
      if (!element.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /** {@code @Responds}, which marks each helper method with its status, when javac can see it. */
  private ClassName respondsAnnotation() {
    if (responds == null) {
      responds = Optional.ofNullable(environment.getElementUtils().getTypeElement(RESPONDS))
          .map(ClassName::get);
    }
    return responds.orElse(null);
  }

  /** {@code @Generated} from the newest package the compilation offers, or none. */
  private ClassName generatedAnnotation() {
    if (generated == null) {
      Elements elements = environment.getElementUtils();
      generated = Optional.empty();
      for (String name :
          List.of("javax.annotation.processing.Generated", "javax.annotation.Generated")) {
        if (elements.getTypeElement(name) != null) {
          generated = Optional.of(ClassName.bestGuess(name));
          break;
        }
      }
    }
    return generated.orElse(null);
  }

  private void error(Element element, String message) {
    environment.getMessager().printMessage(Diagnostic.Kind.ERROR, "[responds] " + message, element);
  }

  private void note(Element element, String message) {
    environment.getMessager().printMessage(Diagnostic.Kind.NOTE, "[responds] " + message, element);
  }
}
