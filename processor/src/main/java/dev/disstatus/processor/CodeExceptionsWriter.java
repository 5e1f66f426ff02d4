package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.Guidance;
import dev.disstatus.catalog.StatusEntry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the final class of each catalogued code of 400 and above, {@code DisClientErrorException.NotFound}, as
 * the text JavaPoet would write for it nested in its series exception ({@link JavaText}). These classes are most
 * of the exceptions' output and differ only in their code, name and words, so they are written as text rather
 * than built as a {@code TypeSpec} each.
 */
final class CodeExceptionsWriter {
  /** Where the code goes in {@link #CONSTRUCTOR_JAVADOC}: a code has always three digits. */
  private static final String CODE_PLACE = "000";
  /**
   * The Javadoc of every class's constructor, laid out once: the classes differ only in their code, which is
   * always as wide as {@link #CODE_PLACE}, so it lays out the same.
   */
  private static final String CONSTRUCTOR_JAVADOC = JavaText.javadocText(2, "Creates the exception for a "
      + CODE_PLACE + " response.\n\n@param responseBody " + ExceptionsGenerator.BODY_PARAM + "\n@param headers "
      + ExceptionsGenerator.HEADERS_PARAM + "\n");

  private final ClassName series;
  private final List<StatusEntry> entries;
  private final List<ClassName> classes;
  private final JavaText text;
  private final String string;
  private final String parameters;
  /** The texts every class's Javadoc shares, made once for all of them. */
  private final String sourceDocument;
  private final String generatedFrom;
  private final String statusEnum;

  /**
   * A writer for the classes nested in one series exception.
   *
   * @param model the package's model
   * @param series the series exception they extend and are nested in
   * @param entries the catalog entries whose classes it nests, in catalog order
   * @param classes the class of each entry ({@link GenerationModel#exceptionOf})
   */
  CodeExceptionsWriter(GenerationModel model, ClassName series, List<StatusEntry> entries, List<ClassName> classes) {
    this.series = series;
    this.entries = entries;
    this.classes = classes;
    this.text = new JavaText(series, entries.stream().map(StatusEntry::typeName).collect(Collectors.toSet()),
        model.namesToQualify());
    this.string = text.name(ClassName.get(String.class));
    this.parameters = text.name(ClassName.get(Map.class)) + "<" + string + ", "
        + text.name(ClassName.get(List.class)) + "<" + string + ">> headers";
    this.sourceDocument = GeneratedFiles.sourceDocument(model);
    this.generatedFrom = GeneratedFiles.generatedFromText(model);
    this.statusEnum = text.name(model.statusEnum());
  }

  /** The classes of the entries, each led by the blank line that JavaPoet puts before a member. */
  String write() {
    for (int i = 0; i < entries.size(); i++) {
      write(entries.get(i), classes.get(i));
    }
    return text.toString();
  }

  /** {@code DisClientErrorException.NotFound}: one catalogued code, its Javadoc quoting the catalog. */
  private void write(StatusEntry entry, ClassName type) {
    StringBuilder doc = new StringBuilder()
        .append(entry.code()).append(' ').append(SourceText.javadoc(entry.name())).append(": ")
        .append(SourceText.javadoc(entry.description().get(0))).append('\n');
    for (String paragraph : entry.description().subList(1, entry.description().size())) {
      doc.append("\n<p>").append(SourceText.javadoc(paragraph)).append('\n');
    }
    doc.append("\n<p>Thrown for a ").append(entry.code()).append(" response, which ")
        .append(sourceDocument).append(" describes in the words above. ")
        .append(guidanceSentence(entry)).append("\n\n")
        .append(generatedFrom)
        .append("\n@see ").append(statusEnum).append('#').append(entry.constantName())
        .append('\n');
    text.line(0, "")
        .javadoc(1, doc.toString())
        .line(1, "public static final class " + type.simpleName() + " extends " + text.name(series)
            + " {")
        .line(2, "private static final long serialVersionUID = 1L;")
        .line(0, "")
        .javadoc(2, "The HTTP status code this exception reports, {@value}.\n")
        .line(2, "public static final int CODE = " + entry.code() + ";")
        .line(0, "")
        .laidOut(CONSTRUCTOR_JAVADOC.replace(CODE_PLACE, Integer.toString(entry.code())))
        .signature(2, "public " + type.simpleName(), List.of(string + " responseBody", parameters))
        .line(3, "super(CODE, responseBody, headers);")
        .line(2, "}")
        .line(1, "}");
  }

  /** What the catalog's guidance for an entry tells the client, and so what {@code isRetryable()} answers. */
  private static String guidanceSentence(StatusEntry entry) {
    if (entry.guidance().isEmpty()) {
      return "The catalog gives no guidance on retrying this status, so {@link #isRetryable()} is {@code false}.";
    }
    Guidance guidance = entry.guidance().get();
    String answer = switch (guidance) {
      case MODIFY_REQUEST -> "{@code false}.";
      case RETRY_UNCHANGED -> "{@code true}.";
      case RETRY_AFTER -> "{@code true} when the response has a readable {@code Retry-After} header.";
    };
    return "The catalog's guidance: &quot;" + SourceText.javadoc(guidance.meaning())
        + "&quot; Accordingly, {@link #isRetryable()} is " + answer;
  }
}
