package dev.disstatus.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java names of every status in the DIS document, written out by hand, and the edges of the rule. */
class NamingRuleTest {
  /** One row of the document with the names a reader expects for it; the table is the specification. */
  record Names(int code, String name, String constant, String type) {}

  private static final List<Names> DOCUMENT = List.of(
      new Names(100, "Continue", "CONTINUE", "Continue"),
      new Names(101, "Switching Protocols", "SWITCHING_PROTOCOLS", "SwitchingProtocols"),
      new Names(200, "OK", "OK", "Ok"),
      new Names(201, "Created", "CREATED", "Created"),
      new Names(202, "Accepted", "ACCEPTED", "Accepted"),
      new Names(203, "Non-Authoritative Information", "NON_AUTHORITATIVE_INFORMATION", "NonAuthoritativeInformation"),
      new Names(204, "NoContent", "NO_CONTENT", "NoContent"),
      new Names(205, "Reset Content", "RESET_CONTENT", "ResetContent"),
      new Names(206, "Partial Content", "PARTIAL_CONTENT", "PartialContent"),
      new Names(300, "Multiple Choices", "MULTIPLE_CHOICES", "MultipleChoices"),
      new Names(301, "Moved Permanently", "MOVED_PERMANENTLY", "MovedPermanently"),
      new Names(302, "Found", "FOUND", "Found"),
      new Names(303, "See Other", "SEE_OTHER", "SeeOther"),
      new Names(304, "Not Modified", "NOT_MODIFIED", "NotModified"),
      new Names(305, "Use Proxy", "USE_PROXY", "UseProxy"),
      new Names(306, "Unused", "UNUSED", "Unused"),
      new Names(400, "BadRequest", "BAD_REQUEST", "BadRequest"),
      new Names(401, "Unauthorized", "UNAUTHORIZED", "Unauthorized"),
      new Names(402, "Payment Required", "PAYMENT_REQUIRED", "PaymentRequired"),
      new Names(403, "Forbidden", "FORBIDDEN", "Forbidden"),
      new Names(404, "NotFound", "NOT_FOUND", "NotFound"),
      new Names(405, "MethodNotAllowed", "METHOD_NOT_ALLOWED", "MethodNotAllowed"),
      new Names(406, "Not Acceptable", "NOT_ACCEPTABLE", "NotAcceptable"),
      new Names(407, "Proxy Authentication Required", "PROXY_AUTHENTICATION_REQUIRED", "ProxyAuthenticationRequired"),
      new Names(408, "Request Time-out", "REQUEST_TIME_OUT", "RequestTimeOut"),
      new Names(409, "Conflict", "CONFLICT", "Conflict"),
      new Names(410, "Gone", "GONE", "Gone"),
      new Names(411, "Length Required", "LENGTH_REQUIRED", "LengthRequired"),
      new Names(412, "Precondition Failed", "PRECONDITION_FAILED", "PreconditionFailed"),
      new Names(413, "Request Entity Too Large", "REQUEST_ENTITY_TOO_LARGE", "RequestEntityTooLarge"),
      new Names(414, "Request-URI Too Large", "REQUEST_URI_TOO_LARGE", "RequestUriTooLarge"),
      new Names(415, "Unsupported Media Type", "UNSUPPORTED_MEDIA_TYPE", "UnsupportedMediaType"),
      new Names(416, "Requested range not satisfiable", "REQUESTED_RANGE_NOT_SATISFIABLE",
          "RequestedRangeNotSatisfiable"),
      new Names(417, "Expectation Failed", "EXPECTATION_FAILED", "ExpectationFailed"),
      new Names(422, "UnprocessableEntity", "UNPROCESSABLE_ENTITY", "UnprocessableEntity"),
      new Names(429, "TooManyRequests", "TOO_MANY_REQUESTS", "TooManyRequests"),
      new Names(441, "Authentication Error", "AUTHENTICATION_ERROR", "AuthenticationError"),
      new Names(500, "InternalServerError", "INTERNAL_SERVER_ERROR", "InternalServerError"),
      new Names(501, "Not Implemented", "NOT_IMPLEMENTED", "NotImplemented"),
      new Names(502, "Bad Gateway", "BAD_GATEWAY", "BadGateway"),
      new Names(503, "ServiceUnavailable", "SERVICE_UNAVAILABLE", "ServiceUnavailable"),
      new Names(504, "ServerTimeout", "SERVER_TIMEOUT", "ServerTimeout"),
      new Names(505, "HTTP Version not supported", "HTTP_VERSION_NOT_SUPPORTED", "HttpVersionNotSupported"));

