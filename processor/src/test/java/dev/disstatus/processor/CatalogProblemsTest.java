package dev.disstatus.processor;

import static dev.disstatus.catalog.CatalogMessages.CATALOG;
import static dev.disstatus.catalog.CatalogMessages.CONSTANT;
import static dev.disstatus.catalog.CatalogMessages.ENTRY;
import static dev.disstatus.catalog.CatalogMessages.SOURCE;
import static dev.disstatus.catalog.CatalogMessages.TYPE_NAME;
import static dev.disstatus.catalog.CatalogMessages.codeNotInteger;
import static dev.disstatus.catalog.CatalogMessages.codeOutOfRange;
import static dev.disstatus.catalog.CatalogMessages.derivedName;
import static dev.disstatus.catalog.CatalogMessages.descriptionNotList;
import static dev.disstatus.catalog.CatalogMessages.duplicateCode;
import static dev.disstatus.catalog.CatalogMessages.duplicateKey;
import static dev.disstatus.catalog.CatalogMessages.empty;
import static dev.disstatus.catalog.CatalogMessages.emptyList;
import static dev.disstatus.catalog.CatalogMessages.emptyStatuses;
import static dev.disstatus.catalog.CatalogMessages.foundBoolean;
import static dev.disstatus.catalog.CatalogMessages.foundDecimal;
import static dev.disstatus.catalog.CatalogMessages.foundList;
import static dev.disstatus.catalog.CatalogMessages.foundMapping;
import static dev.disstatus.catalog.CatalogMessages.foundText;
import static dev.disstatus.catalog.CatalogMessages.identifierCharacter;
import static dev.disstatus.catalog.CatalogMessages.identifierDigitStart;
import static dev.disstatus.catalog.CatalogMessages.identifierKeyword;
import static dev.disstatus.catalog.CatalogMessages.identifierLowerCaseStart;
import static dev.disstatus.catalog.CatalogMessages.invalidOverride;
import static dev.disstatus.catalog.CatalogMessages.missingKey;
import static dev.disstatus.catalog.CatalogMessages.moreThanOneDocument;
import static dev.disstatus.catalog.CatalogMessages.nameClash;
import static dev.disstatus.catalog.CatalogMessages.nameWithoutWords;
import static dev.disstatus.catalog.CatalogMessages.notMapping;
import static dev.disstatus.catalog.CatalogMessages.notPrintable;
import static dev.disstatus.catalog.CatalogMessages.notText;
import static dev.disstatus.catalog.CatalogMessages.notUtf8;
import static dev.disstatus.catalog.CatalogMessages.statusesNotList;
import static dev.disstatus.catalog.CatalogMessages.syntax;
import static dev.disstatus.catalog.CatalogMessages.textTooLong;
import static dev.disstatus.catalog.CatalogMessages.typeNameCaseClash;
import static dev.disstatus.catalog.CatalogMessages.unknownGuidance;
import static dev.disstatus.catalog.CatalogMessages.unknownKey;
import static dev.disstatus.processor.Fixture.at;

