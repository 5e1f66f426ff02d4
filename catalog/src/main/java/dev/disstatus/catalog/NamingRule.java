package dev.disstatus.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule that turns a status name from the document into Java names.
 *
 * <p>The name is split into words at spaces, hyphens and every change from a lower-case to an upper-case
 * letter. The enum constant is the words upper-cased and joined with {@code _}; the class-name part is each
 * word with its first letter upper-cased and the rest lower-cased, joined. So {@code NoContent} gives
 * {@code NO_CONTENT} and {@code NoContent}, {@code Request-URI Too Large} gives {@code REQUEST_URI_TOO_LARGE}
 * and {@code RequestUriTooLarge}, and {@code OK} gives {@code OK} and {@code Ok}. Any other character is kept
 * inside its word, and a name whose result is not a plain ASCII Java identifier needs an explicit
 * {@code javaConstant} and {@code javaType} in the catalog.
 *
 * <p>An error code's constant is read from its message instead: the message's first sentence, without
 * {@code %s} placeholders, its final period and a leading article, split and joined the same way. So
 * {@code Exceeded traffic control limit.} gives {@code EXCEEDED_TRAFFIC_CONTROL_LIMIT} and {@code The stream does
 * not exist. %s} gives {@code STREAM_DOES_NOT_EXIST}: names a reader understands at the call site, in the words
 * DIS sends. An entry may set {@code javaConstant} instead.
 */
public final class NamingRule {
  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
      "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
      "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
      "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
      "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

  /** The articles an error message's first word may be (in any case), which its constant leaves out. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private NamingRule() {}

  /** The words of a name, as the rule splits them; empty when the name has nothing but separators. */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    split(name, (start, end) -> words.add(name.substring(start, end)));
    return words;
  }

  /** The enum constant the rule gives a name: {@code Request Time-out} gives {@code REQUEST_TIME_OUT}. */
  public static String constantName(String name) {
    StringBuilder constant = new StringBuilder(name.length());
    split(name, (start, end) -> constant.append(constant.length() == 0 ? "" : "_").append(name, start, end));
    return constant.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * The words of an error message that its constant is made of: those of its first sentence (up to the first
   * period followed by a space, or the end), without {@code %s} placeholders, a final period and a leading
   * "The", "A" or "An"; empty when nothing is left.
   */
  public static List<String> errorWords(String message) {
    return words(withoutArticle(firstSentence(message)));
  }

  /**
   * The enum constant the rule gives an error message: {@code Invalid KMS userKey.} gives
   * {@code INVALID_KMS_USER_KEY}.
   */
  public static String errorConstantName(String message) {
    return constantName(withoutArticle(firstSentence(message)));
  }

  /** The class-name part the rule gives a name: {@code Request Time-out} gives {@code RequestTimeOut}. */
  public static String typeName(String name) {
    StringBuilder type = new StringBuilder(name.length());
    split(name, (start, end) -> type.append(name.substring(start, start + 1).toUpperCase(Locale.ROOT))
        .append(name.substring(start + 1, end).toLowerCase(Locale.ROOT)));
    return type.toString();
  }

  /** Where one word of a name starts and ends. */
  private interface WordSink {
    void word(int start, int end);
  }

  /**
   * Splits a name into words: each run of chars between separators, cut again where a lower-case letter is
   * followed by an upper-case one. Each word goes to the sink in order, as bounds, so that callers that join the
   * words build no list of them.
   */
  private static void split(String name, WordSink sink) {
    int start = -1; // where the word being read starts, or -1 between words
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean separator = c == '-' || Character.isWhitespace(c);
      boolean camelBreak = i > 0 && Character.isLowerCase(name.charAt(i - 1)) && Character.isUpperCase(c);
      if ((separator || camelBreak) && start >= 0) {
        sink.word(start, i);
        start = -1;
      }
      if (!separator && start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      sink.word(start, name.length());
    }
  }

  /** A message's first sentence without {@code %s} placeholders and its final period. */
  private static String firstSentence(String message) {
    String text = message.replace("%s", " ").strip();
    int sentenceEnd = text.indexOf(". ");
    String sentence = sentenceEnd < 0 ? text : text.substring(0, sentenceEnd);
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  /** The text after its first word if that is an article, else the text; the words after it split alike. */
  private static String withoutArticle(String text) {
    int[] first = {-1, -1};
    split(text, (start, end) -> {
      if (first[0] < 0) {
        first[0] = start;
        first[1] = end;
      }
    });
    boolean article = first[0] >= 0 && ARTICLES.contains(text.substring(first[0], first[1]).toLowerCase(Locale.ROOT));
    return article ? text.substring(first[1]) : text;
  }

  /**
   * What keeps a string from being an enum constant name, if anything: it must be a plain ASCII Java
   * identifier ({@code [A-Za-z_][A-Za-z0-9_]*}) and not a keyword.
   */
  public static Optional<String> constantProblem(String identifier) {
    return identifierProblem(identifier, false);
  }

  /**
   * What keeps a string from being the class-name part of a generated type, if anything: a plain ASCII Java
   * identifier that starts with an upper-case letter.
   */
  public static Optional<String> typeProblem(String identifier) {
    return identifierProblem(identifier, true);
  }

  private static Optional<String> identifierProblem(String identifier, boolean upperCaseStart) {
    if (identifier.isEmpty()) {
      return Optional.of(CatalogMessages.identifierEmpty());
    }
    int first = identifier.codePointAt(0);
    for (int i = 0; i < identifier.length(); ) {
      int c = identifier.codePointAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
        return Optional.of(CatalogMessages.identifierCharacter(c));
      }
      i += Character.charCount(c);
    }
    if (Character.isDigit(first)) {
      return Optional.of(CatalogMessages.identifierDigitStart());
    }
    if (KEYWORDS.contains(identifier)) {
      return Optional.of(CatalogMessages.identifierKeyword());
    }
    if (upperCaseStart && !(first >= 'A' && first <= 'Z')) {
      return Optional.of(CatalogMessages.identifierLowerCaseStart());
    }
    return Optional.empty();
  }
}