  static Stream<Names> documentNames() {
    return DOCUMENT.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentNames")
  void derivesTheExpectedJavaNames(Names row) {
    assertEquals(row.constant(), NamingRule.constantName(row.name()), "constant");
    assertEquals(row.type(), NamingRule.typeName(row.name()), "type name");
    assertEquals(Optional.empty(), NamingRule.constantProblem(row.constant()), "constant is legal Java");
    assertEquals(Optional.empty(), NamingRule.typeProblem(row.type()), "type name is legal Java");
  }

  @Test
  void bundledCatalogCarriesExactlyTheseNames() {
    List<Names> bundled = StatusCatalog.bundled().statuses().stream()
        .map(entry -> new Names(entry.code(), entry.name(), entry.constantName(), entry.typeName()))
        .toList();
    assertEquals(DOCUMENT.size(), bundled.size());
    assertAll(IntStream.range(0, DOCUMENT.size()).mapToObj(i -> () -> assertEquals(DOCUMENT.get(i), bundled.get(i))));
  }

  /** A Turkish default locale upper-cases 'i' to a dotted 'İ'; generated names must not depend on the machine. */
  @Test
  void namesDoNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("REQUESTED_RANGE_NOT_SATISFIABLE", NamingRule.constantName("Requested range not satisfiable"));
      assertEquals("HttpVersionNotSupported", NamingRule.typeName("HTTP Version not supported"));
      assertEquals("INVALID_IAM_AGENCY", NamingRule.errorConstantName("Invalid IAM agency."));
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Request-URI Too Large    | Request,URI,Too,Large",
      "NoContent                | No,Content",
      "'  -Not--Found-  '       | Not,Found",
      "HTTPVersion              | HTTPVersion",
      "Error404Page             | Error404Page",
      "Request Time-out         | Request,Time,out",
      "'Tab\tand\u00A0space'    | Tab,and\u00A0space",
  })
  void splitsWordsAtSpacesHyphensAndLowerToUpperChanges(String name, String words) {
    assertEquals(List.of(words.split(",")), NamingRule.words(name));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"'---'", "' '", "''", "'- -'"})
  void nameOfSeparatorsOnlyHasNoWordsAndEmptyJavaNames(String name) {
    assertEquals(List.of(), NamingRule.words(name));
    assertEquals("", NamingRule.constantName(name));
    assertEquals("", NamingRule.typeName(name));
    Optional<String> empty = Optional.of(CatalogMessages.identifierEmpty());
    assertEquals(empty, NamingRule.constantProblem(NamingRule.constantName(name)));
    assertEquals(empty, NamingRule.typeProblem(NamingRule.typeName(name)));
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({"class, CLASS, Class", "enum, ENUM, Enum", "record, RECORD, Record", "null, NULL, Null"})
  void keywordNamesGiveLegalJavaNames(String name, String constant, String type) {
    assertEquals(constant, NamingRule.constantName(name));
    assertEquals(type, NamingRule.typeName(name));
    assertEquals(Optional.empty(), NamingRule.constantProblem(constant));
    assertEquals(Optional.empty(), NamingRule.typeProblem(type));
  }

  private static final Named<Function<String, Optional<String>>> CONSTANT =
      Named.of("constantProblem", NamingRule::constantProblem);
  private static final Named<Function<String, Optional<String>>> TYPE =
      Named.of("typeProblem", NamingRule::typeProblem);

  static Stream<Arguments> identifierProblems() {
    return Stream.of(
        Arguments.of(CONSTANT, "3XX_REDIRECT", CatalogMessages.identifierDigitStart()),
        Arguments.of(CONSTANT, "CAFÉ", CatalogMessages.identifierCharacter('É')),
        Arguments.of(CONSTANT, "NOT FOUND", CatalogMessages.identifierCharacter(' ')),
        Arguments.of(CONSTANT, "A$B", CatalogMessages.identifierCharacter('$')),
        Arguments.of(CONSTANT, "\uD835\uDD38", CatalogMessages.identifierCharacter(0x1D538)),
        Arguments.of(CONSTANT, "class", CatalogMessages.identifierKeyword()),
        Arguments.of(CONSTANT, "enum", CatalogMessages.identifierKeyword()),
        Arguments.of(CONSTANT, "_", CatalogMessages.identifierKeyword()),
        Arguments.of(CONSTANT, "var", CatalogMessages.identifierKeyword()),
        Arguments.of(CONSTANT, "true", CatalogMessages.identifierKeyword()),
        Arguments.of(TYPE, "notFound", CatalogMessages.identifierLowerCaseStart()),
        Arguments.of(TYPE, "_NotFound", CatalogMessages.identifierLowerCaseStart()),
        Arguments.of(TYPE, "Café", CatalogMessages.identifierCharacter('é')),
        Arguments.of(TYPE, "3xxRedirect", CatalogMessages.identifierDigitStart()),
        Arguments.of(TYPE, "record", CatalogMessages.identifierKeyword()));
  }

  @ParameterizedTest(name = "{0}(\"{1}\"): {2}")
  @MethodSource("identifierProblems")
  void identifierProblemSaysWhatIsWrong(Function<String, Optional<String>> rule, String identifier, String problem) {
    assertEquals(Optional.of(problem), rule.apply(identifier));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"NOT_FOUND", "_NOT_FOUND", "HTTP_2", "lowerCase", "Class"})
  void constantAllowsAnyAsciiIdentifierThatIsNoKeyword(String constant) {
    assertEquals(Optional.empty(), NamingRule.constantProblem(constant));
  }
}
