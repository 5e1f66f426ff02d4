package dev.disstatus.processor;

import java.util.List;
import java.util.Map;

/**
 * What the generated enums (status and error code) are built of alike, written as text ({@link JavaText}): fields,
 * accessors and a guidance enum.
 */
final class EnumParts {
  private EnumParts() {}

  /** Private final fields, such as {@code "int code"}, written as text each after a blank line. */
  static void fields(JavaText text, int level, String... declarations) {
    for (String declaration : declarations) {
      text.line(0, "").line(level, "private final " + declaration + ";");
    }
  }

  /** A public accessor that returns the field of its name, written as text after a blank line. */
  static void getter(JavaText text, int level, String name, String returns, String summary, String returnsDoc) {
    text.line(0, "")
        .javadoc(level, summary + "\n\n@return " + returnsDoc + "\n")
        .line(level, "public " + returns + " " + name + "() {")
        .line(level + 1, "return " + name + ";")
        .line(level, "}");
  }

  /**
   * A nested public enum of guidance, each constant with its one sentence as {@code text()}, written as text after
   * a blank line.
   *
   * @param name the enum's simple name
   * @param string how the file names {@code String}
   * @param meanings each constant's name and its sentence, in declaration order
   */
  static void guidanceEnum(JavaText text, String name, String string, String javadoc, Map<String, String> meanings) {
    text.line(0, "")
        .javadoc(1, javadoc + "\n")
        .line(1, "public enum " + name + " {");
    int i = 0;
    for (Map.Entry<String, String> constant : meanings.entrySet()) {
      text.enumConstant(2, i == 0, i == meanings.size() - 1, SourceText.javadoc(constant.getValue()) + "\n",
          constant.getKey(), SourceText.wrappedLiteralText(constant.getValue()));
      i++;
    }
    fields(text, 2, string + " text");
    text.line(0, "")
        .signature(2, name, List.of(string + " text"))
        .line(3, "this.text = text;")
        .line(2, "}");
    getter(text, 2, "text", string, "What the client should do, in one sentence.", "the sentence");
    text.line(1, "}");
  }
}
