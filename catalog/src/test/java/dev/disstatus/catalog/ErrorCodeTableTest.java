package dev.disstatus.catalog;

import static dev.disstatus.catalog.CatalogMessages.CATALOG;
import static dev.disstatus.catalog.CatalogMessages.ERROR_ENTRY;
import static dev.disstatus.catalog.CatalogMessages.ERROR_SOURCE;
import static dev.disstatus.catalog.LoaderCases.load;
import static dev.disstatus.catalog.LoaderCases.problem;
import static dev.disstatus.catalog.LoaderCases.problems;
import static dev.disstatus.catalog.LoaderCases.rule;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule of a catalog's optional error-code table, each with a small catalog and the exact problems it must
 * give: where (line and column) and what (the {@link CatalogMessages} text).
 *
 * <p>Most cases start from {@link #catalog(String...)}: one status, then one error code whose entry sits at 9:5
 * with its values at 9:11 (code), 10:13 (status), 11:14 (message), 12:18 (description), 13:15 (solution); an
 * added key is on line 14.
 */
class ErrorCodeTableTest {
  private static final String STATUS_PART = """
      source:
        id: acme_status
        title: Acme Status Codes
      statuses:
        - code: 400
          name: Bad Request
          description: The request is wrong.
      """;

  private static final List<String> VALID_ERROR = List.of("code: ACME.7", "status: 400",
      "message: Quota exceeded. %s", "description: The quota is used up.", "solution: Ask for more.");

  private static final CatalogSource STATUS_SOURCE = new CatalogSource("acme_status", "Acme Status Codes");

  // --- The valid path --------------------------------------------------------------------------------------

  @Test
  void oneErrorCodeLoadsWithItsDocumentsTextsAndTheCatalogsSource() throws Exception {
    ErrorCodeEntry entry = new ErrorCodeEntry("ACME.7", 400, "Quota exceeded. %s", "The quota is used up.",
        "Ask for more.", Optional.empty(), "QUOTA_EXCEEDED", new Position(9, 5));
    assertEquals(Optional.of(new ErrorCodes(STATUS_SOURCE, List.of(entry))), load(catalog()).errorCodes());
  }

  @Test
  void catalogWithoutErrorCodesHasNone() throws Exception {
    assertEquals(Optional.empty(), load(STATUS_PART).errorCodes());
  }

  @Test
  void errorSourceNamesTheErrorCodesDocument() throws Exception {
    String yaml = STATUS_PART + "errorSource:\n  id: acme_errors\n  title: Acme Error Codes\n"
        + errorCodesOf(VALID_ERROR);
    StatusCatalog catalog = load(yaml);
    assertEquals(new CatalogSource("acme_errors", "Acme Error Codes"), catalog.errorCodes().orElseThrow().source());
    assertEquals(STATUS_SOURCE, catalog.source());
  }

  @ParameterizedTest
  @EnumSource(ErrorGuidance.class)
  void guidanceKeySelectsItsGuidance(ErrorGuidance guidance) throws Exception {
    assertEquals(Optional.of(guidance), onlyError(catalog("guidance: " + guidance.key())).guidance());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 441, 499, 500, 599})
  void everyErrorStatusIsAccepted(int status) throws Exception {
    assertEquals(status, onlyError(catalog("status: " + status)).status());
  }

  @Test
  void javaConstantReplacesTheDerivedName() throws Exception {
    assertEquals("OUT_OF_QUOTA", onlyError(catalog("message: \"?!\"", "javaConstant: OUT_OF_QUOTA")).constantName());
  }

  @Test
  void codesAreTextAsWritten() throws Exception {
    assertEquals("0042", onlyError(catalog("code: \"0042\"")).code());
  }

  // --- One rule, one case: the exact problems -----------------------------------------------------------------

  static Stream<Arguments> entryProblems() {
    return Stream.of(
        rule("no code", catalogWithout("code"), problem(9, 5, CatalogMessages.missingKey(ERROR_ENTRY, "code"))),
        rule("no status", catalogWithout("status"), problem(9, 5, CatalogMessages.missingKey(ERROR_ENTRY, "status"))),
        rule("no message", catalogWithout("message"),
            problem(9, 5, CatalogMessages.missingKey(ERROR_ENTRY, "message"))),
        rule("no description", catalogWithout("description"),
            problem(9, 5, CatalogMessages.missingKey(ERROR_ENTRY, "description"))),
        rule("no solution", catalogWithout("solution"),
            problem(9, 5, CatalogMessages.missingKey(ERROR_ENTRY, "solution"))),
        rule("misspelt key", catalog("soluton: Ask again."), problem(14, 5, CatalogMessages.unknownKey("soluton",
            ERROR_ENTRY, CatalogLoader.ERROR_ENTRY_KEYS, "solution"))),
        rule("status keys are not error-code keys", catalog("name: Quota"),
            problem(14, 5, CatalogMessages.unknownKey("name", ERROR_ENTRY, CatalogLoader.ERROR_ENTRY_KEYS, null))),
        rule("code as a number", catalog("code: 4303"),
            problem(9, 11, CatalogMessages.notText("code", CatalogMessages.foundValue("4303")))),
        rule("code with a space", catalog("code: \"ACME 7\""),
            problem(9, 11, CatalogMessages.errorCodeWithSpace("ACME 7"))),
        rule("empty code", catalog("code: \"\""), problem(9, 11, CatalogMessages.blank("code"))),
        rule("status of a success", catalog("status: 200"), problem(10, 13, CatalogMessages.errorStatusNotError(200))),
        rule("status just below the errors", catalog("status: 399"),
            problem(10, 13, CatalogMessages.errorStatusNotError(399))),
        rule("status out of range", catalog("status: 600"), problem(10, 13, CatalogMessages.codeOutOfRange("600"))),
        rule("status in quotes", catalog("status: \"400\""),
            problem(10, 13, CatalogMessages.statusNotInteger("status", CatalogMessages.foundText("400")))),
        rule("message as a list", catalog("message: [Quota, exceeded]"),
            problem(11, 14, CatalogMessages.notText("message", CatalogMessages.foundList()))),
        rule("description as a boolean", catalog("description: yes"),
            problem(12, 18, CatalogMessages.notText("description", CatalogMessages.foundBoolean("yes")))),
        rule("solution too long", catalog("solution: " + "x".repeat(CatalogLoader.MAX_TEXT + 1)),
            problem(13, 15, CatalogMessages.textTooLong("solution", CatalogLoader.MAX_TEXT + 1, CatalogLoader.MAX_TEXT))),
        rule("a status's guidance", catalog("guidance: modify-request"),
            problem(14, 15, CatalogMessages.unknownErrorGuidance("modify-request"))),
        rule("message gives no Java name", catalog("message: \"Quota: exceeded.\""),
            problem(11, 14, CatalogMessages.derivedErrorName("Quota: exceeded.", "QUOTA:_EXCEEDED",
                CatalogMessages.identifierCharacter(':')))),
        rule("message of a placeholder only", catalog("message: \"%s\""),
            problem(11, 14, CatalogMessages.derivedErrorName("%s", "", CatalogMessages.messageWithoutWords()))),
        rule("override is a keyword", catalog("javaConstant: class"),
            problem(14, 19, CatalogMessages.invalidOverride("javaConstant", "class",
                CatalogMessages.identifierKeyword()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryProblems")
  void entryProblemIsReportedAtItsPlace(String rule, String yaml, List<Problem> expected) {
    assertEquals(expected, problems(yaml));
  }

  static Stream<Arguments> tableProblems() {
    return Stream.of(
        rule("empty table", STATUS_PART + "errorCodes: []\n", problem(8, 13, CatalogMessages.emptyErrorCodes())),
        rule("table is text", STATUS_PART + "errorCodes: none\n",
            problem(8, 13, CatalogMessages.errorCodesNotList(CatalogMessages.foundText("none")))),
        rule("entry is text", STATUS_PART + "errorCodes:\n  - ACME.7\n",
            problem(9, 5, CatalogMessages.notMapping(ERROR_ENTRY, CatalogMessages.foundText("ACME.7")))),
        rule("misspelt table", STATUS_PART + "errorCode: []\n",
            problem(8, 1, CatalogMessages.unknownKey("errorCode", CATALOG, CatalogLoader.ROOT_KEYS, "errorCodes"))),
        rule("the same code twice", errorCodesWith(VALID_ERROR, List.of("code: ACME.7", "status: 500",
                "message: Broken.", "description: It broke.", "solution: Wait.")),
            problem(14, 5, CatalogMessages.duplicateErrorCode("ACME.7", new Position(9, 5)))),
        rule("the same constant twice", errorCodesWith(VALID_ERROR, List.of("code: ACME.8", "status: 400",
                "message: Quota exceeded.", "description: Again.", "solution: Ask.")),
            problem(14, 5, CatalogMessages.errorNameClash("QUOTA_EXCEEDED", "ACME.7", new Position(9, 5)))),
        rule("an override takes a derived constant", errorCodesWith(VALID_ERROR, List.of("code: ACME.8",
                "status: 400", "message: Other.", "description: Again.", "solution: Ask.",
                "javaConstant: QUOTA_EXCEEDED")),
            problem(14, 5, CatalogMessages.errorNameClash("QUOTA_EXCEEDED", "ACME.7", new Position(9, 5)))),
        rule("errorSource without errorCodes", STATUS_PART + "errorSource:\n  id: e\n  title: E\n",
            problem(8, 1, CatalogMessages.errorSourceWithoutErrorCodes())),
        rule("errorSource without title", STATUS_PART + "errorSource:\n  id: e\n" + errorCodesOf(VALID_ERROR),
            problem(9, 3, CatalogMessages.missingKey(ERROR_SOURCE, "title"))),
        rule("errorSource misspelt key", STATUS_PART + "errorSource:\n  id: e\n  titel: E\n"
                + errorCodesOf(VALID_ERROR),
            problem(9, 3, CatalogMessages.missingKey(ERROR_SOURCE, "title")),
            problem(10, 3, CatalogMessages.unknownKey("titel", ERROR_SOURCE, CatalogLoader.SOURCE_KEYS, "title"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableProblems")
  void tableProblemIsReportedAtItsPlace(String rule, String yaml, List<Problem> expected) {
    assertEquals(expected, problems(yaml));
  }

  /** A constant the generated code keeps is reported where the name is set: at the message, or at its override. */
  @Test
  void aReservedConstantIsReportedWhereItIsSet() {
    ReservedNames reserved = new ReservedNames() {
      @Override
      public Optional<String> errorConstantProblem(String constantName) {
        return constantName.startsWith("QUOTA") ? Optional.of("kept") : Optional.empty();
      }
    };
    assertEquals(List.of(problem(11, 14, "kept")), assertThrows(CatalogException.class, () -> CatalogLoader.load(
        new ByteArrayInputStream(catalog().getBytes(UTF_8)), LoaderCases.SOURCE_NAME, reserved)).problems());
    assertEquals(List.of(problem(14, 19, "kept")), assertThrows(CatalogException.class, () -> CatalogLoader.load(
        new ByteArrayInputStream(catalog("javaConstant: QUOTA").getBytes(UTF_8)), LoaderCases.SOURCE_NAME,
        reserved)).problems());
  }

  /** Problems of both tables come in one load, in file order, and nothing of the catalog is returned. */
  @Test
  void problemsOfBothTablesComeTogether() {
    String yaml = STATUS_PART.replace("code: 400", "code: 4000")
        + errorCodesOf(VALID_ERROR, List.of("code: ACME.7", "status: 200", "message: Again.",
            "description: D.", "solution: S."));
    assertEquals(List.of(
        problem(5, 11, CatalogMessages.codeOutOfRange("4000")),
        problem(14, 5, CatalogMessages.duplicateErrorCode("ACME.7", new Position(9, 5))),
        problem(15, 13, CatalogMessages.errorStatusNotError(200))), problems(yaml));
  }

  // --- Helpers -------------------------------------------------------------------------------------------------

  private static ErrorCodeEntry onlyError(String yaml) throws IOException, CatalogException {
    List<ErrorCodeEntry> entries = load(yaml).errorCodes().orElseThrow().entries();
    assertEquals(1, entries.size());
    return entries.get(0);
  }

  /**
   * The valid catalog with some lines of its error code replaced or added, each {@code key: value}: a line whose
   * key the entry has replaces that line, another is added at the end (line 14, 15, ...).
   */
  private static String catalog(String... lines) {
    return STATUS_PART + errorCodesOf(LoaderCases.withLines(VALID_ERROR, lines));
  }

  /** The valid catalog without one key of its error code. */
  private static String catalogWithout(String key) {
    return STATUS_PART + errorCodesOf(LoaderCases.withoutKey(VALID_ERROR, key));
  }

  /** The status part, then these error codes; the first starts at 9:5 and the second, after five lines, at 14:5. */
  @SafeVarargs
  private static String errorCodesWith(List<String>... entries) {
    return STATUS_PART + errorCodesOf(entries);
  }

  @SafeVarargs
  private static String errorCodesOf(List<String>... entries) {
    StringBuilder yaml = new StringBuilder("errorCodes:\n");
    for (List<String> entry : entries) {
      yaml.append("  - ").append(String.join("\n    ", entry)).append('\n');
    }
    return yaml.toString();
  }
}
