package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
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
