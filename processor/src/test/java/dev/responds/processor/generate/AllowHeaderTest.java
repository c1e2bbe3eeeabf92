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

  @Test
  void otherMethodsOnThePathWithHeadForGetAndOptions() {
    Handler delete = endpoint("/books/{id}", "DELETE");
    List<Handler> all = List.of(endpoint("/books", "POST", "GET"), endpoint("/books/{id}", "GET"),
        endpoint("/books/{id}", "PUT"), delete);
    assertThat(AllowHeader.of(delete, all)).isEqualTo("GET, HEAD, OPTIONS, PUT");
  }

  @Test
  void theHandlersOwnMethodsAreLeftOutEvenWhenAnotherHandlerMapsThem() {
    Handler get = endpoint("/items", "GET");
    List<Handler> all = List.of(get, endpoint("/items", "GET", "POST"));
    assertThat(AllowHeader.of(get, all)).isEqualTo("OPTIONS, POST");
  }

  @Test
  void aLonePathAllowsOnlyOptions() {
    Handler post = endpoint("/jobs", "POST");
    assertThat(AllowHeader.of(post, List.of(post))).isEqualTo("OPTIONS");
  }
}
