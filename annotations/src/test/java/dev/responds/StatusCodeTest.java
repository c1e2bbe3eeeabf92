package dev.responds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class StatusCodeTest {

  @Test
  void everyCodeOfTheSeedTablesAndTheIanaRegistryIsCatalogued() {
    int[] seed = {
      100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303,
      304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412,
      413, 414, 415, 416, 417, 418, 420, 422, 423, 424, 425, 426, 428, 429, 431, 444, 449, 450,
      451, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511
    };
    int[] ianaBeyondSeed = {421};
    for (int code : seed) {
      assertNotNull(StatusCode.of(code), "missing " + code);
    }
    for (int code : ianaBeyondSeed) {
      assertNotNull(StatusCode.of(code), "missing " + code);
    }
  }

  @Test
  void standingsFollowRfc9110() {
    assertEquals(Standing.UNUSED, StatusCode.of(306).standing());
    assertEquals(Standing.UNUSED, StatusCode.of(418).standing());
    assertEquals(Standing.DEPRECATED, StatusCode.of(305).standing());
    assertEquals(Standing.DEPRECATED, StatusCode.of(510).standing());
    assertEquals(Standing.DEPRECATED, StatusCode.of(102).standing());
    assertEquals(Standing.STANDARD, StatusCode.of(308).standing(), "308 is no longer experimental");
    assertEquals(Standing.STANDARD, StatusCode.of(422).standing(), "RFC 9110 made 422 general");
    assertEquals(Standing.WEBDAV, StatusCode.of(507).standing());
    assertEquals("Twitter", StatusCode.of(420).vendor());
    assertEquals("Nginx", StatusCode.of(444).vendor());
    assertEquals("Nginx", StatusCode.of(499).vendor());
    assertEquals("Microsoft", StatusCode.of(449).vendor());
    assertEquals("Microsoft", StatusCode.of(450).vendor());
  }

  @Test
  void vendorsAreNamedExactlyForVendorCodes() {
    for (StatusCode status : StatusCode.values()) {
      assertEquals(status.standing() == Standing.VENDOR, status.vendor() != null, status.name());
    }
  }

  @Test
  void codesAreUniqueInRangeAndInOrder() {
    Set<Integer> seen = new HashSet<>();
    int previous = 0;
    for (StatusCode status : StatusCode.values()) {
      assertTrue(seen.add(status.code()), "duplicate " + status.code());
      assertTrue(status.code() > previous, "out of order: " + status);
      assertNotNull(status.statusClass());
      previous = status.code();
    }
    assertNull(StatusCode.of(299));
    assertNull(StatusClass.of(99));
    assertNull(StatusClass.of(600));
  }

  @Test
  void helperMethodNamesAreLowerCamelCaseReasonPhrases() {
    assertEquals("created", StatusCode.CREATED.methodName());
    assertEquals("noContent", StatusCode.NO_CONTENT.methodName());
    assertEquals("methodNotAllowed", StatusCode.METHOD_NOT_ALLOWED.methodName());
    assertEquals("seeOther", StatusCode.SEE_OTHER.methodName());
    assertEquals("ok", StatusCode.OK.methodName());
    assertEquals("nonAuthoritativeInformation", StatusCode.of(203).methodName());
    long distinct = Arrays.stream(StatusCode.values()).map(StatusCode::methodName).distinct().count();
    assertEquals(StatusCode.values().length, distinct);
  }

  @Test
  void namedConstantsMatchTheCatalogueOneToOne() throws IllegalAccessException {
    Set<String> constants = new HashSet<>();
    for (Field field : Status.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
        StatusCode status = StatusCode.valueOf(field.getName());
        assertEquals(status.code(), field.getInt(null), field.getName());
        constants.add(field.getName());
      }
    }
    assertEquals(StatusCode.values().length, constants.size());
  }
}
