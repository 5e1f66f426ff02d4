package dev.disstatus.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Reads DIS's "Error Codes" page (a copy of its reStructuredText source) without the catalog and checks that the
 * bundled catalog's error-code table says what the page says, row by row and word for word: 54 rows, each an
 * error code, the HTTP status it comes with, the message, the description and the solution.
 */
class ErrorCodeFidelityTest {
  private static final String DOCUMENT = "dev/disstatus/catalog/dis-error-codes.rst";

  private static final ErrorTable DIS = ErrorTable.read(DOCUMENT);
  private static final ErrorCodes CATALOG = StatusCatalog.bundled().errorCodes().orElseThrow();

  /**
   * Where the document's solution says what the client may do about sending again, by the rule in
   * catalog/ERROR-CODES.md, as catalog keys; every other row gets no guidance of its own.
   */
  private static final Map<String, String> GUIDANCE = Map.of(
      "DIS.4303", "retry-with-backoff",
      "DIS.4305", "retry-with-backoff",
      "DIS.4217", "renew-cursor",
      "DIS.4225", "renew-cursor",
      "DIS.4226", "renew-cursor",
      "DIS.4309", "check-then-retry-later");

  @Test
  void documentHas54Rows() {
    assertEquals(54, DIS.rows().size());
  }

  @Test
  void documentIsTheErrorCodesPage() {
    assertEquals("ErrorCode", DIS.id());
    assertEquals("Error Codes", DIS.title());
  }

  @Test
  void catalogNamesThePage() {
    assertEquals(new CatalogSource(DIS.id(), DIS.title()), CATALOG.source());
  }

  @Test
  void catalogHasThePagesRowsWordForWordInOrder() {
    List<Row> catalog = CATALOG.entries().stream().map(entry -> new Row(entry.code(), entry.status(),
        entry.message(), entry.description(), entry.solution())).toList();
    assertEquals(DIS.rows().size(), catalog.size());
    assertAll(IntStream.range(0, catalog.size()).mapToObj(i -> () -> assertEquals(DIS.rows().get(i), catalog.get(i))));
  }

  @Test
  void guidanceIsSetExactlyWhereTheRuleGivesIt() {
    assertAll(CATALOG.entries().stream().map(entry -> () -> assertEquals(Optional.ofNullable(GUIDANCE.get(entry.code())),
        entry.guidance().map(ErrorGuidance::key), "guidance of " + entry.code())));
  }

  @Test
  void everyCodeIsADisCodeAndUnique() {
    List<String> codes = DIS.rows().stream().map(Row::code).toList();
    assertAll(codes.stream().map(code -> () -> assertTrue(code.matches("DIS\\.[0-9]{4}"), code)));
    assertEquals(codes.size(), codes.stream().distinct().count(), "codes are unique: " + codes);
  }

  /** An error code comes with an error status that the status page documents (400, 403 and 500 here). */
  @Test
  void everyStatusIsADocumentedErrorStatus() {
    StatusCatalog statuses = StatusCatalog.bundled();
    assertAll(DIS.rows().stream().map(row -> () -> assertTrue(
        statuses.find(row.status()).filter(StatusEntry::isError).isPresent(),
        row.code() + " comes with " + row.status())));
    assertEquals(List.of(400, 403, 500), DIS.rows().stream().map(Row::status).distinct().sorted().toList());
  }

  /** The rule read both ways: each row with the words has the guidance, each row with the guidance the words. */
  @Test
  void guidanceIsWhereTheSolutionSaysWhatToDoAboutSendingAgain() {
    assertAll(
        () -> assertEquals(codesWith("retry-with-backoff"),
            DIS.codesWhere(row -> row.solution().matches(".*[Rr]educe the (upload rate|requesting frequency).*"))),
        () -> assertEquals(codesWith("renew-cursor"),
            DIS.codesWhere(row -> row.solution().matches("Obtain the (partition|data) cursor again.*"))),
        () -> assertEquals(codesWith("check-then-retry-later"),
            DIS.codesWhere(row -> row.solution().endsWith("try again later."))));
  }

  /** The only other row that says "try again" says to correct the request first: the status 400's own guidance. */
  @Test
  void theOtherTryAgainModifiesTheRequest() {
    assertEquals(List.of("DIS.4360"), DIS.codesWhere(
        row -> row.solution().contains("try again") && !GUIDANCE.containsKey(row.code())));
    assertEquals("Ensure that the data schema format is correct and try again.",
        DIS.rows().stream().filter(row -> row.code().equals("DIS.4360")).findFirst().orElseThrow().solution());
  }

  private static List<String> codesWith(String guidance) {
    return DIS.rows().stream().map(Row::code).filter(code -> guidance.equals(GUIDANCE.get(code))).toList();
  }

  /** A row of the page's table, each cell one paragraph (its lines joined by one space). */
  record Row(String code, int status, String message, String description, String solution) {}

  /** The page's label id, its title and its table. */
  record ErrorTable(String id, String title, List<Row> rows) {
    static ErrorTable read(String resource) {
      RstPage page = RstPage.read(resource);
      List<Row> rows = page.rows().stream().map(row -> {
        assertEquals(5, row.cells().size(), "the table above line " + row.endLine()
            + " has status code, error code, error message, description and solution");
        return new Row(row.text(1), Integer.parseInt(row.text(0)), row.text(2), row.text(3), row.text(4));
      }).toList();
      return new ErrorTable(page.id(), page.title(), rows);
    }

    List<String> codesWhere(Predicate<Row> condition) {
      return rows.stream().filter(condition).map(Row::code).toList();
    }
  }
}
