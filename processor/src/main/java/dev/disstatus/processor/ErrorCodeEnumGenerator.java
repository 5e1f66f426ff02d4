package dev.disstatus.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
  static Optional<GeneratedFiles.SourceFile> generate(GenerationModel model) {
    return model.catalog().errorCodes().map(table -> new ErrorCodeEnumGenerator(model, table).generate());
  }

  private GeneratedFiles.SourceFile generate() {
    addTypeJavadoc();
    addConstantStandIn();
    addFieldsAndConstructor();
    addAccessors();
    addLookup();
    addRetryableByCode();
    addGuidanceEnum();
    return GeneratedFiles.withConstants(model, GeneratedFiles.javaFile(model, type), this::constants);
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

  /** The first constant alone, which {@link GeneratedFiles#withConstants} replaces with {@link #constants}. */
  private void addConstantStandIn() {
    type.addEnumConstant(table.entries().get(0).constantName());
  }

  /** One constant per error code, as text: the code, its status, the document's texts and the guidance. */
  private String constants(JavaText text) {
    List<ErrorCodeEntry> entries = table.entries();
    for (int i = 0; i < entries.size(); i++) {
      ErrorCodeEntry entry = entries.get(i);
      String guidanceArgument = entry.guidance().map(g -> text.name(guidance) + "." + g.name()).orElse("null");
      text.enumConstant(1, i == 0, i == entries.size() - 1, constantJavadoc(text, entry), entry.constantName(),
          SourceText.literal(entry.code()) + ", " + entry.status() + "," + JavaText.WRAP
              + SourceText.wrappedLiteralText(entry.message()) + "," + JavaText.WRAP
              + SourceText.wrappedLiteralText(entry.description()) + "," + JavaText.WRAP
              + SourceText.wrappedLiteralText(entry.solution()) + "," + JavaText.WRAP + guidanceArgument);
    }
    return text.toString();
  }

  /** Leads with the code and the message, as users search for either; then what the document says of it. */
  private String constantJavadoc(JavaText text, ErrorCodeEntry entry) {
    StringBuilder doc = new StringBuilder()
        .append(SourceText.javadoc(entry.code())).append(' ').append(SourceText.javadoc(entry.message()))
        .append(" (status ").append(entry.status()).append("): ").append(SourceText.javadoc(entry.description()))
        .append("\n\n<p>Solution: ").append(SourceText.javadoc(entry.solution())).append('\n');
    entry.guidance().ifPresent(g -> doc.append("\n<p>Guidance: {@link ").append(text.name(guidance)).append('#')
        .append(g.name()).append("}.\n"));
    return doc.toString();
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
   * {@code find}: a hash table with open addressing in a nested class (its fields cannot clash with a constant),
   * at most half full, so that a code costs its hash (cached in the string), one or two probes and one
   * {@code equals}; a hit returns the constant's own {@code Optional}, made when the constant was. A
   * {@code switch} on the string, which javac makes a {@code lookupswitch} on the hash and the JIT a binary
   * search, took twice a {@code HashMap}'s time on the benchmarks' stream of codes; this table is faster than the
   * {@code HashMap}, as it reads flat arrays where the map follows a node.
   */
  private void addLookup() {
    int slots = Integer.highestOneBit(Math.max(1, 2 * table.entries().size() - 1)) << 1;
    String lookupClass = ReservedJavaNames.ERROR_LOOKUP_CLASS;
    type.addType(TypeSpec.classBuilder(lookupClass)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The table of {@link $T#find(String)}: each code at the slot of its hash, or the next free "
            + "one.\n", errorCode)
        .addField(FieldSpec.builder(String[].class, "CODES", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The codes by slot; {@code null} where a slot is free.\n")
            .initializer("new $T[$L]", String.class, slots)
            .build())
        .addField(FieldSpec.builder(int[].class, "HASHES", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The hash code of each slot's code.\n")
            .initializer("new int[$L]", slots)
            .build())
        .addField(FieldSpec.builder(ArrayTypeName.of(errorCode), "CONSTANTS", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The constant of each slot's code.\n")
            .initializer("new $T[$L]", errorCode, slots)
            .build())
        .addStaticBlock(CodeBlock.builder()
            .beginControlFlow("for ($T constant : values())", errorCode)
            .addStatement("int hash = constant.code.hashCode()")
            .addStatement("int slot = slot(hash)")
            .beginControlFlow("while (CODES[slot] != null)")
            .addStatement("slot = next(slot)")
            .endControlFlow()
            .addStatement("CODES[slot] = constant.code")
            .addStatement("HASHES[slot] = hash")
            .addStatement("CONSTANTS[slot] = constant")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("slot")
            .addModifiers(Modifier.STATIC)
            .returns(int.class)
            .addParameter(int.class, "hash")
            .addJavadoc("The first slot to look at for a hash code, its high bits mixed into the low ones.\n")
            .addStatement("return (hash ^ (hash >>> 16)) & (CODES.length - 1)")
            .build())
        .addMethod(MethodSpec.methodBuilder("next")
            .addModifiers(Modifier.STATIC)
            .returns(int.class)
            .addParameter(int.class, "slot")
            .addJavadoc("The slot after a slot, the first after the last.\n")
            .addStatement("return (slot + 1) & (CODES.length - 1)")
            .build())
        .build());

    type.addMethod(MethodSpec.methodBuilder("find")
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
        .addStatement("int hash = code.hashCode()")
        .beginControlFlow("for (int slot = $N.slot(hash); $N.CODES[slot] != null; slot = $N.next(slot))",
            lookupClass, lookupClass, lookupClass)
        .beginControlFlow("if ($N.HASHES[slot] == hash && $N.CODES[slot].equals(code))", lookupClass, lookupClass)
        .addStatement("return $N.CONSTANTS[slot].found", lookupClass)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", Optional.class)
        .build());
    // The exceptions look the body's code up where it stands in the body, so that reading it copies nothing.
    type.addMethod(MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.STATIC)
        .returns(optionalOf(errorCode))
        .addParameter(String.class, "text")
        .addParameter(int.class, "start")
        .addParameter(int.class, "end")
        .addJavadoc("{@link #find(String)} for the code that stands in {@code text} from {@code start} to "
            + "{@code end}, without\ncopying it out; empty for a negative {@code start}.\n")
        .beginControlFlow("if (start < 0)")
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow()
        .addComment("String.hashCode() of the code, computed where it stands.")
        .addStatement("int hash = 0")
        .beginControlFlow("for (int i = start; i < end; i++)")
        .addStatement("hash = 31 * hash + text.charAt(i)")
        .endControlFlow()
        .addStatement("int length = end - start")
        .beginControlFlow("for (int slot = $N.slot(hash); $N.CODES[slot] != null; slot = $N.next(slot))",
            lookupClass, lookupClass, lookupClass)
        .addStatement("$T candidate = $N.CODES[slot]", String.class, lookupClass)
        .beginControlFlow("if ($N.HASHES[slot] == hash && candidate.length() == length\n    && "
            + "candidate.regionMatches(0, text, start, length))", lookupClass)
        .addStatement("return $N.CONSTANTS[slot].found", lookupClass)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", Optional.class)
        .build());
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
