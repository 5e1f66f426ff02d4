package dev.disstatus.processor;

import java.util.List;
import java.util.Set;

/**
 * Lays out JavaPoet's text for people who read it in an IDE: Javadoc wrapped at {@value #JAVADOC_WIDTH} columns
 * and a {@code permits} clause broken over lines, which JavaPoet writes as one line however long. Long string
 * literals and statements are split where they are generated ({@link SourceText#wrappedLiteralText}).
 */
final class SourceLayout {
  /** The width Javadoc is wrapped at, as in the JDK's own sources. */
  static final int JAVADOC_WIDTH = 100;

  static final String PERMITS = " permits ";
  /** What starts a paragraph, a list item, a block or a block tag in the Javadoc we generate. */
  private static final List<String> PARAGRAPH_START = List.of("<p>", "<ul>", "</ul>", "<li>", "<blockquote>",
      "</blockquote>", "<pre>", "</pre>", "@");
  /** The lines that are a block's tag alone, which no text continues. */
  private static final Set<String> BLOCK_LINE = Set.of("<ul>", "</ul>", "<blockquote>", "</blockquote>", "<pre>",
      "</pre>");

  private SourceLayout() {}

  /** The file's text laid out; code is untouched but for {@code permits}, so the file compiles to the same. */
  static String format(String source) {
    StringBuilder out = new StringBuilder(source.length() + source.length() / 16);
    boolean inJavadoc = false;
    Paragraphs paragraphs = new Paragraphs(out);
    int length = source.length();
    for (int start = 0; start <= length; ) {
      int end = source.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      int from = start;
      start = end + 1;
      int trimStart = from;
      int trimEnd = end;
      while (trimStart < trimEnd && source.charAt(trimStart) <= ' ') {
        trimStart++;
      }
      while (trimEnd > trimStart && source.charAt(trimEnd - 1) <= ' ') {
        trimEnd--;
      }
      if (inJavadoc && !source.startsWith("*/", trimStart)) {
        // The line's text after its star, which the paragraph takes.
        String text = trimStart < trimEnd && source.charAt(trimStart) == '*'
            ? source.substring(trimStart + 1, trimEnd).trim() : source.substring(trimStart, trimEnd);
        paragraphs.add("", source.substring(from, end), text);
        continue;
      }
      paragraphs.end();
      if (source.startsWith("/**", trimStart)) {
        inJavadoc = !(trimEnd - trimStart >= 2 && source.startsWith("*/", trimEnd - 2));
        out.append(source, from, end).append('\n');
      } else if (inJavadoc) {
        inJavadoc = false;
        out.append(source, from, end).append('\n');
      } else if (end - from > JAVADOC_WIDTH && trimEnd > trimStart && source.charAt(trimEnd - 1) == '{'
          && source.substring(from, end).contains(PERMITS)) {
        breakPermits(source.substring(from, end), out);
      } else {
        out.append(source, from, end).append('\n');
      }
    }
    // The last line (empty after the text's final line break) got a line break of its own.
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /**
   * Joins the lines of Javadoc comments into paragraphs and wraps each paragraph to fit: {@link #format} for the
   * lines between a comment's opening and closing lines, and {@link JavaText} for the comments it writes, so that
   * they need not be read again.
   */
  static final class Paragraphs {
    private final StringBuilder out;
    // Inside <pre>...</pre> each line is a line of code: none is joined to the one before.
    private boolean inPre;
    // The Javadoc line being joined with the lines that continue its paragraph, before it is wrapped (its two
    // parts, and what was joined to them, if anything); and whether lines may join it: its first line has text,
    // and not a block's tag alone. What was joined to it keeps both true, so that no line is read again (the
    // paragraph grows, and reading it again grew with it).
    private String pendingLead;
    private String pendingLine;
    private StringBuilder joined;
    private boolean pendingContinues;

    /** Lays out into {@code out}. */
    Paragraphs(StringBuilder out) {
      this.out = out;
    }

    /**
     * One line of a comment, {@code lead} and then {@code line}, whose text after its star, trimmed, is
     * {@code text}.
     */
    void add(String lead, String line, String text) {
      boolean preLine = inPre || text.startsWith("<pre>");
      inPre = preLine && !text.contains("</pre>");
      if (pendingLine != null && !preLine && pendingContinues && !text.isEmpty() && !startsParagraph(text)) {
        if (joined == null) {
          joined = new StringBuilder(pendingLead.length() + pendingLine.length() + text.length() + 64)
              .append(pendingLead).append(pendingLine);
        }
        joined.append(' ').append(text);
      } else {
        end();
        pendingLead = lead;
        pendingLine = line;
        // Only a tag can be a block's tag alone: a set's lookup hashes the whole line.
        pendingContinues = !text.isEmpty() && !(text.charAt(0) == '<' && BLOCK_LINE.contains(text));
      }
    }

    /** Writes the paragraph being joined, if any: the end of a comment, or of its paragraph. */
    void end() {
      if (pendingLine == null) {
        return;
      }
      if (joined != null) {
        wrapJavadoc(joined.toString(), out);
      } else if (pendingLead.length() + pendingLine.length() <= JAVADOC_WIDTH) {
        out.append(pendingLead).append(pendingLine).append('\n');
      } else {
        wrapJavadoc(pendingLead + pendingLine, out);
      }
      pendingLead = null;
      pendingLine = null;
      joined = null;
    }
  }

  private static boolean startsParagraph(String text) {
    for (String start : PARAGRAPH_START) {
      if (text.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One Javadoc line, broken at spaces until each piece fits. A continuation keeps the text's indentation, and
   * is indented four more under a list item or a block tag, as the JDK's sources do.
   */
  private static void wrapJavadoc(String line, StringBuilder out) {
    if (line.length() <= JAVADOC_WIDTH) {
      out.append(line).append('\n');
      return;
    }
    // The line's parts, as JavaPoet writes a Javadoc line: indentation, the star and a space, the text's own
    // indentation, the text.
    int star = 0;
    while (star < line.length() && line.charAt(star) == ' ') {
      star++;
    }
    if (!line.startsWith("* ", star)) {
      out.append(line).append('\n');
      return;
    }
    int text = star + 2;
    while (text < line.length() && line.charAt(text) == ' ') {
      text++;
    }
    // A continuation is the first line's prefix, four more under a list item or a block tag.
    String more = line.startsWith("<li>", text) || line.startsWith("@", text) ? "    " : "";
    out.append(line, 0, text);
    int prefix = text;
    int rest = text;
    while (prefix + line.length() - rest > JAVADOC_WIDTH) {
      int at = breakAt(line, rest, JAVADOC_WIDTH - prefix);
      if (at < 0) {
        break;
      }
      out.append(line, rest, at).append('\n').append(line, 0, text).append(more);
      rest = at + 1;
      prefix = text + more.length();
    }
    out.append(line, rest, line.length()).append('\n');
  }

  /**
   * Where to break the text from {@code from} on to fit a width: the last single space within it that has text
   * on both sides and does not follow an inline tag's name (such as {@code @link}), or else the first such space
   * at all (a word longer than the width stays whole); -1 if there is none.
   */
  private static int breakAt(String text, int from, int width) {
    int fits = -1;
    // The last space before i, where the word before i's space starts after.
    int lastSpace = from == text.length() || text.charAt(from) != ' ' ? from - 1 : from;
    // From space to space with indexOf: the JDK's own loop, which javac has made hot long before ours.
    for (int i = text.indexOf(' ', from + 1); i >= 0 && i < text.length() - 1; i = text.indexOf(' ', i + 1)) {
      if (text.charAt(i - 1) != ' ' && text.charAt(i + 1) != ' ' && !text.startsWith("{@", lastSpace + 1)) {
        if (i - from > width) {
          return fits > from ? fits : i;
        }
        fits = i;
      }
      lastSpace = i;
    }
    return fits;
  }

  /** A class head with a long {@code permits} clause: the head on its own line, then the permitted types. */
  private static void breakPermits(String line, StringBuilder out) {
    int permits = line.indexOf(PERMITS);
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    out.append(line, 0, permits).append('\n');
    String list = line.substring(permits + PERMITS.length(), line.length() - 1).trim();
    StringBuilder current = new StringBuilder(indent).append("    permits");
    // The types one by one, cut at ", " with indexOf: split would compile a regular expression for it each time.
    for (int start = 0; start >= 0; ) {
      int comma = list.indexOf(", ", start);
      String type = " " + list.substring(start, comma < 0 ? list.length() : comma) + (comma >= 0 ? "," : " {");
      start = comma < 0 ? -1 : comma + 2;
      if (current.length() + type.length() > JAVADOC_WIDTH) {
        out.append(current).append('\n');
        current = new StringBuilder(indent).append("       ");
      }
      current.append(type);
    }
    out.append(current).append('\n');
  }
}
