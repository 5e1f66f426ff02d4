package dev.disstatus.processor;

import static dev.disstatus.processor.GeneratedCode.call;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.disstatus.catalog.Guidance;
import dev.disstatus.catalog.NamingRule;
import dev.disstatus.catalog.Position;
import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.catalog.StatusEntry;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
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
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated exceptions, compiled at {@code --release 8} and {@code 17} as a strict consumer compiles them
 * (every warning and Javadoc problem an error), loaded and called.
 */
class ExceptionsGeneratorTest {
  private static final String PACKAGE = "com.acme.dis";
  private static final StatusCatalog DIS = StatusCatalog.bundled();
  private static final String DIS_BODY = "{\"errorCode\":\"DIS.4301\",\"message\":\"Stream does not exist.\"}";
  private static final String GATEWAY_BODY =
      "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information.\","
          + "\"request_id\":\"c5f0b1e4a7d2\"}";
  /** RFC 9110's example date, Sunday 6 November 1994, 08:49:37 GMT, 49m37s after this. */
  private static final Instant BEFORE_EXAMPLE = Instant.parse("1994-11-06T08:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir static Path temp;

  private static GeneratedCode java8;
  private static GeneratedCode java17;

  @BeforeAll
  static void compile() {
    java8 = compiled(model(DIS, 8, true), "release8");
    java17 = compiled(model(DIS, 17, true), "release17");
  }

  private static GenerationModel model(StatusCatalog catalog, int release, boolean stackTraces) {
    return new GenerationModel(PACKAGE, "Dis", stackTraces, catalog, "dis_02_0022", Optional.empty(), release);
  }

  private static List<JavaFileObject> sources(GenerationModel model) {
    List<JavaFileObject> sources = GeneratedCode.sources(ExceptionsGenerator.generate(model));
    sources.add(StatusEnumGenerator.generate(model).toJavaFileObject());
    GeneratedFiles.SourceFile support = GeneratedFiles.support(model);
    sources.add(JavaFileObjects.forSourceString(support.typeName(), support.text()));
    return sources;
  }

  private static GeneratedCode compiled(GenerationModel model, String directory) {
    return GeneratedCode.compile(temp.resolve(directory), model.releaseLevel(), sources(model));
  }

  /** The exception a dispatcher would make for a code: its own class if catalogued, else client or server. */
  private static Object exception(GeneratedCode code, int status, String body, Map<String, List<String>> headers) {
    Optional<StatusEntry> entry = DIS.find(status).filter(StatusEntry::isError);
    if (entry.isPresent()) {
      return code.create(PACKAGE + ".Dis" + entry.get().typeName() + "Exception", body, headers);
    }
    String range = status < 500 ? "DisClientErrorException" : "DisServerErrorException";
    return code.create(PACKAGE + "." + range, status, body, headers);
  }

  private static Object exception(int status, String body, Map<String, List<String>> headers) {
    return exception(java8, status, body, headers);
  }

  private static Object withBody(String body) {
    return exception(404, body, null);
  }

  private static Object withRetryAfter(int status, String value) {
    return exception(status, null, Map.of("Retry-After", List.of(value)));
  }

  private static Object retryAfter(String value, Instant now) {
    return call(withRetryAfter(429, value), "retryAfter", now);
  }

  // -------------------------------------------------------------------------------------------------------
  // Shape: the classes, the hierarchy, sealing

  @Test
  void generatesBaseRangeAndOneClassPerErrorEntryInOrder() {
    List<String> names = ExceptionsGenerator.generate(model(DIS, 17, true)).stream()
        .map(file -> file.typeSpec().name())
        .collect(Collectors.toList());
    List<String> expected = new ArrayList<>(
        List.of("DisStatusException", "DisClientErrorException", "DisServerErrorException"));
    DIS.entries().stream().filter(StatusEntry::isError)
        .forEach(entry -> expected.add("Dis" + entry.typeName() + "Exception"));
    assertEquals(expected, names);
    assertEquals(3 + 27, names.size());
    assertTrue(names.contains("DisAuthenticationErrorException"));
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void everyErrorEntryHasAFinalClassWithItsCode(int release) {
    GeneratedCode code = release == 8 ? java8 : java17;
    Class<?> base = code.type(PACKAGE + ".DisStatusException");
    for (StatusEntry entry : DIS.entries()) {
      if (!entry.isError()) {
        continue;
      }
      Object exception = exception(code, entry.code(), null, null);
      Class<?> type = exception.getClass();
      String parent = entry.code() < 500 ? "DisClientErrorException" : "DisServerErrorException";
      assertAll(entry.code() + " " + entry.name(),
          () -> assertEquals("Dis" + entry.typeName() + "Exception", type.getSimpleName()),
          () -> assertTrue(Modifier.isFinal(type.getModifiers()) && Modifier.isPublic(type.getModifiers())),
          () -> assertEquals(parent, type.getSuperclass().getSimpleName()),
          () -> assertTrue(base.isInstance(exception) && exception instanceof RuntimeException),
          () -> assertEquals(entry.code(), type.getField("CODE").getInt(null)),
          () -> assertEquals(entry.code(), call(exception, "statusCode")),
          () -> assertEquals(entry.constantName(), ((Optional<?>) call(exception, "status")).orElseThrow().toString()),
          () -> assertTrue(((String) call(exception, "getMessage")).startsWith(entry.code() + " " + entry.name()
              + ": " + entry.description().get(0))));
    }
  }

  @Test
  void theHierarchyIsSealedAtRelease17() {
    Class<?> base = java17.type(PACKAGE + ".DisStatusException");
    Class<?> client = java17.type(PACKAGE + ".DisClientErrorException");
    Class<?> server = java17.type(PACKAGE + ".DisServerErrorException");
    assertTrue(base.isSealed() && Modifier.isAbstract(base.getModifiers()));
    assertEquals(List.of(client, server), Arrays.asList(base.getPermittedSubclasses()));
    assertTrue(client.isSealed() && server.isSealed());
    assertEquals(21, client.getPermittedSubclasses().length);
    assertEquals(6, server.getPermittedSubclasses().length);
    assertEquals(java17.type(PACKAGE + ".DisNotFoundException"), Arrays.stream(client.getPermittedSubclasses())
        .filter(type -> type.getSimpleName().equals("DisNotFoundException")).findFirst().orElseThrow());
  }

  @Test
  void nothingIsSealedBelowRelease17() {
    for (String name : List.of("DisStatusException", "DisClientErrorException", "DisServerErrorException")) {
      Class<?> type = java8.type(PACKAGE + "." + name);
      assertFalse(type.isSealed(), name);
      assertFalse(Modifier.isFinal(type.getModifiers()), name);
    }
    String base = ExceptionsGenerator.generate(model(DIS, 11, true)).get(0).toString();
    assertFalse(base.contains("sealed"), base);
    assertTrue(base.contains("public abstract class DisStatusException extends RuntimeException {"), base);
  }

  @Test
  void aRangeWithoutCataloguedCodesIsFinalAndEveryClassIsSerializable() throws Exception {
    StatusCatalog custom = new StatusCatalog("custom", "Custom", List.of(
        entry(404, "NotFound", Guidance.MODIFY_REQUEST),
        entry(408, "Request Time-out", Guidance.RETRY_UNCHANGED)));
    GenerationModel model = new GenerationModel(PACKAGE, "Dis", true, custom, "codes/*/\u00e9\"x.yaml",
        Optional.empty(), 17);
    GeneratedCode code = compiled(model, "custom");
    Class<?> server = code.type(PACKAGE + ".DisServerErrorException");
    assertTrue(Modifier.isFinal(server.getModifiers()) && !server.isSealed());
    assertEquals(2, code.type(PACKAGE + ".DisClientErrorException").getPermittedSubclasses().length);

    Object unlisted = code.create(PACKAGE + ".DisServerErrorException", 500, null, null);
    assertEquals("500: not in the status catalog codes/*/\u00e9\"x.yaml", call(unlisted, "getMessage"));
    Object timeout = code.create(PACKAGE + ".DisRequestTimeOutException", null, null);
    assertEquals(true, call(timeout, "isRetryable"));

    for (String name : List.of("DisStatusException", "DisClientErrorException", "DisServerErrorException",
        "DisNotFoundException", "DisRequestTimeOutException")) {
      Class<?> type = code.type(PACKAGE + "." + name);
      Field uid = type.getDeclaredField("serialVersionUID");
      uid.setAccessible(true);
      assertTrue(Serializable.class.isAssignableFrom(type), name);
      assertEquals(1L, uid.getLong(null), name);
      assertTrue(Modifier.isPrivate(uid.getModifiers()) && Modifier.isStatic(uid.getModifiers()), name);
    }
  }

  private static StatusEntry entry(int code, String name, Guidance guidance) {
    return new StatusEntry(code, name, List.of("Described."), Optional.of(guidance),
        NamingRule.constantName(name), NamingRule.typeName(name),
        new Position(1, 1));
  }

  @Test
  void everyTypeCarriesTheGeneratedAnnotationAndMarker() {
    GenerationModel model = new GenerationModel(PACKAGE, "Dis", true, DIS, "dis_02_0022",
        Optional.of(ClassName.get("javax.annotation.processing", "Generated")), 17);
    List<JavaFile> files = ExceptionsGenerator.generate(model);
    for (JavaFile file : files) {
      assertTrue(file.toString().contains("@Generated(\"dev.disstatus.processor.DisStatusProcessor\")\npublic "),
          file.typeSpec().name());
      assertTrue(file.typeSpec().javadoc().toString().contains(GeneratedFiles.MARKER), file.typeSpec().name());
    }
    String support = GeneratedFiles.support(model).text();
    assertTrue(support.contains("@javax.annotation.processing.Generated(\"dev.disstatus.processor.DisStatusProcessor\")"
        + "\nfinal class DisStatusSupport {"), support);
    assertTrue(support.contains(GeneratedFiles.MARKER));
    assertTrue(support.startsWith("package " + PACKAGE + ";\n"));
    compiled(model, "annotated");
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void javadocFindsNothingToReport(int release) {
    GeneratedCode.javadoc(temp.resolve("javadoc" + release), release, sources(model(DIS, release, true)));
  }

  // -------------------------------------------------------------------------------------------------------
  // The range classes

  @Test
  void theRangeClassesRefuseCodesOutsideTheirRange() {
    for (int outside : new int[] {399, 500, 200, -1}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> java8.create(PACKAGE + ".DisClientErrorException", outside, null, null));
      assertTrue(e.getMessage().contains(outside + " is not a client error (status 400 to 499)"), e.getMessage());
    }
    for (int outside : new int[] {499, 600, 0}) {
      assertThrows(IllegalArgumentException.class,
          () -> java8.create(PACKAGE + ".DisServerErrorException", outside, null, null));
    }
    assertEquals(418, call(java8.create(PACKAGE + ".DisClientErrorException", 418, "", null), "statusCode"));
    assertEquals(599, call(java8.create(PACKAGE + ".DisServerErrorException", 599, "", null), "statusCode"));
  }

  // -------------------------------------------------------------------------------------------------------
  // Body and headers as given

  @Test
  void nullBodyAndHeadersAreEmpty() {
    Object e = exception(404, null, null);
    assertEquals("", call(e, "responseBody"));
    assertEquals(Map.of(), call(e, "headers"));
    assertEquals(Optional.empty(), call(e, "header", "Retry-After"));
    assertEquals(Optional.empty(), call(e, "errorCode"));
    assertEquals(Optional.empty(), call(e, "requestId"));
    assertEquals(Optional.empty(), call(e, "retryAfter"));
    assertThrows(NullPointerException.class, () -> call(e, "header", (Object) null));
    assertThrows(NullPointerException.class, () -> call(e, "retryAfter", (Object) null));
  }

  @Test
  void headersAreCopiedAndLookedUpIgnoringCase() {
    Map<String, List<String>> given = new HashMap<>();
    given.put(null, List.of("HTTP/1.1 429 Too Many Requests"));
    given.put("Retry-After", new ArrayList<>(List.of("30")));
    given.put("x-request-id", List.of("req-1"));
    given.put("X-Empty", null);
    given.put("Via", Arrays.asList("a", null, "b"));
    Object e = exception(429, "", given);
    given.get("Retry-After").add("31");
    given.put("Late", List.of("x"));

    @SuppressWarnings("unchecked")
    Map<String, List<String>> headers = (Map<String, List<String>>) call(e, "headers");
    assertEquals(List.of("Retry-After", "Via", "x-request-id"), new ArrayList<>(headers.keySet()));
    assertEquals(List.of("30"), headers.get("RETRY-AFTER"));
    assertEquals(List.of("a", "b"), headers.get("via"));
    assertEquals(Optional.of("req-1"), call(e, "header", "X-Request-ID"));
    assertEquals(Optional.of("req-1"), call(e, "requestId"));
    assertEquals(Optional.of("30"), call(e, "header", "retry-after"));
    assertThrows(UnsupportedOperationException.class, () -> headers.put("A", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> headers.get("Via").add("c"));
  }

  @Test
  void namesThatDifferInCaseOnlyAreMerged() {
    Map<String, List<String>> given = new LinkedHashMap<>();
    given.put("Warning", List.of("1"));
    given.put("WARNING", List.of("2"));
    Object e = exception(500, "", given);
    assertEquals(Optional.of("1"), call(e, "header", "warning"));
    assertEquals(Map.of("Warning", List.of("1", "2")), call(e, "headers"));
  }

  // -------------------------------------------------------------------------------------------------------
  // Retry-After

  @Test
  void retryAfterReadsDeltaSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), retryAfter("120", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(0)), retryAfter("0", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(7)), retryAfter(" 007\t", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(120)), call(withRetryAfter(429, "120"), "retryAfter"));
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
        call(withRetryAfter(429, value), "retryAfter", now);
      }
    }
    assertEquals(Optional.of(Duration.ofSeconds(9)), retryAfter("9", Instant.MAX));
  }

  // -------------------------------------------------------------------------------------------------------
  // isRetryable, from the catalog's guidance

  @Test
  void isRetryableFollowsTheCatalogsGuidance() {
    assertAll(
        () -> assertEquals(true, call(exception(408, null, null), "isRetryable"), "408 retry unchanged"),
        () -> assertEquals(true, call(withRetryAfter(413, "5"), "isRetryable"), "413 with Retry-After"),
        () -> assertEquals(true, call(withRetryAfter(429, "Sun, 06 Nov 1994 08:49:37 GMT"), "isRetryable")),
        () -> assertEquals(false, call(exception(413, null, null), "isRetryable"), "413 without"),
        () -> assertEquals(false, call(exception(429, null, null), "isRetryable"), "429 without"),
        () -> assertEquals(false, call(withRetryAfter(429, "later"), "isRetryable"), "429 unreadable"),
        () -> assertEquals(false, call(withRetryAfter(400, "5"), "isRetryable"), "400 modify"),
        () -> assertEquals(false, call(exception(404, null, null), "isRetryable"), "404 modify"),
        () -> assertEquals(false, call(withRetryAfter(503, "5"), "isRetryable"), "503 modify"),
        () -> assertEquals(false, call(withRetryAfter(500, "5"), "isRetryable"), "500 no guidance"),
        () -> assertEquals(false, call(withRetryAfter(418, "5"), "isRetryable"), "418 not listed"),
        () -> assertEquals(false, call(withRetryAfter(599, "5"), "isRetryable"), "599 not listed"));
  }

  // -------------------------------------------------------------------------------------------------------
  // The body's JSON

  @Test
  void readsADisErrorBody() {
    Object e = withBody(DIS_BODY);
    assertEquals(Optional.of("DIS.4301"), call(e, "errorCode"));
    assertEquals(Optional.of("Stream does not exist."), call(e, "errorMessage"));
    assertEquals(Optional.empty(), call(e, "requestId"));
    assertEquals(DIS_BODY, call(e, "responseBody"));
  }

  @Test
  void readsAnApiGatewayErrorBody() {
    Object e = withBody(GATEWAY_BODY);
    assertEquals(Optional.of("APIGW.0301"), call(e, "errorCode"));
    assertEquals(Optional.of("Incorrect IAM authentication information."), call(e, "errorMessage"));
    assertEquals(Optional.of("c5f0b1e4a7d2"), call(e, "requestId"));
    Object withHeader = exception(401, GATEWAY_BODY, Map.of("X-Request-Id", List.of("from-header")));
    assertEquals(Optional.of("from-header"), call(withHeader, "requestId"));
  }

  @Test
  void readsEveryStringEscapeAndWhitespaceAnywhere() {
    Object e = withBody(" \r\n\t{ \"message\" :\n\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u00C9 \\ud83d\\ude00\" ,"
        + "\"errorCode\"\t:\t\"\\u0044IS.1\"\n}\n ");
    assertEquals(Optional.of("q\" b\\ s/ \b\f\n\r\t \u00e9\u00c9 \ud83d\ude00"), call(e, "errorMessage"));
    assertEquals(Optional.of("DIS.1"), call(e, "errorCode"));
  }

  @Test
  void skipsOtherValuesAndNestedOnes() {
    Object e = withBody("{\"a\":1,\"b\":-2.5e+3,\"c\":true,\"d\":false,\"e\":null,\"f\":{\"errorCode\":\"inner\","
        + "\"g\":[1,{\"h\":\"]}\"},[]]},\"i\":[],\"j\":{},\"errorCode\":\"DIS.4301\",\"errorCode\":\"second\","
        + "\"message\":\"m\"}");
    assertEquals(Optional.of("DIS.4301"), call(e, "errorCode"));
    assertEquals(Optional.of("m"), call(e, "errorMessage"));
  }

  @Test
  void aMemberThatIsNotAStringIsNotRead() {
    Object e = withBody("{\"errorCode\":4301,\"message\":{\"text\":\"x\"},\"error_msg\":\"gateway\"}");
    assertEquals(Optional.empty(), call(e, "errorCode"));
    assertEquals(Optional.of("gateway"), call(e, "errorMessage"));
  }

  @Test
  void aBodyThatIsNotOneWholeJsonObjectGivesNoFieldsAndIsKept() {
    String longString = "{\"errorCode\":\"" + "x".repeat(100_000);
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
      Object e = withBody(body);
      assertEquals(Optional.empty(), call(e, "errorCode"), body);
      assertEquals(Optional.empty(), call(e, "errorMessage"), body);
      assertEquals(body, call(e, "responseBody"));
      assertEquals(withoutBody(404), call(e, "getMessage"), body);
    }
  }

  private static String withoutBody(int status) {
    return (String) call(exception(status, null, null), "getMessage");
  }

  @Test
  void hostileNestingIsReadInLinearTimeWithoutRecursion() {
    String open = "[".repeat(100_000);
    String close = "]".repeat(100_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (String body : List.of(open, "{\"a\":" + open, "{\"a\":" + open + close.substring(1) + "}",
          "{\"a\":" + "{\"b\":".repeat(100_000))) {
        assertEquals(Optional.empty(), call(withBody(body), "errorCode"));
      }
      Object deep = withBody("{\"a\":" + open + close + ",\"errorCode\":\"DIS.1\"}");
      assertEquals(Optional.of("DIS.1"), call(deep, "errorCode"));
      Object manyMembers = withBody("{" + "\"k\":[],".repeat(100_000) + "\"errorCode\":\"DIS.2\"}");
      assertEquals(Optional.of("DIS.2"), call(manyMembers, "errorCode"));
    });
  }

  // -------------------------------------------------------------------------------------------------------
  // getMessage

  @Test
  void theMessageSaysCodeNameDescriptionAndTheBodysError() {
    assertEquals("404 NotFound: The requested resource could not be found. The client should modify the request "
        + "instead of re-initiating it. [DIS.4301: Stream does not exist.]", call(withBody(DIS_BODY), "getMessage"));
    assertEquals("441 Authentication Error: Authentication fails. [APIGW.0301: Incorrect IAM authentication "
        + "information.]", call(exception(441, GATEWAY_BODY, null), "getMessage"));
    assertEquals("500 InternalServerError: The server is able to receive the request but it could not understand "
        + "the request.", call(exception(500, "oops", null), "getMessage"));
    assertEquals("418: not in the status catalog dis_02_0022 [DIS.4301: Stream does not exist.]",
        call(exception(418, DIS_BODY, null), "getMessage"));
    assertEquals("599: not in the status catalog dis_02_0022", call(exception(599, null, null), "getMessage"));
  }

  @Test
  void theMessageTakesAnErrorCodeOrMessageAloneAndStaysOneLine() {
    assertEquals("418: not in the status catalog dis_02_0022 [DIS.1]",
        call(exception(418, "{\"errorCode\":\"DIS.1\"}", null), "getMessage"));
    assertEquals("418: not in the status catalog dis_02_0022 [Went\r\nwrong.]".replace("\r\n", "  "),
        call(exception(418, "{\"message\":\"Went\\r\\nwrong.\"}", null), "getMessage"));
    Object e = exception(418, "{\"errorCode\":\"\",\"message\":\"\"}", null);
    assertEquals("418: not in the status catalog dis_02_0022", call(e, "getMessage"));
    assertSame(call(e, "getMessage"), call(e, "getMessage"));
    assertEquals("com.acme.dis.DisClientErrorException: 418: not in the status catalog dis_02_0022", e.toString());
  }

  // -------------------------------------------------------------------------------------------------------
  // Serialization and stack traces

  @Test
  void survivesASerializationRoundTrip() {
    Object e = exception(429, DIS_BODY, Map.of("Retry-After", List.of("5"), "X-Request-Id", List.of("r")));
    call(e, "getMessage");
    Object copy = java8.serializedAndBack(e);
    assertNotSame(e, copy);
    assertSame(e.getClass(), copy.getClass());
    assertEquals(429, call(copy, "statusCode"));
    assertEquals(DIS_BODY, call(copy, "responseBody"));
    assertEquals(call(e, "headers"), call(copy, "headers"));
    assertEquals(Optional.of("5"), call(copy, "header", "retry-after"));
    assertEquals(Optional.of("DIS.4301"), call(copy, "errorCode"));
    assertEquals(Optional.of("r"), call(copy, "requestId"));
    assertEquals(true, call(copy, "isRetryable"));
    assertEquals(call(e, "getMessage"), call(copy, "getMessage"));
    assertEquals(((Throwable) e).getStackTrace().length, ((Throwable) copy).getStackTrace().length);

    Object unlisted = java17.serializedAndBack(exception(java17, 418, null, null));
    assertEquals("", call(unlisted, "responseBody"));
    assertEquals(Map.of(), call(unlisted, "headers"));
  }

  @Test
  void recordsAStackTraceByDefault() {
    Throwable e = (Throwable) exception(404, null, null);
    assertTrue(e.getStackTrace().length > 0);
    e.addSuppressed(new IllegalStateException());
    assertEquals(1, e.getSuppressed().length);
  }

  @Test
  void recordsNoStackTraceWhenToldNot() {
    GeneratedCode cheap = compiled(model(DIS, 8, false), "noStackTraces");
    Throwable e = (Throwable) exception(cheap, 404, DIS_BODY, null);
    assertEquals(0, e.getStackTrace().length);
    e.addSuppressed(new IllegalStateException());
    assertEquals(0, e.getSuppressed().length);
    assertTrue(e.getMessage().endsWith("[DIS.4301: Stream does not exist.]"));
    Throwable copy = (Throwable) cheap.serializedAndBack(e);
    assertEquals(0, copy.getStackTrace().length);
    assertEquals(e.getMessage(), copy.getMessage());
  }
}
