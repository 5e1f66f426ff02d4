package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.StatusEntry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the exceptions of one catalog: the abstract base that carries a response and reads it
 * ({@link BaseExceptionWriter}), the client and server error classes below it, and one final class per catalogued
 * code of 400 and above, nested in the class of its series as Spring nests {@code HttpClientErrorException.NotFound}
 * ({@link CodeExceptionsWriter}): three files, however many codes. All of it is written as text, as JavaPoet wrote
 * it before ({@link CodeTemplate}); building a {@code TypeSpec} and having JavaPoet emit it twice was most of what
 * the exceptions cost a compile.
 *
 * <p>The generated code must compile at {@code --release 8} without warnings, so it uses Java 8 APIs only and
 * no newer syntax; {@code sealed} is added only where the model says the consumer's release has it.
 */
final class ExceptionsGenerator {
  private static final String CODE_PARAM = "the HTTP status code of the response";
  static final String BODY_PARAM = "the response body as text, or {@code null} for none";
  static final String HEADERS_PARAM = "the response headers, or {@code null} for none; entries with a "
      + "{@code null} name (such as {@code HttpURLConnection}'s status line) or {@code null} values are left out";

  /**
   * The two series exceptions: their codes and the fixed code each has whatever the catalog, read once
   * ({@link CodeTemplate#code}); it names the class as DIS's catalog has it, {@code DisClientErrorException} or
   * {@code DisServerErrorException}.
   */
  private enum Series {
    CLIENT(400, 499, "client error", "DisClientErrorException"),
    SERVER(500, 599, "server error", "DisServerErrorException");

    private static final CodeTemplate.Code SERIAL_VERSION = CodeTemplate.code(
        "  private static final long serialVersionUID = 1L;\n\n");

    final int low;
    final int high;
    final String kind;
    final CodeTemplate.Code constructor;
    final CodeTemplate.Code inRange;

    Series(int low, int high, String kind, String self) {
      this.low = low;
      this.high = high;
      this.kind = kind;
      this.constructor = CodeTemplate.code(
          "  public " + self + "(int statusCode, String responseBody, Map<String, List<String>> headers) {\n"
          + "    super(inRange(statusCode), responseBody, headers);\n"
          + "  }\n"
          + "\n");
      this.inRange = CodeTemplate.code("  private static int inRange(int statusCode) {\n"
          + "    if (statusCode < " + low + " || statusCode > " + high + ") {\n"
          + "      throw new IllegalArgumentException(\"HTTP status \" + statusCode" + JavaText.WRAP + "+ "
          + SourceText.wrappedLiteralText(" is not a " + kind + " (status " + low + " to " + high
              + "); use the exception for its range") + ");\n"
          + "    }\n"
          + "    return statusCode;\n"
          + "  }\n");
    }
  }

  private final GenerationModel model;

  private ExceptionsGenerator(GenerationModel model) {
    this.model = model;
  }

  /** The base exception, then the client and server error exceptions, each with its codes' exceptions nested. */
  static List<GeneratedFiles.SourceFile> generate(GenerationModel model) {
    return new ExceptionsGenerator(model).generate();
  }

  private List<GeneratedFiles.SourceFile> generate() {
    return List.of(BaseExceptionWriter.write(model),
        seriesFile(model.clientErrorException(), Series.CLIENT),
        seriesFile(model.serverErrorException(), Series.SERVER));
  }

  /**
   * {@code DisClientErrorException} or {@code DisServerErrorException}: one range of codes, checked, with the
   * class of each of its own entries nested in it ({@link CodeExceptionsWriter}).
   */
  private GeneratedFiles.SourceFile seriesFile(ClassName name, Series series) {
    int low = series.low;
    int high = series.high;
    String kind = series.kind;
    List<StatusEntry> own = ownEntries(low, high);
    // Named from the series class, which is what model.exceptionOf(entry) nests them in, made once each.
    List<ClassName> ownClasses = own.stream().map(entry -> name.nestedClass(entry.typeName())).toList();
    CodeTemplate code = new CodeTemplate(model, name,
        own.stream().map(StatusEntry::typeName).collect(Collectors.toSet()));
    JavaText text = code.text();
    String document = GeneratedFiles.sourceDocument(model);
    StringBuilder javadoc = new StringBuilder().append(low).append(" to ").append(high).append(", ").append(kind)
        .append(": thrown for every HTTP status code in this range.\n");
    if (own.isEmpty()) {
      javadoc.append("\n<p>").append(capitalized(document))
          .append(" lists no code in this range, so every one of them is reported by this class.\n");
    } else {
      javadoc.append("\n<p>Each code in this range that ").append(document)
          .append(" lists has a final class of its own, nested in and extending this one:\n\n<ul>\n");
      for (int i = 0; i < own.size(); i++) {
        StatusEntry entry = own.get(i);
        javadoc.append("  <li>{@link ").append(code.headerName(ownClasses.get(i))).append("}: ")
            .append(entry.code()).append(' ').append(SourceText.javadoc(entry.name())).append('\n');
      }
      javadoc.append("</ul>\n\n<p>A code in this range that the catalog does not list is reported by this class "
          + "itself.\n");
    }
    text.javadoc(0, javadoc.append('\n').append(GeneratedFiles.generatedFromText(model)).toString());
    code.generated();
    boolean sealed = model.sealedTypes() && !own.isEmpty();
    code.declaration("public " + (own.isEmpty() ? "final " : sealed ? "sealed " : "") + "class " + name.simpleName()
        + " extends " + code.headerName(model.baseException())
        + (sealed ? ownClasses.stream().map(code::headerName)
            .collect(Collectors.joining(", ", " permits ", "")) : ""));
    code.append(Series.SERIAL_VERSION);
    text.javadoc(1, "Creates the exception for a response with a " + kind + ".\n\n"
        + "@param statusCode " + CODE_PARAM + ", " + low + " to " + high + "\n"
        + "@param responseBody " + BODY_PARAM + "\n"
        + "@param headers " + HEADERS_PARAM + "\n"
        + "@throws IllegalArgumentException if {@code statusCode} is not from " + low + " to " + high + "\n");
    code.append(series.constructor);
    text.javadoc(1, "The code, checked to be a " + kind + " before the exception is built.\n");
    code.append(series.inRange);
    return code.file(new CodeExceptionsWriter(model, name, own, ownClasses).write() + "}\n");
  }

  /**
   * The catalogued codes whose classes are nested in the series exception of the codes from {@code low} to
   * {@code high}, in catalog order.
   */
  private List<StatusEntry> ownEntries(int low, int high) {
    return model.errorEntries().stream().filter(entry -> entry.code() >= low && entry.code() <= high).toList();
  }

  /** Text with its first letter upper case, to start a sentence. */
  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
