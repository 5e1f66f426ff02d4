package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.Guidance;
import dev.disstatus.catalog.StatusEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the status enum ({@code DisStatus}): one constant per catalog entry in catalog order, its data, its
 * category, the documented guidance, and the lookups by int code.
 *
 * <p>Written as text ({@link JavaText}), exactly as JavaPoet would write it: building the enum as a
 * {@code TypeSpec} and having JavaPoet emit it (twice, once to collect the imports) was a fifth of what the
 * generators cost a compile. Every type of another package is named through {@link JavaText#name}, so that one the
 * consumer's package hides (a hand-written {@code String} or {@code Optional}) is written in full.
 */
final class StatusEnumGenerator {
  /** The nested class holding the lookup tables, a name no constant may take. */
  private static final String BY_CODE = ReservedJavaNames.STATUS_LOOKUP_CLASS;

  private final GenerationModel model;
  private final ClassName status;
  private final ClassName guidance;
  private final JavaText text;
  /** How the file names the types it uses, {@code Optional} or {@code java.util.Optional} and so on. */
  private final String statusName;
  private final String guidanceName;
  private final String optional;
  private final String string;

  private StatusEnumGenerator(GenerationModel model) {
    this.model = model;
    this.status = model.statusEnum();
    this.guidance = model.guidanceEnum();
    this.text = new JavaText(status, Set.of(BY_CODE, guidance.simpleName()), model.namesToQualify());
    this.statusName = text.name(status);
    this.guidanceName = text.name(guidance);
    this.optional = text.name(ClassName.get(Optional.class));
    this.string = text.name(ClassName.get(String.class));
  }

  static GeneratedFiles.SourceFile generate(GenerationModel model) {
    return new StatusEnumGenerator(model).generate();
  }

  private GeneratedFiles.SourceFile generate() {
    addTypeHead();
    addConstants();
    addFieldsAndConstructor();
    addAccessors();
    addCategoryTests();
    addLookups();
    addLookupTables();
    addGuidanceEnum();
    text.line(0, "}");
    return new GeneratedFiles.SourceFile(status.canonicalName(), text.toString());
  }

  private void addTypeHead() {
    GeneratedFiles.openType(model, text, List.of(ClassName.get(Optional.class)),
        "The HTTP status codes of " + GeneratedFiles.sourceDocument(model) + ", in the document's order.\n\n"
            + "<p>Each constant carries the code ({@link #code()}), the document's name for it "
            + "({@link #reasonPhrase()}), what the document says of it ({@link #description()}) and the guidance "
            + "it gives the client, if any ({@link #guidance()}). {@link #valueOf(int)} and {@link #find(int)} "
            + "look a code up.\n\n"
            + GeneratedFiles.generatedFromText(model),
        "public enum " + status.simpleName());
  }

  /** One constant per entry: {@code NOT_FOUND(404, "Not Found", "...", Guidance.MODIFY_REQUEST)}. */
  private void addConstants() {
    List<StatusEntry> entries = model.catalog().statuses();
    for (int i = 0; i < entries.size(); i++) {
      StatusEntry entry = entries.get(i);
      String guidanceArgument = entry.guidance().map(g -> guidanceName + "." + g.name()).orElse("null");
      text.enumConstant(1, i == 0, i == entries.size() - 1, constantJavadoc(entry), entry.constantName(),
          entry.code() + ", " + SourceText.wrappedLiteralText(entry.name()) + "," + JavaText.WRAP
              + SourceText.wrappedLiteralText(entry.descriptionText()) + "," + JavaText.WRAP + guidanceArgument);
    }
  }

  private String constantJavadoc(StatusEntry entry) {
    StringBuilder doc = new StringBuilder()
        .append(entry.code()).append(' ').append(SourceText.javadoc(entry.name())).append(": ")
        .append(SourceText.javadoc(entry.description().get(0)));
    for (String paragraph : entry.description().subList(1, entry.description().size())) {
      doc.append("\n\n<p>").append(SourceText.javadoc(paragraph));
    }
    entry.guidance().ifPresent(g -> doc.append("\n\n<p>Guidance: {@link ").append(guidanceName).append('#')
        .append(g.name()).append("}."));
    if (entry.isError()) {
      doc.append("\n\n@see ").append(text.name(model.exceptionOf(entry)));
    }
    return doc.append('\n').toString();
  }

  private void addFieldsAndConstructor() {
    EnumParts.fields(text, 1, "int code", string + " reasonPhrase", string + " description",
        optional + "<" + guidanceName + "> guidance");
    text.line(0, "")
        .signature(1, status.simpleName(), List.of("int code", string + " reasonPhrase", string + " description",
            guidanceName + " guidance"))
        .line(2, "this.code = code;")
        .line(2, "this.reasonPhrase = reasonPhrase;")
        .line(2, "this.description = description;")
        .line(2, "this.guidance = " + optional + ".ofNullable(guidance);")
        .line(1, "}");
  }

  private void addAccessors() {
    EnumParts.getter(text, 1, "code", "int", "The HTTP status code.", "the code, such as 404");
    EnumParts.getter(text, 1, "reasonPhrase", string,
        "The document's name for this status, exactly as it writes it (for example {@code NoContent} or "
            + "{@code Request Time-out}).",
        "the name");
    EnumParts.getter(text, 1, "description", string,
        "What the document says of this status, word for word; paragraphs are separated by a blank line.",
        "the description");
    EnumParts.getter(text, 1, "guidance", optional + "<" + guidanceName + ">",
        "What the document tells the client to do after this status, where it says anything.",
        "the guidance, or empty where the document gives none");
  }

  private void addCategoryTests() {
    categoryTest("isInformational", "informational (1xx)", "code >= 100 && code < 200");
    categoryTest("isSuccess", "a success (2xx)", "code >= 200 && code < 300");
    categoryTest("isRedirection", "a redirection (3xx)", "code >= 300 && code < 400");
    categoryTest("isClientError", "a client error (4xx)", "code >= 400 && code < 500");
    categoryTest("isServerError", "a server error (5xx)", "code >= 500 && code < 600");
    categoryTest("isError", "an error, client (4xx) or server (5xx)", "code >= 400");
  }

  private void categoryTest(String name, String what, String condition) {
    text.line(0, "")
        .javadoc(1, "Whether this status is " + what + ".\n\n@return {@code true} if it is\n")
        .line(1, "public boolean " + name + "() {")
        .line(2, "return " + condition + ";")
        .line(1, "}");
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
    String optionalStatus = optional + "<" + statusName + ">";
    text.line(0, "")
        .signature(1, "private static " + statusName + " lookup", List.of("int code"))
        .line(2, "return code >= 0 && code < " + BY_CODE + ".STATUS.length ? " + BY_CODE + ".STATUS[code] : null;")
        .line(1, "}")
        .line(0, "")
        .javadoc(1, "Returns the constant for a status code.\n\n"
            + "@param code an HTTP status code\n"
            + "@return the constant with that code\n"
            + "@throws IllegalArgumentException if the catalog has no such code; {@link #find(int)} returns "
            + "empty instead\n")
        .signature(1, "public static " + statusName + " valueOf", List.of("int code"))
        .line(2, statusName + " status = lookup(code);")
        .line(2, "if (status == null) {")
        .wrappedLine(3, "throw new " + text.name(ClassName.get(IllegalArgumentException.class))
            + "(\"HTTP status code \" + code" + JavaText.WRAP + "+ "
            + SourceText.wrappedLiteralText(" is not in " + GeneratedFiles.catalogTitle(model)) + ");")
        .line(2, "}")
        .line(2, "return status;")
        .line(1, "}")
        .line(0, "")
        .javadoc(1, "Finds the constant for a status code, without allocating.\n\n"
            + "@param code any int\n"
            + "@return the constant with that code, or empty if the catalog has no such code\n")
        .line(1, "@" + text.name(ClassName.get(SuppressWarnings.class)) + "(\"unchecked\")")
        .signature(1, "public static " + optionalStatus + " find", List.of("int code"))
        .line(2, "// Every element of " + BY_CODE + ".FOUND is an Optional<" + statusName + ">, or empty.")
        .line(2, "return (" + optionalStatus + ") (code >= 0 && code < " + BY_CODE + ".FOUND.length ? " + BY_CODE
            + ".FOUND[code] : " + optional + ".empty());")
        .line(1, "}");
  }

  /** The tables of the lookups, in a nested class: its fields cannot clash with a constant, whatever its name. */
  private void addLookupTables() {
    int highest = model.catalog().statuses().stream().mapToInt(StatusEntry::code).max().orElseThrow();
    String anyOptional = optional + "<?>";
    text.line(0, "")
        .javadoc(1, "The lookup tables, indexed by code.\n")
        .line(1, "private static final class " + BY_CODE + " {")
        .javadoc(2, "The constants by code; {@code null} where the catalog has no such code.\n")
        .line(2, "static final " + statusName + "[] STATUS = new " + statusName + "[" + (highest + 1) + "];")
        .line(0, "")
        .javadoc(2, "What {@link " + statusName + "#find(int)} returns, by code: made once, so that a lookup never "
            + "allocates.\n")
        .line(2, "static final " + anyOptional + "[] FOUND = new " + anyOptional + "[" + (highest + 1) + "];")
        .line(0, "")
        .line(2, "static {")
        .line(3, "for (int i = 0; i < FOUND.length; i++) {")
        .line(4, "FOUND[i] = " + optional + ".empty();")
        .line(3, "}")
        .line(3, "for (" + statusName + " status : values()) {")
        .line(4, "STATUS[status.code] = status;")
        .line(4, "FOUND[status.code] = " + optional + ".of(status);")
        .line(3, "}")
        .line(2, "}")
        .line(0, "")
        .line(2, "private " + BY_CODE + "() {")
        .line(2, "}")
        .line(1, "}");
  }

  private void addGuidanceEnum() {
    Map<String, String> meanings = new LinkedHashMap<>();
    for (Guidance value : Guidance.values()) {
      meanings.put(value.name(), value.meaning());
    }
    EnumParts.guidanceEnum(text, guidance.simpleName(), string,
        "What the status document tells the client to do after a status, where it says so.", meanings);
  }
}
