package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes fixed generated code, kept in the generators as the text it is for DIS's catalog with the default
 * prefix, into a {@link JavaText} for another package: names the type {@code DisStatus} as the package's status
 * enum, {@code String} as JavaPoet would name {@code java.lang.String} there, and so on, and breaks a long method
 * head where JavaPoet would. With {@link SourceLayout} after it, the result is byte for byte the file JavaPoet
 * wrote from a {@code TypeSpec}, without building one or emitting it twice.
 *
 * <p>A name is replaced where it stands as a whole word and not after a dot (there it is a member's name): a
 * generated type's name anywhere, a type of another package only in code outside string literals (Javadoc names
 * such a type only as plain text, which JavaPoet never qualified). A type of another package is written by its
 * simple name and imported, or in full where {@link GenerationModel#namesToQualify} says that a type of the
 * package hides it; types of {@code java.lang} are not imported. Only text that comes with the processor goes
 * through here: text from a catalog could hold any of these words, so it is written as it is.
 */
final class CodeTemplate {
  /** JavaPoet's column limit, past which a method head is broken at its wrap points. */
  private static final int COLUMN_LIMIT = 100;

  /** The types of other packages the fixed code names, by their simple names. */
  private static final Map<String, ClassName> OTHER_PACKAGES = byName(
      String.class, Object.class, Class.class, Override.class, RuntimeException.class, Throwable.class,
      StackTraceElement.class, ClassCastException.class, ArrayStoreException.class, IllegalArgumentException.class,
      ClassNotFoundException.class, java.io.IOException.class, java.io.InvalidObjectException.class,
      java.io.ObjectInputStream.class, java.io.Serializable.class, java.time.Duration.class,
      java.time.Instant.class, java.util.Collections.class, java.util.List.class, java.util.Map.class,
      java.util.Objects.class, java.util.Optional.class);

  /**
   * The generated types by the names the fixed code gives them ({@code DisStatus}, ...): each is made for this
   * package only where its name is met, as most files name few of them.
   */
  private static final Map<String, Function<GenerationModel, ClassName>> GENERATED = Map.of(
      "DisStatus", GenerationModel::statusEnum, "DisErrorCode", GenerationModel::errorCodeEnum,
      "DisStatusException", GenerationModel::baseException,
      "DisClientErrorException", GenerationModel::clientErrorException,
      "DisServerErrorException", GenerationModel::serverErrorException,
      "DisStatusDispatcher", GenerationModel::dispatcher, "DisStatusSupport", GenerationModel::support);

  private final GenerationModel model;
  private final ClassName topLevel;
  private final JavaText text;
  /** {@link #text}'s naming outside the top-level type's body, where nested types hide nothing. */
  private final JavaText header;
  /** How each name of the fixed code is written in this file, worked out when first met. */
  private final Map<String, String> written = new HashMap<>();
  private final Set<ClassName> imports = new TreeSet<>();
  /** Where the Javadoc comment being written starts, and whether a name in it was replaced. */
  private int commentStart;
  private boolean commentFilled;

  /**
   * A writer of code inside {@code topLevel} for the package of {@code model}.
   *
   * @param model the package's model, whose types replace those the fixed code names
   * @param topLevel the file's top-level type
   * @param nestedNames the simple names of the types nested in it, which hide any other type of that name
   */
  CodeTemplate(GenerationModel model, ClassName topLevel, Set<String> nestedNames) {
    this.model = model;
    this.topLevel = topLevel;
    Set<String> qualified = model.namesToQualify();
    this.text = new JavaText(topLevel, nestedNames, qualified);
    this.header = nestedNames.isEmpty() ? text : new JavaText(topLevel, Set.of(), qualified);
  }

  private static Map<String, ClassName> byName(Class<?>... types) {
    Map<String, ClassName> names = new HashMap<>();
    for (Class<?> type : types) {
      names.put(type.getSimpleName(), ClassName.get(type));
    }
    return Map.copyOf(names);
  }

  /** Where the code is written, for what is made for one catalog (its Javadoc, ...) around the fixed code. */
  JavaText text() {
    return text;
  }

  /**
   * Fixed code, line by line: each line of {@code code} ends with a line break. A line may hold
   * {@link JavaText#WRAP} where JavaPoet's {@code $W} would break it.
   */
  CodeTemplate append(String code) {
    return append(code(code));
  }

  /** Fixed code read once ({@link #code}), for a file of this package. */
  CodeTemplate append(Code code) {
    for (Line line : code.lines) {
      append(line);
    }
    return this;
  }

  /**
   * Fixed code as {@link #append(Code)} takes it: cut into lines, with the places of the names that a file may
   * write otherwise found, and the lines that need no more than copying joined. Code that never changes is read
   * so once per processor, in a constant.
   */
  static Code code(String code) {
    List<Line> lines = new ArrayList<>();
    // The plain lines read since the last line that is not, each with its line break.
    StringBuilder plain = new StringBuilder();
    int start = 0;
    while (start < code.length()) {
      int end = code.indexOf('\n', start);
      Line line = Line.of(code.substring(start, end));
      if (line.isPlain()) {
        plain.append(line.text()).append('\n');
      } else {
        addPlain(lines, plain);
        lines.add(line);
      }
      start = end + 1;
    }
    addPlain(lines, plain);
    return new Code(List.copyOf(lines));
  }

  /** Plain lines read by {@link #code}, if any, as one line to copy (its last line break is the line's own). */
  private static void addPlain(List<Line> lines, StringBuilder plain) {
    if (!plain.isEmpty()) {
      lines.add(new Line(plain.substring(0, plain.length() - 1), false, false, false, 0, false, false,
          new String[0], new int[0], new int[0]));
      plain.setLength(0);
    }
  }

  /** Fixed code read by {@link #code}. */
  static final class Code {
    private final List<Line> lines;

    private Code(List<Line> lines) {
      this.lines = lines;
    }
  }

  /**
   * One line of fixed code, or several that are copied as they are; with where it starts a Javadoc comment or
   * ends one, and the names in it that {@link #fill} may replace ({@code names[i]} from {@code starts[i]} to
   * {@code ends[i]}).
   */
  private record Line(String text, boolean comment, boolean commentStart, boolean commentEnd, int indent,
      boolean wraps, boolean methodHead, String[] names, int[] starts, int[] ends) {

    static Line of(String text) {
      String trimmed = text.stripLeading();
      boolean comment = trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//");
      List<Integer> places = new ArrayList<>();
      // Only a generated type's name is replaced in a comment: Javadoc names another package's type as plain text.
      forEachWord(text, comment, (start, end) -> {
        String word = text.substring(start, end);
        if (GENERATED.containsKey(word) || !comment && OTHER_PACKAGES.containsKey(word)) {
          places.add(start);
          places.add(end);
        }
      });
      String[] names = new String[places.size() / 2];
      int[] starts = new int[names.length];
      int[] ends = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        starts[i] = places.get(2 * i);
        ends[i] = places.get(2 * i + 1);
        names[i] = text.substring(starts[i], ends[i]);
      }
      return new Line(text, comment, trimmed.startsWith("/**"), trimmed.startsWith("*/"),
          text.length() - trimmed.length(), text.indexOf(JavaText.WRAP) >= 0, isMethodHead(trimmed), names, starts,
          ends);
    }

    /** Whether the line is copied as it is, whatever the package: it holds no name and nothing to lay out. */
    boolean isPlain() {
      return names.length == 0 && !commentStart && !commentEnd && !wraps
          && !(text.length() > COLUMN_LIMIT && methodHead);
    }
  }

  private void append(Line line) {
    if (line.commentStart()) {
      commentStart = text.length();
      commentFilled = false;
    }
    String filled = fill(line);
    // The comment is laid out as written for DIS's names: another package's may be longer or shorter.
    commentFilled |= line.comment() && !filled.equals(line.text());
    int indent = line.indent();
    if (line.comment()) {
      text.line(0, filled);
      if (line.commentEnd() && commentFilled) {
        text.layOutFrom(commentStart);
      }
    } else if (line.wraps()) {
      text.wrappedLine(indent / 2, filled.substring(indent));
    } else if (filled.length() > COLUMN_LIMIT && line.methodHead()) {
      text.wrappedLine(indent / 2, withWrapPoints(filled.substring(indent)));
    } else {
      text.line(0, filled);
    }
  }

  /**
   * How this file names a type, as JavaPoet names it ({@link JavaText#name}); a type of another package that is
   * written by its simple name is imported, unless it is in {@code java.lang}.
   */
  String name(ClassName type) {
    return imported(type, text.name(type));
  }

  /**
   * How this file names a type before the top-level type's body, in its annotations, {@code extends} and
   * {@code permits} and in its Javadoc, where JavaPoet has not entered the type yet: as {@link #name}, but a type
   * nested in the top-level one hides no other there.
   */
  String headerName(ClassName type) {
    return imported(type, header.name(type));
  }

  private String imported(ClassName type, String name) {
    if (!type.packageName().equals(model.packageName()) && name.equals(type.simpleName())
        && !type.packageName().equals("java.lang")) {
      imports.add(type);
    }
    return name;
  }

  /** Imports these types too, for code that names them by their simple names ({@link GeneratedFiles#support}). */
  void imports(List<ClassName> types) {
    imports.addAll(types);
  }

  /** {@code @Generated} on the top-level type, where the consumer's compile has it. */
  void generated() {
    model.generatedAnnotation().ifPresent(type -> text.line(0, "@" + headerName(type) + "(\""
        + GenerationModel.PROCESSOR_NAME + "\")"));
  }

  /**
   * The top-level type's declaration before its brace, such as {@code public class DisClientErrorException extends
   * DisStatusException}, with a long {@code permits} clause broken as {@link SourceLayout} breaks it.
   */
  void declaration(String declaration) {
    int mark = text.length();
    text.line(0, declaration + " {");
    if (text.length() - mark > COLUMN_LIMIT) {
      text.layOutFrom(mark);
    }
  }

  /**
   * The file: its package, the imports of the types named, what was written and then {@code rest}. Its Javadoc is
   * laid out as it was written, so that {@link SourceLayout} need not read the whole file again.
   */
  GeneratedFiles.SourceFile file(String rest) {
    String body = text.toString();
    StringBuilder source = new StringBuilder(body.length() + rest.length() + 512)
        .append("package ").append(model.packageName()).append(";\n\n");
    imports.forEach(type -> source.append("import ").append(type.canonicalName()).append(";\n"));
    if (!imports.isEmpty()) {
      source.append('\n');
    }
    source.append(body).append(rest);
    return new GeneratedFiles.SourceFile(topLevel.canonicalName(), source.toString());
  }

  /** The line with each name replaced (see the class comment); in a comment only the generated types' names. */
  private String fill(Line line) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < line.names().length; i++) {
      String replacement = replacement(line.names()[i], line.comment());
      if (replacement != null) {
        out = out == null ? new StringBuilder(line.text().length() + 32) : out;
        out.append(line.text(), copied, line.starts()[i]).append(replacement);
        copied = line.ends()[i];
      }
    }
    return out == null ? line.text() : out.append(line.text(), copied, line.text().length()).toString();
  }

  /** What {@link #forEachWord} calls with each word's place. */
  private interface WordPlace {
    void accept(int start, int end);
  }

  /**
   * Each word of a line that could name a type: not part of a longer name, not a member's name after a dot and,
   * in code, not in a string literal.
   */
  private static void forEachWord(String line, boolean comment, WordPlace action) {
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"' && !comment) {
        inString = true;
      } else if (Character.isJavaIdentifierStart(c) && (i == 0 || !isNamePart(line.charAt(i - 1)))) {
        int end = i + 1;
        while (end < line.length() && isIdentifierPart(line.charAt(end))) {
          end++;
        }
        action.accept(i, end);
        i = end - 1;
      }
    }
  }

  /** Whether a character before a word makes it part of a longer name or a member's name, not a type's. */
  private static boolean isNamePart(char c) {
    return c == '.' || isIdentifierPart(c);
  }

  /** A character of a Java name, but not one javac ignores in names, such as {@link JavaText#WRAP}. */
  private static boolean isIdentifierPart(char c) {
    return Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }

  private String replacement(String word, boolean comment) {
    String done = written.get(word);
    if (done != null) {
      return comment && !GENERATED.containsKey(word) ? null : done;
    }
    Function<GenerationModel, ClassName> generated = GENERATED.get(word);
    ClassName type = generated == null ? null : generated.apply(model);
    if (type == null) {
      type = comment ? null : OTHER_PACKAGES.get(word);
      if (type == null) {
        return null;
      }
    }
    String name = name(type);
    written.put(word, name);
    return name;
  }

  /**
   * Whether a line of code declares a method or constructor: {@code name(...) {} or {@code name(...) throws ...
   * {}, and not a statement such as {@code if (...) {}.
   */
  private static boolean isMethodHead(String code) {
    int open = code.indexOf('(');
    if (open < 0 || !code.endsWith(" {") || !Character.isJavaIdentifierStart(code.charAt(0))) {
      return false;
    }
    String first = code.substring(0, code.indexOf(' ') < 0 ? open : Math.min(open, code.indexOf(' ')));
    return !Set.of("if", "for", "while", "switch", "catch", "synchronized", "return", "throw").contains(first);
  }

  /**
   * A method head with JavaPoet's wrap points marked: none-wide after the opening parenthesis, and in place of the
   * space after each comma between parameters, before {@code throws} and before each exception.
   */
  private static String withWrapPoints(String head) {
    int open = head.indexOf('(');
    StringBuilder out = new StringBuilder(head.length() + 8).append(head, 0, open + 1)
        .append(JavaText.ZERO_WIDTH_WRAP);
    int depth = 0;
    int at = open + 1;
    for (; depth >= 0; at++) {
      char c = head.charAt(at);
      if (c == '(' || c == '<') {
        depth++;
      } else if (c == ')' || c == '>') {
        depth--;
      }
      if (depth == 0 && c == ',' && head.charAt(at + 1) == ' ') {
        out.append(',').append(JavaText.WRAP);
        at++;
      } else if (depth >= 0) {
        out.append(c);
      }
    }
    out.append(')');
    String rest = head.substring(at);
    if (rest.startsWith(" throws ")) {
      String exceptions = rest.substring(" throws ".length(), rest.length() - " {".length());
      out.append(JavaText.WRAP).append("throws").append(JavaText.WRAP)
          .append(exceptions.replace(", ", "," + JavaText.WRAP)).append(" {");
    } else {
      out.append(rest);
    }
    return out.toString();
  }
}
