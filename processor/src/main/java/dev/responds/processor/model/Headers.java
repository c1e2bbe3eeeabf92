package dev.responds.processor.model;

import java.util.Locale;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known of a response's headers: the names certainly set (lower case), and whether that
 * list is complete. An incomplete list means some headers may have been set where we cannot see.
 */
public record Headers(Set<String> names, boolean complete) {

  public static final String LOCATION = "location";
  public static final String ALLOW = "allow";
  public static final String WWW_AUTHENTICATE = "www-authenticate";
  public static final String PROXY_AUTHENTICATE = "proxy-authenticate";
  public static final String CONTENT_RANGE = "content-range";
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

  /** True only when the header is certainly not set. */
  public boolean lacks(String name) {
    return complete && !names.contains(name.toLowerCase(Locale.ROOT));
  }

  public Headers with(String name) {
    Set<String> more = new TreeSet<>(names);
    more.add(name.toLowerCase(Locale.ROOT));
    return new Headers(more, complete);
  }

  /** The same names, but no longer known to be all of them. */
  public Headers opened() {
    return new Headers(names, false);
  }
}
