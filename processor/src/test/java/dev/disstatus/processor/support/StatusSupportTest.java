package dev.disstatus.processor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InvalidObjectException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The support type every generated package gets, tested as the plain Java it is. */
class StatusSupportTest {
  private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
  private static final String[] ERROR_MEMBERS = {"errorCode", "message", "error_code", "error_msg", "request_id"};

  // -------------------------------------------------------------------------------------------------------
  // Headers

  @Test
  void headersAreCopiedFlatInTheOrderReceivedWithoutNulls() {
    Map<String, List<String>> given = new LinkedHashMap<>();
    given.put("Warning", Arrays.asList("1", null));
    given.put("WARNING", List.of("2"));
    given.put(null, List.of("HTTP/1.1 404"));
    given.put("Null", null);
    given.put("Empty", List.of());
    given.put("Nulls", Arrays.asList(null, null));
    assertEquals(Arrays.asList("Warning", "1", "WARNING", "2", "Empty", null, "Nulls", null),
        Arrays.asList(StatusSupport.copyHeaders(given)));
    assertEquals(0, StatusSupport.copyHeaders(null).length);
    assertEquals(0, StatusSupport.copyHeaders(Map.of()).length);
  }

  @Test
  void aCopyGrowsForHeadersWithManyValues() {
    Map<String, List<String>> given = new LinkedHashMap<>();
    given.put("Via", List.of("a", "b", "c"));
    given.put("Set-Cookie", List.of("x", "y"));
    assertEquals(List.of("Via", "a", "Via", "b", "Via", "c", "Set-Cookie", "x", "Set-Cookie", "y"),
        Arrays.asList(StatusSupport.copyHeaders(given)));
  }

  @Test
  void headersAreCopiedFromAnUnmodifiableSortedMapAsJavaNetHttpGivesThem() {
    TreeMap<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    sorted.put("x-request-id", List.of("r"));
    sorted.put("Content-Type", List.of("application/json"));
    sorted.put("Via", Arrays.asList("a", null, "b"));
    sorted.put("Empty", List.of());
    assertEquals(Arrays.asList("Content-Type", "application/json", "Empty", null, "Via", "a", "Via", "b",
        "x-request-id", "r"), Arrays.asList(StatusSupport.copyHeaders(Collections.unmodifiableMap(sorted))));
  }

  @Test
  void theHeaderMapIgnoresCaseAndMergesNamesUnderTheFirstSpelling() {
    String[] flat = {"Warning", "1", "via", "a", "WARNING", "2", "Empty", null};
    TreeMap<String, List<String>> map = StatusSupport.headerMap(flat);
    assertEquals(Map.of("Warning", List.of("1", "2"), "via", List.of("a"), "Empty", List.of()), map);
    assertEquals(List.of("Empty", "via", "Warning"), List.copyOf(map.keySet()));
    assertEquals(List.of("1", "2"), map.get("warning"));
    assertThrows(UnsupportedOperationException.class, () -> map.get("Warning").add("3"));
  }

  @Test
  void theFirstValueIsFoundIgnoringCaseAndSkippingNamesWithoutValues() {
    String[] flat = {"Empty", null, "Retry-After", "5", "retry-after", "6", "EMPTY", "x"};
    assertEquals("5", StatusSupport.firstValue(flat, "RETRY-AFTER"));
    assertEquals("x", StatusSupport.firstValue(flat, "empty"));
    assertNull(StatusSupport.firstValue(flat, "Via"));
    assertNull(StatusSupport.firstValue(new String[0], "Via"));
  }

  @Test
  void flatHeadersComeBackAsTheSameHeaders() throws InvalidObjectException {
    Map<String, List<String>> given = new LinkedHashMap<>();
    given.put("Via", List.of("a", "b"));
    given.put("Retry-After", List.of("5"));
    given.put("Empty", List.of());
    String[] flat = StatusSupport.copyHeaders(given);
    assertEquals(Arrays.asList(flat), Arrays.asList(StatusSupport.copyHeaders(StatusSupport.headersOf(flat))));
    assertThrows(InvalidObjectException.class, () -> StatusSupport.headersOf(new String[] {"Via"}));
    assertThrows(InvalidObjectException.class, () -> StatusSupport.headersOf(null));
    assertThrows(InvalidObjectException.class, () -> StatusSupport.headersOf(new String[] {null, "x"}));
  }

