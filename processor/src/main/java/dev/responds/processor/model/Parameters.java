package dev.responds.processor.model;

import java.util.Locale;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a handler's parameters give it.
 *
 * @param requestBody it reads a request body ({@code @RequestBody}, a JAX-RS entity parameter)
 * @param requestHeaders lower-case names of request headers it reads by name
 * @param allRequestHeaders it can read every request header ({@code HttpHeaders}, a header map)
 * @param preconditions it can evaluate conditional requests (Spring {@code WebRequest}, JAX-RS
 *     {@code Request})
 * @param rawResponse it can write status, headers and body itself ({@code HttpServletResponse})
 */
public record Parameters(
    boolean requestBody,
    Set<String> requestHeaders,
    boolean allRequestHeaders,
    boolean preconditions,
    boolean rawResponse) {

  public Parameters {
    requestHeaders = Collections.unmodifiableSortedSet(new TreeSet<>(requestHeaders));
  }

  public static Parameters none() {
    return new Parameters(false, Set.of(), false, false, false);
  }

  /** True when the handler can see any of these request headers. */
  public boolean readsAnyOf(String... headerNames) {
    if (allRequestHeaders || preconditions) {
      return true;
    }
    for (String name : headerNames) {
      if (requestHeaders.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
