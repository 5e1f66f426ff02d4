package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.disstatus.catalog.ErrorCodeEntry;
import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.example.status.DisErrorCode;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error-code enum generated for this module from the bundled DIS catalog, called as a user calls it: every
 * error code of the catalog has its constant with the document's texts, and {@code find} maps a body's code.
 */
class GeneratedErrorCodeTest {
  private static final List<ErrorCodeEntry> CATALOG = StatusCatalog.bundled().errorCodes().orElseThrow().entries();

  @Test
  void everyErrorCodeHasItsConstantInDocumentOrder() {
    DisErrorCode[] constants = DisErrorCode.values();
    assertEquals(54, constants.length);
    for (int i = 0; i < constants.length; i++) {
      ErrorCodeEntry entry = CATALOG.get(i);
      DisErrorCode constant = constants[i];
      assertEquals(entry.constantName(), constant.name());
      assertEquals(entry.code(), constant.code());
      assertEquals(entry.status(), constant.status());
      assertEquals(entry.message(), constant.message());
      assertEquals(entry.description(), constant.description());
      assertEquals(entry.solution(), constant.solution());
      assertEquals(entry.guidance().map(Enum::name), constant.guidance().map(Enum::name));
      assertEquals(Optional.of(constant), DisErrorCode.find(entry.code()));
    }
  }

  @Test
  void flowControlReadsAsTheDocumentSaysIt() {
    DisErrorCode flowControl = DisErrorCode.find("DIS.4303").orElseThrow();
    assertSame(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT, flowControl);
    assertEquals(400, flowControl.status());
    assertEquals("Exceeded traffic control limit.", flowControl.message());
    assertEquals("Add the stream or reduce the upload rate.", flowControl.solution());
    assertEquals(Optional.of(DisErrorCode.Guidance.RETRY_WITH_BACKOFF), flowControl.guidance());
    assertEquals(Optional.of(DisErrorCode.Guidance.RETRY_WITH_BACKOFF), DisErrorCode.TOO_MANY_STREAM_REQUESTS.guidance());
    assertEquals(Optional.of(DisErrorCode.Guidance.RENEW_CURSOR), DisErrorCode.EXPIRED_PARTITION_CURSOR.guidance());
    assertEquals(Optional.of(DisErrorCode.Guidance.CHECK_THEN_RETRY_LATER),
        DisErrorCode.TOO_MANY_REQUEST_FAILURES.guidance());
    assertEquals(Optional.empty(), DisErrorCode.STREAM_DOES_NOT_EXIST.guidance());
    assertEquals("Invalid Project Id. %s", DisErrorCode.INVALID_PROJECT_ID.message());
    assertEquals(403, DisErrorCode.INVALID_RBAC.status());
    assertEquals(500, DisErrorCode.SYSTEM_ERROR.status());
  }

  /** A hit returns the constant's own Optional, made once: nothing is allocated per lookup. */
  @Test
  void findReturnsTheSameOptionalEveryTime() {
    String code = new String("DIS.4301".toCharArray());
    assertSame(DisErrorCode.find("DIS.4301"), DisErrorCode.find(code));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "DIS.9999", "dis.4303", "DIS.4303 ", " DIS.4303", "4303", "DIS.430"})
  void findIsEmptyForCodesTheDocumentDoesNotList(String code) {
    assertEquals(Optional.empty(), DisErrorCode.find(code));
  }

  @Test
  void findIsEmptyForNull() {
    assertEquals(Optional.empty(), DisErrorCode.find(null));
  }

  /** README's recipe: the body's code of a dispatched exception, looked up; isRetryable() is the status's alone. */
  @Test
  void anExceptionsErrorCodeFindsItsConstantAndGuidance() {
    DisStatusException error = DisStatusDispatcher.exceptionFor(400,
        "{\"errorCode\":\"DIS.4303\",\"message\":\"Exceeded traffic control limit.\"}", Map.of());
    assertEquals(Optional.of(DisErrorCode.Guidance.RETRY_WITH_BACKOFF),
        DisErrorCode.find(error.errorCode().orElse(null)).flatMap(DisErrorCode::guidance));
    assertEquals(false, error.isRetryable());
    DisStatusException plain = DisStatusDispatcher.exceptionFor(400, "Bad Request", Map.of());
    assertEquals(Optional.empty(), DisErrorCode.find(plain.errorCode().orElse(null)));
  }

  @Test
  void guidanceSaysWhatTheClientShouldDo() {
    assertEquals("The same request may be sent again after backing off: the client should reduce its request rate.",
        DisErrorCode.Guidance.RETRY_WITH_BACKOFF.text());
  }
}
