package dev.disstatus.catalog;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's reader for a text that is whole in memory and printable throughout: the scanner peeks at every char
 * several times, and SnakeYAML's own reader checks before each peek whether its window of the stream holds enough,
 * reading the stream 1,023 chars at a time and copying the window each time. This one holds the text's code
 * points in one array and counts lines, columns and indices exactly as SnakeYAML's does (2.x), so every mark is
 * the same.
 *
 * <p>A text with a code point YAML does not allow is left to SnakeYAML's reader, which reports it when its window
 * reaches it: whether that comes before a syntax error earlier in the text depends on its window, and only it
 * knows that.
 */
final class PrintableTextReader extends StreamReader {
  /** The name SnakeYAML's reader gives a stream in its marks. */
  private static final String NAME = "'reader'";

  /** The text when its chars are its code points (it has no surrogate pairs), for prefixes cut from it. */
  private final String bmpText;
  private final int[] codePoints;
  private int pointer;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  private PrintableTextReader(String text, int[] codePoints) {
    super(Reader.nullReader());
    this.bmpText = codePoints.length == text.length() ? text : null;
    this.codePoints = codePoints;
  }

  /** A reader of the text: this one when every code point of it is printable, else SnakeYAML's own. */
  static StreamReader of(String text) {
    int[] codePoints = printableCodePoints(text);
    return codePoints != null ? new PrintableTextReader(text, codePoints) : new StreamReader(new StringReader(text));
  }

  /** The text's code points, or null if one of them is not printable as YAML defines it. */
  private static int[] printableCodePoints(String text) {
    char[] chars = text.toCharArray();
    int[] codePoints = new int[chars.length];
    int count = 0;
    for (int i = 0; i < chars.length; count++) {
      int c = chars[i];
      // Printable ASCII, nearly all of a catalog, needs no more checks.
      if (c < ' ' || c > '~') {
        c = Character.codePointAt(chars, i);
        if (!StreamReader.isPrintable(c)) {
          return null;
        }
      }
      codePoints[count] = c;
      i += Character.charCount(c);
    }
    return count == codePoints.length ? codePoints : Arrays.copyOf(codePoints, count);
  }

  @Override
  public Mark getMark() {
    return new Mark(NAME, index, line, column, codePoints, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < codePoints.length; i++) {
      int c = codePoints[pointer++];
      index++;
      documentIndex++;
      // As SnakeYAML's reader: a CR ends a line unless an LF follows, and one at the very end does not.
      if (Constant.LINEBR.has(c) || c == '\r' && pointer < codePoints.length && codePoints[pointer] != '\n') {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return pointer < codePoints.length ? codePoints[pointer] : '\0';
  }

  @Override
  public int peek(int offset) {
    return pointer + offset < codePoints.length ? codePoints[pointer + offset] : '\0';
  }

  @Override
  public String prefix(int length) {
    if (length == 0) {
      return "";
    }
    int end = Math.min(pointer + length, codePoints.length);
    return bmpText != null ? bmpText.substring(pointer, end) : new String(codePoints, pointer, end - pointer);
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    index += length;
    documentIndex += length;
    // As SnakeYAML's reader: a prefix never holds a line break.
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }
}
