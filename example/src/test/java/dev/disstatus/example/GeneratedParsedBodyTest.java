package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.example.status.DisClientErrorException;
import dev.disstatus.example.status.DisErrorCode;
import dev.disstatus.example.status.DisServerErrorException;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's entry point for clients that have already parsed DIS's body, generated for this module: the
 * values in, the exception out that DIS's body with the same values gives.
 */
class GeneratedParsedBodyTest {
  private static final String THROTTLED = "Exceeded traffic control limit.";

  @Test
  void flowControlOn400IsABadRequestThatMayBeSentAgain() {
    DisStatusException e = DisStatusDispatcher.exceptionForParsedBody(400, "DIS.4303", THROTTLED, "r-1");
    DisClientErrorException.BadRequest badRequest = assertInstanceOf(DisClientErrorException.BadRequest.class, e);
    assertTrue(badRequest.is(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT));
    assertEquals(Optional.of(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT), badRequest.error());
    assertTrue(badRequest.isRetryable());
    assertEquals(Optional.of("DIS.4303"), badRequest.errorCode());
    assertEquals(Optional.of(THROTTLED), badRequest.errorMessage());
    assertEquals(Optional.of("r-1"), badRequest.requestId());
    assertEquals("400 BadRequest: The request is invalid. The client should modify the request instead of "
        + "re-initiating it. [DIS.4303: Exceeded traffic control limit.] Solution: Add the stream or reduce the "
        + "upload rate.", badRequest.getMessage());
  }

  @Test
  void aMissingStreamOn400MayNotBeSentAgain() {
    DisStatusException e = DisStatusDispatcher.exceptionForParsedBody(400, "DIS.4301", "Stream does not exist.", null);
    assertInstanceOf(DisClientErrorException.BadRequest.class, e);
    assertTrue(e.is(DisErrorCode.STREAM_DOES_NOT_EXIST));
    assertFalse(e.isRetryable());
  }

  @Test
  void anAuthenticationFailureIsDissOwn441() {
    DisStatusException e = DisStatusDispatcher.exceptionForParsedBody(441, "DIS.4100", "Authorization error.", "r-2",
        Map.of("Content-Type", List.of("application/json")));
    assertInstanceOf(DisClientErrorException.AuthenticationError.class, e);
    assertEquals(Optional.of("DIS.4100"), e.errorCode());
    assertEquals(Optional.empty(), e.error());
    assertEquals(Optional.of("application/json"), e.header("content-type"));
    assertFalse(e.isRetryable());
  }

  /** Every code of DIS's page at its status: the same answers as DIS's own body with those values. */
  @Test
  void everyDocumentedErrorCodeGivesWhatItsBodyGives() throws Exception {
    for (DisErrorCode code : DisErrorCode.values()) {
      DisStatusException parsed =
          DisStatusDispatcher.exceptionForParsedBody(code.status(), code.code(), code.message(), "r-" + code.code());
      DisStatusException fromBody = DisStatusDispatcher.exceptionFor(code.status(), "{\"errorCode\":\"" + code.code()
          + "\",\"message\":\"" + code.message() + "\",\"request_id\":\"r-" + code.code() + "\"}", null);
      assertSameAnswers(fromBody, parsed, code);
      assertTrue(parsed.is(code), code.code());
      assertSameAnswers(fromBody, GeneratedExceptionsTest.serializedAndBack(parsed), code);
    }
  }

  @Test
  void nullStandsForAValueTheBodyDidNotHave() {
    DisStatusException none = DisStatusDispatcher.exceptionForParsedBody(503, null, null, null, null);
    assertInstanceOf(DisServerErrorException.ServiceUnavailable.class, none);
    assertEquals(Optional.empty(), none.errorCode());
    assertEquals(Optional.empty(), none.errorMessage());
    assertEquals(Optional.empty(), none.requestId());
    assertEquals(Optional.empty(), none.error());
    assertEquals(DisStatusDispatcher.exceptionFor(503, null, null).getMessage(), none.getMessage());
    DisStatusException codeOnly = DisStatusDispatcher.exceptionForParsedBody(500, "DIS.5000", null, null);
    assertTrue(codeOnly.is(DisErrorCode.SYSTEM_ERROR));
    assertTrue(codeOnly.getMessage().endsWith(
        " [DIS.5000] Solution: Contact customer service or technical support to handle system errors."),
        codeOnly.getMessage());
  }

  /** As for a body: the response's {@code X-Request-Id} is the request id, the body's only without one. */
  @Test
  void theRequestIdHeaderComesFirstAsForABody() {
    Map<String, List<String>> headers = Map.of("x-request-id", List.of("from-header"), "Retry-After", List.of("3"));
    DisStatusException e = DisStatusDispatcher.exceptionForParsedBody(429, null, null, "from-body", headers);
    assertEquals(Optional.of("from-header"), e.requestId());
    assertTrue(e.isRetryable());
    assertSame(DisClientErrorException.TooManyRequests.class, e.getClass());
  }

  private static void assertSameAnswers(DisStatusException expected, DisStatusException actual, DisErrorCode code) {
    String what = code.code();
    assertSame(expected.getClass(), actual.getClass(), what);
    assertEquals(expected.error(), actual.error(), what);
    assertEquals(expected.errorCode(), actual.errorCode(), what);
    assertEquals(expected.errorMessage(), actual.errorMessage(), what);
    assertEquals(expected.requestId(), actual.requestId(), what);
    assertEquals(expected.isRetryable(), actual.isRetryable(), what);
    assertEquals(expected.getMessage(), actual.getMessage(), what);
  }
}
