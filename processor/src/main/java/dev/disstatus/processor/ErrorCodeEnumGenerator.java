package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.ErrorCodeEntry;
import dev.disstatus.catalog.ErrorCodes;
import dev.disstatus.catalog.ErrorGuidance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the error-code enum ({@code DisErrorCode}) of a catalog that has an error-code table: one constant per
 * error code in document order with the document's texts, the guidance, and the lookup by the code a response
 * body carries.
 *
 * <p>Written as text ({@link JavaText}), exactly as JavaPoet would write it, as the status enum is: every type of
 * another package is named through {@link JavaText#name}, so that one the consumer's package hides is written in
 * full.
 */
final class ErrorCodeEnumGenerator {
  /** The nested class holding the table of {@code find}, a name no constant may take. */
  private static final String BY_CODE = ReservedJavaNames.ERROR_LOOKUP_CLASS;

  private final GenerationModel model;
  private final ErrorCodes table;
  private final ClassName errorCode;
  private final ClassName guidance;
  private final JavaText text;
  /** How the file names the types it uses. */
  private final String errorCodeName;
  private final String guidanceName;
  private final String optional;
  private final String string;

  private ErrorCodeEnumGenerator(GenerationModel model, ErrorCodes table) {
    this.model = model;
    this.table = table;
    this.errorCode = model.errorCodeEnum();
    this.guidance = errorCode.nestedClass(ReservedJavaNames.ERROR_GUIDANCE_ENUM);
    this.text = new JavaText(errorCode, Set.of(BY_CODE, guidance.simpleName()), model.namesToQualify());
    this.errorCodeName = text.name(errorCode);
    this.guidanceName = text.name(guidance);
    this.optional = text.name(ClassName.get(Optional.class));
    this.string = text.name(ClassName.get(String.class));
  }

  /** The enum, if the catalog has an error-code table. */
  static Optional<GeneratedFiles.SourceFile> generate(GenerationModel model) {
    return model.catalog().errorCodes().map(table -> new ErrorCodeEnumGenerator(model, table).generate());
  }

  private GeneratedFiles.SourceFile generate() {
    addTypeHead();
    addConstants();
    addFieldsAndConstructor();
    addAccessors();
    addFind();
    addRetryableByCode();
    addLookupTable();
    addGuidanceEnum();
    text.line(0, "}");
    return new GeneratedFiles.SourceFile(errorCode.canonicalName(), text.toString());
  }

  private void addTypeHead() {
    GeneratedFiles.openType(model, text, List.of(ClassName.get(Optional.class)),
        "The error codes of "
            + SourceText.javadoc("the document " + table.source().id() + " (\"" + table.source().title() + "\")")
            + ", in the document's order: the code a failed response's body names (such as {@code \"errorCode\":\""
            + SourceText.javadoc(table.entries().get(0).code()) + "\"}) besides its HTTP status.\n\n"
            + "<p>Each constant carries the code ({@link #code()}), the HTTP status the document gives it "
            + "({@link #status()}), the document's message, description and solution ({@link #message()}, "
            + "{@link #description()}, {@link #solution()}) and the guidance it gives the client, if any "
            + "({@link #guidance()}). {@link #find(String)} looks a code up.\n\n"
            + GeneratedFiles.generatedFromText(model),
        "public enum " + errorCode.simpleName());
  }

  /** One constant per error code: the code, its status, the document's texts and the guidance. */
  private void addConstants() {
    List<ErrorCodeEntry> entries = table.entries();
    for (int i = 0; i < entries.size(); i++) {
      ErrorCodeEntry entry = entries.get(i);
      String guidanceArgument = entry.guidance().map(g -> guidanceName + "." + g.name()).orElse("null");
      text.enumConstant(1, i == 0, i == entries.size() - 1, constantJavadoc(entry), entry.constantName(),
          SourceText.literal(entry.code()) + ", " + entry.status() + "," + JavaText.WRAP
              + SourceText.wrappedLiteralText(entry.message()) + "," + JavaText.WRAP
              + SourceText.wrappedLiteralText(entry.description()) + "," + JavaText.WRAP
              + SourceText.wrappedLiteralText(entry.solution()) + "," + JavaText.WRAP + guidanceArgument);
    }
  }

  /** Leads with the code and the message, as users search for either; then what the document says of it. */
  private String constantJavadoc(ErrorCodeEntry entry) {
    StringBuilder doc = new StringBuilder()
        .append(SourceText.javadoc(entry.code())).append(' ').append(SourceText.javadoc(entry.message()))
        .append(" (status ").append(entry.status()).append("): ").append(SourceText.javadoc(entry.description()))
        .append("\n\n<p>Solution: ").append(SourceText.javadoc(entry.solution())).append('\n');
    entry.guidance().ifPresent(g -> doc.append("\n<p>Guidance: {@link ").append(guidanceName).append('#')
        .append(g.name()).append("}.\n"));
    return doc.toString();
  }

  private void addFieldsAndConstructor() {
    EnumParts.fields(text, 1, string + " code", "int status", string + " message", string + " description",
        string + " solution", optional + "<" + guidanceName + "> guidance",
        optional + "<" + errorCodeName + "> found");
    text.line(0, "")
        .signature(1, errorCode.simpleName(), List.of(string + " code", "int status", string + " message",
            string + " description", string + " solution", guidanceName + " guidance"))
        .line(2, "this.code = code;")
        .line(2, "this.status = status;")
        .line(2, "this.message = message;")
        .line(2, "this.description = description;")
        .line(2, "this.solution = solution;")
        .line(2, "this.guidance = " + optional + ".ofNullable(guidance);")
        // Made once per constant, so that find never allocates.
        .line(2, "this.found = " + optional + ".of(this);")
        .line(1, "}");
  }

  private void addAccessors() {
    EnumParts.getter(text, 1, "code", string,
        "The error code exactly as a response body carries it, such as {@code \"DIS.4303\"}.", "the code");
    EnumParts.getter(text, 1, "status", "int",
        "The HTTP status the document gives this error code.", "the status code, 400 to 599");
    EnumParts.getter(text, 1, "message", string,
        "The document's error message, word for word ({@code %s} stands where the service adds details).",
        "the message");
    EnumParts.getter(text, 1, "description", string,
        "What the document says the error code means, word for word.", "the description");
    EnumParts.getter(text, 1, "solution", string,
        "What the document tells the user to do, word for word.", "the solution");
    EnumParts.getter(text, 1, "guidance", optional + "<" + guidanceName + ">",
        "What the document tells the client about sending the request again, where it says anything; "
            + "elsewhere the guidance of the status applies.",
        "the guidance, or empty where the document gives none");
  }

  /**
   * {@code find}: a hash table with open addressing in a nested class (its fields cannot clash with a constant),
   * at most half full, so that a code costs its hash (cached in the string), one or two probes and one
   * {@code equals}; a hit returns the constant's own {@code Optional}, made when the constant was. A
   * {@code switch} on the string, which javac makes a {@code lookupswitch} on the hash and the JIT a binary
   * search, took twice a {@code HashMap}'s time on the benchmarks' stream of codes; this table is faster than the
   * {@code HashMap}, as it reads flat arrays where the map follows a node.
   */
  private void addFind() {
    text.line(0, "")
        .javadoc(1, "Finds the constant for an error code as a response body carries it, without allocating.\n\n"
            + "@param code an error code such as {@code \"DIS.4303\"}, or {@code null}\n"
            + "@return the constant with exactly that code, or empty for {@code null} or a code the document does "
            + "not list\n")
        .signature(1, "public static " + optional + "<" + errorCodeName + "> find", List.of(string + " code"))
        .line(2, "if (code == null) {")
        .line(3, "return " + optional + ".empty();")
        .line(2, "}")
        .line(2, "int hash = code.hashCode();")
        .line(2, "for (int slot = " + BY_CODE + ".slot(hash); " + BY_CODE + ".CODES[slot] != null; slot = " + BY_CODE
            + ".next(slot)) {")
        .line(3, "if (" + BY_CODE + ".HASHES[slot] == hash && " + BY_CODE + ".CODES[slot].equals(code)) {")
        .line(4, "return " + BY_CODE + ".CONSTANTS[slot].found;")
        .line(3, "}")
        .line(2, "}")
        .line(2, "return " + optional + ".empty();")
        .line(1, "}")
        // The exceptions look the body's code up where it stands in the body, so that reading it copies nothing.
        .line(0, "")
        .javadoc(1, "{@link #find(String)} for the code that stands in {@code text} from {@code start} to "
            + "{@code end}, without\ncopying it out; empty for a negative {@code start}.\n")
        .signature(1, "static " + optional + "<" + errorCodeName + "> find",
            List.of(string + " text", "int start", "int end"))
        .line(2, "if (start < 0) {")
        .line(3, "return " + optional + ".empty();")
        .line(2, "}")
        .line(2, "// String.hashCode() of the code, computed where it stands.")
        .line(2, "int hash = 0;")
        .line(2, "for (int i = start; i < end; i++) {")
        .line(3, "hash = 31 * hash + text.charAt(i);")
        .line(2, "}")
        .line(2, "int length = end - start;")
        .line(2, "for (int slot = " + BY_CODE + ".slot(hash); " + BY_CODE + ".CODES[slot] != null; slot = " + BY_CODE
            + ".next(slot)) {")
        .line(3, string + " candidate = " + BY_CODE + ".CODES[slot];")
        .line(3, "if (" + BY_CODE + ".HASHES[slot] == hash && candidate.length() == length")
        .line(3, "    && candidate.regionMatches(0, text, start, length)) {")
        .line(4, "return " + BY_CODE + ".CONSTANTS[slot].found;")
        .line(3, "}")
        .line(2, "}")
        .line(2, "return " + optional + ".empty();")
        .line(1, "}");
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
    text.line(0, "")
        .javadoc(1, "Whether what failed with this error code may be sent again unchanged after backing off: "
            + "{@code true} for the codes whose guidance is {@link " + guidanceName + "#" + retryable + "}"
            + (codes.isEmpty() ? " (none in this document)" : " (" + codes + ")")
            + ", {@code false} for every other code, for a code the document does not list and for {@code null}. "
            + "Allocates nothing.\n\n"
            + "<p>This is the error code's word alone, for answers that carry an error code without being an "
            + "error response: a batch call that answers with success but names an error code for each item it "
            + "did not take. Resend the items whose code this accepts, after a backoff; report the others. For an "
            + "error response, ask the exception's {@code isRetryable()}, which falls back on the status where "
            + "the error code has no guidance.\n\n"
            + "@param code an error code such as " + example + ", or {@code null}\n"
            + "@return whether the document's guidance for the code is to send again after backing off\n")
        .signature(1, "public static boolean isRetryable", List.of(string + " code"))
        .line(2, optional + "<" + errorCodeName + "> entry = find(code);")
        .line(2, "return entry.isPresent() && entry.get().guidance.orElse(null) == " + guidanceName + "." + retryable
            + ";")
        .line(1, "}");
  }

  /** The table of {@link #addFind find}, in a nested class: its fields cannot clash with a constant. */
  private void addLookupTable() {
    int slots = Integer.highestOneBit(Math.max(1, 2 * table.entries().size() - 1)) << 1;
    text.line(0, "")
        .javadoc(1, "The table of {@link " + errorCodeName + "#find(String)}: each code at the slot of its hash, or "
            + "the next free one.\n")
        .line(1, "private static final class " + BY_CODE + " {")
        .javadoc(2, "The codes by slot; {@code null} where a slot is free.\n")
        .line(2, "static final " + string + "[] CODES = new " + string + "[" + slots + "];")
        .line(0, "")
        .javadoc(2, "The hash code of each slot's code.\n")
        .line(2, "static final int[] HASHES = new int[" + slots + "];")
        .line(0, "")
        .javadoc(2, "The constant of each slot's code.\n")
        .line(2, "static final " + errorCodeName + "[] CONSTANTS = new " + errorCodeName + "[" + slots + "];")
        .line(0, "")
        .line(2, "static {")
        .line(3, "for (" + errorCodeName + " constant : values()) {")
        .line(4, "int hash = constant.code.hashCode();")
        .line(4, "int slot = slot(hash);")
        .line(4, "while (CODES[slot] != null) {")
        .line(5, "slot = next(slot);")
        .line(4, "}")
        .line(4, "CODES[slot] = constant.code;")
        .line(4, "HASHES[slot] = hash;")
        .line(4, "CONSTANTS[slot] = constant;")
        .line(3, "}")
        .line(2, "}")
        .line(0, "")
        .line(2, "private " + BY_CODE + "() {")
        .line(2, "}")
        .line(0, "")
        .javadoc(2, "The first slot to look at for a hash code, its high bits mixed into the low ones.\n")
        .line(2, "static int slot(int hash) {")
        .line(3, "return (hash ^ (hash >>> 16)) & (CODES.length - 1);")
        .line(2, "}")
        .line(0, "")
        .javadoc(2, "The slot after a slot, the first after the last.\n")
        .line(2, "static int next(int slot) {")
        .line(3, "return (slot + 1) & (CODES.length - 1);")
        .line(2, "}")
        .line(1, "}");
  }

  private void addGuidanceEnum() {
    Map<String, String> meanings = new LinkedHashMap<>();
    for (ErrorGuidance value : ErrorGuidance.values()) {
      meanings.put(value.name(), value.meaning());
    }
    EnumParts.guidanceEnum(text, guidance.simpleName(), string, "What the error-code document tells the client "
        + "about sending a request again after an error code, where it says so.", meanings);
  }
}
