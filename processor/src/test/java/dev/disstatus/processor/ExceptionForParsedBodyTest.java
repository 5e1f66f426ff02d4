package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatcher's entry point for a body the caller has already parsed, for a catalog of someone else's with
 * error codes: the exception is the one {@code exceptionFor} gives for a body carrying the same values, in every
 * respect a caller can see.
 */
class ExceptionForParsedBodyTest {
  private static final String CATALOG = Fixture.statuses("""
        - code: 400
          name: Bad Request
          description: The request is wrong.
          guidance: modify-request
        - code: 404
          name: Not Found
          description: Nothing is there.
        - code: 429
          name: Too Many Requests
          description: Slow down.
          guidance: retry-after
        - code: 503
          name: Busy
          description: Try later.
      """) + """
      errorCodes:
        - code: ACME.7
          status: 400
          message: Quota exceeded.
          description: The quota is used up.
          solution: Wait and send again.
          guidance: retry-with-backoff
        - code: ACME.8
          status: 400
          message: No such thing.
          description: The thing is not there.
          solution: Name one that exists.
      """;

  /** Code with {@code null} for every argument it can take, as callers write it. */
  private static final String CALLER = """
      package com.acme.bad;

      final class Caller {
        static Object[] withNulls() {
          return new Object[] {
              DisStatusDispatcher.exceptionForParsedBody(400, null, null, null),
              DisStatusDispatcher.exceptionForParsedBody(400, null, null, null, null),
              DisStatusDispatcher.exceptionFor(400, null, null)};
        }
      }
      """;

  @TempDir
  static Path root;

  private static Compiled compiled;
  private static StatusCalls calls;

  @BeforeAll
  static void compile() {
    Fixture fixture = new Fixture(root).catalog(CATALOG);
    compiled = fixture.compile(Compiled.calling(Fixture.PACKAGE, "Dis", Fixture.PACKAGE + ".package-info",
        Fixture.packageInfo(), Fixture.PACKAGE + ".Caller", CALLER));
    assertThat(compiled.compilation).succeededWithoutWarnings();
    calls = Fixture.calls(compiled);
  }

  /** The values a parsed body may hand over: listed codes with and without guidance, none, odd text. */
  private static final List<List<String>> PARSED = List.of(
      Arrays.asList("ACME.7", "Quota exceeded.", "r-1"),
      Arrays.asList("ACME.8", "No such thing.", null),
      Arrays.asList("UNLISTED.1", "line\nbreak \"quoted\" \\ \u2028", "id \u00e9"),
      Arrays.asList(null, "message only", null),
      Arrays.asList(null, null, null),
      Arrays.asList("", "", ""));

  private static final List<Map<String, List<String>>> HEADERS = Arrays.asList(null, Map.of(),
      Map.of("retry-after", List.of("5"), "X-REQUEST-ID", List.of("from-header")));

  @Test
  void givesWhatTheBodyCarryingTheSameValuesGives() {
    for (int code : new int[] {400, 404, 418, 429, 503, 599}) {
      for (List<String> values : PARSED) {
        for (Map<String, List<String>> headers : HEADERS) {
          String errorCode = values.get(0);
          String errorMessage = values.get(1);
          String requestId = values.get(2);
          String what = code + " " + values + " " + headers;
          RuntimeException parsed = calls.exceptionForParsedBody(code, errorCode, errorMessage, requestId, headers);
          RuntimeException fromBody = calls.exceptionFor(code, body(errorCode, errorMessage, requestId), headers);
          assertSameAnswers(fromBody, parsed, what);
          assertSameAnswers(fromBody, compiled.serializedAndBack(parsed), what + " serialized");
          if (headers == null) {
            assertSameAnswers(fromBody, calls.exceptionForParsedBody(code, errorCode, errorMessage, requestId), what);
          }
        }
      }
    }
  }

