package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

  private final GenerationModel model;
  private final ClassName topLevel;
  private final JavaText text;
  /** {@link #text}'s naming outside the top-level type's body, where nested types hide nothing. */
  private final JavaText header;
  /** The generated types by the names the fixed code gives them ({@code DisStatus}, ...). */
  private final Map<String, ClassName> generated;
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
    this.generated = Map.of("DisStatus", model.statusEnum(), "DisErrorCode", model.errorCodeEnum(),
        "DisStatusException", model.baseException(), "DisClientErrorException", model.clientErrorException(),
        "DisServerErrorException", model.serverErrorException(), "DisStatusDispatcher", model.dispatcher(),
        "DisStatusSupport", model.support());
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
    int start = 0;
    while (start < code.length()) {
      int end = code.indexOf('\n', start);
      appendLine(code.substring(start, end));
      start = end + 1;
    }
    return this;
  }

  private void appendLine(String line) {
    String trimmed = line.stripLeading();
    boolean comment = trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//");
    if (trimmed.startsWith("/**")) {
      commentStart = text.length();
      commentFilled = false;
    }
    String filled = fill(line, comment);
    // The comment is laid out as written for DIS's names: another package's may be longer or shorter.
    commentFilled |= comment && !filled.equals(line);
    int indent = line.length() - trimmed.length();
    if (comment) {
      text.line(0, filled);
      if (trimmed.startsWith("*/") && commentFilled) {
        text.layOutFrom(commentStart);
      }
    } else if (filled.indexOf(JavaText.WRAP) >= 0) {
      text.wrappedLine(indent / 2, filled.substring(indent));
    } else if (filled.length() > COLUMN_LIMIT && isMethodHead(trimmed)) {
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
  private String fill(String line, boolean comment) {
    StringBuilder out = null;
    int copied = 0;
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
        String replacement = replacement(line.substring(i, end), comment);
        if (replacement != null) {
          out = out == null ? new StringBuilder(line.length() + 32) : out;
          out.append(line, copied, i).append(replacement);
          copied = end;
        }
        i = end - 1;
      }
    }
    return out == null ? line : out.append(line, copied, line.length()).toString();
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
      return comment && !generated.containsKey(word) ? null : done;
    }
    ClassName type = generated.get(word);
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
