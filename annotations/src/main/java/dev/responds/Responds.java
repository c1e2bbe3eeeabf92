package dev.responds;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an HTTP status that a request handler answers with.
 *
 * <p>Put one {@code @Responds} per status on a Spring MVC or JAX-RS handler method, or on its
 * class to apply it to every handler of the class:
 *
 * <pre>{@code
 * @PostMapping("/books")
 * @Responds(CREATED)
 * @Responds(CONFLICT)
 * ResponseEntity<Book> create(@RequestBody Book book) { ... }
 * }</pre>
 *
 * <p>The Responds annotation processor then checks at compile time that each declared status is a
 * real, current HTTP status, that the handler can send it the way HTTP requires (a 201 with a
 * Location, a 204 without a body, a 405 with Allow, ...), and that the method body builds no
 * status it does not declare. It also generates {@code <Class>Responses} helpers whose methods
 * are exactly the declared statuses. The constants of {@link Status} make the codes read well.
 *
 * @see Status
 * @see StatusCode
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Responds.List.class)
public @interface Responds {

  /** The status code, for example {@code 201} or {@link Status#CREATED}. */
  int value();

  /** Holds repeated {@link Responds} annotations; written by the compiler, rarely by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @interface List {
    /** The repeated annotations. */
    Responds[] value();
  }
}
