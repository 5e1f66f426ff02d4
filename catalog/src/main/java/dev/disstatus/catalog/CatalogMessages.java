package dev.disstatus.catalog;

import java.util.Collection;

/**
 * Every message the loader writes, in one place so that its tests and the processor's share the wording.
 * Each says what is wrong and what to do; the place ({@code file:line:column}) is added by {@link Problem}.
 */
public final class CatalogMessages {
  /** The parts of a catalog that hold keys, as messages name them. */
  public static final String CATALOG = "the catalog";
  public static final String SOURCE = "'source'";
  public static final String ENTRY = "a status entry";
  public static final String ERROR_SOURCE = "'errorSource'";
  public static final String ERROR_ENTRY = "an error-code entry";

  /** The two Java names derived from a status name, as messages name them. */
  public static final String CONSTANT = "constant";
  public static final String TYPE_NAME = "type name";

  private CatalogMessages() {}

  // What the loader found where it expected something else; completes the messages that end in "found ...".

  public static String foundMapping() {
    return "a mapping";
  }

  public static String foundList() {
    return "a list";
  }

  public static String foundNothing() {
    return "nothing";
  }

  public static String foundText(String value) {
    return "the text \"" + value + "\"";
  }

  public static String foundBoolean(String value) {
    return "the boolean " + value;
  }

  public static String foundDecimal(String value) {
    return "the decimal number " + value;
  }

  /** Any other scalar: a whole number, a date, a YAML special value. */
  public static String foundValue(String value) {
    return "the value " + value;
  }

  // Why a string is not a usable Java name; NamingRule gives these, derivedName and invalidOverride quote them.

  public static String identifierEmpty() {
    return "is empty";
  }

  public static String identifierCharacter(int codePoint) {
    return "contains '" + new String(Character.toChars(codePoint))
        + "', which is not an ASCII letter, digit or underscore";
  }

  public static String identifierDigitStart() {
    return "starts with a digit";
  }

  public static String identifierKeyword() {
    return "is a Java keyword";
  }

  public static String identifierLowerCaseStart() {
    return "does not start with an upper-case letter A-Z";
  }

  /** Said of a derived name instead of {@link #identifierEmpty()}, because the fix is in the status name. */
  public static String nameWithoutWords() {
    return "is empty: the name has no letters or digits";
  }

  public static String tooLarge(long limit) {
    return "the catalog is larger than " + limit + " bytes; a status catalog is a few KiB, so check that the"
        + " annotation names the right file";
  }

  public static String notUtf8(int badByte) {
    return String.format("the catalog is not UTF-8: byte 0x%02X cannot stand here in UTF-8; save the file as UTF-8",
        badByte);
  }

  public static String notPrintable(int codePoint) {
    return String.format("the catalog holds the control character U+%04X, which YAML does not allow; remove it",
        codePoint);
  }

  public static String syntax(String problem) {
    String hint = problem.contains("\\t") || problem.contains("\t")
        ? "; indent with spaces, YAML does not allow tabs there"
        : "; fix the YAML syntax here";
    return "not valid YAML: " + problem.strip() + hint;
  }

  public static String yamlLimit(String problem) {
    return "the catalog exceeds a YAML limit (" + problem.strip() + "); a status catalog needs none of this";
  }

  public static String empty() {
    return "the catalog is empty; it needs 'source' (the document it transcribes) and 'statuses'";
  }

  public static String moreThanOneDocument() {
    return "the catalog holds more than one YAML document; remove the second '---' and what follows, or merge them";
  }

  /** {@code tag} as the parser gives it; the {@code tag:yaml.org,2002:} prefix is shown as the {@code !!} written. */
  public static String tag(String tag) {
    String written = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    return "YAML tag '" + written + "' is not allowed: a catalog holds plain text, numbers, lists and mappings only;"
        + " remove the tag";
  }

  public static String alias() {
    return "YAML aliases ('*name') are not allowed in a catalog; write the value out in full";
  }

  public static String tooDeep(int limit) {
    return "the catalog nests lists and mappings deeper than " + limit + " levels; a catalog needs 4 at most:"
        + " write the value here as text, or as a list of text";
  }

  public static String notText(String key, String found) {
    return wrongType(key, "text", found, "write the text in double quotes, as YAML reads some words and numbers"
        + " otherwise: " + key + ": \"...\"");
  }

  public static String statusesNotList(String found) {
    return wrongType("statuses", "a list of status entries", found,
        "write each status below it as an item that starts with '- code: '");
  }

  public static String descriptionNotList(String found) {
    return wrongType("description", "one string or a list of paragraphs", found,
        "write the text in double quotes, or each paragraph on a line of its own that starts with '- '");
  }

  public static String keyNotText(String found) {
    return "a mapping key must be plain text, found " + found + "; write a key such as 'code' before the ':'";
  }

  private static String wrongType(String key, String expected, String found, String hint) {
    return "'" + key + "' must be " + expected + ", found " + found + "; " + hint;
  }

  public static String errorCodesNotList(String found) {
    return wrongType("errorCodes", "a list of error-code entries", found,
        "write each error code below it as an item that starts with '- code: '");
  }

  /** {@code what} is one of the parts named above. */
  public static String notMapping(String what, String found) {
    return what + " must be a YAML mapping (key: value lines), found " + found;
  }

