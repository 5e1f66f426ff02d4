package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Set;

/**
 * Writes generated code as plain text, exactly as JavaPoet wrote it: every generated file (the enums, the
 * dispatcher, and through {@link CodeTemplate} and {@link CodeExceptionsWriter} the exceptions). Building a
 * {@code TypeSpec} and having {@code JavaFile} emit it (twice, once to collect the imports) was most of what the
 * processor added to a compile. Each Javadoc comment is laid out as it is written
 * ({@link #javadoc}), so the text is the finished file, as {@link SourceLayout} would have laid out JavaPoet's.
 *
 * <p>Only the few shapes the generated code uses are written: a file's head, Javadoc, lines of code, a signature
 * and an enum constant with arguments, whose lines break as JavaPoet's {@code LineWrapper} breaks them at
 * {@value #COLUMN_LIMIT} columns. The output stays byte for byte what JavaPoet wrote: the golden files and the
 * tests of names that hide {@code java.lang} types, long names and Javadoc escaping hold it to that.
 */
final class JavaText {
  /** JavaPoet's column limit, past which it breaks a line at a wrap point. */
  private static final int COLUMN_LIMIT = 100;
  /** JavaPoet's indentation step. */
  private static final String INDENT = "  ";

  private final String packageName;
  private final ClassName topLevel;
  private final Set<String> nestedNames;
  private final Set<String> alwaysQualified;
  private final StringBuilder out = new StringBuilder();

  /**
   * A writer for members nested in {@code topLevel}.
   *
   * @param topLevel the file's top-level type
   * @param nestedNames the simple names of the types nested in it, which hide any other type of that name
   * @param alwaysQualified the names given to JavaPoet's {@code alwaysQualify} for the file
   */
  JavaText(ClassName topLevel, Set<String> nestedNames, Set<String> alwaysQualified) {
    this.packageName = topLevel.packageName();
    this.topLevel = topLevel;
    this.nestedNames = Set.copyOf(nestedNames);
    this.alwaysQualified = Set.copyOf(alwaysQualified);
  }

  /**
   * How JavaPoet names a type in code or Javadoc inside {@link #topLevel}: by the shortest suffix of its name that
   * resolves to it (a type nested in the top-level one by its simple name), in full where that suffix names a
   * nested type or the top-level type instead; a type of this package by its names from the top-level one down;
   * one of another package in full if its name is always qualified, else by its simple name, which JavaPoet then
   * imports (the callers name only types that the rest of the file makes JavaPoet import).
   */
  String name(ClassName type) {
    List<String> names = type.simpleNames();
    for (ClassName suffix = type; suffix != null; suffix = suffix.enclosingClassName()) {
      ClassName resolved = resolve(suffix.simpleName());
      if (resolved != null) {
        return resolved.canonicalName().equals(suffix.canonicalName())
            ? String.join(".", names.subList(suffix.simpleNames().size() - 1, names.size()))
            : type.canonicalName();
      }
    }
    if (type.packageName().equals(packageName)) {
      return String.join(".", names);
    }
    return alwaysQualified.contains(type.simpleName()) ? type.canonicalName() : type.simpleName();
  }

  /** The type a simple name means in the top-level type, by JavaPoet's rules: its own or a nested one's. */
  private ClassName resolve(String simpleName) {
    if (nestedNames.contains(simpleName)) {
      return topLevel.nestedClass(simpleName);
    }
    return simpleName.equals(topLevel.simpleName()) ? topLevel : null;
  }

  /**
   * A Javadoc comment at an indentation level: {@code text}'s lines, which end with a line break, each led by
   * {@code " * "}, an empty one by {@code " *"}; laid out as {@link SourceLayout} lays Javadoc out, so that no
   * layout pass over the whole file is needed after, and as it is written, so that it is not read again.
   */
  JavaText javadoc(int level, String text) {
    writeJavadoc(out, level, text);
    return this;
  }

  /** {@link #javadoc}'s comment alone, for one that is the same in every file, and so is laid out only once. */
  static String javadocText(int level, String text) {
    StringBuilder comment = new StringBuilder();
    writeJavadoc(comment, level, text);
    return comment.toString();
  }

