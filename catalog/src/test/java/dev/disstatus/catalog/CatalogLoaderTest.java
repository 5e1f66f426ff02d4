package dev.disstatus.catalog;

import static dev.disstatus.catalog.CatalogMessages.CATALOG;
import static dev.disstatus.catalog.CatalogMessages.CONSTANT;
import static dev.disstatus.catalog.CatalogMessages.ENTRY;
import static dev.disstatus.catalog.CatalogMessages.SOURCE;
import static dev.disstatus.catalog.CatalogMessages.TYPE_NAME;
import static dev.disstatus.catalog.LoaderCases.SOURCE_NAME;
import static dev.disstatus.catalog.LoaderCases.load;
import static dev.disstatus.catalog.LoaderCases.problem;
import static dev.disstatus.catalog.LoaderCases.problems;
import static dev.disstatus.catalog.LoaderCases.rule;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;

/**
 * Every rule of {@link CatalogLoader}, each with a small catalog and the exact problems it must give: where
 * (line and column) and what (the {@link CatalogMessages} text).
 *
 * <p>Most cases start from a one-entry catalog, {@link #catalog(String...)}, whose entry sits at 5:5 with its
 * values at 5:11 (code), 6:11 (name), 7:18 (description); an added key is on line 8.
 */
class CatalogLoaderTest {
  private static final String SOURCE_BLOCK = """
      source:
        id: dis_02_0022
        title: Status Codes
      """;

  /** Text lengths just over the limit, and half of it. */
  private static final int OVER = CatalogLoader.MAX_TEXT + 1;
  private static final int HALF = CatalogLoader.MAX_TEXT / 2;

  private static final List<String> VALID_ENTRY =
      List.of("code: 200", "name: OK", "description: The request has succeeded.");

  private static final String SCRIPT_ENGINE_PAYLOAD =
      "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]";

  /** Nine levels of nine aliases: a billion "lol"s if a loader expanded them. */
  private static final String BILLION_LAUGHS = """
      lol1: &lol1 [lol, lol, lol, lol, lol, lol, lol, lol, lol]
      lol2: &lol2 [*lol1, *lol1, *lol1, *lol1, *lol1, *lol1, *lol1, *lol1, *lol1]
      lol3: &lol3 [*lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2]
      lol4: &lol4 [*lol3, *lol3, *lol3, *lol3, *lol3, *lol3, *lol3, *lol3, *lol3]
      lol5: &lol5 [*lol4, *lol4, *lol4, *lol4, *lol4, *lol4, *lol4, *lol4, *lol4]
      lol6: &lol6 [*lol5, *lol5, *lol5, *lol5, *lol5, *lol5, *lol5, *lol5, *lol5]
      lol7: &lol7 [*lol6, *lol6, *lol6, *lol6, *lol6, *lol6, *lol6, *lol6, *lol6]
      lol8: &lol8 [*lol7, *lol7, *lol7, *lol7, *lol7, *lol7, *lol7, *lol7, *lol7]
      lol9: &lol9 [*lol8, *lol8, *lol8, *lol8, *lol8, *lol8, *lol8, *lol8, *lol8]
      """;

  // --- The valid path --------------------------------------------------------------------------------------

  @Test
  void bundledCatalogLoadsWith43EntriesInIncreasingCodeOrder() throws Exception {
    StatusCatalog catalog =
        CatalogLoader.load(new ByteArrayInputStream(bundledBytes()), StatusCatalog.BUNDLED_RESOURCE);
    assertEquals(43, catalog.statuses().size());
    int[] codes = catalog.statuses().stream().mapToInt(StatusEntry::code).toArray();
    for (int i = 1; i < codes.length; i++) {
      assertTrue(codes[i - 1] < codes[i], "code " + codes[i] + " follows " + codes[i - 1]);
    }
  }

  @Test
  void entryWithOneDescriptionStringLoadsWithOneParagraph() throws Exception {
    StatusEntry ok = new StatusEntry(200, "OK", List.of("The request has succeeded."), Optional.empty(), "OK", "Ok",
        new Position(5, 5));
    assertEquals(new StatusCatalog(new CatalogSource("dis_02_0022", "Status Codes"), List.of(ok)), load(catalog()));
  }

