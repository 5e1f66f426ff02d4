package dev.disstatus.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes catalog text safe to put into generated source: into Javadoc, where it must render literally and
 * never end the comment, and into string literals, where it must hold exactly the catalog's text.
 *
 * <p>javac turns {@code \}{@code u002a} into {@code *} before it even sees comments, so a backslash is never
 * written as itself; non-ASCII characters are escaped too, so the output reads the same in a consumer's build
 * whatever its source encoding.
 */
final class SourceText {
  private SourceText() {}

  /**
   * Text for a Javadoc comment, as HTML that renders literally: {@code <}, {@code >}, {@code &}, {@code @},
   * {@code \}, the {@code /} of a comment end and anything else outside printable ASCII become character
   * references, so it can start no tag or inline tag and end no comment. Line breaks (LF, CR LF, CR, NEL) become
   * LF and a tab stays a tab; HTML allows no reference to another control character, so each is shown as its
   * Unicode control picture (U+2400 to U+2421), or as U+FFFD where it has none. Pass the result to JavaPoet with
   * {@code $L}.
   */
  static String javadoc(String text) {
    if (isPlainJavadoc(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int previous = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(previous == '*' ? "&#47;" : "/");
        case '\n', '\u0085' -> out.append('\n');
        case '\r' -> out.append(i < text.length() && text.charAt(i) == '\n' ? "" : "\n");
        case '\t' -> out.append('\t');
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append((char) c);
          } else {
            out.append("&#x").append(Integer.toHexString(visible(c)).toUpperCase(Locale.ROOT)).append(';');
          }
        }
      }
      previous = c;
    }
    return out.toString();
  }

  /** Whether {@link #javadoc} leaves the text as it is, as it does most catalog text: a quicker test than its work. */
  private static boolean isPlainJavadoc(String text) {
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 || c >= 0x7f) && c != '\n' && c != '\t'
          || c == '<' || c == '>' || c == '&' || c == '@' || c == '\\' || c == '/' && previous == '*') {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** A character that HTML may refer to: a control character's picture, U+FFFD for C1 controls. */
  private static int visible(int c) {
    if (c < 0x20) {
      return 0x2400 + c;
    }
    if (c == 0x7f) {
      return 0x2421;
    }
    return c >= 0x80 && c <= 0x9f ? 0xFFFD : c;
  }

  /**
   * A Java string literal, quotes included, holding exactly {@code text}: quotes, backslashes, control and
   * non-ASCII characters escaped (non-ASCII as {@code \}{@code uXXXX}, surrogate pairs as two escapes).
   */
  static String literal(String text) {
    if (isPlainLiteral(text)) {
      return '"' + text + '"';
    }
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Whether {@link #literal} writes the text as it is between its quotes, as it does most catalog text. */
  private static boolean isPlainLiteral(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** How many characters {@link #literal} writes for one character. */
  private static int escapedWidth(char c) {
    return switch (c) {
      case '"', '\\', '\n', '\r', '\t' -> 2;
      default -> c >= 0x20 && c < 0x7f ? 1 : "\\uxxxx".length();
    };
  }

  /** The longest piece of a {@link #wrappedLiteralText}, escaped, so that a piece and its indentation fit a line. */
  private static final int LITERAL_PIECE = 88;

  /**
   * A string literal that can be wrapped: {@link #literal}s of pieces of the text, broken after a space where one
   * is near, joined by {@code +} after {@link JavaText#WRAP}, where {@link JavaText} may start a new line as
   * JavaPoet did at its {@code $W}.
   */
  static String wrappedLiteralText(String text) {
    return String.join(JavaText.WRAP + "+ ", literalPieces(text));
  }

  /** The pieces of a {@link #wrappedLiteralText}, each a {@link #literal}. */
  private static List<String> literalPieces(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    do {
      int end = start;
      int width = 0;
      int afterSpace = -1;
      int widthAfterSpace = 0;
      while (end < text.length() && width < LITERAL_PIECE) {
        width += escapedWidth(text.charAt(end));
        if (text.charAt(end) == ' ') {
          afterSpace = end + 1;
          widthAfterSpace = width;
        }
        end++;
      }
      if (end < text.length() && afterSpace > start + LITERAL_PIECE / 2) {
        end = afterSpace;
        width = widthAfterSpace;
      }
      String piece = text.substring(start, end);
      // Where every character took one column, none needs escaping (isPlainLiteral): no need to read it again.
      pieces.add(width == end - start ? '"' + piece + '"' : literal(piece));
      start = end;
    } while (start < text.length());
    return pieces;
  }
}
