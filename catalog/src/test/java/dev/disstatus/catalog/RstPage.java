package dev.disstatus.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One of DIS's documentation pages, read from a copy of its reStructuredText source without the catalog: the
 * id of its label ({@code .. _dis_02_0022:}), its title (the line over the first {@code ===} underline) and
 * the rows of its one grid table. The fidelity tests compare the catalog with what this reads.
 *
 * @param id the label's id, such as {@code dis_02_0022}
 * @param title the page's title, such as {@code Status Codes}
 * @param rows the table's body rows, in document order, the header row left out
 */
record RstPage(String id, String title, List<RstPage.Row> rows) {
  private static final Pattern LABEL = Pattern.compile("\\.\\. _([A-Za-z0-9_]+):");

  /**
   * A body row of the table: its cells in column order, each cell as its paragraphs.
   *
   * @param endLine the line of the border under the row, for messages
   * @param cells each cell's paragraphs: a cell's lines joined by one space, a blank cell line ends a paragraph
   */
  record Row(int endLine, List<List<String>> cells) {
    /** The paragraphs of the cell in a column (0 is the first). */
    List<String> paragraphs(int column) {
      return cells.get(column);
    }

    /** The text of a cell that must hold exactly one paragraph. */
    String text(int column) {
      assertEquals(1, cells.get(column).size(),
          "one paragraph in column " + (column + 1) + " of the row above line " + endLine);
      return cells.get(column).get(0);
    }
  }

  /** Reads a page from a test resource. */
  static RstPage read(String resource) {
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
    return new RstPage(id, title, rows(lines));
  }

  private static List<String> resourceLines(String resource) {
    try (InputStream in = RstPage.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is on the test class path");
      return new String(in.readAllBytes(), UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the page's one grid table, as small a reader as DIS's tables allow: no cell spans rows or columns.
   * The first {@code +---+} border fixes the column positions; every line between borders must have a
   * {@code |} at each of them. The header row (the one closed by {@code +===+}) is dropped.
   */
  private static List<Row> rows(List<String> lines) {
    int start = 0;
    while (start < lines.size() && !lines.get(start).startsWith("+-")) {
      start++;
    }
    assertTrue(start < lines.size(), "the document has a grid table");
    String border = lines.get(start);
    int[] bars = IntStream.range(0, border.length()).filter(i -> border.charAt(i) == '+').toArray();
    List<Row> rows = new ArrayList<>();
    List<List<String>> cellLines = emptyCells(bars);
    for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String line = lines.get(i);
      if (line.startsWith("+=")) {
        cellLines = emptyCells(bars);
      } else if (line.startsWith("+-")) {
        rows.add(new Row(i + 1, cellLines.stream().map(RstPage::paragraphs).toList()));
        cellLines = emptyCells(bars);
      } else {
        for (int bar : bars) {
          assertEquals('|', bar < line.length() ? line.charAt(bar) : ' ',
              "line " + (i + 1) + " has a cell border at column " + (bar + 1));
        }
        for (int cell = 0; cell < bars.length - 1; cell++) {
          cellLines.get(cell).add(line.substring(bars[cell] + 1, bars[cell + 1]).strip());
        }
      }
    }
    return rows;
  }

  private static List<List<String>> emptyCells(int[] bars) {
    List<List<String>> cells = new ArrayList<>();
    for (int cell = 0; cell < bars.length - 1; cell++) {
      cells.add(new ArrayList<>());
    }
    return cells;
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
