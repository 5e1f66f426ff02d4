package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.disstatus.processor.Fixture.ENTRY_404;
import static dev.disstatus.processor.Fixture.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disstatus.catalog.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inputs that look like mistakes but are not: they generate code that compiles with {@code -Xlint:all -Werror}
 * and behaves as the catalog says.
 */
class AcceptedInputsTest {
  private static final Class<?>[] INT = {int.class};
  private static final Class<?>[] RESPONSE = {int.class, String.class, Map.class};
  private static final String STATUS = Fixture.PACKAGE + ".DisStatus";

  @TempDir
  Path root;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"a byte order mark|BOM|LF", "CRLF line ends||CRLF",
      "a byte order mark and CRLF line ends|BOM|CRLF", "old Mac CR line ends||CR"})
  void byteOrderMarksAndLineEndsWork(String variant, String bom, String lineEnd) throws Throwable {
    String yaml = ("BOM".equals(bom) ? "\uFEFF" : "") + statuses(ENTRY_404 + """
          - code: 503
            name: Service Unavailable
            description: |
              The server is busy.
              Try again later.
        """).replace("\n", Map.of("LF", "\n", "CRLF", "\r\n", "CR", "\r").get(lineEnd));
    Compiled compiled = new Fixture(root).catalog(yaml).compile();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    Object notFound = compiled.callStatic(STATUS, "valueOf", INT, 404);
    assertEquals("NOT_FOUND", ((Enum<?>) notFound).name());
    assertEquals("Not Found", Compiled.call(notFound, "reasonPhrase"));
    assertEquals("Nothing is there.", Compiled.call(notFound, "description"));
    assertEquals("The server is busy.\nTry again later.\n",
        Compiled.call(compiled.callStatic(STATUS, "valueOf", INT, 503), "description"));
  }

  @Test
  void namesThatAreJavaKeywordsGiveLegalNamesAndCompile() throws Throwable {
    Compiled compiled = new Fixture(root).catalog(statuses("""
          - code: 400
            name: class
            description: A status named like a keyword.
          - code: 500
            name: enum
            description: Another one.
        """)).compile();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    assertEquals(List.of("CLASS", "ENUM"), constants(compiled));
    assertEquals(Fixture.PACKAGE + ".DisClassException", compiled.callStatic(Fixture.PACKAGE + ".DisStatusDispatcher",
        "exceptionFor", RESPONSE, 400, null, null).getClass().getName());
    assertEquals(Fixture.PACKAGE + ".DisEnumException", compiled.callStatic(Fixture.PACKAGE + ".DisStatusDispatcher",
        "exceptionFor", RESPONSE, 500, null, null).getClass().getName());
  }

  @Test
  void namesOfSharedTypesAreFreeBelow400WhereNoExceptionIsMade() throws Throwable {
    Compiled compiled = new Fixture(root).catalog(statuses("""
          - code: 200
            name: Status
            description: Fine.
          - code: 201
            name: Client Error
            description: Also fine.
          - code: 202
            name: Server Error
            description: Still fine.
        """)).compile();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    assertEquals(List.of("STATUS", "CLIENT_ERROR", "SERVER_ERROR"), constants(compiled));
  }

  @Test
  void tabsInsideQuotedTextAreKept() throws Throwable {
    Compiled compiled = new Fixture(root).catalog(statuses("""
          - code: 404
            name: "Not\\tFound"
            description: "Nothing\tis there."
        """)).compile();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    Object notFound = compiled.callStatic(STATUS, "valueOf", INT, 404);
    assertEquals("NOT_FOUND", ((Enum<?>) notFound).name());
    assertEquals("Not\tFound", Compiled.call(notFound, "reasonPhrase"));
    assertEquals("Nothing\tis there.", Compiled.call(notFound, "description"));
  }

  @Test
  void twoPackagesMayGenerateTheSameSimpleNames() throws Throwable {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    String catalog = "catalog = \"" + Fixture.CATALOG + "\"";
    Compiled compiled = fixture.compile(
        "com.acme.one.package-info", Fixture.packageInfo("com.acme.one", catalog),
        "com.acme.two.package-info", Fixture.packageInfo("com.acme.two", catalog));
    assertThat(compiled.compilation).succeededWithoutWarnings();
    for (String pkg : List.of("com.acme.one", "com.acme.two")) {
      Object notFound = compiled.callStatic(pkg + ".DisStatus", "valueOf", INT, 404);
      assertEquals(pkg + ".DisStatus", notFound.getClass().getName());
      assertEquals(pkg + ".DisNotFoundException", compiled.callStatic(pkg + ".DisStatusDispatcher",
          "exceptionFor", RESPONSE, 404, null, null).getClass().getName());
    }
  }

  @Test
  void aUtf8FileWithoutByteOrderMarkMayHoldAnyLanguage() throws Throwable {
    Compiled compiled = new Fixture(root).catalog(statuses("""
          - code: 404
            name: 未找到
            description: Não há nada aqui. 🙈
            javaConstant: NOT_FOUND
            javaType: NotFound
        """)).compile();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    Object notFound = compiled.callStatic(STATUS, "valueOf", INT, 404);
    assertEquals("未找到", Compiled.call(notFound, "reasonPhrase"));
    assertEquals("Não há nada aqui. 🙈", Compiled.call(notFound, "description"));
  }

  @Test
  void textsAsLongAsTheCatalogAllowsFitTheirStringConstantsEvenInThreeByteCharacters() throws Throwable {
    String longest = "未".repeat(CatalogLoader.MAX_TEXT);
    String quoted = "\"" + longest + "\"";
    Compiled compiled = new Fixture(root).catalog("source:\n  id: " + quoted + "\n  title: " + quoted
        + "\nstatuses:\n  - code: 404\n    name: " + quoted + "\n    description: " + quoted
        + "\n    javaConstant: NOT_FOUND\n    javaType: NotFound\n").compile();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    Object notFound = compiled.callStatic(STATUS, "valueOf", INT, 404);
    assertEquals(longest, Compiled.call(notFound, "reasonPhrase"));
    assertEquals(longest, Compiled.call(notFound, "description"));
  }

  @Test
  void aCatalogPathWithUnusualButValidCharactersIsFound() {
    String path = "com/acme/bad/codes+v2_(draft)~1@acme.yaml";
    Fixture fixture = new Fixture(root).file(path, statuses(ENTRY_404).getBytes(StandardCharsets.UTF_8));
    Compiled compiled = fixture.compile(Fixture.PACKAGE + ".package-info",
        Fixture.packageInfo(Fixture.PACKAGE, "catalog = \"" + path + "\""));
    assertThat(compiled.compilation).succeededWithoutWarnings();
  }

  private static List<String> constants(Compiled compiled) {
    return Arrays.stream(compiled.type(STATUS).getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }
}
