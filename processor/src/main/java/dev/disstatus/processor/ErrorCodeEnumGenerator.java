package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.disstatus.catalog.ErrorCodeEntry;
import dev.disstatus.catalog.ErrorCodes;
import dev.disstatus.catalog.ErrorGuidance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the error-code enum ({@code DisErrorCode}) of a catalog that has an error-code table: one constant per
 * error code in document order with the document's texts, the guidance, and the lookup by the code a response
 * body carries.
 */
final class ErrorCodeEnumGenerator {
  private final GenerationModel model;
  private final ErrorCodes table;
  private final ClassName errorCode;
  private final ClassName guidance;
  private final TypeSpec.Builder type;

  private ErrorCodeEnumGenerator(GenerationModel model, ErrorCodes table) {
    this.model = model;
    this.table = table;
    this.errorCode = model.errorCodeEnum();
    this.guidance = errorCode.nestedClass(ReservedJavaNames.ERROR_GUIDANCE_ENUM);
    this.type = TypeSpec.enumBuilder(errorCode).addModifiers(Modifier.PUBLIC);
  }

  /** The enum, if the catalog has an error-code table. */
  static Optional<JavaFile> generate(GenerationModel model) {
    return model.catalog().errorCodes().map(table -> new ErrorCodeEnumGenerator(model, table).generate());
  }

  private JavaFile generate() {
    addTypeJavadoc();
    addConstants();
    addFieldsAndConstructor();
    addAccessors();
    addLookup();
    addRetryableByCode();
    addGuidanceEnum();
    return GeneratedFiles.javaFile(model, type);
  }

  private void addTypeJavadoc() {
    type.addJavadoc("The error codes of $L, in the document's order: the code a failed response's body names "
            + "(such as {@code \"errorCode\":\"$L\"}) besides its HTTP status.\n\n",
            SourceText.javadoc("the document " + table.source().id() + " (\"" + table.source().title() + "\")"),
            SourceText.javadoc(table.entries().get(0).code()))
        .addJavadoc("<p>Each constant carries the code ({@link #code()}), the HTTP status the document gives it "
            + "({@link #status()}), the document's message, description and solution ({@link #message()}, "
            + "{@link #description()}, {@link #solution()}) and the guidance it gives the client, if any "
            + "({@link #guidance()}). {@link #find(String)} looks a code up.\n\n")
        .addJavadoc(GeneratedFiles.generatedFrom(model));
  }

  private void addConstants() {
    for (ErrorCodeEntry entry : table.entries()) {
      CodeBlock guidanceArgument = entry.guidance()
          .map(g -> CodeBlock.of("$T.$N", guidance, g.name()))
          .orElse(CodeBlock.of("null"));
      type.addEnumConstant(entry.constantName(), TypeSpec.anonymousClassBuilder("$L, $L,$W$L,$W$L,$W$L,$W$L",
              SourceText.literal(entry.code()), entry.status(), SourceText.wrappedLiteral(entry.message()),
              SourceText.wrappedLiteral(entry.description()), SourceText.wrappedLiteral(entry.solution()),
              guidanceArgument)
          .addJavadoc(constantJavadoc(entry))
          .build());
    }
  }

