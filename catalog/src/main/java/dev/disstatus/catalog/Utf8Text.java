package dev.disstatus.catalog;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A catalog's bytes as text: strict UTF-8, and positions in that text counted the way the YAML parser counts. */
final class Utf8Text {
  private static final char REPLACEMENT = '\uFFFD';

  private Utf8Text() {}

  /** Strict UTF-8 with an optional byte order mark; a bad byte is reported at its line and column. */
  static Optional<String> decode(byte[] bytes, Problems problems) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    // The fast decoder replaces a bad byte with U+FFFD, so a text without one was valid UTF-8: only a text with
    // one (bad, or written so) is decoded again strictly, to tell which and where.
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (text.indexOf(REPLACEMENT) < 0) {
      return Optional.of(text);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      String before = output.flip().toString();
      problems.report(positionOfCodePoint(before, before.codePointCount(0, before.length())),
          CatalogMessages.notUtf8(bytes[input.position()] & 0xFF));
      return Optional.empty();
    }
    return Optional.of(output.flip().toString());
  }

  /**
   * The line and column of the code point at an index, counting line breaks as SnakeYAML's marks do (LF, a CR
   * not followed by LF, NEL, LS and PS), so that the positions of one file all count lines alike.
   */
  static Position positionOfCodePoint(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < text.length() && index < codePointIndex; index++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean lineBreak = c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || c == '\r' && (i == text.length() || text.charAt(i) != '\n');
      if (lineBreak) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }
}