  // -------------------------------------------------------------------------------------------------------
  // The body's JSON

  /** The members read, as a map of each name found to its value. */
  private static Map<String, String> errorMembers(String body) {
    StatusSupport.Members members = StatusSupport.read(body, ERROR_MEMBERS);
    Map<String, String> found = new LinkedHashMap<>();
    for (int i = 0; i < ERROR_MEMBERS.length; i++) {
      String value = members.value(i, i);
      if (value != null) {
        found.put(ERROR_MEMBERS[i], value);
      }
    }
    return found;
  }

  @Test
  void readsTheNamedStringMembersOnlyTheFirstOfEach() {
    assertEquals(Map.of("errorCode", "DIS.4301", "message", "m"), errorMembers("{\"a\":\"kept nowhere\","
        + "\"errorCode\":\"DIS.4301\",\"errorCode\":\"second\",\"message\":\"m\",\"f\":{\"error_code\":\"in\"}}"));
    assertEquals(Map.of("error_msg", "gateway"),
        errorMembers("{\"errorCode\":4301,\"message\":{\"text\":\"x\"},\"error_msg\":\"gateway\"}"));
    // The first string of a name counts: a member of another type before it does not, an empty string does.
    assertEquals(Map.of("errorCode", "DIS.4303", "message", ""),
        errorMembers("{\"errorCode\":4301,\"errorCode\":\"DIS.4303\",\"message\":\"\",\"message\":\"m\"}"));
  }

  @Test
  void errorMembersAreAtTheirIndexes() {
    String body = "{\"request_id\":\"r\",\"error_msg\":\"gm\",\"message\":\"m\","
        + "\"error_code\":\"g\",\"errorCode\":\"c\",\"other\":\"o\"}";
    StatusSupport.Members members = StatusSupport.errorMembers(body);
    assertEquals("c", members.value(StatusSupport.ERROR_CODE, StatusSupport.GATEWAY_ERROR_CODE));
    assertEquals("g", members.value(StatusSupport.GATEWAY_ERROR_CODE, StatusSupport.ERROR_CODE));
    assertEquals("m", members.value(StatusSupport.MESSAGE, StatusSupport.GATEWAY_MESSAGE));
    assertEquals("gm", members.value(StatusSupport.GATEWAY_MESSAGE, StatusSupport.MESSAGE));
    assertEquals("r", members.value(StatusSupport.REQUEST_ID, StatusSupport.REQUEST_ID));
    // A plain body's values stand where they are in the body itself: nothing is copied until asked for.
    assertSame(body, members.text());
    assertEquals("c", body.substring(members.start(StatusSupport.ERROR_CODE), members.end(StatusSupport.ERROR_CODE)));
    StatusSupport.Members broken = StatusSupport.errorMembers("{\"errorCode\":\"c\",");
    for (int i = StatusSupport.ERROR_CODE; i <= StatusSupport.REQUEST_ID; i++) {
      assertNull(broken.value(i, i));
      assertEquals(-1, broken.start(i));
    }
  }

  @Test
  void eitherFallsBackOnTheSecondName() {
    StatusSupport.Members gateway = StatusSupport.errorMembers("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"x\"}");
    assertEquals(StatusSupport.GATEWAY_ERROR_CODE,
        gateway.either(StatusSupport.ERROR_CODE, StatusSupport.GATEWAY_ERROR_CODE));
    assertEquals("APIGW.0301", gateway.value(StatusSupport.ERROR_CODE, StatusSupport.GATEWAY_ERROR_CODE));
    assertEquals(StatusSupport.GATEWAY_MESSAGE, gateway.either(StatusSupport.MESSAGE, StatusSupport.GATEWAY_MESSAGE));
    // Neither name: the second is given, and it has no value.
    assertEquals(StatusSupport.MESSAGE, gateway.either(StatusSupport.REQUEST_ID, StatusSupport.MESSAGE));
    assertEquals(-1, gateway.start(StatusSupport.MESSAGE));
    assertNull(gateway.value(StatusSupport.REQUEST_ID, StatusSupport.MESSAGE));
  }

