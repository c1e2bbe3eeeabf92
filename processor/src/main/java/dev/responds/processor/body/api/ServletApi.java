package dev.responds.processor.body.api;

import javax.lang.model.element.ExecutableElement;

/** The servlet API's part: a servlet filter passes the request on with {@code chain.doFilter(..)}. */
final class ServletApi implements Recogniser {
  @Override
  public boolean passesRequestOn(ExecutableElement method) {
    String owner = TypeNames.owner(method);
    return (owner.equals("jakarta.servlet.FilterChain") || owner.equals("javax.servlet.FilterChain"))
        && TypeNames.name(method).equals("doFilter");
  }
}
