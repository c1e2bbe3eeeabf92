package dev.responds.processor.body.api;

import dev.responds.processor.model.Headers;
import dev.responds.processor.model.Presence;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the body pass knows of one response under construction (or of an exception that becomes
 * one when thrown, or of a local {@code HttpHeaders}): a status that may still be unknown, the
 * body and the headers.
 *
 * @param status the code, or null when it is computed at run time; while a method is summarised,
 *     a {@linkplain #placeholder placeholder} for a status its caller passes
 */
public record ResponseState(Integer status, Presence body, Headers headers) {
  /**
   * Placeholder statuses sit at the bottom of the int range, far from any literal a program
   * writes where a status goes ({@code status(-1)} is a real, wrong, code to report).
   */
  private static final int FIRST_PLACEHOLDER = Integer.MIN_VALUE;
  private static final int PLACEHOLDERS = 1 << 16;

  /** The status standing for slot {@code slot} of a summarised method (a parameter), not a code. */
  public static int placeholder(int slot) {
    if (slot < 0 || slot >= PLACEHOLDERS) {
      throw new IllegalArgumentException("placeholder slot " + slot);
    }
    return FIRST_PLACEHOLDER + slot;
  }

  /** The slot a placeholder status stands for, or -1 when {@code status} is a code (or unknown). */
  public static int placeholderSlot(Integer status) {
    return status != null && status < FIRST_PLACEHOLDER + PLACEHOLDERS ? status - FIRST_PLACEHOLDER : -1;
  }

  /** A response with this status, no body yet and no header. */
  public static ResponseState of(Integer status) {
    return new ResponseState(status, Presence.ABSENT, Headers.none());
  }

  /** The state of an exception that the framework turns into a response with this status. */
  public static ResponseState thrown(Integer status, Headers headers) {
    return new ResponseState(status, Presence.UNKNOWN, headers);
  }

  /**
   * A value computed where we cannot see, standing beside known alternatives: nothing about it is
   * known, not even its status.
   */
  public static ResponseState unknown() {
    return new ResponseState(null, Presence.UNKNOWN, Headers.unknown());
  }

  /** A plain header map ({@code new HttpHeaders()}): no status, no body. */
  public static ResponseState headerMap() {
    return new ResponseState(null, Presence.ABSENT, Headers.none());
  }

  public ResponseState withStatus(Integer code) {
    return new ResponseState(code, body, headers);
  }

  public ResponseState withBody(Presence presence) {
    return new ResponseState(status, presence, headers);
  }

  public ResponseState withHeader(String name) {
    return new ResponseState(status, body, headers.with(name));
  }

  public ResponseState withHeaders(Headers more) {
    Headers merged = headers;
    for (String name : more.names()) {
      merged = name.equals(Headers.CONTENT_TYPE) ? merged.withContentType(more.contentType())
          : merged.with(name);
    }
    return new ResponseState(status, body, more.complete() ? merged : merged.opened());
  }

  /** The Content-Type set to this media type, or to an unknown value when it is null. */
  public ResponseState withContentType(String mediaType) {
    return new ResponseState(status, body, headers.withContentType(mediaType));
  }

  /** Something we cannot see may have set headers. */
  public ResponseState withOpenedHeaders() {
    return new ResponseState(status, body, headers.opened());
  }

  /** Something we cannot see may have changed anything but the status. */
  public ResponseState uncertain() {
    return new ResponseState(status, Presence.UNKNOWN, headers.opened());
  }

  /** The headers certainly set in every one of {@code states}; null when there is none. */
  public static Headers common(List<ResponseState> states) {
    if (states.isEmpty()) {
      return null;
    }
    Set<String> names = new TreeSet<>(states.get(0).headers().names());
    boolean complete = true;
    String contentType = states.get(0).headers().contentType();
    for (ResponseState state : states) {
      names.retainAll(state.headers().names());
      complete &= state.headers().complete();
      if (!Objects.equals(contentType, state.headers().contentType())) {
        contentType = null;
      }
    }
    return new Headers(names, complete, names.contains(Headers.CONTENT_TYPE) ? contentType : null);
  }
}