  @Test
  void escapedValuesStandInATextOfTheirOwn() {
    StatusSupport.Members members = StatusSupport.errorMembers("{\"errorCode\":\"DIS.43\\u0030\u0033\","
        + "\"n\":1,\"message\":\"a \\\"b\\\"\"}");
    assertEquals("DIS.4303", members.value(StatusSupport.ERROR_CODE, StatusSupport.ERROR_CODE));
    assertEquals("a \"b\"", members.value(StatusSupport.MESSAGE, StatusSupport.MESSAGE));
    assertEquals("DIS.4303", members.text().substring(members.start(StatusSupport.ERROR_CODE),
        members.end(StatusSupport.ERROR_CODE)));
  }

  @Test
  void readsEveryEscapeInWantedAndSkippedStrings() {
    assertEquals(Map.of("message", "q\" b\\ s/ \b\f\n\r\t \u00e9 \ud83d\ude00"),
        errorMembers(" {\"skipped\":\"\\\" \\u0041\", \"message\" :\n\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 "
            + "\\ud83d\\ude00\" }\n"));
    assertEquals(Map.of(), errorMembers("{\"skipped\":\"bad \\x\",\"message\":\"m\"}"));
    assertEquals(Map.of(), errorMembers("{\"skipped\":\"bad \\u12G4\",\"message\":\"m\"}"));
  }

  @Test
  void readsNamesWithEscapesAsTheNamesTheyStandFor() {
    assertEquals(Map.of("errorCode", "DIS.4303", "message", "m"),
        errorMembers("{\"error\\u0043ode\":\"DIS.4303\",\"errorCod\\u0065\":\"second\",\"message\":\"m\","
            + "\"messag\\u0065s\":\"not wanted\"}"));
    assertEquals(Map.of(), errorMembers("{\"error\\xCode\":\"DIS.4303\"}"));
  }

  @Test
  void aBodyThatTurnsOutNotPlainIsReadAgainFromTheStart() {
    // Plain string members first, then a number, an escape or a nested object: what was read before is
    // read again, by the same rule (first string of each name), not kept twice or lost.
    assertEquals(Map.of("errorCode", "c", "message", "m"),
        errorMembers("{\"errorCode\":\"c\",\"n\":1,\"errorCode\":\"d\",\"message\":\"m\"}"));
    assertEquals(Map.of("errorCode", "c", "message", "a\"b"),
        errorMembers("{ \"errorCode\" : \"c\" , \"message\":\"a\\\"b\"}"));
    assertEquals(Map.of("errorCode", "c", "request_id", "r"),
        errorMembers("{\"errorCode\":\"c\",\"detail\":{\"errorCode\":\"inner\"},\"request_id\":\"r\"}"));
    assertEquals(Map.of(), errorMembers("{\"errorCode\":\"c\",\"n\":1,}"));
  }

  @Test
  void plainStringsKeepEveryCharacterAboveTheControlsButTheQuoteAndBackslash() {
    // Whitespace of all four kinds between the tokens, and in the values the characters next to the quote and
    // the backslash, DEL, Latin-1 and beyond it: the reader's one-test shortcuts must pass each of them.
    String value = " !#[]~\u007f\u00e9\u4e2d";
    assertEquals(Map.of("errorCode", "DIS.4303", "message", value), errorMembers(
        " \t\r\n{\n\t\"errorCode\" :\r\n \"DIS.4303\" ,\n  \"message\":\t\"" + value + "\"\n}\r\n "));
    for (char c = 0; c < 0x20; c++) {
      assertEquals(Map.of(), errorMembers("{\"errorCode\":\"a" + c + "b\"}"), "control character " + (int) c);
    }
    // Characters below the space that JSON does not count as whitespace end the object's reading.
    for (char c : new char[] {0, '\b', '\f', 0x0b, 0x1f}) {
      assertEquals(Map.of(), errorMembers("{" + c + "\"errorCode\":\"x\"}"), "character " + (int) c);
    }
  }

  @Test
  void aTextThatIsNotOneWholeObjectHasNoMembers() {
    for (String body : List.of("", "oops", "[]", "\"x\"", "{", "{\"errorCode\":\"x\"", "{\"errorCode\":\"x\"} x",
        "{\"errorCode\":\"x\",}", "{\"a\":[1,2},\"errorCode\":\"x\"}", "{\"errorCode\":\"raw\nline\"}",
        "{\"errorCode\":\"short \\u12\"}", "{\"errorCode\":\"ends \\")) {
      assertEquals(Map.of(), errorMembers(body), body);
    }
  }

