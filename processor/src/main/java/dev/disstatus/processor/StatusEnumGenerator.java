package dev.disstatus.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.disstatus.catalog.Guidance;
import dev.disstatus.catalog.StatusEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the status enum ({@code DisStatus}): one constant per catalog entry in catalog order, its data, its
 * category, the documented guidance, and the lookups by int code.
 */
final class StatusEnumGenerator {
  /** The nested class holding the lookup tables, a name no constant may take. */
  private static final String BY_CODE = ReservedJavaNames.STATUS_LOOKUP_CLASS;

  private final GenerationModel model;
  private final ClassName status;
  private final ClassName guidance;
  private final TypeSpec.Builder type;

  private StatusEnumGenerator(GenerationModel model) {
    this.model = model;
    this.status = model.statusEnum();
    this.guidance = model.guidanceEnum();
    this.type = TypeSpec.enumBuilder(status).addModifiers(Modifier.PUBLIC);
  }

  static GeneratedFiles.SourceFile generate(GenerationModel model) {
    return new StatusEnumGenerator(model).generate();
  }

  private GeneratedFiles.SourceFile generate() {
    addTypeJavadoc();
    addConstantStandIn();
    addFieldsAndConstructor();
    addAccessors();
    addCategoryTests();
    addLookups();
    addGuidanceEnum();
    return GeneratedFiles.withConstants(model, GeneratedFiles.javaFile(model, type), this::constants);
  }

  private void addTypeJavadoc() {
    type.addJavadoc("The HTTP status codes of $L, in the document's order.\n\n",
            GeneratedFiles.sourceDocument(model))
        .addJavadoc("<p>Each constant carries the code ({@link #code()}), the document's name for it "
            + "({@link #reasonPhrase()}), what the document says of it ({@link #description()}) and the guidance "
            + "it gives the client, if any ({@link #guidance()}). {@link #valueOf(int)} and {@link #find(int)} "
            + "look a code up.\n\n")
        .addJavadoc(GeneratedFiles.generatedFrom(model));
  }

  /** The first constant alone, which {@link GeneratedFiles#withConstants} replaces with {@link #constants}. */
  private void addConstantStandIn() {
    type.addEnumConstant(model.catalog().statuses().get(0).constantName());
  }

  /** One constant per entry, as text: {@code NOT_FOUND(404, "Not Found", "...", Guidance.MODIFY_REQUEST)}. */
  private String constants(JavaText text) {
    List<StatusEntry> entries = model.catalog().statuses();
    for (int i = 0; i < entries.size(); i++) {
      StatusEntry entry = entries.get(i);
      String guidanceArgument = entry.guidance().map(g -> text.name(guidance) + "." + g.name()).orElse("null");
      text.enumConstant(1, i == 0, i == entries.size() - 1, constantJavadoc(text, entry), entry.constantName(),
          entry.code() + ", " + SourceText.wrappedLiteralText(entry.name()) + "," + JavaText.WRAP
              + SourceText.wrappedLiteralText(entry.descriptionText()) + "," + JavaText.WRAP + guidanceArgument);
    }
    return text.toString();
  }

  private String constantJavadoc(JavaText text, StatusEntry entry) {
    StringBuilder doc = new StringBuilder()
        .append(entry.code()).append(' ').append(SourceText.javadoc(entry.name())).append(": ")
        .append(SourceText.javadoc(entry.description().get(0)));
    for (String paragraph : entry.description().subList(1, entry.description().size())) {
      doc.append("\n\n<p>").append(SourceText.javadoc(paragraph));
    }
    entry.guidance().ifPresent(g -> doc.append("\n\n<p>Guidance: {@link ").append(text.name(guidance)).append('#')
        .append(g.name()).append("}."));
    if (entry.isError()) {
      doc.append("\n\n@see ").append(text.name(model.exceptionOf(entry)));
    }
    return doc.append('\n').toString();
  }

  private void addFieldsAndConstructor() {
    TypeName optionalGuidance = ParameterizedTypeName.get(ClassName.get(Optional.class), guidance);
    type.addField(int.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "reasonPhrase", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addField(optionalGuidance, "guidance", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(int.class, "code")
            .addParameter(String.class, "reasonPhrase")
            .addParameter(String.class, "description")
            .addParameter(guidance, "guidance")
            .addStatement("this.code = code")
            .addStatement("this.reasonPhrase = reasonPhrase")
            .addStatement("this.description = description")
            .addStatement("this.guidance = $T.ofNullable(guidance)", Optional.class)
            .build());
  }

  private void addAccessors() {
    type.addMethod(EnumParts.getter("code", TypeName.INT,
            "The HTTP status code.", "the code, such as 404"))
        .addMethod(EnumParts.getter("reasonPhrase", ClassName.get(String.class),
            "The document's name for this status, exactly as it writes it (for example {@code NoContent} or "
                + "{@code Request Time-out}).",
            "the name"))
        .addMethod(EnumParts.getter("description", ClassName.get(String.class),
            "What the document says of this status, word for word; paragraphs are separated by a blank line.",
            "the description"))
        .addMethod(EnumParts.getter("guidance", ParameterizedTypeName.get(ClassName.get(Optional.class), guidance),
            "What the document tells the client to do after this status, where it says anything.",
            "the guidance, or empty where the document gives none"));
  }

  private void addCategoryTests() {
    type.addMethod(categoryTest("isInformational", "informational (1xx)", "code >= 100 && code < 200"))
        .addMethod(categoryTest("isSuccess", "a success (2xx)", "code >= 200 && code < 300"))
        .addMethod(categoryTest("isRedirection", "a redirection (3xx)", "code >= 300 && code < 400"))
        .addMethod(categoryTest("isClientError", "a client error (4xx)", "code >= 400 && code < 500"))
        .addMethod(categoryTest("isServerError", "a server error (5xx)", "code >= 500 && code < 600"))
        .addMethod(categoryTest("isError", "an error, client (4xx) or server (5xx)", "code >= 400"));
  }

  private static MethodSpec categoryTest(String name, String what, String condition) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addJavadoc("Whether this status is $L.\n\n@return {@code true} if it is\n", what)
        .addStatement("return $L", condition)
        .build();
  }