import dev.disstatus.catalog.CatalogLoader;
import dev.disstatus.catalog.Position;
import dev.disstatus.processor.Fixture.Expected;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mistake a catalog file can hold, one case each: the catalog text in, the {@code file:line:column:
 * message} errors out, all of them from one compile, on the annotation's {@code catalog} attribute, and no
 * source written. Lines count from the top of the text; {@link #statuses} puts the first entry on line 3.
 */
class CatalogProblemsTest {
  @TempDir
  Path root;

  @ParameterizedTest(name = "{0}")
  @MethodSource({"wholeFile", "wrongTypes", "duplicatesAndGaps", "tooLong", "javaNames", "encodingAndSyntax",
      "together"})
  void isReportedAtItsLineAndColumn(String mistake, String yaml, Expected[] expected) {
    new Fixture(root).catalog(yaml).assertErrors(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUtf8Files")
  void bytesThatAreNotUtf8AreReportedWhereTheyStand(String mistake, byte[] bytes, Expected[] expected) {
    new Fixture(root).catalog(bytes).assertErrors(expected);
  }

  static Stream<Arguments> wholeFile() {
    return Stream.of(
        bad("an empty file", "", at(1, 1, empty())),
        bad("a file of comments", "# Acme status codes\n", at(1, 1, empty())),
        bad("a document marker and nothing else", "---\n", at(1, 1, empty())),
        bad("a list, not a mapping", "- code: 404\n", at(1, 1, notMapping(CATALOG, foundList()))),
        bad("text, not a mapping", "Status Codes\n", at(1, 1, notMapping(CATALOG, foundText("Status Codes")))),
        bad("no 'statuses'", Fixture.SOURCE, at(1, 1, missingKey(CATALOG, "statuses"))),
        bad("no 'source'", "statuses:\n" + ENTRY_404, at(1, 1, missingKey(CATALOG, "source"))),
        bad("a 'source' without its title", "source: {id: acme_codes}\nstatuses:\n" + ENTRY_404,
            at(1, 9, missingKey(SOURCE, "title"))),
        bad("'statuses' as text", Fixture.SOURCE + "statuses: none\n",
            at(2, 11, statusesNotList(foundText("none")))),
        bad("'statuses' empty", Fixture.SOURCE + "statuses: []\n", at(2, 11, emptyStatuses())),
        bad("a second document", statuses(ENTRY_404) + "---\n" + statuses(ENTRY_404),
            at(6, 1, moreThanOneDocument())));
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        bad("a code in words", statuses("""
              - code: "four hundred"
                name: Bad Request
                description: The request is wrong.
            """), at(3, 11, codeNotInteger(foundText("four hundred")))),
        bad("a code in quotes", statuses("""
              - code: "404"
                name: Not Found
                description: Nothing is there.
            """), at(3, 11, codeNotInteger(foundText("404")))),
        bad("a decimal code", statuses("""
              - code: 404.5
                name: Not Found
                description: Nothing is there.
            """), at(3, 11, codeNotInteger(foundDecimal("404.5")))),
        bad("a code below 100", statuses("""
              - code: 99
                name: Too Low
                description: Not a status.
            """), at(3, 11, codeOutOfRange("99"))),
        bad("a code above 599", statuses("""
              - code: 600
                name: Too High
                description: Not a status.
            """), at(3, 11, codeOutOfRange("600"))),
        bad("a negative code", statuses("""
              - code: -1
                name: Negative
                description: Not a status.
            """), at(3, 11, codeOutOfRange("-1"))),
        bad("a list where the name belongs", statuses("""
              - code: 404
                name: [Not, Found]
                description: Nothing is there.
            """), at(4, 11, notText("name", foundList()))),
        bad("a name that YAML reads as a boolean", statuses("""
              - code: 404
                name: yes
                description: Nothing is there.
            """), at(4, 11, notText("name", foundBoolean("yes")))),
        bad("a mapping where the description belongs", statuses("""
              - code: 404
                name: Not Found
                description: {text: Nothing is there.}
            """), at(5, 18, descriptionNotList(foundMapping()))),
        bad("a list where the guidance belongs", statuses("""
              - code: 404
                name: Not Found
                description: Nothing is there.
                guidance: [modify-request]
            """), at(6, 15, notText("guidance", foundList()))),
        bad("an entry that is text", statuses("""
              - 404 Not Found
            """), at(3, 5, notMapping(ENTRY, foundText("404 Not Found")))));
  }

  static Stream<Arguments> duplicatesAndGaps() {
    return Stream.of(
        bad("a code used twice", statuses(ENTRY_404 + """
              - code: 404
                name: Gone
                description: It went away.
            """), at(6, 5, duplicateCode(404, "Not Found", new Position(3, 5)))),
        bad("a key given twice", statuses("""
              - code: 404
                name: Not Found
                name: Missing
                description: Nothing is there.
            """), at(5, 5, duplicateKey("name", new Position(4, 5)))),
        bad("an unknown key", statuses("""
              - code: 404
                name: Not Found
                description: Nothing is there.
                colour: red
            """), at(6, 5, unknownKey("colour", ENTRY, CatalogLoader.ENTRY_KEYS, null))),
        bad("a misspelt key", statuses("""
              - code: 404
                name: Not Found
                descripton: Nothing is there.
            """),
            at(3, 5, missingKey(ENTRY, "description")),
            at(5, 5, unknownKey("descripton", ENTRY, CatalogLoader.ENTRY_KEYS, "description"))),
        bad("a misspelt top-level key", Fixture.SOURCE + "status:\n" + ENTRY_404,
            at(1, 1, missingKey(CATALOG, "statuses")),
            at(2, 1, unknownKey("status", CATALOG, CatalogLoader.ROOT_KEYS, "statuses"))),
        bad("no name", statuses("""
              - code: 404
                description: Nothing is there.
            """), at(3, 5, missingKey(ENTRY, "name"))),
        bad("no description", statuses("""
              - code: 404
                name: Not Found
            """), at(3, 5, missingKey(ENTRY, "description"))),
        bad("an unknown guidance", statuses("""
              - code: 404
                name: Not Found
                description: Nothing is there.
                guidance: retry-later
            """), at(6, 15, unknownGuidance("retry-later"))));
  }

  /** Texts longer than generated code can hold in a string constant. */
  static Stream<Arguments> tooLong() {
    int over = CatalogLoader.MAX_TEXT + 1;
    int half = CatalogLoader.MAX_TEXT / 2;
    return Stream.of(
        bad("a description too long", statuses("  - code: 404\n    name: Not Found\n    description: "
            + "x".repeat(over) + "\n"), at(5, 18, textTooLong("description", over, CatalogLoader.MAX_TEXT))),
        bad("paragraphs too long together", statuses("  - code: 404\n    name: Not Found\n    description:\n"
            + ("      - " + "x".repeat(half) + "\n").repeat(2)),
            at(6, 7, textTooLong("description", 2 * half + 2, CatalogLoader.MAX_TEXT))),
        bad("a name too long", statuses("  - code: 404\n    name: " + "N".repeat(over)
            + "\n    description: x\n    javaConstant: NOT_FOUND\n    javaType: NotFound\n"),
            at(4, 11, textTooLong("name", over, CatalogLoader.MAX_TEXT))),
        bad("a source title too long", "source:\n  id: acme\n  title: " + "T".repeat(over) + "\nstatuses:\n"
            + ENTRY_404, at(3, 10, textTooLong("title", over, CatalogLoader.MAX_TEXT))));
  }

  static Stream<Arguments> javaNames() {
    return Stream.of(
        bad("javaConstant: class", statuses(ENTRY_404 + "    javaConstant: class\n"),
            at(6, 19, invalidOverride("javaConstant", "class", identifierKeyword()))),
        bad("javaType: enum", statuses(ENTRY_404 + "    javaType: enum\n"),
            at(6, 15, invalidOverride("javaType", "enum", identifierKeyword()))),
        bad("a javaType in lower case", statuses(ENTRY_404 + "    javaType: notFound\n"),
            at(6, 15, invalidOverride("javaType", "notFound", identifierLowerCaseStart()))),
        bad("a javaConstant with a hyphen", statuses(ENTRY_404 + "    javaConstant: NOT-FOUND\n"),
            at(6, 19, invalidOverride("javaConstant", "NOT-FOUND", identifierCharacter('-')))),
        bad("a name of nothing but separators", statuses("""
              - code: 404
                name: "---"
                description: Nothing is there.
            """), at(4, 11, derivedName("---", CONSTANT, "", nameWithoutWords()))),
        bad("a name that starts with a digit", statuses("""
              - code: 404
                name: 4xx Not Found
                description: Nothing is there.
            """), at(4, 11, derivedName("4xx Not Found", CONSTANT, "4XX_NOT_FOUND", identifierDigitStart()))),
        bad("a name with non-ASCII letters", statuses("""
              - code: 404
                name: Não Encontrado
                description: Nada aqui.
            """), at(4, 11, derivedName("Não Encontrado", CONSTANT, "NÃO_ENCONTRADO", identifierCharacter('Ã')))),
        bad("two names that give one constant", statuses(ENTRY_404 + """
              - code: 410
                name: Not-Found
                description: Gone for good.
            """), at(6, 5, nameClash(CONSTANT, "NOT_FOUND", "Not Found", 404, new Position(3, 5)))),
        bad("two names that give one type name", statuses(ENTRY_404 + """
              - code: 410
                name: NOT FOUND
                description: Gone for good.
                javaConstant: GONE
            """), at(6, 5, nameClash(TYPE_NAME, "NotFound", "Not Found", 404, new Position(3, 5)))),
        bad("two type names that differ only in case", statuses(ENTRY_404 + """
              - code: 410
                name: Notfound
                description: Gone for good.
            """), at(6, 5, typeNameCaseClash("Notfound", "NotFound", "Not Found", 404, new Position(3, 5)))));
  }

  static Stream<Arguments> encodingAndSyntax() {
    return Stream.of(
        bad("a tab that indents", statuses("  - code: 404\n\tname: Not Found\n"),
            at(4, 1, syntax(snakeYamlTabProblem()))),
        bad("a control character", statuses(ENTRY_404.replace("Nothing", "Nothing\u0007")),
            at(5, 25, notPrintable(7))),
        bad("an error in a file with a byte order mark, on line 1", "\uFEFFsource: [acme_codes]\n"
            + "statuses:\n" + ENTRY_404, at(1, 9, notMapping(SOURCE, foundList()))),
        bad("an error in a file with CRLF line ends", statuses(ENTRY_404 + """
              - code: 600
                name: Too High
                description: Not a status.
            """).replace("\n", "\r\n"), at(6, 11, codeOutOfRange("600"))),
        bad("an error in a file with CR line ends", statuses(ENTRY_404 + """
              - code: 600
                name: Too High
                description: Not a status.
            """).replace("\n", "\r"), at(6, 11, codeOutOfRange("600"))));
  }

  /** Problems that depend on each other are still reported in one compile, not one after the fix of another. */
  static Stream<Arguments> together() {
    return Stream.of(
        bad("a problem in every entry", statuses("""
              - code: 99
                name: Too Low
                description: Not a status.
              - code: 404
                description: Nothing is there.
              - code: 410
                name: Gone
                description: []
            """), at(3, 11, codeOutOfRange("99")), at(6, 5, missingKey(ENTRY, "name")),
            at(10, 18, emptyList("description"))),
        bad("a code used twice, the first entry lacking its description", statuses("""
              - code: 404
                name: Not Found
              - code: 404
                name: Gone
                description: It went away.
            """), at(3, 5, missingKey(ENTRY, "description")),
            at(5, 5, duplicateCode(404, "Not Found", new Position(3, 5)))),
        bad("one constant twice, the first entry with an unknown guidance", statuses("""
              - code: 404
                name: Not Found
                description: Nothing is there.
                guidance: retry-later
              - code: 410
                name: Not-Found
                description: Gone for good.
            """), at(6, 15, unknownGuidance("retry-later")),
            at(7, 5, nameClash(CONSTANT, "NOT_FOUND", "Not Found", 404, new Position(3, 5)))));
  }

  static Stream<Arguments> notUtf8Files() {
    byte[] latin1 = statuses(ENTRY_404.replace("Nothing", "Rien, café")).getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf16 = statuses(ENTRY_404).getBytes(StandardCharsets.UTF_16);
    return Stream.of(
        Arguments.of("Latin-1", latin1, new Expected[] {at(5, 27, notUtf8(0xE9))}),
        Arguments.of("UTF-16", utf16, new Expected[] {at(1, 1, notUtf8(0xFE))}));
  }

  /** What SnakeYAML says of a tab that indents; the loader adds what to do. */
  private static String snakeYamlTabProblem() {
    return "found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)";
  }

  /** A good entry for code 404, on lines 3 to 5 when it is the first. */
  static final String ENTRY_404 = """
        - code: 404
          name: Not Found
          description: Nothing is there.
      """;

  /** A catalog of these entries, the first on line 3. */
  static String statuses(String entries) {
    return Fixture.SOURCE + "statuses:\n" + entries;
  }

  private static Arguments bad(String mistake, String yaml, Expected... expected) {
    return Arguments.of(mistake, yaml, expected);
  }
}
