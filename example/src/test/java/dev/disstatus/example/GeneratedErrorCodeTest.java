package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.disstatus.catalog.ErrorCodeEntry;
import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.example.status.DisClientErrorException;
import dev.disstatus.example.status.DisErrorCode;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error-code enum generated for this module from the bundled DIS catalog, called as a user calls it: every
 * error code of the catalog has its constant with the document's texts, {@code find} maps a body's code, and an
 * exception's {@code error()}, {@code is(code)} and {@code isRetryable()} read it from the body.
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
    assertEquals(Optional.of(DisErrorCode.Guidance.RETRY_WITH_BACKOFF),
        DisErrorCode.TOO_MANY_STREAM_REQUESTS.guidance());
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

  /** A string with the hash code of a listed code is not that code: find compares the strings too. */
  @Test
  void findIsEmptyForACodeWithTheHashOfAListedOne() {
    // 31 * ('1' - '0') + ('\u0014' - '3') == 0: the same hash as "DIS.4303", in the same slot of find's table.
    String sameHash = "DIS.431\u0014";
    assertEquals("DIS.4303".hashCode(), sameHash.hashCode());
    assertEquals(Optional.empty(), DisErrorCode.find(sameHash));
  }

  @Test
  void findIsEmptyForNull() {
    assertEquals(Optional.empty(), DisErrorCode.find(null));
  }

  /** Both keys: 400 is flow control (back off, send again) or a missing stream (do not), as the body says. */
  @Test
  void retryableFollowsTheErrorCodeWhereTheDocumentGivesItGuidance() {
    DisStatusException throttled =
        DisStatusDispatcher.exceptionFor(400, body("DIS.4303", "Exceeded traffic control limit."), Map.of());
    assertEquals(Optional.of(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT), throttled.error());
    assertEquals(true, throttled.isRetryable());
    assertEquals(true, DisStatusDispatcher.exceptionFor(400, body("DIS.4305", "Too many stream requests."), Map.of())
        .isRetryable());
    DisStatusException noStream =
        DisStatusDispatcher.exceptionFor(400, body("DIS.4301", "The stream does not exist."), Map.of());
    assertEquals(Optional.of(DisErrorCode.STREAM_DOES_NOT_EXIST), noStream.error());
    assertEquals(false, noStream.isRetryable());
    assertEquals(false, DisStatusDispatcher.exceptionFor(400, body("DIS.4225", "Expired partition cursor."), Map.of())
        .isRetryable());
    assertEquals(false, DisStatusDispatcher.exceptionFor(400, body("DIS.4309", "Too many request failures."), Map.of())
        .isRetryable());
  }

  /** Without a listed error code the status decides, as before: 408 may be sent again, 400 may not. */
  @Test
  void retryableFollowsTheStatusOtherwise() {
    DisStatusException unlisted = DisStatusDispatcher.exceptionFor(400, body("DIS.9999", "New."), Map.of());
    assertEquals(Optional.empty(), unlisted.error());
    assertEquals(false, unlisted.isRetryable());
    assertEquals(true, DisStatusDispatcher.exceptionFor(408, "", Map.of()).isRetryable());
    assertEquals(true, DisStatusDispatcher.exceptionFor(408, body("DIS.4301", "x"), Map.of()).isRetryable());
    assertEquals(Optional.empty(), DisStatusDispatcher.exceptionFor(400, "Bad Request", Map.of()).error());
  }

  /**
   * For PutRecords' per-record error codes, where no exception is made: the code alone says whether to resend,
   * and for 400 (what DIS sends these codes with) it says what the exception would.
   */
  @Test
  void retryableByCodeIsTheErrorCodesGuidanceAlone() {
    assertEquals(true, DisErrorCode.isRetryable("DIS.4303"));
    assertEquals(true, DisErrorCode.isRetryable(new String("DIS.4305".toCharArray())));
    assertEquals(false, DisErrorCode.isRetryable("DIS.4301"));
    assertEquals(false, DisErrorCode.isRetryable("DIS.5000"));
    assertEquals(false, DisErrorCode.isRetryable("DIS.4225"));
    assertEquals(false, DisErrorCode.isRetryable("DIS.4309"));
    for (DisErrorCode code : DisErrorCode.values()) {
      assertEquals(code.guidance().equals(Optional.of(DisErrorCode.Guidance.RETRY_WITH_BACKOFF)),
          DisErrorCode.isRetryable(code.code()), code.code());
      assertEquals(DisStatusDispatcher.exceptionFor(400, body(code.code(), "x"), Map.of()).isRetryable(),
          DisErrorCode.isRetryable(code.code()), code.code());
    }
  }

  /**
   * PutRecords can name an error code for each of 500 records: the lookup allocates nothing, neither for a listed
   * code nor for an unlisted one or {@code null}. Counted in bytes this thread allocates, not timed.
   */
  @Test
  void retryableByCodeAllocatesNothing() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    String[] codes = {new String("DIS.4303".toCharArray()), "DIS.5000", "DIS.9999", null};
    for (String code : codes) {
      DisErrorCode.isRetryable(code); // the hash codes of the strings are computed and kept once
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    int retryable = 0;
    for (int i = 0; i < 100_000; i++) {
      retryable += DisErrorCode.isRetryable(codes[i & 3]) ? 1 : 0;
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertEquals(25_000, retryable);
    assertTrue(allocated < 1024, allocated + " bytes for 100,000 lookups");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "DIS.9999", "dis.4303", "DIS.4303 ", "DIS.5", "4303"})
  void retryableByCodeIsFalseForCodesTheDocumentDoesNotList(String code) {
    assertEquals(false, DisErrorCode.isRetryable(code));
    assertEquals(false, DisErrorCode.isRetryable(null));
  }

  /** Two-key dispatch in a catch clause: the status picks the class, {@code is} the error code, in one line. */
  @Test
  void isSinglesOutAnErrorCodeInTheCatchClauseOfItsStatus() {
    String decision;
    try {
      DisStatusDispatcher.throwIfError(400, body("DIS.4303", "Exceeded traffic control limit."), Map.of());
      decision = "no exception";
    } catch (DisClientErrorException.BadRequest e) {
      decision = e.is(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT) ? "back off" : "report";
    }
    assertEquals("back off", decision);
  }

  @Test
  void isIsTrueForTheBodysErrorCodeOnly() {
    DisStatusException throttled =
        DisStatusDispatcher.exceptionFor(400, body("DIS.4303", "Exceeded traffic control limit."), Map.of());
    assertTrue(throttled.is(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT));
    for (DisErrorCode other : DisErrorCode.values()) {
      assertEquals(other == DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT, throttled.is(other), other.name());
    }
    // The body decides, whatever the status: the same code on another status is still that code.
    assertTrue(DisStatusDispatcher.exceptionFor(429, body("DIS.4303", "x"), null)
        .is(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT));
    // The API gateway's error_code is read too.
    assertTrue(DisStatusDispatcher.exceptionFor(400, "{\"error_code\":\"DIS.4301\",\"error_msg\":\"x\"}", null)
        .is(DisErrorCode.STREAM_DOES_NOT_EXIST));
  }

  /** A body without a listed error code is none of them: no body, an empty one, not JSON, an unlisted code. */
  @ParameterizedTest
  @ValueSource(strings = {"", "Bad Request", "{}", "{\"errorCode\":\"DIS.9999\",\"message\":\"New.\"}",
      "{\"errorCode\":\"dis.4303\"}", "{\"errorCode\":4303}", "{\"message\":\"DIS.4303\"}"})
  void isIsFalseForEveryCodeWithoutAListedOneInTheBody(String responseBody) {
    for (DisStatusException e : List.of(DisStatusDispatcher.exceptionFor(400, responseBody, Map.of()),
        DisStatusDispatcher.exceptionFor(400, null, null))) {
      for (DisErrorCode code : DisErrorCode.values()) {
        assertFalse(e.is(code), code.name());
      }
    }
  }

  /**
   * {@code is(null)} throws rather than answer: {@code false} would read as "some other code" and {@code true}
   * (the body has no listed code, as error() is empty) as a match, and either hides the caller's bug.
   */
  @Test
  void isOfNullThrows() {
    DisStatusException noCode = DisStatusDispatcher.exceptionFor(400, null, null);
    DisStatusException throttled = DisStatusDispatcher.exceptionFor(400, body("DIS.4303", "x"), null);
    for (DisStatusException e : List.of(noCode, throttled)) {
      NullPointerException thrown = assertThrows(NullPointerException.class, () -> e.is(null));
      assertEquals("code", thrown.getMessage());
    }
  }

  @Test
  void theMessageEndsWithTheDocumentsSolution() {
    assertEquals("400 BadRequest: The request is invalid. The client should modify the request "
        + "instead of re-initiating it. [DIS.4303: Exceeded traffic control limit.] Solution: Add the stream or "
        + "reduce the upload rate.",
        DisStatusDispatcher.exceptionFor(400, body("DIS.4303", "Exceeded traffic control limit."), Map.of())
            .getMessage());
  }

  private static String body(String code, String message) {
    return "{\"errorCode\":\"" + code + "\",\"message\":\"" + message + "\"}";
  }

  @Test
  void guidanceSaysWhatTheClientShouldDo() {
    assertEquals("The same request may be sent again after backing off: the client should reduce its request rate.",
        DisErrorCode.Guidance.RETRY_WITH_BACKOFF.text());
  }
}