  /** Leads with the code and the message, as users search for either; then what the document says of it. */
  private CodeBlock constantJavadoc(ErrorCodeEntry entry) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L $L (status $L): $L\n\n", SourceText.javadoc(entry.code()), SourceText.javadoc(entry.message()),
            entry.status(), SourceText.javadoc(entry.description()))
        .add("<p>Solution: $L\n", SourceText.javadoc(entry.solution()));
    entry.guidance().ifPresent(g -> doc.add("\n<p>Guidance: {@link $T#$N}.\n", guidance, g.name()));
    return doc.build();
  }

  private void addFieldsAndConstructor() {
    type.addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "status", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "message", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "solution", Modifier.PRIVATE, Modifier.FINAL)
        .addField(optionalOf(guidance), "guidance", Modifier.PRIVATE, Modifier.FINAL)
        .addField(optionalOf(errorCode), "found", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "code")
            .addParameter(int.class, "status")
            .addParameter(String.class, "message")
            .addParameter(String.class, "description")
            .addParameter(String.class, "solution")
            .addParameter(guidance, "guidance")
            .addStatement("this.code = code")
            .addStatement("this.status = status")
            .addStatement("this.message = message")
            .addStatement("this.description = description")
            .addStatement("this.solution = solution")
            .addStatement("this.guidance = $T.ofNullable(guidance)", Optional.class)
            // Made once per constant, so that find never allocates.
            .addStatement("this.found = $T.of(this)", Optional.class)
            .build());
  }

  private void addAccessors() {
    type.addMethod(EnumParts.getter("code", ClassName.get(String.class),
            "The error code exactly as a response body carries it, such as {@code \"DIS.4303\"}.", "the code"))
        .addMethod(EnumParts.getter("status", TypeName.INT,
            "The HTTP status the document gives this error code.", "the status code, 400 to 599"))
        .addMethod(EnumParts.getter("message", ClassName.get(String.class),
            "The document's error message, word for word ({@code %s} stands where the service adds details).",
            "the message"))
        .addMethod(EnumParts.getter("description", ClassName.get(String.class),
            "What the document says the error code means, word for word.", "the description"))
        .addMethod(EnumParts.getter("solution", ClassName.get(String.class),
            "What the document tells the user to do, word for word.", "the solution"))
        .addMethod(EnumParts.getter("guidance", optionalOf(guidance),
            "What the document tells the client about sending the request again, where it says anything; "
                + "elsewhere the guidance of the status applies.",
            "the guidance, or empty where the document gives none"));
  }

  /**
   * {@code find}: a {@code switch} on the string, which javac compiles to a switch on its hash code (cached in
   * the string, so computing it allocates nothing) and one {@code equals}; each case returns the constant's own
   * {@code Optional}, made when the constant was.
   */
  private void addLookup() {
    MethodSpec.Builder find = MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(optionalOf(errorCode))
        .addParameter(String.class, "code")
        .addJavadoc("Finds the constant for an error code as a response body carries it, without allocating.\n\n"
            + "@param code an error code such as {@code \"DIS.4303\"}, or {@code null}\n"
            + "@return the constant with exactly that code, or empty for {@code null} or a code the document does "
            + "not list\n")
        .beginControlFlow("if (code == null)")
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow()
        .beginControlFlow("switch (code)");
    for (ErrorCodeEntry entry : table.entries()) {
      find.addCode("case $L:\n", SourceText.literal(entry.code()))
          .addStatement("$>return $N.found$<", entry.constantName());
    }
    find.addCode("default:\n")
        .addStatement("$>return $T.empty()$<", Optional.class)
        .endControlFlow();
    type.addMethod(find.build());
  }

  /**
   * {@code isRetryable(String)}: the error code's own guidance alone, for answers that name error codes without
   * being error responses (a batch call that answers 200 and names one code per failed item), where no exception
   * and no status is there to ask. Built on {@code find}, so it allocates nothing either.
   */
  private void addRetryableByCode() {
    String retryable = ErrorGuidance.RETRY_WITH_BACKOFF.name();
    List<String> retryableCodes = table.entries().stream()
        .filter(entry -> entry.guidance().orElse(null) == ErrorGuidance.RETRY_WITH_BACKOFF)
        .map(entry -> "{@code " + SourceText.javadoc(SourceText.literal(entry.code())) + "}")
        .toList();
    String codes = String.join(", ", retryableCodes);
    String example = retryableCodes.isEmpty()
        ? "{@code " + SourceText.javadoc(SourceText.literal(table.entries().get(0).code())) + "}"
        : retryableCodes.get(0);
    type.addMethod(MethodSpec.methodBuilder("isRetryable")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(String.class, "code")
        .addJavadoc("Whether what failed with this error code may be sent again unchanged after backing off: "
            + "{@code true} for the codes whose guidance is {@link $T#$N}$L, {@code false} for every other code, "
            + "for a code the document does not list and for {@code null}. Allocates nothing.\n\n",
            guidance, retryable, codes.isEmpty() ? " (none in this document)" : " (" + codes + ")")
        .addJavadoc("<p>This is the error code's word alone, for answers that carry an error code without being an "
            + "error response: a batch call that answers with success but names an error code for each item it "
            + "did not take. Resend the items whose code this accepts, after a backoff; report the others. For an "
            + "error response, ask the exception's {@code isRetryable()}, which falls back on the status where "
            + "the error code has no guidance.\n\n"
            + "@param code an error code such as $L, or {@code null}\n"
            + "@return whether the document's guidance for the code is to send again after backing off\n",
            example)
        .addStatement("$T<$T> entry = find(code)", Optional.class, errorCode)
        .addStatement("return entry.isPresent() && entry.get().guidance.orElse(null) == $T.$N", guidance, retryable)
        .build());
  }

  private void addGuidanceEnum() {
    Map<String, String> meanings = new LinkedHashMap<>();
    for (ErrorGuidance value : ErrorGuidance.values()) {
      meanings.put(value.name(), value.meaning());
    }
    type.addType(EnumParts.guidanceEnum(guidance, "What the error-code document tells the client about sending a"
        + " request again after an error code, where it says so.", meanings));
  }


  private static TypeName optionalOf(TypeName type) {
    return ParameterizedTypeName.get(ClassName.get(Optional.class), type);
  }
}
