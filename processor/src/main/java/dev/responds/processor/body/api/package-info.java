/**
 * What each response API knows, apart from the interpreter that asks: one {@link
 * dev.responds.processor.body.api.Recogniser} per API (Spring's {@code ResponseEntity} and
 * exceptions, functional {@code ServerResponse}s, JAX-RS and Quarkus responses, Micronaut, the
 * {@code Optional}/{@code Mono}/{@code CompletableFuture} wrappers, Mutiny, the servlet API, our
 * generated helpers), listed once in {@link dev.responds.processor.body.api.Recognisers}, which
 * the interpreter consults. The vocabulary they share with the interpreter is {@link
 * dev.responds.processor.body.api.ResponseState} (what is known of a response), {@link
 * dev.responds.processor.body.api.Argument} (a call's argument, evaluated on demand) and {@link
 * dev.responds.processor.body.api.TypeNames}. {@code ResponseApi} (the response objects that code
 * writes on call by call), {@code ResponseForms} (which kind of object made a response, for fix
 * texts) and {@code MediaTypes} (the value of a Content-Type) are the remaining tables of API
 * knowledge.
 *
 * <p>A new framework's response type is a new {@code Recogniser} here plus its line in {@code
 * Recognisers}; nothing in the interpreter changes.
 */
package dev.responds.processor.body.api;
