package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.disstatus.processor.Fixture.ENTRY_404;
import static dev.disstatus.processor.Fixture.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disstatus.catalog.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

  @TempDir
  Path root;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"a byte order mark|BOM|LF", "CRLF line ends||CRLF",
      "a byte order mark and CRLF line ends|BOM|CRLF", "old Mac CR line ends||CR"})
  void byteOrderMarksAndLineEndsWork(String variant, String bom, String lineEnd) {
    String yaml = ("BOM".equals(bom) ? "\uFEFF" : "") + statuses(ENTRY_404 + """
          - code: 503
            name: Service Unavailable
            description: |
              The server is busy.
              Try again later.
        """).replace("\n", Map.of("LF", "\n", "CRLF", "\r\n", "CR", "\r").get(lineEnd));
    Compiled compiled = new Fixture(root).catalog(yaml).compileCalling();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    StatusCalls dis = Fixture.calls(compiled);
    assertEquals("NOT_FOUND", dis.constant(404));
    assertEquals("Not Found", dis.reasonPhrase(404));
    assertEquals("Nothing is there.", dis.description(404));
    assertEquals("The server is busy.\nTry again later.\n", dis.description(503));
  }

  @Test
  void namesThatAreJavaKeywordsGiveLegalNamesAndCompile() {
    Compiled compiled = new Fixture(root).catalog(statuses("""
          - code: 400
            name: class
            description: A status named like a keyword.
          - code: 500
            name: enum
            description: Another one.
        """)).compileCalling();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    StatusCalls dis = Fixture.calls(compiled);
    assertEquals(List.of("CLASS", "ENUM"), dis.constants());
    assertEquals(Fixture.PACKAGE + ".DisClientErrorException$Class",
        dis.exceptionFor(400, null, null).getClass().getName());
    assertEquals(Fixture.PACKAGE + ".DisServerErrorException$Enum",
        dis.exceptionFor(500, null, null).getClass().getName());
  }

  @Test
  void namesOfSharedTypesAreFreeBelow400WhereNoExceptionIsMade() {
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
        """)).compileCalling();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    assertEquals(List.of("STATUS", "CLIENT_ERROR", "SERVER_ERROR"), Fixture.calls(compiled).constants());
  }

  @Test
  void tabsInsideQuotedTextAreKept() {
    Compiled compiled = new Fixture(root).catalog(statuses("""
          - code: 404
            name: "Not\\tFound"
            description: "Nothing\tis there."
        """)).compileCalling();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    StatusCalls dis = Fixture.calls(compiled);
    assertEquals("NOT_FOUND", dis.constant(404));
    assertEquals("Not\tFound", dis.reasonPhrase(404));
    assertEquals("Nothing\tis there.", dis.description(404));
  }

  @Test
  void twoPackagesMayGenerateTheSameSimpleNames() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    String catalog = "catalog = \"" + Fixture.CATALOG + "\"";
    String[] sources = {"com.acme.one.package-info", Fixture.packageInfo("com.acme.one", catalog),
        "com.acme.two.package-info", Fixture.packageInfo("com.acme.two", catalog)};
    Compiled compiled = fixture.compile(
        Compiled.calling("com.acme.one", "Dis", Compiled.calling("com.acme.two", "Dis", sources)));
    assertThat(compiled.compilation).succeededWithoutWarnings();
    for (String pkg : List.of("com.acme.one", "com.acme.two")) {
      StatusCalls dis = compiled.calls(pkg, "Dis");
      assertEquals("NOT_FOUND", dis.constant(404));
      assertEquals(pkg + ".DisClientErrorException$NotFound", dis.exceptionFor(404, null, null).getClass().getName());
    }
  }

  @Test
  void aUtf8FileWithoutByteOrderMarkMayHoldAnyLanguage() {
    Compiled compiled = new Fixture(root).catalog(statuses("""
          - code: 404
            name: 未找到
            description: Não há nada aqui. 🙈
            javaConstant: NOT_FOUND
            javaType: NotFound
        """)).compileCalling();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    StatusCalls dis = Fixture.calls(compiled);
    assertEquals("未找到", dis.reasonPhrase(404));
    assertEquals("Não há nada aqui. 🙈", dis.description(404));
  }

  @Test
  void textsAsLongAsTheCatalogAllowsFitTheirStringConstantsEvenInThreeByteCharacters() {
    String longest = "未".repeat(CatalogLoader.MAX_TEXT);
    String quoted = "\"" + longest + "\"";
    Compiled compiled = new Fixture(root).catalog("source:\n  id: " + quoted + "\n  title: " + quoted
        + "\nstatuses:\n  - code: 404\n    name: " + quoted + "\n    description: " + quoted
        + "\n    javaConstant: NOT_FOUND\n    javaType: NotFound\n").compileCalling();
    assertThat(compiled.compilation).succeededWithoutWarnings();
    StatusCalls dis = Fixture.calls(compiled);
    assertEquals(longest, dis.reasonPhrase(404));
    assertEquals(longest, dis.description(404));
  }

  @Test
  void aCatalogPathWithUnusualButValidCharactersIsFound() {
    String path = "com/acme/bad/codes+v2_(draft)~1@acme.yaml";
    Fixture fixture = new Fixture(root).file(path, statuses(ENTRY_404).getBytes(StandardCharsets.UTF_8));
    Compiled compiled = fixture.compile(Fixture.PACKAGE + ".package-info",
        Fixture.packageInfo(Fixture.PACKAGE, "catalog = \"" + path + "\""));
    assertThat(compiled.compilation).succeededWithoutWarnings();
  }
}