  @Test
  void keepsNothingButTheNamedMembersOfAHugeBody() {
    StringBuilder body = new StringBuilder("{");
    for (int i = 0; i < 200_000; i++) {
      body.append("\"k").append(i).append("\":\"v\",");
    }
    body.append("\"errorCode\":\"DIS.1\"}");
    Map<String, String> members = errorMembers(body.toString());
    assertEquals(Map.of("errorCode", "DIS.1"), members);
  }

  @Test
  void deepNestingIsSkippedWithoutRecursion() {
    String open = "[".repeat(200_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertEquals(Map.of(), errorMembers("{\"a\":" + open));
      assertEquals(Map.of("errorCode", "x"),
          errorMembers("{\"a\":" + open + "]".repeat(200_000) + ",\"errorCode\":\"x\"}"));
    });
  }

  @Test
  void anErrorBodyHasAMemberForEachValueGiven() {
    assertEquals("{\"error_code\":\"DIS.4303\",\"error_msg\":\"Exceeded traffic control limit.\","
        + "\"request_id\":\"r-1\"}", StatusSupport.errorBody("DIS.4303", "Exceeded traffic control limit.", "r-1"));
    assertEquals("{\"error_msg\":\"m\"}", StatusSupport.errorBody(null, "m", null));
    assertEquals("{\"error_code\":\"\",\"request_id\":\"r\"}", StatusSupport.errorBody("", null, "r"));
    assertEquals("{}", StatusSupport.errorBody(null, null, null));
    assertEquals(Map.of(), errorMembers(StatusSupport.errorBody(null, null, null)));
  }

  @Test
  void anErrorBodyIsReadBackExactlyWhateverItsValuesHold() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      every.append(c);
    }
    every.append("\u00e9\u2028\u2029\ud83d\ude00\ud800 lone \udc00 \uffff");
    for (String value : List.of(every.toString(), "\"", "\\", "\\u0041", "\"}, \"error_code\":\"forged", "")) {
      assertEquals(Map.of("error_code", value, "error_msg", value + "!", "request_id", "id " + value),
          errorMembers(StatusSupport.errorBody(value, value + "!", "id " + value)), value);
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Retry-After and HTTP dates

  private static Instant date(String value) {
    return StatusSupport.httpDate(value, NOW);
  }

  @Test
  void readsDeltaSecondsCappedAt2To31() {
    assertEquals(Duration.ofSeconds(7), StatusSupport.retryAfter(" 007\t", NOW));
    assertEquals(Duration.ofSeconds(2147483648L), StatusSupport.retryAfter("9".repeat(40), NOW));
    assertEquals(-1, StatusSupport.deltaSeconds("-5"));
    assertEquals(-1, StatusSupport.deltaSeconds("\u0661"));
    assertNull(StatusSupport.retryAfter("soon", NOW));
  }

  @Test
  void readsTheThreeFormsOfHttpDate() {
    Instant example = Instant.parse("1994-11-06T08:49:37Z");
    assertEquals(example, date("Sun, 06 Nov 1994 08:49:37 GMT"));
    assertEquals(example, StatusSupport.httpDate("Sunday, 06-Nov-94 08:49:37 GMT", example));
    assertEquals(example, date("Sun Nov  6 08:49:37 1994"));
    assertEquals(example, date("Sun Nov 06 08:49:37 1994"));
    assertEquals(Duration.ofHours(1), StatusSupport.retryAfter("Sun, 15 Jun 2025 13:00:00 GMT", NOW));
    assertEquals(Duration.ZERO, StatusSupport.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", NOW));
  }

  @Test
  void aYearHasExactlyFourDigits() {
    for (String value : List.of("Sun Jun 15 12:00:00 -2025", "Sun, 15 Jun -2025 12:00:00 GMT",
        "Sun, 15 Jun +12025 12:00:00 GMT", "Sun Jun 15 12:00:00 +12025", "Sun Jun 15 12:00:00 12025",
        "Sun, 15 Jun 12025 12:00:00 GMT", "Sun, 15 Jun 025 12:00:00 GMT", "Sun Jun 15 12:00:00 +2025",
        "Sunday, 15-Jun-+5 12:00:00 GMT", "Sunday, 15-Jun--5 12:00:00 GMT")) {
      assertNull(date(value), value);
      assertNull(StatusSupport.retryAfter(value, NOW), value);
    }
  }

  @Test
  void readsALeapSecondAsJavaTimeDoes() {
    Instant last = Instant.parse("2016-12-31T23:59:59Z");
    assertEquals(last, date("Sat, 31 Dec 2016 23:59:60 GMT"));
    assertEquals(last, date("Sat Dec 31 23:59:60 2016"));
    assertEquals(last, StatusSupport.httpDate("Saturday, 31-Dec-16 23:59:60 GMT", NOW));
    assertNull(date("Sat, 31 Dec 2016 12:00:60 GMT"), "only 23:59 has a leap second");
    assertNull(date("Sat, 31 Dec 2016 23:59:61 GMT"));
  }

  @Test
  void theRfc850CenturyIsDecidedByInstantNotByYear() {
    assertEquals(Instant.parse("1975-06-15T12:00:01Z"), date("Sunday, 15-Jun-75 12:00:01 GMT"));
    assertEquals(Instant.parse("2075-06-15T12:00:00Z"), date("Saturday, 15-Jun-75 12:00:00 GMT"));
    assertEquals(Instant.parse("2025-06-16T00:00:00Z"), date("Monday, 16-Jun-25 00:00:00 GMT"));
    assertEquals(Instant.parse("1999-12-31T00:00:00Z"), date("Friday, 31-Dec-99 00:00:00 GMT"));
    assertNull(date("Monday, 15-Jun-75 12:00:01 GMT"), "15 June 1975 was a Sunday");
  }

  @Test
  void refusesEverythingElse() {
    for (String value : List.of("", ",", "Su,", "Sun, 06 Nov 1994 08:49:37 UTC", "sun, 06 nov 1994 08:49:37 GMT",
        "Mon, 06 Nov 1994 08:49:37 GMT", "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 31 Feb 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Nov 1994 08:60:00 GMT", "Sun, 06 Nov 1994 08-49-37 GMT",
        "Sun, 06 Nov 1994 08:49:37 GMT ", "Sunday, 06-Nov-1994 08:49:37 GMT", "Sun, 06-Nov-94 08:49:37 GMT",
        "Sunday, 06 Nov 94 08:49:37 GMT", "Sun Nov 6 08:49:37 1994", "Sun Nov  6 08:49:37 94",
        "Sun Nov  6 8:49:37 1994 ", "2026-03-01T12:00:00Z", "Sun, 06 Nov 1994 08:49:37 GMT\u0000")) {
      assertNull(date(value), "[" + value + "]");
    }
  }

  @Test
  void neverThrowsForAnyNow() {
    for (Instant now : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)) {
      for (String value : List.of("Sunday, 06-Nov-94 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT",
          "Sun Nov  6 08:49:37 1994", "9")) {
        StatusSupport.retryAfter(value, now);
      }
    }
    assertEquals(Duration.ofSeconds(9), StatusSupport.retryAfter("9", Instant.MAX));
  }

  // -------------------------------------------------------------------------------------------------------
  // Messages and stack traces

  @Test
  void oneLineTurnsEveryLineBreakIntoASpace() {
    assertEquals("a  b c d e f\u00a0g", StatusSupport.oneLine(" a\r\nb\u2028c\u2029d\u0085e\u000bf\u00a0g\t"));
    assertEquals("x", StatusSupport.oneLine("\u2028x\u2029"));
    assertEquals("", StatusSupport.oneLine(""));
  }

  @Test
  void restoresTheTraceOrRefusesNulls() throws InvalidObjectException {
    Throwable rebuilt = new IllegalStateException();
    StackTraceElement[] trace = {new StackTraceElement("A", "b", "A.java", 1)};
    StatusSupport.restoreTrace(rebuilt, trace, new Throwable[] {new RuntimeException("s")});
    assertEquals(List.of(trace), List.of(rebuilt.getStackTrace()));
    assertEquals("s", rebuilt.getSuppressed()[0].getMessage());
    assertThrows(InvalidObjectException.class,
        () -> StatusSupport.restoreTrace(new IllegalStateException(), new StackTraceElement[] {null}, null));
    assertThrows(InvalidObjectException.class,
        () -> StatusSupport.restoreTrace(new IllegalStateException(), null, new Throwable[] {null}));
    Throwable self = new IllegalStateException();
    assertThrows(InvalidObjectException.class,
        () -> StatusSupport.restoreTrace(self, null, new Throwable[] {self}));
  }
}
