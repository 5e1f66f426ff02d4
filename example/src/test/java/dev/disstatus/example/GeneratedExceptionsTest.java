package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.catalog.StatusEntry;
import dev.disstatus.example.status.DisClientErrorException;
import dev.disstatus.example.status.DisErrorCode;
import dev.disstatus.example.status.DisServerErrorException;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The exceptions generated for this module from the bundled DIS catalog, made and read as a user's client
 * makes and reads them: the class of each code, the response's body and headers as given, {@code Retry-After},
 * {@code isRetryable}, the body's JSON, the message and Java serialization.
 *
 * <p>The processor's own tests compile the same code at {@code --release 8} and check that it differs from this
 * release-17 code only in sealing; the behaviour is asserted here, once.
 */
class GeneratedExceptionsTest {
  private static final StatusCatalog DIS = StatusCatalog.bundled();
  private static final String DIS_BODY = "{\"errorCode\":\"DIS.4301\",\"message\":\"Stream does not exist.\"}";
  private static final String GATEWAY_BODY =
      "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information.\","
          + "\"request_id\":\"c5f0b1e4a7d2\"}";
  /** How the exceptions name the catalog when a code is not in it. */
  private static final String NOT_IN_CATALOG = ": not in the status catalog dis_02_0022 (\"Status Codes\")";
  /** RFC 9110's example date, Sunday 6 November 1994, 08:49:37 GMT, 49m37s after this. */
  private static final Instant BEFORE_EXAMPLE = Instant.parse("1994-11-06T08:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  /** The exception the dispatcher makes for a response: its code's own class if catalogued, else client or server. */
  private static DisStatusException exception(int status, String body, Map<String, List<String>> headers) {
    return DisStatusDispatcher.exceptionFor(status, body, headers);
  }

  private static DisStatusException withBody(String body) {
    return new DisClientErrorException.NotFound(body, null);
  }

  private static DisStatusException withRetryAfter(int status, String value) {
    return exception(status, null, Map.of("Retry-After", List.of(value)));
  }

  private static Optional<Duration> retryAfter(String value, Instant now) {
    return withRetryAfter(429, value).retryAfter(now);
  }

  // -------------------------------------------------------------------------------------------------------
  // Shape: the classes, the hierarchy, sealing

  @Test
  void everyErrorEntryHasAFinalClassWithItsCode() {
    for (StatusEntry entry : DIS.statuses()) {
      if (!entry.isError()) {
        continue;
      }
      DisStatusException exception = exception(entry.code(), null, null);
      Class<?> type = exception.getClass();
      Class<?> parent = entry.code() < 500 ? DisClientErrorException.class : DisServerErrorException.class;
      assertAll(entry.code() + " " + entry.name(),
          () -> assertEquals(entry.typeName(), type.getSimpleName()),
          () -> assertTrue(Modifier.isFinal(type.getModifiers()) && Modifier.isPublic(type.getModifiers())
              && Modifier.isStatic(type.getModifiers())),
          () -> assertEquals(parent, type.getSuperclass()),
          () -> assertEquals(parent, type.getEnclosingClass()),
          () -> assertEquals(entry.code(), type.getField("CODE").getInt(null)),
          () -> assertEquals(entry.code(), exception.statusCode()),
          () -> assertEquals(entry.constantName(), exception.status().orElseThrow().name()),
          () -> assertTrue(exception.getMessage().startsWith(entry.code() + " " + entry.name() + ": "
              + entry.description().get(0))));
    }
    assertEquals(404, DisClientErrorException.NotFound.CODE);
  }

  @Test
  void theHierarchyIsSealedAtRelease17() {
    Class<?> base = DisStatusException.class;
    Class<?> client = DisClientErrorException.class;
    Class<?> server = DisServerErrorException.class;
    assertTrue(base.isSealed() && Modifier.isAbstract(base.getModifiers()));
    assertEquals(List.of(client, server), Arrays.asList(base.getPermittedSubclasses()));
    assertTrue(client.isSealed() && server.isSealed());
    assertEquals(21, client.getPermittedSubclasses().length);
    assertEquals(6, server.getPermittedSubclasses().length);
    assertTrue(Arrays.asList(client.getPermittedSubclasses()).contains(DisClientErrorException.NotFound.class));
  }

  // -------------------------------------------------------------------------------------------------------
  // The range classes

  @Test
  void theRangeClassesRefuseCodesOutsideTheirRange() {
    for (int outside : new int[] {399, 500, 200, -1}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new DisClientErrorException(outside, null, null));
      assertTrue(e.getMessage().contains(outside + " is not a client error (status 400 to 499)"), e.getMessage());
    }
    for (int outside : new int[] {499, 600, 0}) {
      assertThrows(IllegalArgumentException.class, () -> new DisServerErrorException(outside, null, null));
    }
    assertEquals(418, new DisClientErrorException(418, "", null).statusCode());
    assertEquals(599, new DisServerErrorException(599, "", null).statusCode());
  }

