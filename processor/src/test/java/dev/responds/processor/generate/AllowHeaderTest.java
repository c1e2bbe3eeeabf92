package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import dev.responds.processor.model.Framework;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.HandlerRole;
import dev.responds.processor.model.Parameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class AllowHeaderTest {

  private static Handler endpoint(String path, String... methods) {
    return new Handler(null, null, Framework.SPRING, HandlerRole.ENDPOINT, Set.of(methods), path,
        List.of(), List.of(), Parameters.none(), null, List.of(), null, List.of());
  }

  private static AllowHeader mapping(Handler... handlers) {
    AllowHeader allow = new AllowHeader();
    List.of(handlers).forEach(allow::add);
    return allow;
  }

  @Test
  void otherMethodsOnThePathWithHeadForGetAndOptions() {
    Handler delete = endpoint("/books/{id}", "DELETE");
    AllowHeader allow = mapping(endpoint("/books", "POST", "GET"), endpoint("/books/{id}", "GET"),
        endpoint("/books/{id}", "PUT"), delete);
    assertThat(allow.of(delete)).isEqualTo("GET, HEAD, OPTIONS, PUT");
  }

  @Test
  void theHandlersOwnMethodsAreLeftOutEvenWhenAnotherHandlerMapsThem() {
    Handler get = endpoint("/items", "GET");
    assertThat(mapping(get, endpoint("/items", "GET", "POST")).of(get)).isEqualTo("OPTIONS, POST");
  }

  @Test
  void aLonePathAllowsOnlyOptions() {
    Handler post = endpoint("/jobs", "POST");
    assertThat(mapping(post).of(post)).isEqualTo("OPTIONS");
  }

  @Test
  void pathsCompareByShapeNotByVariableNames() {
    Handler patch = endpoint("/books/{bookId}/pages/{n}", "PATCH");
    AllowHeader allow = mapping(patch, endpoint("/books/{id}/pages/{page}", "GET"),
        endpoint("/books/{id}/pages", "POST"), endpoint("/books/{id}/{page}", "PUT"));
    assertThat(allow.of(patch)).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(AllowHeader.shape("/books/{id}/pages/{page}")).isEqualTo("/books/{}/pages/{}");
  }

  @Test
  void methodsThatAreNotTokensNeverReachTheHeader() {
    Handler delete = endpoint("/books/{id}", "DELETE");
    AllowHeader allow = mapping(delete, endpoint("/books/{id}", "PATCH\r\nSET-COOKIE: X", "GET"));
    assertThat(allow.of(delete)).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(AllowHeader.isToken("M-SEARCH")).isTrue();
    assertThat(AllowHeader.isToken("PATCH\r\nSET-COOKIE: X")).isFalse();
    assertThat(AllowHeader.isToken("GET\u0000")).isFalse();
    assertThat(AllowHeader.isToken("")).isFalse();
  }
}