  /** {@code what} is one of the parts named above; {@code key} a required key. */
  public static String missingKey(String what, String key) {
    if (what.equals(ERROR_ENTRY)) {
      return what + " has no '" + key + "'; add it: " + switch (key) {
        case "code" -> "the error code as a response body carries it, such as DIS.4303";
        case "status" -> "the HTTP status the document gives it, such as 400";
        case "message" -> "the document's error message";
        case "description" -> "the document's description";
        case "solution" -> "the document's solution";
        default -> throw new IllegalArgumentException("'" + key + "' is not a required key");
      };
    }
    return what + " has no '" + key + "'; add it: " + switch (key) {
      case "source" -> "a mapping with the document's 'id' and 'title'";
      case "statuses" -> "a list of status entries";
      case "id" -> "the source document's id, such as dis_02_0022";
      case "title" -> "the source document's title";
      case "code" -> "the status code, such as 404";
      case "name" -> "the status name as the document writes it";
      case "description" -> "the document's description, one string or a list with one string per paragraph";
      default -> throw new IllegalArgumentException("'" + key + "' is not a required key");
    };
  }

  public static String unknownKey(String key, String what, Collection<String> known, String suggestion) {
    return "unknown key '" + key + "' in " + what + ";"
        + (suggestion == null ? "" : " did you mean '" + suggestion + "'?")
        + " the keys are " + String.join(", ", known);
  }

  public static String duplicateKey(String key, Position first) {
    return "duplicate key '" + key + "' (first at " + first + "); keep only one";
  }

  public static String codeNotInteger(String found) {
    return statusNotInteger("code", found);
  }

  /** {@code key} is {@code code} in a status entry, {@code status} in an error-code entry. */
  public static String statusNotInteger(String key, String found) {
    return "'" + key + "' must be a whole number from 100 to 599 written without quotes, such as 404; found " + found;
  }

  public static String codeOutOfRange(String code) {
    return "code " + code + " is not an HTTP status code; use a code from 100 to 599";
  }

  public static String duplicateCode(int code, String otherName, Position other) {
    return "code " + code + " is already used by \"" + otherName + "\" at " + other + "; each code appears once";
  }

  public static String errorStatusNotError(int status) {
    return "status " + status + " is no error status; an error code belongs to a status from 400 to 599";
  }

  public static String errorCodeWithSpace(String code) {
    return "error code \"" + code + "\" contains a space; it is matched exactly against the code a response"
        + " carries, so write it without spaces, such as DIS.4303";
  }

  public static String duplicateErrorCode(String code, Position other) {
    return "error code " + code + " is already listed at " + other + "; each error code appears once";
  }

  public static String emptyErrorCodes() {
    return "'errorCodes' is empty; list at least one error code, or leave 'errorCodes' out";
  }

  public static String errorSourceWithoutErrorCodes() {
    return "'errorSource' names the document of the error codes, but the catalog has no 'errorCodes'; add them, or"
        + " remove 'errorSource'";
  }

  public static String unknownErrorGuidance(String value) {
    return "unknown guidance '" + value + "' for an error code; use one of " + KeyedValue.keys(ErrorGuidance.values())
        + ", or leave 'guidance' out where the document gives none (the status's guidance then applies)";
  }

  /** {@code problem} is one of the identifier texts above, or {@link #messageWithoutWords()}. */
  public static String derivedErrorName(String message, String derived, String problem) {
    return "message \"" + message + "\" gives the Java constant '" + derived + "', which " + problem
        + "; set 'javaConstant' for this entry";
  }

  /** Said of a derived error-code constant instead of {@link #identifierEmpty()}. */
  public static String messageWithoutWords() {
    return "is empty: the message's first sentence has no letters or digits";
  }

  public static String errorNameClash(String javaName, String otherCode, Position other) {
    return "the Java constant '" + javaName + "' is already taken by error code " + otherCode + " at " + other
        + "; set 'javaConstant' on one of the two";
  }

  public static String blank(String key) {
    return "'" + key + "' is empty; write it as the document does";
  }

  public static String textTooLong(String key, int length, int limit) {
    return "'" + key + "' is " + length + " characters long; generated code holds it in a Java string constant,"
        + " so a catalog text may be at most " + limit + " characters: shorten it";
  }

  public static String emptyList(String key) {
    return "'" + key + "' is an empty list; give at least one paragraph";
  }

  public static String emptyStatuses() {
    return "'statuses' is empty; a catalog needs at least one status";
  }

  public static String unknownGuidance(String value) {
    return "unknown guidance '" + value + "'; use one of " + Guidance.keys()
        + ", or leave 'guidance' out where the document gives none";
  }

  /** {@code kind} is {@link #CONSTANT} or {@link #TYPE_NAME}; {@code problem} one of the identifier texts above. */
  public static String derivedName(String name, String kind, String derived, String problem) {
    return "name \"" + name + "\" gives the Java " + kind + " '" + derived + "', which " + problem
        + "; set 'javaConstant' and 'javaType' for this entry";
  }

  public static String invalidOverride(String key, String value, String problem) {
    return "'" + key + "' '" + value + "' " + problem + "; choose "
        + (key.equals("javaType") ? "a name like NotFound" : "a name like NOT_FOUND");
  }

  public static String typeNameCaseClash(String javaName, String otherJavaName, String otherName, int otherCode,
      Position other) {
    return "the Java type name '" + javaName + "' differs only in case from '" + otherJavaName + "' of \""
        + otherName + "\" (code " + otherCode + ") at " + other + ", so their source files would be one file on"
        + " Windows and macOS; set 'javaType' on one of the two";
  }

  /** {@code kind} is {@link #CONSTANT} or {@link #TYPE_NAME}. */
  public static String nameClash(String kind, String javaName, String otherName, int otherCode, Position other) {
    return "the Java " + kind + " '" + javaName + "' is already taken by \"" + otherName + "\" (code " + otherCode
        + ") at " + other + "; set 'javaConstant' and 'javaType' on one of the two";
  }
}
