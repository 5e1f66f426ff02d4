package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** What the generated enums (status and error code) are built of alike: field accessors and a guidance enum. */
final class EnumParts {
  private EnumParts() {}

  /** A public accessor that returns the field of its name. */
  static MethodSpec getter(String name, TypeName returns, String summary, String returnsDoc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addJavadoc("$L\n\n@return $L\n", summary, returnsDoc)
        .addStatement("return $N", name)
        .build();
  }

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

  /**
   * A nested public enum of guidance, each constant with its one sentence as {@code text()}.
   *
   * @param meanings each constant's name and its sentence, in declaration order
   */
  static TypeSpec guidanceEnum(ClassName name, String javadoc, Map<String, String> meanings) {
    TypeSpec.Builder guidance = TypeSpec.enumBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n", javadoc);
    meanings.forEach((constant, meaning) -> guidance.addEnumConstant(constant,
        TypeSpec.anonymousClassBuilder("$L", SourceText.wrappedLiteral(meaning))
            .addJavadoc("$L\n", SourceText.javadoc(meaning))
            .build()));
    return guidance.addField(String.class, "text", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "text")
            .addStatement("this.text = text")
            .build())
        .addMethod(getter("text", ClassName.get(String.class), "What the client should do, in one sentence.",
            "the sentence"))
        .build();
  }
}
