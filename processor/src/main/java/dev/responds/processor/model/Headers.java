package dev.responds.processor.model;

import java.util.Locale;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known of a response's headers: the names certainly set (lower case), and whether that
 * list is complete. An incomplete list means some headers may have been set where we cannot see.
 *
 * @param contentType the media type the Content-Type header is set to ({@code type/subtype}, lower
 *     case, without parameters) when it is set and its value is known; null otherwise
 */
public record Headers(Set<String> names, boolean complete, String contentType) {

  public static final String LOCATION = "location";
  public static final String ALLOW = "allow";
  public static final String WWW_AUTHENTICATE = "www-authenticate";
  public static final String PROXY_AUTHENTICATE = "proxy-authenticate";
  public static final String CONTENT_RANGE = "content-range";
  public static final String CONTENT_TYPE = "content-type";
  public static final String UPGRADE = "upgrade";
  public static final String RETRY_AFTER = "retry-after";

  /** No header at all, for certain: a plain return value with no way to set one. */
  public static Headers none() {
    return new Headers(Set.of(), true);
  }

  /** Nothing is known. */
  public static Headers unknown() {
    return new Headers(Set.of(), false);
  }

  public Headers {
    names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
  }

  /** Headers whose values are not known. */
  public Headers(Set<String> names, boolean complete) {
    this(names, complete, null);
  }

  /** True only when the header is certainly not set. */
  public boolean lacks(String name) {
    return complete && !names.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the Content-Type may be {@code mediaType}: it is set to that, or to a value we cannot
   * know, or headers may have been set where we cannot see.
   */
  public boolean mayHaveContentType(String mediaType) {
    if (!complete) {
      return true;
    }
    return names.contains(CONTENT_TYPE) && (contentType == null || contentType.equals(mediaType));
  }

  /** The header set to a value we do not know. */
  public Headers with(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Set<String> more = new TreeSet<>(names);
    more.add(lower);
    return new Headers(more, complete, lower.equals(CONTENT_TYPE) ? null : contentType);
  }

  /**
   * The Content-Type set to a media type (parameters are dropped), or to an unknown value when
   * {@code mediaType} is null.
   */
  public Headers withContentType(String mediaType) {
    Headers set = with(CONTENT_TYPE);
    if (mediaType == null) {
      return set;
    }
    int parameters = mediaType.indexOf(';');
    String type = (parameters < 0 ? mediaType : mediaType.substring(0, parameters))
        .trim().toLowerCase(Locale.ROOT);
    return new Headers(set.names, complete, type.isEmpty() ? null : type);
  }

  /** The same names, but no longer known to be all of them. */
  public Headers opened() {
    return new Headers(names, false, contentType);
  }
}