  /** Text laid out already, such as a {@link #javadocText}; each of its lines ends with a line break. */
  JavaText laidOut(String text) {
    out.append(text);
    return this;
  }

  private static void writeJavadoc(StringBuilder out, int level, String text) {
    String indent = INDENT.repeat(level);
    out.append(indent).append("/**\n");
    if (needsLayout(indent, text)) {
      SourceLayout.Paragraphs paragraphs = new SourceLayout.Paragraphs(out);
      String lead = indent + " * ";
      String emptyLead = indent + " *";
      for (int start = 0; start < text.length(); ) {
        int end = lineEnd(text, start);
        String line = text.substring(start, end);
        paragraphs.add(line.isEmpty() ? emptyLead : lead, line, line.trim());
        start = end + 1;
      }
      paragraphs.end();
    } else {
      for (int start = 0; start < text.length(); ) {
        int end = lineEnd(text, start);
        out.append(indent).append(end == start ? " *" : " * ").append(text, start, end).append('\n');
        start = end + 1;
      }
    }
    out.append(indent).append(" */\n");
  }

  /**
   * Whether {@link SourceLayout} may change a comment: a line too long, or two lines of text in a row, which it
   * may join. Most comments have neither, and are written as they are.
   */
  private static boolean needsLayout(String indent, String text) {
    boolean previousHasText = false;
    for (int start = 0; start < text.length(); ) {
      int end = lineEnd(text, start);
      boolean hasText = end > start;
      if (hasText && previousHasText
          || indent.length() + " * ".length() + end - start > SourceLayout.JAVADOC_WIDTH) {
        return true;
      }
      previousHasText = hasText;
      start = end + 1;
    }
    return false;
  }

  /** Where the line of the text that starts at {@code start} ends: its line break, or the text's end. */
  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  /** How much has been written: a mark for {@link #layOutFrom}. */
  int length() {
    return out.length();
  }

  /**
   * Lays out what was written from {@code mark} on as {@link SourceLayout#format} lays it out: a Javadoc comment
   * written line by line, or a type's head with a long {@code permits} clause.
   */
  JavaText layOutFrom(int mark) {
    String written = out.substring(mark);
    out.setLength(mark);
    out.append(SourceLayout.format(written));
    return this;
  }

  /** One line of code at an indentation level; an empty one is written without indentation. */
  JavaText line(int level, String code) {
    if (!code.isEmpty()) {
      out.append(INDENT.repeat(level));
    }
    out.append(code).append('\n');
    return this;
  }

