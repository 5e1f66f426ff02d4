package dev.disstatus.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Reads DIS's "Status Codes" document (a copy of its reStructuredText source) without the catalog and checks
 * that the bundled catalog says what the document says, row by row and word for word.
 */
class DocumentFidelityTest {
  private static final String DOCUMENT = "dev/disstatus/catalog/dis_02_0022-status-codes.rst";

  private static final Document DIS = Document.read(DOCUMENT);
  private static final StatusCatalog CATALOG = StatusCatalog.bundled();

  /** Where the document tells the client what to do, in the catalog's terms. */
  private static final Map<Integer, Guidance> GUIDANCE = Map.of(
      400, Guidance.MODIFY_REQUEST,
      403, Guidance.MODIFY_REQUEST,
      404, Guidance.MODIFY_REQUEST,
      405, Guidance.MODIFY_REQUEST,
      503, Guidance.MODIFY_REQUEST,
      408, Guidance.RETRY_UNCHANGED,
      413, Guidance.RETRY_AFTER,
      429, Guidance.RETRY_AFTER);

  @Test
  void documentHas43Rows() {
    assertEquals(43, DIS.rows().size());
  }

  @Test
  void catalogNamesTheDocument() {
    assertEquals("dis_02_0022", DIS.id());
    assertEquals("Status Codes", DIS.title());
    assertEquals(DIS.id(), CATALOG.source().id());
    assertEquals(DIS.title(), CATALOG.source().title());
  }

  @Test
  void catalogHasTheDocumentsCodesInOrder() {
    assertEquals(DIS.rows().stream().map(Row::code).toList(),
        CATALOG.statuses().stream().map(StatusEntry::code).toList());
  }

  @Test
  void catalogHasTheDocumentsNamesAndParagraphsWordForWord() {
    assertEquals(DIS.rows().size(), CATALOG.statuses().size());
    List<Executable> rows = new ArrayList<>();
    for (int i = 0; i < DIS.rows().size(); i++) {
      Row row = DIS.rows().get(i);
      StatusEntry entry = CATALOG.statuses().get(i);
      rows.add(() -> assertEquals(row, new Row(entry.code(), entry.name(), entry.description())));
    }
    assertAll(rows);
  }

  @Test
  void guidanceIsSetExactlyWhereTheDocumentGivesIt() {
    assertAll(CATALOG.statuses().stream().map(entry -> () -> assertEquals(
        Optional.ofNullable(GUIDANCE.get(entry.code())), entry.guidance(), "guidance of " + entry.code())));
  }

  /** Both directions: each entry with the guidance has the sentence, and each row with the sentence the guidance. */
  @Test
  void modifyAndRetryGuidanceQuoteTheDocument() {
    for (Guidance guidance : List.of(Guidance.MODIFY_REQUEST, Guidance.RETRY_UNCHANGED)) {
      assertEquals(codesWith(guidance), DIS.codesWhere(row -> row.paragraphs().contains(guidance.meaning())),
          guidance + " is the document's sentence \"" + guidance.meaning() + "\"");
    }
  }

  @Test
  void retryAfterGuidanceIsWhereTheDocumentMentionsRetryAfter() {
    assertEquals(codesWith(Guidance.RETRY_AFTER),
        DIS.codesWhere(row -> row.paragraphs().stream().anyMatch(p -> p.contains("Retry-After"))));
  }

  @Test
  void catalogHas27ErrorStatuses() {
    assertEquals(27, CATALOG.statuses().stream().filter(StatusEntry::isError).count());
    assertEquals(27, DIS.codesWhere(row -> row.code() >= 400).size());
  }

  private static List<Integer> codesWith(Guidance guidance) {
    return CATALOG.statuses().stream()
        .filter(entry -> entry.guidance().equals(Optional.of(guidance)))
        .map(StatusEntry::code)
        .toList();
  }

  /** A row of the document's table: its code, its name and the paragraphs of its description. */
  record Row(int code, String name, List<String> paragraphs) {}

  /** The status table of the page: code, name and description, the name and the code one paragraph each. */
  record Document(String id, String title, List<Row> rows) {
    static Document read(String resource) {
      RstPage page = RstPage.read(resource);
      List<Row> rows = page.rows().stream().map(row -> {
        assertEquals(3, row.cells().size(),
            "the table above line " + row.endLine() + " has code, status and description");
        return new Row(Integer.parseInt(row.text(0)), row.text(1), row.paragraphs(2));
      }).toList();
      return new Document(page.id(), page.title(), rows);
    }

    List<Integer> codesWhere(Predicate<Row> condition) {
      return rows.stream().filter(condition).map(Row::code).toList();
    }
  }
}