  /**
   * The lookups by code: arrays indexed by the code itself, so that any code, first or last in the catalog or not
   * in it, costs one bounds check and one array read. A {@code switch} over the codes, which javac makes a
   * {@code lookupswitch} and the JIT a binary search, cost several times as much on the benchmarks' mixed stream of
   * codes. {@code find} reads an array of its own answers, empty ones included, rather than testing the constant
   * for {@code null} and reading its {@code Optional}: that test and read cost as much again as the lookup. The
   * arrays start at code 0, not at the catalog's lowest code: subtracting the lowest code cost {@code valueOf}
   * measurably in the benchmarks (one more operation per lookup beside a floor of about one cycle), and the slots
   * below it cost at most 100 references per array, since codes lie in 100..599.
   */
  private void addLookups() {
    int highest = model.catalog().statuses().stream().mapToInt(StatusEntry::code).max().orElseThrow();
    TypeName anyOptional = ParameterizedTypeName.get(ClassName.get(Optional.class),
        WildcardTypeName.subtypeOf(Object.class));
    // In a nested class: its fields cannot clash with an enum constant, whatever the catalog names its statuses.
    type.addType(TypeSpec.classBuilder(BY_CODE)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The lookup tables, indexed by code.\n")
        .addField(FieldSpec.builder(ArrayTypeName.of(status), "STATUS", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The constants by code; {@code null} where the catalog has no such code.\n")
            .initializer("new $T[$L]", status, highest + 1)
            .build())
        .addField(FieldSpec.builder(ArrayTypeName.of(anyOptional), "FOUND", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("What {@link $T#find(int)} returns, by code: made once, so that a lookup never allocates.\n",
                status)
            .initializer("new $T[$L]", anyOptional, highest + 1)
            .build())
        .addStaticBlock(CodeBlock.builder()
            .beginControlFlow("for (int i = 0; i < FOUND.length; i++)")
            .addStatement("FOUND[i] = $T.empty()", Optional.class)
            .endControlFlow()
            .beginControlFlow("for ($T status : values())", status)
            .addStatement("STATUS[status.code] = status")
            .addStatement("FOUND[status.code] = $T.of(status)", Optional.class)
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build());

    type.addMethod(MethodSpec.methodBuilder("lookup")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(status)
        .addParameter(int.class, "code")
        .addStatement("return code >= 0 && code < $N.STATUS.length ? $N.STATUS[code] : null", BY_CODE, BY_CODE)
        .build());

    type.addMethod(MethodSpec.methodBuilder("valueOf")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(status)
        .addParameter(int.class, "code")
        .addJavadoc("Returns the constant for a status code.\n\n"
            + "@param code an HTTP status code\n"
            + "@return the constant with that code\n"
            + "@throws IllegalArgumentException if the catalog has no such code; {@link #find(int)} returns "
            + "empty instead\n")
        .addStatement("$T status = lookup(code)", status)
        .beginControlFlow("if (status == null)")
        // SourceText.literal, not $S: JavaPoet writes non-ASCII as it is and splits text at line breaks.
        .addStatement("throw new $T($S + code$W+ $L)", IllegalArgumentException.class, "HTTP status code ",
            SourceText.wrappedLiteral(" is not in " + GeneratedFiles.catalogTitle(model)))
        .endControlFlow()
        .addStatement("return status")
        .build());

    type.addMethod(MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), status))
        .addParameter(int.class, "code")
        .addJavadoc("Finds the constant for a status code, without allocating.\n\n"
            + "@param code any int\n"
            + "@return the constant with that code, or empty if the catalog has no such code\n")
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "unchecked")
            .build())
        .addComment("Every element of $N.FOUND is an Optional<$T>, or empty.", BY_CODE, status)
        .addStatement("return ($T) (code >= 0 && code < $N.FOUND.length ? $N.FOUND[code] : $T.empty())",
            ParameterizedTypeName.get(ClassName.get(Optional.class), status), BY_CODE, BY_CODE, Optional.class)
        .build());
  }

  private void addGuidanceEnum() {
    Map<String, String> meanings = new LinkedHashMap<>();
    for (Guidance value : Guidance.values()) {
      meanings.put(value.name(), value.meaning());
    }
    type.addType(EnumParts.guidanceEnum(guidance,
        "What the status document tells the client to do after a status, where it says so.", meanings));
  }
}
