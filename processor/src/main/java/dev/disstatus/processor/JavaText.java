package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Set;

/**
 * Writes members of a generated type as plain text, exactly as JavaPoet would write them inside a type that
 * JavaPoet writes, for the parts of a file that repeat once per code: building a {@code TypeSpec} for each and
 * having {@code JavaFile} emit it (twice, once to collect the imports) was most of what the processor added to a
 * compile. The text is what JavaPoet writes before {@link SourceLayout}, which lays out the whole file afterwards.
 *
 * <p>Only the few shapes the per-code members use are written: Javadoc, lines of code, and a signature whose
 * parameters wrap as JavaPoet wraps them at {@value #COLUMN_LIMIT} columns.
 */
final class JavaText {
  /** JavaPoet's column limit, where it wraps a parameter list. */
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
   * How JavaPoet names a top-level type inside a type nested in {@link #topLevel}: in full where a nested type or
   * the top-level type itself has its simple name, or where the name is always qualified; by its simple name if
   * it is in this package or, as JavaPoet then imports it, in another.
   */
  String name(ClassName type) {
    String simple = type.simpleName();
    boolean hidden = nestedNames.contains(simple) || simple.equals(topLevel.simpleName()) && !type.equals(topLevel);
    if (hidden || !type.packageName().equals(packageName) && alwaysQualified.contains(simple)) {
      return type.canonicalName();
    }
    return simple;
  }

  /**
   * A Javadoc comment at an indentation level: {@code text}'s lines, which end with a line break, each led by
   * {@code " * "}, an empty one by {@code " *"}.
   */
  JavaText javadoc(int level, String text) {
    String indent = INDENT.repeat(level);
    out.append(indent).append("/**\n");
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      out.append(indent).append(end == start ? " *" : " * ").append(text, start, end).append('\n');
      start = end + 1;
    }
    out.append(indent).append(" */\n");
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
    String continuation = INDENT.repeat(level + 2);
    StringBuilder line = new StringBuilder(INDENT.repeat(level)).append(head).append('(');
    for (int i = 0; i < parameters.size(); i++) {
      boolean last = i == parameters.size() - 1;
      String segment = parameters.get(i) + (last ? ") {" : ",");
      String separator = i == 0 ? "" : " ";
      if (line.length() + separator.length() + segment.length() > COLUMN_LIMIT) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(continuation);
        separator = "";
      }
      line.append(separator).append(segment);
    }
    out.append(line).append('\n');
    return this;
  }

  /** What was written. */
  @Override
  public String toString() {
    return out.toString();
  }
}
