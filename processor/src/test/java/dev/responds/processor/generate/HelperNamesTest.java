package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class HelperNamesTest {

  @Test
  void overloadsAreNumberedAfterRealNamesAreReserved() {
    assertThat(HelperNames.accessorNames(List.of("create", "get", "create", "create2", "create")))
        .containsExactly("create", "get", "create3", "create2", "create4").inOrder();
  }

  @Test
  void nestedClassesAreUpperCamelAndUniqueIgnoringCase() {
    assertThat(HelperNames.nestedClassNames(
            List.of("get", "GET", "booksResponses", "list"), "BooksResponses"))
        .containsExactly("Get", "GET2", "BooksResponses2", "List").inOrder();
  }

  @Test
  void statusMethodsComeFromTheCatalogue() {
    assertThat(HelperNames.statusMethodName(201)).isEqualTo("created");
    assertThat(HelperNames.statusMethodName(405)).isEqualTo("methodNotAllowed");
    assertThat(HelperNames.statusMethodName(303)).isEqualTo("seeOther");
    assertThat(HelperNames.statusMethodName(299)).isEqualTo("status299");
  }
}