  @Test
  void descriptionListGivesOneParagraphPerItem() throws Exception {
    StatusEntry entry = onlyEntry(catalog("description: [First paragraph., Second paragraph.]"));
    assertEquals(List.of("First paragraph.", "Second paragraph."), entry.description());
  }

  @ParameterizedTest
  @EnumSource(Guidance.class)
  void guidanceKeySelectsItsGuidance(Guidance guidance) throws Exception {
    assertEquals(Optional.of(guidance), onlyEntry(catalog("guidance: " + guidance.key())).guidance());
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({"class, CLASS, Class", "enum, ENUM, Enum"})
  void keywordNamesLoadBecauseTheirJavaNamesAreLegal(String name, String constant, String type) throws Exception {
    StatusEntry entry = onlyEntry(catalog("name: " + name));
    assertEquals(List.of(constant, type), List.of(entry.constantName(), entry.typeName()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Café", "3xx Redirect", "'---'", "OK"})
  void overridesReplaceTheDerivedNames(String name) throws Exception {
    StatusEntry entry = onlyEntry(catalog("name: " + name, "javaConstant: SPECIAL_CASE", "javaType: SpecialCase"));
    assertEquals(List.of("SPECIAL_CASE", "SpecialCase"), List.of(entry.constantName(), entry.typeName()));
  }

  // --- One rule, one case: the exact problems -----------------------------------------------------------------

  static Stream<Arguments> fileProblems() {
    return Stream.of(
        rule("empty file", "", problem(1, 1, CatalogMessages.empty())),
        rule("only comments", "# DIS status codes\n# to be transcribed\n", problem(1, 1, CatalogMessages.empty())),
        rule("root is a list", "- code: 200\n", problem(1, 1, CatalogMessages.notMapping(CATALOG,
            CatalogMessages.foundList()))),
        rule("root is text", "statuses\n", problem(1, 1, CatalogMessages.notMapping(CATALOG,
            CatalogMessages.foundText("statuses")))),
        rule("unknown root key, with a suggestion", catalog().replace("statuses:", "statuse:"),
            problem(1, 1, CatalogMessages.missingKey(CATALOG, "statuses")),
            problem(4, 1, CatalogMessages.unknownKey("statuse", CATALOG, CatalogLoader.ROOT_KEYS, "statuses"))),
        rule("unknown root key, nothing close", catalog() + "version: 2\n",
            problem(8, 1, CatalogMessages.unknownKey("version", CATALOG, CatalogLoader.ROOT_KEYS, null))),
        rule("no source", catalog().replace(SOURCE_BLOCK, ""),
            problem(1, 1, CatalogMessages.missingKey(CATALOG, "source"))),
        rule("no statuses", SOURCE_BLOCK, problem(1, 1, CatalogMessages.missingKey(CATALOG, "statuses"))),
        rule("source is not a mapping", catalog().replace(SOURCE_BLOCK, "source: dis_02_0022\n"),
            problem(1, 9, CatalogMessages.notMapping(SOURCE, CatalogMessages.foundText("dis_02_0022")))),
        rule("source title misspelt", catalog().replace("title:", "titel:"),
            problem(2, 3, CatalogMessages.missingKey(SOURCE, "title")),
            problem(3, 3, CatalogMessages.unknownKey("titel", SOURCE, CatalogLoader.SOURCE_KEYS, "title"))),
        rule("source id is a number", catalog().replace("id: dis_02_0022", "id: 22"),
            problem(2, 7, CatalogMessages.notText("id", CatalogMessages.foundValue("22")))),
        rule("statuses is text", SOURCE_BLOCK + "statuses: all of them\n",
            problem(4, 11, CatalogMessages.statusesNotList(CatalogMessages.foundText("all of them")))),
        rule("statuses is nothing", SOURCE_BLOCK + "statuses:\n",
            problem(4, 10, CatalogMessages.statusesNotList(CatalogMessages.foundNothing()))),
        rule("statuses is empty", SOURCE_BLOCK + "statuses: []\n",
            problem(4, 11, CatalogMessages.emptyStatuses())),
        rule("a document marker and nothing else", "---\n", problem(1, 1, CatalogMessages.empty())),
        rule("source as a flow mapping without its title",
            catalog().replace(SOURCE_BLOCK, "source: {id: dis_02_0022}\n"),
            problem(1, 9, CatalogMessages.missingKey(SOURCE, "title"))),
        rule("source title too long", catalog().replace("title: Status Codes", "title: " + "T".repeat(OVER)),
            problem(3, 10, CatalogMessages.textTooLong("title", OVER, CatalogLoader.MAX_TEXT))));
  }

  static Stream<Arguments> entryProblems() {
    return Stream.of(
        rule("entry is not a mapping", SOURCE_BLOCK + "statuses:\n  - 200\n",
            problem(5, 5, CatalogMessages.notMapping(ENTRY, CatalogMessages.foundValue("200")))),
        rule("unknown entry key, with a suggestion",
            catalogOf(List.of("code: 200", "nmae: OK", "description: The request has succeeded.")),
            problem(5, 5, CatalogMessages.missingKey(ENTRY, "name")),
            problem(6, 5, CatalogMessages.unknownKey("nmae", ENTRY, CatalogLoader.ENTRY_KEYS, "name"))),
        rule("unknown entry key, differing in case",
            catalogOf(List.of("Code: 200", "name: OK", "description: The request has succeeded.")),
            problem(5, 5, CatalogMessages.unknownKey("Code", ENTRY, CatalogLoader.ENTRY_KEYS, "code")),
            problem(5, 5, CatalogMessages.missingKey(ENTRY, "code"))),
        rule("duplicate key",
            catalogOf(List.of("code: 200", "name: OK", "name: Okay", "description: The request has succeeded.")),
            problem(7, 5, CatalogMessages.duplicateKey("name", new Position(6, 5)))),
        rule("key that is a list", catalog("[guidance]: modify-request"),
            problem(8, 5, CatalogMessages.keyNotText(CatalogMessages.foundList()))),
        rule("no code", catalogWithout("code"), problem(5, 5, CatalogMessages.missingKey(ENTRY, "code"))),
        rule("no name", catalogWithout("name"), problem(5, 5, CatalogMessages.missingKey(ENTRY, "name"))),
        rule("no description", catalogWithout("description"),
            problem(5, 5, CatalogMessages.missingKey(ENTRY, "description"))),
        rule("duplicate code", catalogOf(VALID_ENTRY, List.of("code: 200", "name: Fine", "description: Also fine.")),
            problem(8, 5, CatalogMessages.duplicateCode(200, "OK", new Position(5, 5)))),
        rule("two names give one constant",
            catalogOf(List.of("code: 404", "name: Not Found", "description: Gone looking."),
                List.of("code: 405", "name: NotFound", "description: Not there.")),
            problem(8, 5, CatalogMessages.nameClash(CONSTANT, "NOT_FOUND", "Not Found", 404, new Position(5, 5)))),
        rule("an override takes a derived type name",
            catalogOf(List.of("code: 404", "name: NotFound", "description: Gone looking."),
                List.of("code: 405", "name: Not Found Either", "description: Not there.", "javaType: NotFound")),
            problem(8, 5, CatalogMessages.nameClash(TYPE_NAME, "NotFound", "NotFound", 404, new Position(5, 5)))),
        rule("entry is text", SOURCE_BLOCK + "statuses:\n  - 404 Not Found\n",
            problem(5, 5, CatalogMessages.notMapping(ENTRY, CatalogMessages.foundText("404 Not Found")))),
        rule("unknown entry key, nothing close", catalog("colour: red"),
            problem(8, 5, CatalogMessages.unknownKey("colour", ENTRY, CatalogLoader.ENTRY_KEYS, null))),
        rule("two derived type names clash, the constants differ",
            catalogOf(List.of("code: 404", "name: Not Found", "description: Gone looking."),
                List.of("code: 410", "name: NOT FOUND", "description: Gone for good.", "javaConstant: GONE")),
            problem(8, 5, CatalogMessages.nameClash(TYPE_NAME, "NotFound", "Not Found", 404, new Position(5, 5)))),
        rule("two type names that differ only in case",
            catalogOf(List.of("code: 404", "name: Not Found", "description: Gone looking."),
                List.of("code: 410", "name: Notfound", "description: Gone for good.")),
            problem(8, 5, CatalogMessages.typeNameCaseClash("Notfound", "NotFound", "Not Found", 404,
                new Position(5, 5)))));
  }

  static Stream<Arguments> valueProblems() {
    return Stream.of(
        rule("code as text", catalog("code: \"four hundred\""),
            problem(5, 11, CatalogMessages.codeNotInteger(CatalogMessages.foundText("four hundred")))),
        rule("code with a leading zero (YAML 1.1 octal)", catalog("code: 0404"),
            problem(5, 11, CatalogMessages.codeNotInteger(CatalogMessages.foundValue("0404")))),
        rule("code with a fraction", catalog("code: 404.5"),
            problem(5, 11, CatalogMessages.codeNotInteger(CatalogMessages.foundDecimal("404.5")))),
        rule("code as a list", catalog("code: [1]"),
            problem(5, 11, CatalogMessages.codeNotInteger(CatalogMessages.foundList()))),
        rule("code in hexadecimal", catalog("code: 0x1F4"),
            problem(5, 11, CatalogMessages.codeNotInteger(CatalogMessages.foundValue("0x1F4")))),
        rule("code below 100", catalog("code: 99"), problem(5, 11, CatalogMessages.codeOutOfRange("99"))),
        rule("code above 599", catalog("code: 600"), problem(5, 11, CatalogMessages.codeOutOfRange("600"))),
        rule("code negative", catalog("code: -1"), problem(5, 11, CatalogMessages.codeOutOfRange("-1"))),
        rule("code beyond int", catalog("code: 99999999999"),
            problem(5, 11, CatalogMessages.codeOutOfRange("99999999999"))),
        rule("name as a list", catalog("name: [OK]"),
            problem(6, 11, CatalogMessages.notText("name", CatalogMessages.foundList()))),
        rule("name as a boolean", catalog("name: yes"),
            problem(6, 11, CatalogMessages.notText("name", CatalogMessages.foundBoolean("yes")))),
        rule("name as ~", catalog("name: ~"),
            problem(6, 11, CatalogMessages.notText("name", CatalogMessages.foundNothing()))),
        rule("name as Null", catalog("name: Null"),
            problem(6, 11, CatalogMessages.notText("name", CatalogMessages.foundNothing()))),
        rule("name as a number", catalog("name: 200"),
            problem(6, 11, CatalogMessages.notText("name", CatalogMessages.foundValue("200")))),
        rule("name blank", catalog("name: ' '"), problem(6, 11, CatalogMessages.blank("name"))),
        rule("description empty list", catalog("description: []"),
            problem(7, 18, CatalogMessages.emptyList("description"))),
        rule("description list holding a mapping", catalog("description: [Fine., {more: text}]"),
            problem(7, 26, CatalogMessages.notText("description", CatalogMessages.foundMapping()))),
        rule("description as a mapping", catalog("description: {text: Fine.}"),
            problem(7, 18, CatalogMessages.descriptionNotList(CatalogMessages.foundMapping()))),
        rule("description blank", catalog("description: ''"), problem(7, 18, CatalogMessages.blank("description"))),
        rule("unknown guidance", catalog("guidance: later"),
            problem(8, 15, CatalogMessages.unknownGuidance("later"))),
        rule("guidance as a list", catalog("guidance: [modify-request]"),
            problem(8, 15, CatalogMessages.notText("guidance", CatalogMessages.foundList()))),
        rule("javaConstant a keyword", catalog("javaConstant: class"), problem(8, 19,
            CatalogMessages.invalidOverride("javaConstant", "class", CatalogMessages.identifierKeyword()))),
        rule("javaConstant starting with a digit", catalog("javaConstant: 3XX"), problem(8, 19,
            CatalogMessages.invalidOverride("javaConstant", "3XX", CatalogMessages.identifierDigitStart()))),
        rule("javaType starting lower-case", catalog("javaType: notFound"), problem(8, 15,
            CatalogMessages.invalidOverride("javaType", "notFound", CatalogMessages.identifierLowerCaseStart()))),
        rule("name without letters or digits", catalog("name: '---'"), problem(6, 11,
            CatalogMessages.derivedName("---", CONSTANT, "", CatalogMessages.nameWithoutWords()))),
        rule("name starting with a digit", catalog("name: 3xx Redirect"), problem(6, 11,
            CatalogMessages.derivedName("3xx Redirect", CONSTANT, "3XX_REDIRECT",
                CatalogMessages.identifierDigitStart()))),
        rule("name with a non-ASCII letter", catalog("name: Café"), problem(6, 11,
            CatalogMessages.derivedName("Café", CONSTANT, "CAFÉ", CatalogMessages.identifierCharacter('É')))),
        rule("javaConstant alone does not fix a name", catalog("name: Café", "javaConstant: CAFE"), problem(6, 11,
            CatalogMessages.derivedName("Café", TYPE_NAME, "Café", CatalogMessages.identifierCharacter('é')))),
        rule("code in quotes", catalog("code: \"404\""),
            problem(5, 11, CatalogMessages.codeNotInteger(CatalogMessages.foundText("404")))),
        rule("code with more digits than a long holds", catalog("code: " + "9".repeat(40)),
            problem(5, 11, CatalogMessages.codeOutOfRange("9".repeat(40)))),
        rule("javaType a keyword", catalog("javaType: enum"), problem(8, 15,
            CatalogMessages.invalidOverride("javaType", "enum", CatalogMessages.identifierKeyword()))),
        rule("javaConstant with a hyphen", catalog("javaConstant: NOT-FOUND"), problem(8, 19,
            CatalogMessages.invalidOverride("javaConstant", "NOT-FOUND", CatalogMessages.identifierCharacter('-')))),
        rule("description too long", catalog("description: " + "x".repeat(OVER)),
            problem(7, 18, CatalogMessages.textTooLong("description", OVER, CatalogLoader.MAX_TEXT))),
        rule("paragraphs too long together",
            catalog("description:\n" + ("      - " + "x".repeat(HALF) + "\n").repeat(2).stripTrailing()),
            problem(8, 7, CatalogMessages.textTooLong("description", 2 * HALF + 2, CatalogLoader.MAX_TEXT))),
        rule("name too long", catalog("name: " + "N".repeat(OVER), "javaConstant: NOT_FOUND", "javaType: NotFound"),
            problem(6, 11, CatalogMessages.textTooLong("name", OVER, CatalogLoader.MAX_TEXT))));
  }

  static Stream<Arguments> yamlProblems() {
    int depth = CatalogLoader.MAX_DEPTH;
    return Stream.of(
        rule("tab indentation", catalog().replace("\n    name:", "\n\tname:"), problem(6, 1, CatalogMessages.syntax(
            "found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"))),
        rule("two documents", catalog() + "---\nsource: again\n",
            problem(8, 1, CatalogMessages.moreThanOneDocument())),
        rule("control character", catalog("name: \"O\u0001K\""), problem(6, 13, CatalogMessages.notPrintable(1))),
        rule("global tag constructing a class loader", catalog("name: " + SCRIPT_ENGINE_PAYLOAD),
            problem(6, 11, CatalogMessages.tag("tag:yaml.org,2002:javax.script.ScriptEngineManager"))),
        rule("local tag", catalog("name: !status OK"), problem(6, 11, CatalogMessages.tag("!status"))),
        rule("standard tag", catalog("code: !!int 200"),
            problem(5, 11, CatalogMessages.tag("tag:yaml.org,2002:int"))),
        rule("billion laughs", BILLION_LAUGHS, problem(2, 14, CatalogMessages.alias())),
        rule("lists nested 10000 deep", "[".repeat(10_000) + "]".repeat(10_000),
            problem(1, depth + 1, CatalogMessages.tooDeep(depth))),
        rule("mappings nested 10000 deep", "{a: ".repeat(10_000) + "b" + "}".repeat(10_000),
            problem(1, 4 * depth + 1, CatalogMessages.tooDeep(depth))),
        rule("lists nested as deep as allowed", "[".repeat(depth) + "]".repeat(depth),
            problem(1, 1, CatalogMessages.notMapping(CATALOG, CatalogMessages.foundList()))),
        rule("lists nested 100000 deep, without overflowing the stack", "[".repeat(100_000) + "]".repeat(100_000),
            problem(1, depth + 1, CatalogMessages.tooDeep(depth))),
        rule("a description nested deeper than an entry allows", catalog("description: [[[[[[[[[[x]]]]]]]]]]"),
            problem(7, 23, CatalogMessages.tooDeep(depth))),
        rule("global tag constructing a class loader, as the whole file", SCRIPT_ENGINE_PAYLOAD + "\n",
            problem(1, 1, CatalogMessages.tag("tag:yaml.org,2002:javax.script.ScriptEngineManager"))),
        rule("merge key, which is an alias", SOURCE_BLOCK + """
            statuses:
              - &ok
                code: 200
                name: OK
                description: The request has succeeded.
              - <<: *ok
                code: 201
            """, problem(9, 9, CatalogMessages.alias())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"fileProblems", "entryProblems", "valueProblems", "yamlProblems"})
  void reportsTheProblemsOfARule(String rule, String yaml, List<Problem> expected) {
    assertEquals(expected, problems(yaml.getBytes(UTF_8)));
  }

  // --- Problems reported together -----------------------------------------------------------------------------

  /** Lines 2, 3, 8 and 11-12 are wrong; the loader meets them out of order (3 before 2, 12 before 11). */
  private static final String MANY_PROBLEMS = """
      source:
        id: dis_02_0022
        titel: Status Codes
      statuses:
        - code: 200
          name: OK
          description: The request has succeeded.
        - code: 200
          name: Fine
          description: Also fine.
        - code: 600
          nmae: Beyond
          description: Too high.
      """;

  @Test
  void reportsEveryProblemOfAFileAtOnceInFileOrder() {
    assertEquals(List.of(
            problem(2, 3, CatalogMessages.missingKey(SOURCE, "title")),
            problem(3, 3, CatalogMessages.unknownKey("titel", SOURCE, CatalogLoader.SOURCE_KEYS, "title")),
            problem(8, 5, CatalogMessages.duplicateCode(200, "OK", new Position(5, 5))),
            problem(11, 5, CatalogMessages.missingKey(ENTRY, "name")),
            problem(11, 11, CatalogMessages.codeOutOfRange("600")),
            problem(12, 5, CatalogMessages.unknownKey("nmae", ENTRY, CatalogLoader.ENTRY_KEYS, "name"))),
        problems(MANY_PROBLEMS.getBytes(UTF_8)));
  }

  /** Problems that depend on each other are reported together, not one after the fix of another. */
  static Stream<Arguments> problemsTogether() {
    return Stream.of(
        rule("a problem in every entry",
            catalogOf(List.of("code: 99", "name: Too Low", "description: Not a status."),
                List.of("code: 404", "description: Nothing is there."),
                List.of("code: 410", "name: Gone", "description: []")),
            problem(5, 11, CatalogMessages.codeOutOfRange("99")),
            problem(8, 5, CatalogMessages.missingKey(ENTRY, "name")),
            problem(12, 18, CatalogMessages.emptyList("description"))),
        rule("a code used twice, the first entry lacking its description",
            catalogOf(List.of("code: 404", "name: Not Found"),
                List.of("code: 404", "name: Gone", "description: It went away.")),
            problem(5, 5, CatalogMessages.missingKey(ENTRY, "description")),
            problem(7, 5, CatalogMessages.duplicateCode(404, "Not Found", new Position(5, 5)))),
        rule("one constant twice, the first entry with an unknown guidance",
            catalogOf(List.of("code: 404", "name: Not Found", "description: Nothing is there.", "guidance: later"),
                List.of("code: 410", "name: Not-Found", "description: Gone for good.")),
            problem(8, 15, CatalogMessages.unknownGuidance("later")),
            problem(9, 5, CatalogMessages.nameClash(CONSTANT, "NOT_FOUND", "Not Found", 404, new Position(5, 5)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problemsTogether")
  void reportsProblemsThatDependOnEachOtherTogether(String rule, String yaml, List<Problem> expected) {
    assertEquals(expected, problems(yaml.getBytes(UTF_8)));
  }

  @Test
  void exceptionMessageListsEachProblemAsSourceLineColumnMessage() {
    CatalogException e = assertThrows(CatalogException.class, () -> load(MANY_PROBLEMS));
    List<String> expected = e.problems().stream()
        .map(p -> SOURCE_NAME + ":" + p.position().line() + ":" + p.position().column() + ": " + p.message())
        .toList();
    assertEquals(expected, e.getMessage().lines().skip(1).toList());
  }

  // --- Bytes: encodings, line ends, size ----------------------------------------------------------------------

  /** The line ends a catalog file may have. */
  enum LineEnd {
    LF("\n"),
    CRLF("\r\n"),
    CR("\r");

    final String chars;

    LineEnd(String chars) {
      this.chars = chars;
    }

    String apply(String lfText) {
      return lfText.replace("\n", chars);
    }
  }

  @ParameterizedTest(name = "byte order mark {0}, line ends {1}")
  @CsvSource({"true, LF", "false, CRLF", "true, CRLF"})
  void byteOrderMarkAndCrlfGiveTheSameCatalogAsLf(boolean byteOrderMark, LineEnd lineEnd) throws Exception {
    String text = new String(bundledBytes(), UTF_8);
    assertFalse(text.contains("\r") || text.startsWith("\uFEFF"), "the bundled file has LF line ends, no BOM");
    assertEquals(StatusCatalog.bundled(), load((byteOrderMark ? "\uFEFF" : "") + lineEnd.apply(text)));
  }

  /** The name is on line 5 and its 'é' in column 14, whichever line ends the file uses. */
  @ParameterizedTest(name = "line ends {0}")
  @EnumSource(LineEnd.class)
  void latin1ByteIsReportedAtItsLineAndColumn(LineEnd lineEnd) {
    String yaml = catalogOf(List.of("name: Café", "code: 200", "description: The request has succeeded."));
    byte[] latin1 = lineEnd.apply(yaml).getBytes(ISO_8859_1);
    assertEquals(List.of(problem(5, 14, CatalogMessages.notUtf8(0xE9))), problems(latin1));
  }

  /** A YAML problem on line 5 is reported there whichever line ends come before it. */
  @ParameterizedTest(name = "line ends {0}")
  @EnumSource(LineEnd.class)
  void aProblemIsReportedAtItsLineAndColumnWhateverTheLineEnds(LineEnd lineEnd) {
    assertEquals(List.of(problem(5, 11, CatalogMessages.codeOutOfRange("600"))),
        problems(lineEnd.apply(catalog("code: 600")).getBytes(UTF_8)));
  }

  @Test
  void aByteOrderMarkTakesNoColumnOnLineOne() {
    String yaml = "\uFEFF" + catalog().replace(SOURCE_BLOCK, "source: [dis_02_0022]\n");
    assertEquals(List.of(problem(1, 9, CatalogMessages.notMapping(SOURCE, CatalogMessages.foundList()))),
        problems(yaml.getBytes(UTF_8)));
  }

  @Test
  void utf16IsRefusedAtItsFirstByte() {
    assertEquals(List.of(problem(1, 1, CatalogMessages.notUtf8(0xFE))),
        problems(catalog().getBytes(java.nio.charset.StandardCharsets.UTF_16)));
  }

  /** U+FFFD is what a bad byte decodes to when decoding leniently; written as such, it is text like any other. */
  @Test
  void aWrittenReplacementCharacterIsText() throws Exception {
    StatusCatalog catalog = load(catalog("description: Unreadable \uFFFD signs are kept."));
    assertEquals(List.of("Unreadable \uFFFD signs are kept."), catalog.statuses().get(0).description());
  }

  @Test
  void aBadByteAfterAWrittenReplacementCharacterIsReportedAtItsPlace() {
    byte[] yaml = catalogOf(List.of("name: \uFFFD Caf#", "code: 200", "description: The request has succeeded."))
        .getBytes(UTF_8);
    for (int i = 0; i < yaml.length; i++) {
      yaml[i] = yaml[i] == '#' ? (byte) 0xE9 : yaml[i];
    }
    assertEquals(List.of(problem(5, 16, CatalogMessages.notUtf8(0xE9))), problems(yaml));
  }

  @Test
  void inputLargerThanTheLimitIsRefusedAfterReadingOneByteMore() {
    BigInput fiftyMegabytes = new BigInput(50L << 20);
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(fiftyMegabytes, SOURCE_NAME));
    assertEquals(List.of(problem(1, 1, CatalogMessages.tooLarge(CatalogLoader.MAX_BYTES))), e.problems());
    assertTrue(fiftyMegabytes.read <= CatalogLoader.MAX_BYTES + 1L, "read " + fiftyMegabytes.read + " bytes");
  }

  // --- Nothing is ever constructed from a tag -----------------------------------------------------------------

  /** Counts its instances, so that a test sees whether a YAML tag made one. */
  public static final class Tripwire {
    static final AtomicInteger BUILT = new AtomicInteger();

    public Tripwire() {
      BUILT.incrementAndGet();
    }
  }

  @Test
  void taggedClassIsNeverInstantiated() {
    String tag = "!!" + Tripwire.class.getName();
    LoaderOptions trusting = new LoaderOptions();
    trusting.setTagInspector(anyTag -> true);
    Object built = new Yaml(new Constructor(trusting)).load("name: " + tag + " {}\n");
    assertInstanceOf(Tripwire.class, ((Map<?, ?>) built).get("name"), "a trusting YAML loader builds a Tripwire");
    Tripwire.BUILT.set(0);

    assertEquals(List.of(problem(6, 11, CatalogMessages.tag("tag:yaml.org,2002:" + Tripwire.class.getName()))),
        problems(catalog("name: " + tag + " {}").getBytes(UTF_8)));
    assertEquals(0, Tripwire.BUILT.get());
  }

  @Test
  void aGlobalTagGadgetFetchesNothing() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      assertEquals(List.of(problem(1, 1, CatalogMessages.tag("tag:yaml.org,2002:javax.script.ScriptEngineManager"))),
          problems((SCRIPT_ENGINE_PAYLOAD.replace("http://localhost/", url) + "\n").getBytes(UTF_8)));
    } finally {
      server.stop(0);
    }
    assertEquals(0, requests.get());
  }

  // --- Helpers -------------------------------------------------------------------------------------------------

  private static StatusEntry onlyEntry(String yaml) throws IOException, CatalogException {
    List<StatusEntry> entries = load(yaml).statuses();
    assertEquals(1, entries.size());
    return entries.get(0);
  }

  /**
   * The valid one-entry catalog with some lines of its entry replaced or added, each {@code key: value}: a line
   * whose key the entry has replaces that line, another is added at the end (line 8, 9, ...).
   */
  private static String catalog(String... lines) {
    return catalogOf(LoaderCases.withLines(VALID_ENTRY, lines));
  }

  /** The valid one-entry catalog without one key of its entry. */
  private static String catalogWithout(String key) {
    return catalogOf(LoaderCases.withoutKey(VALID_ENTRY, key));
  }

  /** A catalog with these entries, each a list of {@code key: value} lines; the first entry starts at 5:5. */
  @SafeVarargs
  private static String catalogOf(List<String>... entries) {
    StringBuilder yaml = new StringBuilder(SOURCE_BLOCK).append("statuses:\n");
    for (List<String> entry : entries) {
      yaml.append("  - ").append(String.join("\n    ", entry)).append('\n');
    }
    return yaml.toString();
  }

  private static byte[] bundledBytes() throws IOException {
    ClassLoader classLoader = CatalogLoaderTest.class.getClassLoader();
    try (InputStream in = classLoader.getResourceAsStream(StatusCatalog.BUNDLED_RESOURCE)) {
      return in.readAllBytes();
    }
  }

  /** A stream of {@code #} bytes made as they are read, counting them, so that no test holds 50 MB. */
  private static final class BigInput extends InputStream {
    private final long size;
    long read;

    BigInput(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read == size) {
        return -1;
      }
      read++;
      return '#';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int n = (int) Math.min(length, size - read);
      if (n == 0) {
        return -1;
      }
      Arrays.fill(buffer, offset, offset + n, (byte) '#');
      read += n;
      return n;
    }
  }
}
