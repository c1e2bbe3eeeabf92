package dev.responds.processor.body;

import dev.responds.processor.body.api.Argument;
import dev.responds.processor.body.api.ResponseState;
import dev.responds.processor.body.api.TypeNames;
import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A helper's parameters as they stand while it is summarised, and how its summary is completed with
 * what a caller passes. Each parameter that may carry a response (a builder, a response, header
 * map, a {@code T}) stands for a state marked by a header name no real header has: whatever the
 * helper returns still carrying that mark was derived from the parameter, with the headers it
 * added beside the mark, its own status or the parameter's placeholder status, and its own body
 * or, unchanged, an unknown one with headers still complete. A caller puts what it passed in their
 * place ({@code return withCaching(ResponseEntity.ok()).body(book)}).
 */
final class ParameterStates {
  private static final String MARK = "\u0000parameter ";

  private ParameterStates() {}

  /** Whether a parameter of this type may carry a response into the helper. */
  static boolean mayCarryResponse(VariableElement parameter) {
    TypeMirror type = parameter.asType();
    if (type.getKind() == TypeKind.TYPEVAR) {
      return true;
    }
    String name = TypeNames.of(type);
    return !name.isEmpty() && (!name.startsWith("java.") || name.equals("java.lang.Object"));
  }

  /** The state parameter {@code index} stands for while its method is summarised. */
  static ResponseState placeholder(int index) {
    return new ResponseState(status(index), Presence.UNKNOWN, new Headers(Set.of(MARK + index), true));
  }

  /** Apart from a constructor's parameters ({@link Calls#placeholder}), which may be summarised alongside. */
  private static int status(int index) {
    return ResponseState.placeholder(1 << 15 | index);
  }

  /** The states a helper returns, with what the caller passed put in place of its parameters. */
  static List<ResponseState> substitute(List<ResponseState> returned, List<Argument> arguments) {
    List<ResponseState> result = new ArrayList<>();
    for (ResponseState state : returned) {
      List<ResponseState> filled = List.of(state);
      for (int index : marks(state)) {
        List<ResponseState> given = index < arguments.size() ? arguments.get(index).states() : List.of();
        List<ResponseState> next = new ArrayList<>();
        for (ResponseState partial : filled) {
          if (given.isEmpty()) {
            next.add(fill(partial, index, ResponseState.unknown()));
          }
          for (ResponseState passed : given) {
            next.add(fill(partial, index, passed));
          }
        }
        filled = next;
      }
      result.addAll(filled);
    }
    return result;
  }

  private static List<Integer> marks(ResponseState state) {
    List<Integer> indexes = new ArrayList<>();
    for (String name : state.headers().names()) {
      if (name.startsWith(MARK)) {
        indexes.add(Integer.valueOf(name.substring(MARK.length())));
      }
    }
    return indexes;
  }

  /** {@code derived}, made from parameter {@code index} by the helper, applied to what was passed. */
  private static ResponseState fill(ResponseState derived, int index, ResponseState passed) {
    Integer status = derived.status() != null && derived.status() == status(index)
        ? passed.status() : derived.status();
    Headers added = derived.headers();
    boolean unchangedBody = derived.body() == Presence.UNKNOWN && added.complete();
    Presence body = unchangedBody ? passed.body() : derived.body();
    Set<String> names = new TreeSet<>(passed.headers().names());
    for (String name : added.names()) {
      if (!name.equals(MARK + index)) {
        names.add(name);
      }
    }
    String contentType = added.names().contains(Headers.CONTENT_TYPE) ? added.contentType()
        : passed.headers().contentType();
    return new ResponseState(status, body,
        new Headers(names, added.complete() && passed.headers().complete(), contentType));
  }
}
