package dev.responds.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class HelperNamesTest {

  @Test
  void overloadsAreNumberedAfterRealNamesAreReserved() {
    assertThat(HelperNames.accessorNames(List.of("create", "get", "create", "create2", "create")))
        .containsExactly("create", "get", "create3", "create2", "create4").inOrder();
  }

  @Test
  void statusMethodsAreTheAccessorAndTheStatusAndUnique() {
    Set<String> taken = new HashSet<>();
    assertThat(HelperNames.statusMethodName("get", 404, taken)).isEqualTo("getNotFound");
    // "getNot" + "Found" spells the same name: the later one is numbered.
    assertThat(HelperNames.statusMethodName("getNot", 302, taken)).isEqualTo("getNotFound2");
    assertThat(HelperNames.statusMethodName("create", 201, taken)).isEqualTo("createCreated");
  }

  @Test
  void statusMethodsComeFromTheCatalogue() {
    assertThat(HelperNames.statusName(201)).isEqualTo("created");
    assertThat(HelperNames.statusName(405)).isEqualTo("methodNotAllowed");
    assertThat(HelperNames.statusName(303)).isEqualTo("seeOther");
    assertThat(HelperNames.statusName(299)).isEqualTo("status299");
  }
}
