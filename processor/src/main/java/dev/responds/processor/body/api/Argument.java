package dev.responds.processor.body.api;

import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * One argument of a recognised call, as the recognisers see it: evaluated by the interpreter when
 * it is written in the source, or {@link #opaque()} when a method reference passes it ({@code
 * ResponseEntity::ok}). Every question answers "unknown" (empty, null, false) unless the value is
 * certain.
 */
public interface Argument {

  /** A value known only to exist: the input of a method reference. */
  static Argument opaque() {
    return Opaque.INSTANCE;
  }

  /** Whether it is the literal {@code null} (through parentheses). */
  boolean isNullLiteral();

  /**
   * A body given as this argument: absent for {@code null} (a literal, or cast as in {@code
   * (Void) null}) and for any expression of type {@code Void}, whose only value is null.
   */
  Presence asBody();

  /** The media type this Content-Type argument stands for, or null when it is not known. */
  String mediaType();

  /** Its static type, or null when a method reference passes it. */
  TypeMirror type();

  /** Whether it is a literal or a compile-time constant. */
  boolean isConstant();

  /** The value of a compile-time constant string, or null. */
  String constantString();

  /** The status codes this argument can stand for; empty when computed at run time. */
  List<Integer> statuses();

  /** The responses (or exceptions, or header maps) this argument can be. */
  List<ResponseState> states();

  /** What a function argument (lambda, method reference) returns. */
  List<ResponseState> results();

  /**
   * The headers an {@code HttpHeaders} argument holds, or that a {@code Consumer<HttpHeaders>}
   * sets; null when they cannot be known.
   */
  Headers headers();

  /** The argument a method reference passes: it exists, and nothing else is known. */
  enum Opaque implements Argument {
    INSTANCE;

    @Override
    public boolean isNullLiteral() {
      return false;
    }

    @Override
    public Presence asBody() {
      return Presence.PRESENT;
    }

    @Override
    public String mediaType() {
      return null;
    }

    @Override
    public TypeMirror type() {
      return null;
    }

    @Override
    public boolean isConstant() {
      return false;
    }

    @Override
    public String constantString() {
      return null;
    }

    @Override
    public List<Integer> statuses() {
      return List.of();
    }

    @Override
    public List<ResponseState> states() {
      return List.of();
    }

    @Override
    public List<ResponseState> results() {
      return List.of();
    }

    @Override
    public Headers headers() {
      return null;
    }
  }
}