  /**
   * A method or constructor head, {@code head(parameters) {}: as JavaPoet writes it, a parameter goes on the next
   * line, indented twice more, where it would pass the column limit (the first one too, after the parenthesis).
   */
  JavaText signature(int level, String head, List<String> parameters) {
    Line line = new Line(level).text(head + "(").zeroWidthWrap();
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        line.text(",").wrap();
      }
      line.text(parameters.get(i));
    }
    line.text(") {\n");
    return this;
  }

  /**
   * An enum constant with arguments, {@code NAME(arguments),} or, for the last, {@code NAME(arguments);}, after a
   * blank line unless it is the first and after its Javadoc.
   *
   * @param arguments the arguments' text, with {@link #WRAP} where JavaPoet's {@code $W} would be
   */
  JavaText enumConstant(int level, boolean first, boolean last, String javadoc, String name, String arguments) {
    if (!first) {
      out.append('\n');
    }
    javadoc(level, javadoc);
    wrapping(new Line(level).text(name + "("), arguments).text(last ? ");\n" : "),\n");
    return this;
  }

  /**
   * One line of code, such as a statement or a method's head, broken where JavaPoet would break it.
   *
   * @param code the code, with {@link #WRAP} where JavaPoet's {@code $W} would be and {@link #ZERO_WIDTH_WRAP}
   *     where its {@code $Z} would be
   */
  JavaText wrappedLine(int level, String code) {
    wrapping(new Line(level), code).text("\n");
    return this;
  }

  /** The code written to a line, each {@link #WRAP} or {@link #ZERO_WIDTH_WRAP} in it a point where it may break. */
  private static Line wrapping(Line line, String code) {
    int start = 0;
    // Found with indexOf, the JDK's loop, which javac has made hot long before the processor runs.
    int wrap = code.indexOf(WRAP);
    int zeroWidth = code.indexOf(ZERO_WIDTH_WRAP);
    while (wrap >= 0 || zeroWidth >= 0) {
      boolean wide = zeroWidth < 0 || wrap >= 0 && wrap < zeroWidth;
      int at = wide ? wrap : zeroWidth;
      line.text(code.substring(start, at));
      if (wide) {
        line.wrap();
        wrap = code.indexOf(WRAP, at + 1);
      } else {
        line.zeroWidthWrap();
        zeroWidth = code.indexOf(ZERO_WIDTH_WRAP, at + 1);
      }
      start = at + 1;
    }
    return line.text(code.substring(start));
  }

  /** Where code given to {@link #enumConstant} or {@link #wrappedLine} may break onto a new line, as JavaPoet's $W. */
  static final char WRAP = '\u0000';
  /** Where code given to {@link #wrappedLine} may break onto a new line, else nothing, as JavaPoet's $Z. */
  static final char ZERO_WIDTH_WRAP = '\u0001';

  /**
   * One line of code as JavaPoet's {@code LineWrapper} writes it: text is held from a wrap point until it is
   * known whether the line, up to the next wrap point or its end, passes the column limit; then the wrap point
   * becomes a new line indented twice more than the code, or else a space (nothing at a zero-width one).
   */
  private final class Line {
    private final String continuation;
    private final StringBuilder held = new StringBuilder();
    private int column;
    /** What the pending wrap point becomes if the line fits: " " or ""; null when none is pending. */
    private String pending;

    Line(int level) {
      this.continuation = INDENT.repeat(level + 2);
      String indent = INDENT.repeat(level);
      out.append(indent);
      column = indent.length();
    }

    Line text(String text) {
      if (pending != null) {
        int newline = text.indexOf('\n');
        if (newline < 0 && column + text.length() <= COLUMN_LIMIT) {
          held.append(text);
          column += text.length();
          return this;
        }
        flush(newline < 0 || column + newline > COLUMN_LIMIT);
      }
      out.append(text);
      int newline = text.lastIndexOf('\n');
      column = newline >= 0 ? text.length() - newline - 1 : column + text.length();
      return this;
    }

    /** A point where JavaPoet's {@code $W} would break the line, a space if it does not. */
    Line wrap() {
      if (pending != null) {
        flush(false);
      }
      column++;
      pending = " ";
      return this;
    }

    /** A point where JavaPoet's {@code $Z} would break the line, nothing if it does not. */
    Line zeroWidthWrap() {
      if (pending != null) {
        flush(false);
      }
      pending = "";
      return this;
    }

    private void flush(boolean wrap) {
      if (wrap) {
        out.append('\n').append(continuation);
        column = continuation.length() + held.length();
      } else {
        out.append(pending);
      }
      out.append(held);
      held.setLength(0);
      pending = null;
    }
  }

  /**
   * A file's head as JavaPoet writes it: its package, then an import for each type of another package that its
   * code names by its simple name ({@link #name}), {@code java.lang} ones aside, sorted.
   *
   * @param used the types of other packages that the file's code (not only its Javadoc) names
   */
  JavaText fileHead(List<ClassName> used) {
    out.append("package ").append(packageName).append(";\n\n");
    List<String> imports = used.stream()
        .filter(type -> !type.packageName().equals("java.lang") && name(type).equals(type.simpleName()))
        .map(ClassName::canonicalName)
        .distinct()
        .sorted()
        .toList();
    imports.forEach(type -> out.append("import ").append(type).append(";\n"));
    if (!imports.isEmpty()) {
      out.append('\n');
    }
    return this;
  }

  /** What was written. */
  @Override
  public String toString() {
    return out.toString();
  }
}
