package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.responds.processor.Compiler.findings;

import com.google.testing.compile.Compilation;
import dev.responds.StatusCode;
import dev.responds.Standing;
import dev.responds.processor.Compiler;
import dev.responds.processor.model.StatusRequirement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Every method of every generated helper, for every standard status from 200 to 599: called, it
 * sets what {@link StatusRequirement} says its status requires; returned from a handler that
 * declares the status, with every rule on as an error, it gives no finding. What a helper method
 * sets, what the checks expect and what the body pass trusts of a helper call come from that one
 * place.
 */
final class HelpersMeetEveryRuleTest {
  private static final List<String> ALL_RULES_AS_ERRORS = List.of("-Aresponds.severity=all:error");

  private static List<Integer> standardCodes() {
    return Arrays.stream(StatusCode.values())
        .filter(status -> status.code() >= 200 && status.code() <= 599)
        .filter(status -> status.standing() == Standing.STANDARD
            || status.standing() == Standing.WEBDAV)
        .map(StatusCode::code)
        .toList();
  }

  /**
   * One POST handler per status, declaring it and 200, with the body of the same index. It
   * declares what it consumes and produces, reads a conditional header and creates with POST:
   * the rules about declarations (406, 415, 304, 201 from GET) have nothing to say.
   */
  private static JavaFileObject spring(List<Integer> codes, List<String> bodies) {
    StringBuilder handlers = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      handlers.append("""

            @PostMapping(path = "/s%1$d", consumes = "text/plain", produces = "text/plain")
            @Responds(200)%3$s
            public ResponseEntity<String> s%1$d(
                @RequestHeader(value = "If-None-Match", required = false) String tag) {
          %2$s
            }
          """.formatted(code, bodies.get(i), code == 200 ? "" : " @Responds(" + code + ")"));
    }
    return Compiler.source("com.example.Every", """
        package com.example;

        import dev.responds.Responds;
        import java.net.URI;
        import java.time.Duration;
        import java.util.Set;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/every")
        public class Every {
        %s
        }
        """.formatted(handlers));
  }

  /** A call of a helper method with an argument of each parameter's type, as source. */
  private static String call(Method method) {
    String arguments = Arrays.stream(method.getParameterTypes())
        .map(type -> type == URI.class ? "URI.create(\"/every/1\")"
            : type == Duration.class ? "Duration.ofSeconds(30)"
            : type == Set.class ? "Set.of(\"GET\")"
            : "\"bytes 0-1/2\"")
        .collect(Collectors.joining(", "));
    return "EveryResponses." + method.getName() + "(" + arguments + ")";
  }

  /** The same call, made: what the helper method builds. */
  private static ResponseEntity<?> invoke(Method method) throws ReflectiveOperationException {
    Object[] arguments = Arrays.stream(method.getParameterTypes())
        .map(type -> type == URI.class ? URI.create("/every/1")
            : type == Duration.class ? Duration.ofSeconds(30)
            : type == Set.class ? Set.of("GET")
            : "bytes 0-1/2")
        .toArray();
    return (ResponseEntity<?>) method.invoke(null, arguments);
  }

  @Test
  void everyHelperMethodOfEveryStatusMeetsItsRequirementAndPassesEveryRule()
      throws ReflectiveOperationException {
    List<Integer> codes = standardCodes();
    List<String> placeholders = codes.stream().map(code -> "    return null;").toList();
    Compilation first = HelperCompiler.compile(spring(codes, placeholders));
    LoadedHelper helper = new LoadedHelper(first, "com.example.EveryResponses");
    Method[] methods = helper.loadClass("com.example.EveryResponses").getDeclaredMethods();

    List<String> bodies = new ArrayList<>();
    int calls = 0;
    for (int code : codes) {
      String prefix = "s" + code;
      List<Method> ofStatus = Arrays.stream(methods)
          .filter(method -> Modifier.isPublic(method.getModifiers()))
          .filter(method -> method.getName().startsWith(prefix)
              && Character.isUpperCase(method.getName().charAt(prefix.length())))
          // Each handler also declares 200, whose method closes its body.
          .filter(method -> code == 200 || !method.getName().equals(prefix + "Ok"))
          .sorted(Comparator.comparing(Method::toString))
          .toList();
      StringBuilder body = new StringBuilder("    int choice = tag == null ? 0 : tag.length();\n");
      StatusRequirement requirement = StatusRequirement.of(code);
      for (int i = 0; i < ofStatus.size(); i++) {
        ResponseEntity<?> response = invoke(ofStatus.get(i));
        assertThat(response.getStatusCode().value()).isEqualTo(code);
        if (requirement.header() != null) {
          assertThat(response.getHeaders().keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
              .toList()).contains(requirement.header());
        }
        if (requirement.bodyForbidden()) {
          assertThat(response.hasBody()).isFalse();
        }
        body.append("    if (choice == ").append(i).append(") {\n      return ")
            .append(call(ofStatus.get(i))).append(";\n    }\n");
      }
      body.append("    return EveryResponses.").append(prefix).append("Ok(\"ok\");");
      bodies.add(body.toString());
      calls += ofStatus.size();
    }
    assertThat(calls).isGreaterThan(codes.size());

    Compilation second = Compiler.compile(ALL_RULES_AS_ERRORS, spring(codes, bodies));
    assertThat(findings(second)).isEmpty();
    assertThat(second).succeeded();
  }
}
