package dev.responds.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.responds.StatusCode;
import dev.responds.processor.generate.StatusOverloads.Part;
import dev.responds.processor.model.Handler;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The JavaPoet spec of one {@code <Class>Responses} helper: one static method per handler and
 * declared status (one per class for a status that {@code @Responds} declares on the class),
 * each marked with {@code @Responds(code)}, and the private checks only where a header value is
 * taken.
 */
final class HelperSpec {
  private static final ClassName OBJECTS = ClassName.get(Objects.class);
  private static final ClassName ILLEGAL_ARGUMENT = ClassName.get(IllegalArgumentException.class);
  private static final TypeName STRING_SET =
      ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class));
  /** RFC 9110's token, which a method name in Allow must be. */
  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final int JAVADOC_WIDTH = 96;

  private final TypeElement handlerClass;
  private final String packageName;
  private final String helperName;
  private final boolean isPublic;
  /** {@code @Generated}'s class, or null when the compilation offers none. */
  private final ClassName generated;
  /** {@code dev.responds.Responds}, marking each method with its status; null if not visible. */
  private final ClassName responds;

  HelperSpec(TypeElement handlerClass, String packageName, String helperName, boolean isPublic,
      ClassName generated, ClassName responds) {
    this.handlerClass = handlerClass;
    this.packageName = packageName;
    this.helperName = helperName;
    this.isPublic = isPublic;
    this.generated = generated;
    this.responds = responds;
  }

  /** The whole source file. */
  JavaFile build(List<HandlerHelper> helpers) {
    TypeSpec.Builder type = TypeSpec.classBuilder(helperName)
        .addJavadoc(wrap("The {@code @Responds} statuses of the handlers of "
            + Javadoc.code(handlerClass.getSimpleName().toString()) + ". Generated; do not edit."))
        .addModifiers(Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (isPublic) {
      type.addModifiers(Modifier.PUBLIC);
    }
    if (generated != null) {
      type.addAnnotation(AnnotationSpec.builder(generated)
          .addMember("value", "$S", HelperGenerator.PROCESSOR).build());
    }
    Set<Part> used = new HashSet<>();
    for (Method method : methods(helpers)) {
      type.addMethod(statusMethod(method));
      used.addAll(method.parts());
    }
    if (used.contains(Part.ALLOWED_METHODS)) {
      type.addMethod(allowValue());
    }
    if (used.contains(Part.RETRY_AFTER)) {
      type.addMethod(retryAfterSeconds());
    }
    if (used.stream().anyMatch(HelperSpec::isCheckedHeader)) {
      type.addMethod(headerValue());
    }
    JavaFile.Builder file = JavaFile.builder(packageName, type.build())
        .skipJavaLangImports(true)
        .indent("  ");
    // Every method that takes a value checks it is there.
    if (used.stream().anyMatch(part -> part != Part.BODY && part != Part.COMPUTED_ALLOW)) {
      file.addStaticImport(OBJECTS, "requireNonNull");
    }
    return file.build();
  }

  /** One status method to write: its helper (a handler's, or the class-wide one), name, status, parameters. */
  private record Method(HandlerHelper helper, String name, int code, List<Part> parts) {}

  private static List<Method> methods(List<HandlerHelper> helpers) {
    List<Method> methods = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (HandlerHelper handlerHelper : helpers) {
      for (int code : handlerHelper.codes()) {
        String name = HelperNames.statusMethodName(handlerHelper.accessorName(), code, names);
        Set<List<TypeName>> erasures = new HashSet<>();
        for (List<Part> parts : StatusOverloads.of(code, handlerHelper.allow() != null,
            handlerHelper.takesBody())) {
          List<TypeName> erasure = parts.stream()
              .filter(part -> part != Part.COMPUTED_ALLOW)
              .map(part -> erasure(parameterType(part, handlerHelper.bodyType())))
              .collect(Collectors.toList());
          // A body type equal to a header parameter's type (a 201 with a URI body) would give
          // two methods with the same erasure: the first one in the list wins.
          if (erasures.add(erasure)) {
            methods.add(new Method(handlerHelper, name, code, parts));
          }
        }
      }
    }
    return methods;
  }

  private MethodSpec statusMethod(Method method) {
    HandlerHelper helper = method.helper();
    ResponseTarget target = helper.target();
    TypeName bodyType = helper.bodyType();
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(target.returnType(bodyType));
    if (bodyType instanceof TypeVariableName variable) {
      spec.addTypeVariable(variable);
    }
    if (responds != null) {
      spec.addAnnotation(AnnotationSpec.builder(responds).addMember("value", "$L", method.code())
          .build());
    }
    CodeBlock.Builder chain = CodeBlock.builder()
        .add("return $T.status($L)", target.responseClass(), method.code());
    List<String> effects = new ArrayList<>();
    String throwsWhen = null;
    for (Part part : method.parts()) {
      String parameter = parameterName(part);
      if (part != Part.COMPUTED_ALLOW) {
        spec.addParameter(parameterType(part, bodyType), parameter);
      }
      switch (part) {
        case LOCATION, MONITOR -> {
          chain.add("$Z.location(requireNonNull($N, $S))", parameter, parameter);
          effects.add(part == Part.LOCATION ? "{@code Location} from {@code location}"
              : "{@code Location} from {@code monitor}, the status monitor");
        }
        case CHALLENGE, PROXY_CHALLENGE, CONTENT_RANGE, UPGRADE -> {
          String header = headerName(part);
          chain.add("$Z.header($S, headerValue($S, $N))", header, header, parameter);
          effects.add("{@code " + header + "} from {@code " + parameter + "}");
          throwsWhen = "{@code " + parameter + "} is empty or holds a control character";
        }
        case COMPUTED_ALLOW -> {
          chain.add("$Z.header($S, $S)", "Allow", helper.allow());
          effects.add(Javadoc.code("Allow: " + helper.allow()) + ", what the classes compiled"
              + " with this one map on " + Javadoc.code(helper.handler().path()) + " (a class"
              + " compiled apart, in another module, is not seen: pass the full list to the"
              + " {@code Set} overload then)");
        }
        case ALLOWED_METHODS -> {
          chain.add("$Z.header($S, allowValue($N))", "Allow", parameter);
          effects.add("{@code Allow} from {@code allowedMethods}, sorted");
          throwsWhen = "a method is not a token";
        }
        case RETRY_AFTER -> {
          chain.add("$Z.header($S, retryAfterSeconds($N))", "Retry-After", parameter);
          effects.add("{@code Retry-After} from {@code retryAfter}, in seconds rounded up");
          throwsWhen = "{@code retryAfter} is negative";
        }
        case BODY -> chain.add("$Z.$L($N)", target.bodyMethod(), parameter);
      }
    }
    boolean withBody = method.parts().contains(Part.BODY);
    if (!withBody || target != ResponseTarget.SPRING) {
      chain.add("$Z.build()");
    }
    spec.addStatement(chain.build());

    // The name, the parameters and @Responds say what a plain method builds; javadoc only where
    // there is more to say: a checked header value, a computed Allow, a class-wide status.
    boolean computed = method.parts().contains(Part.COMPUTED_ALLOW);
    if (throwsWhen != null || computed || helper.handler() == null) {
      StatusCode status = StatusCode.of(method.code());
      effects.add(withBody ? "the body" : "no body");
      String javadoc = Javadoc.code(status == null ? Integer.toString(method.code())
          : status.describe()) + " for " + describe(helper) + ": " + String.join(", ", effects) + ".";
      if (throwsWhen != null) {
        javadoc += "\n\n@throws IllegalArgumentException if " + throwsWhen;
      }
      spec.addJavadoc(wrap(javadoc));
    }
    return spec.build();
  }

  /** A private method that checks a value and returns it as a header value. */
  private static MethodSpec.Builder headerCheck(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class);
  }

  private static MethodSpec allowValue() {
    return headerCheck("allowValue")
        .addParameter(STRING_SET, "methods")
        .addStatement("$T sorted = new $T<>()", STRING_SET, TreeSet.class)
        .beginControlFlow("for (String method : $T.requireNonNull(methods, $S))", OBJECTS,
            "allowedMethods")
        .beginControlFlow("if (method == null || !method.matches($S))", TOKEN)
        .addStatement("throw new $T($S + method)", ILLEGAL_ARGUMENT,
            "Allow lists HTTP methods (tokens), not ")
        .endControlFlow()
        .addStatement("sorted.add(method)")
        .endControlFlow()
        .addStatement("return String.join($S, sorted)", ", ")
        .build();
  }

  private static MethodSpec retryAfterSeconds() {
    return headerCheck("retryAfterSeconds")
        .addParameter(Duration.class, "retryAfter")
        .beginControlFlow("if ($T.requireNonNull(retryAfter, $S).isNegative())", OBJECTS,
            "retryAfter")
        .addStatement("throw new $T($S + retryAfter)", ILLEGAL_ARGUMENT,
            "Retry-After must not be negative: ")
        .endControlFlow()
        .addComment("Rounded up: a wait below one second is no invitation to retry at once.")
        .addStatement("return Long.toString(retryAfter.getSeconds() + (retryAfter.getNano() > 0"
            + " ? 1 : 0))")
        .build();
  }

  private static MethodSpec headerValue() {
    return headerCheck("headerValue")
        .addParameter(String.class, "header")
        .addParameter(String.class, "value")
        .beginControlFlow("if ($T.requireNonNull(value, header).isBlank())", OBJECTS)
        .addStatement("throw new $T(header + $S)", ILLEGAL_ARGUMENT, " value must not be empty")
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < value.length(); i++)")
        .beginControlFlow("if (value.charAt(i) < ' ' && value.charAt(i) != '\\t'"
            + " || value.charAt(i) == 0x7f)")
        .addStatement("throw new $T(header + $S)", ILLEGAL_ARGUMENT,
            " value must not hold control characters (response splitting)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  private static boolean isCheckedHeader(Part part) {
    return part == Part.CHALLENGE || part == Part.PROXY_CHALLENGE || part == Part.CONTENT_RANGE
        || part == Part.UPGRADE;
  }

  private static String headerName(Part part) {
    return switch (part) {
      case CHALLENGE -> "WWW-Authenticate";
      case PROXY_CHALLENGE -> "Proxy-Authenticate";
      case CONTENT_RANGE -> "Content-Range";
      case UPGRADE -> "Upgrade";
      default -> throw new IllegalArgumentException("no checked header for " + part);
    };
  }

  private static TypeName parameterType(Part part, TypeName bodyType) {
    return switch (part) {
      case LOCATION, MONITOR -> ClassName.get(URI.class);
      case CHALLENGE, PROXY_CHALLENGE, CONTENT_RANGE, UPGRADE -> ClassName.get(String.class);
      case ALLOWED_METHODS -> STRING_SET;
      case RETRY_AFTER -> ClassName.get(Duration.class);
      case BODY -> bodyType;
      case COMPUTED_ALLOW -> throw new IllegalArgumentException("no parameter for " + part);
    };
  }

  private static String parameterName(Part part) {
    return switch (part) {
      case LOCATION -> "location";
      case MONITOR -> "monitor";
      case CHALLENGE, PROXY_CHALLENGE -> "challenge";
      case CONTENT_RANGE -> "contentRange";
      case UPGRADE -> "protocol";
      case ALLOWED_METHODS -> "allowedMethods";
      case RETRY_AFTER -> "retryAfter";
      case BODY -> "body";
      case COMPUTED_ALLOW -> "allow";
    };
  }

  private static TypeName erasure(TypeName type) {
    if (type instanceof TypeVariableName) {
      return ClassName.OBJECT;
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      return parameterized.rawType();
    }
    if (type instanceof ArrayTypeName array) {
      return ArrayTypeName.of(erasure(array.componentType()));
    }
    return type;
  }

  /** Javadoc text broken into lines of at most {@value #JAVADOC_WIDTH} characters where it can be. */
  private static CodeBlock wrap(String text) {
    StringBuilder result = new StringBuilder();
    for (String paragraph : text.split("\n", -1)) {
      int lineStart = result.length();
      for (String word : words(paragraph)) {
        if (result.length() > lineStart
            && result.length() - lineStart + 1 + word.length() > JAVADOC_WIDTH) {
          result.append('\n');
          lineStart = result.length();
        } else if (result.length() > lineStart) {
          result.append(' ');
        }
        result.append(word);
      }
      result.append('\n');
    }
    result.setLength(result.length() - 1);
    return CodeBlock.of("$L", result);
  }

  /** The words of a paragraph, where a {@code <code>} element or an inline tag counts as one. */
  private static List<String> words(String paragraph) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int open = 0;
    for (String part : paragraph.split(" ")) {
      if (word.length() > 0) {
        word.append(' ');
      }
      word.append(part);
      open += count(part, "<code>") - count(part, "</code>") + count(part, "{@") - count(part, "}");
      if (open <= 0) {
        words.add(word.toString());
        word.setLength(0);
        open = 0;
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static int count(String text, String tag) {
    int count = 0;
    for (int at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + 1)) {
      count++;
    }
    return count;
  }

  /** {@code BookApi.create(Book)}, POST /books; or the class, for a class-wide status. */
  private String describe(HandlerHelper helper) {
    Handler handler = helper.handler();
    if (handler == null) {
      return "every handler of " + Javadoc.code(handlerClass.getSimpleName().toString())
          + ", which declares it on the class";
    }
    String parameters = handler.method().getParameters().stream()
        .map(VariableElement::asType)
        .map(HelperSpec::simpleName)
        .collect(Collectors.joining(", "));
    String method = Javadoc.code(handler.type().getSimpleName() + "."
        + handler.method().getSimpleName() + "(" + parameters + ")");
    if (!handler.isEndpoint()) {
      return "the exception handler " + method;
    }
    String httpMethods = handler.httpMethods().isEmpty()
        ? "any method" : String.join(", ", new TreeSet<>(handler.httpMethods()));
    return method + " (" + Javadoc.code(httpMethods + " " + handler.path()) + ")";
  }

  private static String simpleName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return simpleName(((ArrayType) type).getComponentType()) + "[]";
    }
    return type.toString();
  }
}