  @Test
  void bothKeysDecideTheRetry() {
    RuntimeException quota = calls.exceptionForParsedBody(400, "ACME.7", "Quota exceeded.", null);
    assertTrue(calls.isRetryable(quota));
    assertTrue(quota.getMessage().endsWith(" [ACME.7: Quota exceeded.] Solution: Wait and send again."),
        quota.getMessage());
    assertFalse(calls.isRetryable(calls.exceptionForParsedBody(400, "ACME.8", "No such thing.", null)));
    assertFalse(calls.isRetryable(calls.exceptionForParsedBody(400, null, null, null)));
    assertTrue(calls.isRetryable(calls.exceptionForParsedBody(429, null, null, null,
        Map.of("Retry-After", List.of("1")))));
  }

  @Test
  void theValuesAreReadBackAsGiven() {
    RuntimeException parsed = calls.exceptionForParsedBody(404, "ACME.8", "No such thing.", "r-9",
        Map.of("Server", List.of("acme")));
    assertEquals("com.acme.bad.DisClientErrorException$NotFound", parsed.getClass().getName());
    assertEquals(Optional.of("ACME.8"), calls.errorCode(parsed));
    assertEquals(Optional.of("No such thing."), calls.errorMessage(parsed));
    assertEquals(Optional.of("r-9"), calls.requestId(parsed));
    assertEquals(Map.of("Server", List.of("acme")), calls.headers(parsed));
    assertEquals("{\"error_code\":\"ACME.8\",\"error_msg\":\"No such thing.\",\"request_id\":\"r-9\"}",
        calls.responseBody(parsed));
    RuntimeException empty = calls.exceptionForParsedBody(503, null, null, null);
    assertEquals(Optional.empty(), calls.errorCode(empty));
    assertEquals(Optional.empty(), calls.errorMessage(empty));
    assertEquals(Optional.empty(), calls.requestId(empty));
  }

  @Test
  void aCodeThatIsNoErrorIsRefusedAsByExceptionFor() {
    for (int code : new int[] {302, 399, 600, -1}) {
      String expected = assertThrows(IllegalArgumentException.class, () -> calls.exceptionFor(code, null, null))
          .getMessage();
      assertEquals(expected, assertThrows(IllegalArgumentException.class,
          () -> calls.exceptionForParsedBody(code, "ACME.7", null, null)).getMessage());
    }
  }

  @Test
  void itsJavadocSpeaksOfThisCatalogsCodes() {
    String dispatcher = GoldenFiles.source(compiled.compilation, Fixture.PACKAGE + ".DisStatusDispatcher");
    assertTrue(dispatcher.contains("@param errorCode the error code the body carried, such as {@code ACME.7}, or "
        + "{@code null}"), dispatcher);
    assertFalse(dispatcher.contains("DIS."), dispatcher);
  }

  /** That {@code actual} answers every question as {@code expected} does. */
  private static void assertSameAnswers(RuntimeException expected, RuntimeException actual, String what) {
    assertEquals(expected.getClass(), actual.getClass(), what);
    assertEquals(calls.statusCode(expected), calls.statusCode(actual), what);
    assertEquals(calls.status(expected), calls.status(actual), what);
    assertEquals(calls.errorCode(expected), calls.errorCode(actual), what);
    assertEquals(calls.errorMessage(expected), calls.errorMessage(actual), what);
    assertEquals(calls.requestId(expected), calls.requestId(actual), what);
    assertEquals(calls.isRetryable(expected), calls.isRetryable(actual), what);
    assertEquals(calls.headers(expected), calls.headers(actual), what);
    assertEquals(expected.getMessage(), actual.getMessage(), what);
  }

  /**
   * A body carrying the values in the service's own form, {@code errorCode} and {@code message}, with the API
   * gateway's {@code request_id}: another spelling than the one the entry point writes, read the same way.
   */
  private static String body(String errorCode, String errorMessage, String requestId) {
    List<String> members = new ArrayList<>();
    if (errorCode != null) {
      members.add("\"errorCode\":" + quoted(errorCode));
    }
    if (errorMessage != null) {
      members.add("\"message\":" + quoted(errorMessage));
    }
    if (requestId != null) {
      members.add("\"request_id\":" + quoted(requestId));
    }
    return "{ " + String.join(", ", members) + " }";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
