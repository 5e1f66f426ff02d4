package dev.disstatus.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
    assertEquals(DIS.id(), CATALOG.sourceId());
    assertEquals(DIS.title(), CATALOG.sourceTitle());
  }

  @Test
  void catalogHasTheDocumentsCodesInOrder() {
    assertEquals(DIS.rows().stream().map(Row::code).toList(),
        CATALOG.entries().stream().map(StatusEntry::code).toList());
  }

  @Test
  void catalogHasTheDocumentsNamesAndParagraphsWordForWord() {
    assertEquals(DIS.rows().size(), CATALOG.entries().size());
    List<Executable> rows = new ArrayList<>();
    for (int i = 0; i < DIS.rows().size(); i++) {
      Row row = DIS.rows().get(i);
      StatusEntry entry = CATALOG.entries().get(i);
      rows.add(() -> assertEquals(row, new Row(entry.code(), entry.name(), entry.description())));
    }
    assertAll(rows);
  }

  @Test
  void guidanceIsSetExactlyWhereTheDocumentGivesIt() {
    assertAll(CATALOG.entries().stream().map(entry -> () -> assertEquals(
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
    assertEquals(27, CATALOG.entries().stream().filter(StatusEntry::isError).count());
    assertEquals(27, DIS.codesWhere(row -> row.code() >= 400).size());
  }

  private static List<Integer> codesWith(Guidance guidance) {
    return CATALOG.entries().stream()
        .filter(entry -> entry.guidance().equals(Optional.of(guidance)))
        .map(StatusEntry::code)
        .toList();
  }

  /** A row of the document's table: its code, its name and the paragraphs of its description. */
  record Row(int code, String name, List<String> paragraphs) {}

  /**
   * The parts of the document the catalog transcribes: the id of its label ({@code .. _dis_02_0022:}), its title
   * (the line over the first {@code ===} underline) and the rows of its one grid table.
   */
  record Document(String id, String title, List<Row> rows) {
    private static final Pattern LABEL = Pattern.compile("\\.\\. _([A-Za-z0-9_]+):");

    static Document read(String resource) {
      List<String> lines = resourceLines(resource);
      String id = null;
      String title = null;
      for (int i = 0; i < lines.size() && title == null; i++) {
        Matcher label = LABEL.matcher(lines.get(i));
        if (label.matches()) {
          id = label.group(1);
        } else if (i > 0 && lines.get(i).matches("=+") && !lines.get(i - 1).isBlank()) {
          title = lines.get(i - 1);
        }
      }
      return new Document(id, title, GridTable.rows(lines));
    }

    List<Integer> codesWhere(Predicate<Row> condition) {
      return rows.stream().filter(condition).map(Row::code).toList();
    }

    private static List<String> resourceLines(String resource) {
      try (InputStream in = DocumentFidelityTest.class.getClassLoader().getResourceAsStream(resource)) {
        assertNotNull(in, resource + " is on the test class path");
        return new String(in.readAllBytes(), UTF_8).lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A reader for the one reStructuredText grid table in the document, as small as that table allows: no cell
   * spans rows or columns. The {@code +---+} border fixes the column positions; every line between borders
   * must have a {@code |} at each of them. A cell's lines are joined by one space, a blank cell line ends a
   * paragraph, and the header row (the one closed by {@code +===+}) is dropped.
   */
  static final class GridTable {
    private GridTable() {}

    static List<Row> rows(List<String> lines) {
      int start = 0;
      while (start < lines.size() && !lines.get(start).startsWith("+-")) {
        start++;
      }
      assertTrue(start < lines.size(), "the document has a grid table");
      int[] bars = columnBars(lines.get(start));
      List<Row> rows = new ArrayList<>();
      List<List<String>> cellLines = emptyCells(bars);
      for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
        String line = lines.get(i);
        if (line.startsWith("+=")) {
          cellLines = emptyCells(bars);
        } else if (line.startsWith("+-")) {
          rows.add(row(cellLines, i + 1));
          cellLines = emptyCells(bars);
        } else {
          for (int bar : bars) {
            assertEquals('|', charAt(line, bar), "line " + (i + 1) + " has a cell border at column " + (bar + 1));
          }
          for (int cell = 0; cell < bars.length - 1; cell++) {
            cellLines.get(cell).add(line.substring(bars[cell] + 1, bars[cell + 1]).strip());
          }
        }
      }
      return rows;
    }

    private static int[] columnBars(String border) {
      return IntStream.range(0, border.length()).filter(i -> border.charAt(i) == '+').toArray();
    }

    private static List<List<String>> emptyCells(int[] bars) {
      List<List<String>> cells = new ArrayList<>();
      for (int cell = 0; cell < bars.length - 1; cell++) {
        cells.add(new ArrayList<>());
      }
      return cells;
    }

    private static char charAt(String line, int index) {
      return index < line.length() ? line.charAt(index) : ' ';
    }

    private static Row row(List<List<String>> cells, int endLine) {
      assertEquals(3, cells.size(), "the table above line " + endLine + " has code, status and description");
      List<String> code = paragraphs(cells.get(0));
      List<String> name = paragraphs(cells.get(1));
      assertEquals(1, code.size(), "one code in the row above line " + endLine);
      assertEquals(1, name.size(), "one name in the row above line " + endLine);
      return new Row(Integer.parseInt(code.get(0)), name.get(0), paragraphs(cells.get(2)));
    }

    private static List<String> paragraphs(List<String> cellLines) {
      List<String> paragraphs = new ArrayList<>();
      StringBuilder paragraph = new StringBuilder();
      for (String line : cellLines) {
        if (line.isEmpty()) {
          endParagraph(paragraph, paragraphs);
        } else {
          paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
        }
      }
      endParagraph(paragraph, paragraphs);
      return paragraphs;
    }

    private static void endParagraph(StringBuilder paragraph, List<String> paragraphs) {
      if (paragraph.length() > 0) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
      }
    }
  }
}