  // -------------------------------------------------------------------------------------------------------
  // Body and headers as given

  @Test
  void nullBodyAndHeadersAreEmpty() {
    DisStatusException e = exception(404, null, null);
    assertEquals("", e.responseBody());
    assertEquals(Map.of(), e.headers());
    assertEquals(Optional.empty(), e.header("Retry-After"));
    assertEquals(Optional.empty(), e.errorCode());
    assertEquals(Optional.empty(), e.requestId());
    assertEquals(Optional.empty(), e.retryAfter());
    assertThrows(NullPointerException.class, () -> e.header(null));
    assertThrows(NullPointerException.class, () -> e.retryAfter(null));
  }

  @Test
  void headersAreCopiedAndLookedUpIgnoringCase() {
    Map<String, List<String>> given = new HashMap<>();
    given.put(null, List.of("HTTP/1.1 429 Too Many Requests"));
    given.put("Retry-After", new ArrayList<>(List.of("30")));
    given.put("x-request-id", List.of("req-1"));
    given.put("X-Empty", null);
    given.put("Via", Arrays.asList("a", null, "b"));
    DisStatusException e = exception(429, "", given);
    given.get("Retry-After").add("31");
    given.put("Late", List.of("x"));

    Map<String, List<String>> headers = e.headers();
    assertEquals(List.of("Retry-After", "Via", "x-request-id"), new ArrayList<>(headers.keySet()));
    assertEquals(List.of("30"), headers.get("RETRY-AFTER"));
    assertEquals(List.of("a", "b"), headers.get("via"));
    assertEquals(Optional.of("req-1"), e.header("X-Request-ID"));
    assertEquals(Optional.of("req-1"), e.requestId());
    assertEquals(Optional.of("30"), e.header("retry-after"));
    assertThrows(UnsupportedOperationException.class, () -> headers.put("A", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> headers.get("Via").add("c"));
  }

  @Test
  void namesThatDifferInCaseOnlyAreMerged() {
    Map<String, List<String>> given = new LinkedHashMap<>();
    given.put("Warning", List.of("1"));
    given.put("WARNING", List.of("2"));
    DisStatusException e = exception(500, "", given);
    assertEquals(Optional.of("1"), e.header("warning"));
    assertEquals(Map.of("Warning", List.of("1", "2")), e.headers());
  }

  // -------------------------------------------------------------------------------------------------------
  // Retry-After

  @Test
  void retryAfterReadsDeltaSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), retryAfter("120", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(0)), retryAfter("0", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(7)), retryAfter(" 007\t", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(120)), withRetryAfter(429, "120").retryAfter());
  }

  @Test
  void retryAfterCapsHugeDeltaSecondsAt2To31() {
    Optional<Duration> cap = Optional.of(Duration.ofSeconds(2147483648L));
    assertEquals(cap, retryAfter("2147483648", NOW));
    assertEquals(cap, retryAfter("99999999999999999999999999999999999999", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(2147483647L)), retryAfter("2147483647", NOW));
  }

  @Test
  void retryAfterReadsTheThreeHttpDateForms() {
    Optional<Duration> wait = Optional.of(Duration.ofMinutes(49).plusSeconds(37));
    assertEquals(wait, retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", BEFORE_EXAMPLE));
    assertEquals(wait, retryAfter("Sunday, 06-Nov-94 08:49:37 GMT", BEFORE_EXAMPLE));
    assertEquals(wait, retryAfter("Sun Nov  6 08:49:37 1994", BEFORE_EXAMPLE));
    assertEquals(Optional.of(Duration.ofDays(10).plus(wait.get())),
        retryAfter("Wed Nov 16 08:49:37 1994", BEFORE_EXAMPLE));
  }

  @Test
  void retryAfterTakesATwoDigitYearWithin50YearsOfNow() {
    DateTimeFormatter rfc850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
    ZonedDateTime now = NOW.atZone(ZoneOffset.UTC);
    ZonedDateTime soon = now.plusDays(3);
    assertEquals(Optional.of(Duration.ofDays(3)), retryAfter(rfc850.format(soon), NOW));
    // 2076 is 50 years ahead, so 76 stays in this century; 77 would be 51 years ahead, so it means 1977.
    ZonedDateTime fiftyYears = now.withYear(2076);
    assertEquals(Optional.of(Duration.between(now, fiftyYears)), retryAfter(rfc850.format(fiftyYears), NOW));
    assertEquals(Optional.of(Duration.ZERO), retryAfter(rfc850.format(now.withYear(1977)), NOW));
    assertEquals(Optional.empty(), retryAfter(rfc850.format(now.withYear(2077)), NOW), "weekday of 2077 is wrong");
  }

  @Test
  void retryAfterIsZeroForADatePast() {
    assertEquals(Optional.of(Duration.ZERO), retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", NOW));
    assertEquals(Optional.of(Duration.ZERO),
        retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", Instant.parse("1994-11-06T08:49:37Z")));
  }

  @Test
  void retryAfterIsEmptyForAnythingElse() {
    for (String value : List.of("", "  ", "-5", "+5", "1.5", "5s", "0x10", "\u0661\u0662", "soon",
        "Sun, 06 Nov 1994 08:49:37 UTC", "sun, 06 nov 1994 08:49:37 GMT", "Mon, 06 Nov 1994 08:49:37 GMT",
        "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT extra", "Sun, 31 Feb 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 25:49:37 GMT", "Sun, 06 Nov 1994", "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Sunday, 06-Nov-94 08:49:37", "Sun Nov 6 08:49:37 1994", "Sun Nov  6 08:49:37 94", ",", "Su,",
        "2026-03-01T12:00:00Z")) {
      assertEquals(Optional.empty(), retryAfter(value, NOW), "Retry-After: [" + value + "]");
    }
  }

  @Test
  void retryAfterNeverThrowsForAnyNow() {
    for (Instant now : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)) {
      for (String value : List.of("Sunday, 06-Nov-94 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT", "9")) {
        withRetryAfter(429, value).retryAfter(now);
      }
    }
    assertEquals(Optional.of(Duration.ofSeconds(9)), retryAfter("9", Instant.MAX));
  }

  @Test
  void retryAfterReadsOnlyFourDigitYearsALeapSecondAndTheRfc850CenturyByInstant() {
    for (String value : List.of("Sun Jun 15 12:00:00 -2025", "Sun, 15 Jun -2025 12:00:00 GMT",
        "Sun, 15 Jun +12025 12:00:00 GMT", "Sun Jun 15 12:00:00 12025")) {
      assertEquals(Optional.empty(), retryAfter(value, NOW), value);
      assertFalse(withRetryAfter(429, value).isRetryable(), value);
    }
    Instant now = Instant.parse("2016-12-31T23:00:00Z");
    assertEquals(Optional.of(Duration.ofMinutes(59).plusSeconds(59)),
        retryAfter("Sat, 31 Dec 2016 23:59:60 GMT", now));
    Instant midyear = Instant.parse("2025-06-15T12:00:00Z");
    assertEquals(Optional.of(Duration.ZERO), retryAfter("Sunday, 15-Jun-75 12:00:01 GMT", midyear));
    assertEquals(Optional.of(Duration.ofDays(365 * 50 + 12)), retryAfter("Saturday, 15-Jun-75 12:00:00 GMT", midyear));
  }

  // -------------------------------------------------------------------------------------------------------
  // isRetryable, from the catalog's guidance

  @Test
  void isRetryableFollowsTheCatalogsGuidance() {
    assertAll(
        () -> assertEquals(true, exception(408, null, null).isRetryable(), "408 retry unchanged"),
        () -> assertEquals(true, withRetryAfter(413, "5").isRetryable(), "413 with Retry-After"),
        () -> assertEquals(true, withRetryAfter(429, "Sun, 06 Nov 1994 08:49:37 GMT").isRetryable()),
        () -> assertEquals(false, exception(413, null, null).isRetryable(), "413 without"),
        () -> assertEquals(false, exception(429, null, null).isRetryable(), "429 without"),
        () -> assertEquals(false, withRetryAfter(429, "later").isRetryable(), "429 unreadable"),
        () -> assertEquals(false, withRetryAfter(400, "5").isRetryable(), "400 modify"),
        () -> assertEquals(false, exception(404, null, null).isRetryable(), "404 modify"),
        () -> assertEquals(false, withRetryAfter(503, "5").isRetryable(), "503 modify"),
        () -> assertEquals(false, withRetryAfter(500, "5").isRetryable(), "500 no guidance"),
        () -> assertEquals(false, withRetryAfter(418, "5").isRetryable(), "418 not listed"),
        () -> assertEquals(false, withRetryAfter(599, "5").isRetryable(), "599 not listed"));
  }

  // -------------------------------------------------------------------------------------------------------
  // The body's JSON

  @Test
  void readsADisErrorBody() {
    DisStatusException e = withBody(DIS_BODY);
    assertEquals(Optional.of("DIS.4301"), e.errorCode());
    assertEquals(Optional.of("Stream does not exist."), e.errorMessage());
    assertEquals(Optional.empty(), e.requestId());
    assertEquals(DIS_BODY, e.responseBody());
  }

  @Test
  void readsAnApiGatewayErrorBody() {
    DisStatusException e = withBody(GATEWAY_BODY);
    assertEquals(Optional.of("APIGW.0301"), e.errorCode());
    assertEquals(Optional.of("Incorrect IAM authentication information."), e.errorMessage());
    assertEquals(Optional.of("c5f0b1e4a7d2"), e.requestId());
    DisStatusException withHeader = exception(401, GATEWAY_BODY, Map.of("X-Request-Id", List.of("from-header")));
    assertEquals(Optional.of("from-header"), withHeader.requestId());
  }

  @Test
  void huaweiCloudsMembersComeBeforeTheGatewaysWhereverTheyStand() {
    DisStatusException both = withBody("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"gateway\",\"request_id\":\"r\","
        + "\"errorCode\":\"DIS.4301\",\"message\":\"m\"}");
    assertEquals(Optional.of("DIS.4301"), both.errorCode());
    assertEquals(Optional.of(DisErrorCode.STREAM_DOES_NOT_EXIST), both.error());
    assertEquals(Optional.of("m"), both.errorMessage());
    assertEquals(Optional.of("r"), both.requestId());
    // An empty errorCode is still one; a member that is not a string is none, and the gateway's is read instead.
    DisStatusException empty = withBody("{\"errorCode\":\"\",\"error_code\":\"DIS.4303\",\"message\":\"\"}");
    assertEquals(Optional.of(""), empty.errorCode());
    assertEquals(Optional.empty(), empty.error());
    assertEquals(Optional.of(""), empty.errorMessage());
    DisStatusException number = withBody("{\"errorCode\":4301,\"error_code\":\"DIS.4303\",\"error_msg\":\"g\"}");
    assertEquals(Optional.of("DIS.4303"), number.errorCode());
    assertTrue(number.is(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT));
    assertEquals(Optional.of("g"), number.errorMessage());
  }

  @Test
  void errorFindsOnlyTheWholeCodeWhereverTheBodyHoldsIt() {
    // The code is looked up where it stands in the body: only exactly a listed code is found.
    assertEquals(Optional.of(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT),
        withBody("{\"message\":\"m\",\"errorCode\":\"DIS.4303\"}").error());
    assertEquals(Optional.of(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT),
        withBody("{\"errorCode\":\"DIS.43\\u00303\",\"n\":1}").error());
    for (String code : List.of("DIS.430", "DIS.43030", "dis.4303", "DIS.4303 ", "XDIS.4303", "DIS.4304")) {
      assertEquals(Optional.empty(), withBody("{\"errorCode\":\"" + code + "\"}").error(), code);
    }
    // Asked again, error() answers the same constant, and isRetryable() agrees with it.
    DisStatusException e = withBody("{\"errorCode\":\"DIS.4303\",\"message\":\"m\"}");
    assertSame(e.error().get(), e.error().get());
    assertTrue(e.isRetryable());
  }

  @Test
  void readsEveryStringEscapeAndWhitespaceAnywhere() {
    DisStatusException e = withBody(" \r\n\t{ \"message\" :\n\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u00C9 "
        + "\\ud83d\\ude00\" ,\"errorCode\"\t:\t\"\\u0044IS.1\"\n}\n ");
    assertEquals(Optional.of("q\" b\\ s/ \b\f\n\r\t \u00e9\u00c9 \ud83d\ude00"), e.errorMessage());
    assertEquals(Optional.of("DIS.1"), e.errorCode());
  }

  @Test
  void skipsOtherValuesAndNestedOnes() {
    DisStatusException e = withBody("{\"a\":1,\"b\":-2.5e+3,\"c\":true,\"d\":false,\"e\":null,\"f\":{\"errorCode\":"
        + "\"inner\",\"g\":[1,{\"h\":\"]}\"},[]]},\"i\":[],\"j\":{},\"errorCode\":\"DIS.4301\",\"errorCode\":\"second\","
        + "\"message\":\"m\"}");
    assertEquals(Optional.of("DIS.4301"), e.errorCode());
    assertEquals(Optional.of("m"), e.errorMessage());
  }

  @Test
  void aMemberThatIsNotAStringIsNotRead() {
    DisStatusException e = withBody("{\"errorCode\":4301,\"message\":{\"text\":\"x\"},\"error_msg\":\"gateway\"}");
    assertEquals(Optional.empty(), e.errorCode());
    assertEquals(Optional.of("gateway"), e.errorMessage());
  }

  @Test
  void aBodyThatIsNotOneWholeJsonObjectGivesNoFieldsAndIsKept() {
    String longString = "{\"errorCode\":\"" + "x".repeat(100_000);
    String withoutBody = exception(404, null, null).getMessage();
    for (String body : List.of("", "Internal Server Error", "<html><body>502 Bad Gateway</body></html>",
        "[" + DIS_BODY + "]", "\"DIS.4301\"", "{", "{}", "{\"errorCode\":\"DIS.4301\"",
        "{\"errorCode\":\"DIS.4301\",", "{\"errorCode\":\"DIS.43", "{\"errorCode\":\"DIS.4301\"} trailing",
        "{\"errorCode\":\"DIS.4301\"}}", "{errorCode:\"DIS.4301\"}", "{\"errorCode\" \"DIS.4301\"}",
        "{\"errorCode\":\"DIS.4301\" \"message\":\"m\"}", "{\"errorCode\":'DIS.4301'}", "{\"errorCode\":}",
        "{\"errorCode\":\"bad \\x escape\"}", "{\"errorCode\":\"bad \\u12G4\"}",
        "{\"errorCode\":\"bad \\u\u0661\u0662\u0663\u0664\"}", "{\"errorCode\":\"short \\u12\"}",
        "{\"errorCode\":\"ends \\", "{\"errorCode\":\"raw\nnewline\"}", "{\"a\":[1,2},\"errorCode\":\"x\"}",
        "{\"a\":[1,2]],\"errorCode\":\"x\"}", "{\"a\":,\"errorCode\":\"x\"}", "{\"a\":1 2,\"errorCode\":\"x\"}",
        "{,\"errorCode\":\"x\"}", "{\"errorCode\":\"x\",}", longString)) {
      DisStatusException e = withBody(body);
      assertEquals(Optional.empty(), e.errorCode(), body);
      assertEquals(Optional.empty(), e.errorMessage(), body);
      assertEquals(body, e.responseBody());
      assertEquals(withoutBody, e.getMessage(), body);
    }
  }

  @Test
  void hostileNestingIsReadInLinearTimeWithoutRecursion() {
    String open = "[".repeat(100_000);
    String close = "]".repeat(100_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (String body : List.of(open, "{\"a\":" + open, "{\"a\":" + open + close.substring(1) + "}",
          "{\"a\":" + "{\"b\":".repeat(100_000))) {
        assertEquals(Optional.empty(), withBody(body).errorCode());
      }
      DisStatusException deep = withBody("{\"a\":" + open + close + ",\"errorCode\":\"DIS.1\"}");
      assertEquals(Optional.of("DIS.1"), deep.errorCode());
      DisStatusException manyMembers = withBody("{" + "\"k\":[],".repeat(100_000) + "\"errorCode\":\"DIS.2\"}");
      assertEquals(Optional.of("DIS.2"), manyMembers.errorCode());
    });
  }

  // -------------------------------------------------------------------------------------------------------
  // getMessage

  @Test
  void theMessageSaysCodeNameDescriptionAndTheBodysError() {
    assertEquals("404 NotFound: The requested resource could not be found. The client should modify the request "
        + "instead of re-initiating it. [DIS.4301: Stream does not exist.] Solution: Ensure that the stream exists.",
        withBody(DIS_BODY).getMessage());
    assertEquals("441 Authentication Error: Authentication fails. [APIGW.0301: Incorrect IAM authentication "
        + "information.]", exception(441, GATEWAY_BODY, null).getMessage());
    assertEquals("500 InternalServerError: The server is able to receive the request but it could not understand "
        + "the request.", exception(500, "oops", null).getMessage());
    assertEquals("418" + NOT_IN_CATALOG + " [DIS.4301: Stream does not exist.] Solution: Ensure that the stream "
        + "exists.",
        exception(418, DIS_BODY, null).getMessage());
    assertEquals("599" + NOT_IN_CATALOG, exception(599, null, null).getMessage());
  }

  @Test
  void theMessageTakesAnErrorCodeOrMessageAloneAndStaysOneLine() {
    assertEquals("418" + NOT_IN_CATALOG + " [DIS.1]", exception(418, "{\"errorCode\":\"DIS.1\"}", null).getMessage());
    assertEquals("418" + NOT_IN_CATALOG + " [Went  wrong.]",
        exception(418, "{\"message\":\"Went\\r\\nwrong.\"}", null).getMessage());
    DisStatusException e = exception(418, "{\"errorCode\":\"\",\"message\":\"\"}", null);
    assertEquals("418" + NOT_IN_CATALOG, e.getMessage());
    assertSame(e.getMessage(), e.getMessage());
    assertEquals(DisClientErrorException.class.getName() + ": 418" + NOT_IN_CATALOG, e.toString());
    assertEquals("418" + NOT_IN_CATALOG + " [A1: line two three four]",
        exception(418, "{\"errorCode\":\"A1\",\"message\":\"line\u2028two\u2029three\\u2028four\"}", null)
            .getMessage());
  }

  // -------------------------------------------------------------------------------------------------------
  // Serialization and stack traces

  @Test
  void survivesASerializationRoundTrip() throws Exception {
    DisStatusException e = exception(429, DIS_BODY, Map.of("Retry-After", List.of("5"), "X-Request-Id", List.of("r")));
    e.getMessage();
    DisStatusException copy = serializedAndBack(e);
    assertNotSame(e, copy);
    assertSame(e.getClass(), copy.getClass());
    assertEquals(429, copy.statusCode());
    assertEquals(DIS_BODY, copy.responseBody());
    assertEquals(e.headers(), copy.headers());
    assertEquals(Optional.of("5"), copy.header("retry-after"));
    assertEquals(Optional.of("DIS.4301"), copy.errorCode());
    assertEquals(Optional.of("r"), copy.requestId());
    assertEquals(true, copy.isRetryable());
    assertEquals(e.getMessage(), copy.getMessage());
    assertEquals(e.getStackTrace().length, copy.getStackTrace().length);

    DisStatusException unlisted = serializedAndBack(exception(418, null, null));
    assertEquals("", unlisted.responseBody());
    assertEquals(Map.of(), unlisted.headers());
  }

  @Test
  void recordsAStackTraceByDefault() {
    DisStatusException e = exception(404, null, null);
    assertTrue(e.getStackTrace().length > 0);
    e.addSuppressed(new IllegalStateException());
    assertEquals(1, e.getSuppressed().length);
  }

  /** An exception after a trip through Java serialization. */
  static DisStatusException serializedAndBack(DisStatusException exception) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(exception);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (DisStatusException) in.readObject();
    }
  }
}
