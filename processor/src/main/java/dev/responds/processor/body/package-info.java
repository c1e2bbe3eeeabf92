/**
 * The method-body pass: on javac's ANALYZE event, {@link
 * dev.responds.processor.body.JavacAttributedPass} models each class, and {@code BodyInterpreter}
 * adds to every handler the responses its body builds, before the rules run.
 *
 * <p>This package is the interpreter core, which names no framework class; what each response API
 * knows lives in {@link dev.responds.processor.body.api}, one recogniser per API, which the core
 * asks. The interpretation is abstract and only ever certain: {@code ResponseSites} finds where a
 * response leaves a method ({@code return}, {@code throw}, a supplier that is thrown, a helper that
 * throws, a status set on a response object, a response handed to the framework later, the
 * handler-function lambdas of a router definition); {@code ExpressionEvaluator} evaluates the
 * expression there to {@code ResponseState}s (status, body, headers), dispatching on its form to
 * {@code Calls} (calls and constructors, asked of the recognisers), {@code StatusValues}
 * (constants and status values), {@code Functions} (lambdas, method references, anonymous
 * classes) and {@code Conditionals} (ternaries and switches); {@code LocalVariables} follows locals
 * and the in-place changes of builders and header maps; {@code ServletResponses} what code writes
 * on a response object call by call, with {@code FilterChains} telling where a filter passes the
 * request on; {@code MethodSummaries} summarises each helper method once. Whatever is computed at
 * run time evaluates to nothing (no answer), or to an unknown body and incomplete headers, on
 * which no rule fires.
 *
 * <p>Every {@code com.sun.source} reference of the processor lives in this package and {@code
 * body.api}, which are loaded only when javac is the compiler.
 */
package dev.responds.processor.body;
