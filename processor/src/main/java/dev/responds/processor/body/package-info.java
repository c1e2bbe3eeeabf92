/**
 * The method-body pass: on javac's ANALYZE event, {@link
 * dev.responds.processor.body.JavacAttributedPass} models each class, and {@code BodyInterpreter}
 * adds to every handler the responses its body builds, before the rules run.
 *
 * <p>The interpretation is abstract and only ever certain: {@code ResponseSites} finds where a
 * response leaves a method ({@code return}, {@code throw}, {@code Optional.orElseThrow}, a helper
 * that throws, a status set on the servlet response); {@code ExpressionEvaluator} evaluates the
 * expression there to {@code ResponseState}s (status, body, headers), resolving every call to its
 * declaring type through javac's symbols and asking the recognisers ({@code SpringResponses},
 * {@code JaxRsResponses}, {@code AsyncWrappers}, {@code GeneratedHelpers}); {@code
 * LocalVariables} follows locals and the in-place changes of builders and {@code HttpHeaders};
 * {@code MethodSummaries} summarises each helper method once. Whatever is computed at run time
 * evaluates to nothing (no answer), or to an unknown body and incomplete headers, on which no rule
 * fires.
 *
 * <p>Every {@code com.sun.source} reference of the processor lives in this package, which is loaded
 * only when javac is the compiler.
 */
package dev.responds.processor.body;
