package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.disstatus.catalog.CatalogMessages.codeOutOfRange;
import static dev.disstatus.catalog.CatalogMessages.identifierCharacter;
import static dev.disstatus.catalog.CatalogMessages.identifierDigitStart;
import static dev.disstatus.catalog.CatalogMessages.identifierEmpty;
import static dev.disstatus.catalog.CatalogMessages.identifierKeyword;
import static dev.disstatus.catalog.CatalogMessages.identifierLowerCaseStart;
import static dev.disstatus.processor.Fixture.ENTRY_404;
import static dev.disstatus.processor.Fixture.at;
import static dev.disstatus.processor.Fixture.onLine;
import static dev.disstatus.processor.Fixture.statuses;
import static dev.disstatus.processor.ProcessorMessages.catalogNotFound;
import static dev.disstatus.processor.ProcessorMessages.catalogPathInvalid;
import static dev.disstatus.processor.ProcessorMessages.invalidPrefix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mistakes in the annotation itself: each is an error on the attribute that causes it (line 2 for
 * {@code catalog}, 3 for {@code prefix}), or javac's own error there, and nothing is written; a package with
 * a mistake leaves the others in the compile alone.
 */
class AnnotationMisuseTest {
  private static final String PACKAGE_INFO = Fixture.PACKAGE + ".package-info";

  @TempDir
  Path root;

  @ParameterizedTest(name = "prefix \"{0}\"")
  @MethodSource
  void aPrefixThatStartsNoJavaTypeNameIsAnErrorOnTheAttribute(String prefix, String problem) {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    fixture.assertErrors(fixture.compile(PACKAGE_INFO, Fixture.withPrefix(prefix)), Fixture.PACKAGE,
        onLine(Fixture.PREFIX_LINE, invalidPrefix(prefix, problem)));
  }

  static Stream<Arguments> aPrefixThatStartsNoJavaTypeNameIsAnErrorOnTheAttribute() {
    return Stream.of(
        Arguments.of("1Dis", identifierDigitStart()),
        Arguments.of("dis", identifierLowerCaseStart()),
        Arguments.of("_Dis", identifierLowerCaseStart()),
        Arguments.of("Dis-x", identifierCharacter('-')),
        Arguments.of("Dís", identifierCharacter('í')),
        Arguments.of("class", identifierKeyword()),
        Arguments.of("", identifierEmpty()));
  }

  @Test
  void aBadPrefixAndABadCatalogAreReportedInOneCompile() {
    Fixture fixture = new Fixture(root).catalog(statuses("  - code: 600\n    name: Too High\n    description: x\n"));
    fixture.assertErrors(fixture.compile(PACKAGE_INFO, Fixture.withPrefix("dis")), Fixture.PACKAGE,
        onLine(Fixture.PREFIX_LINE, invalidPrefix("dis", identifierLowerCaseStart())),
        at(3, 11, codeOutOfRange("600")));
  }

  @ParameterizedTest(name = "catalog = \"{0}\"")
  @ValueSource(strings = {"../codes.yaml", "com/acme/../acme/bad/codes.yaml", "/com/acme/bad/codes.yaml",
      "com\\acme\\bad\\codes.yaml", "./com/acme/bad/codes.yaml", "com//acme/bad/codes.yaml", "com/acme/bad/",
      "c:/codes.yaml", "file:/etc/passwd", "com/acme/bad/my codes.yaml", "com/acme/bad/codes.yaml#1",
      "com/acme/bad/codes.yaml?x", "%2e%2e/codes.yaml"})
  void aCatalogPathTheFilerCannotOpenIsAnErrorOnTheAttribute(String path) {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    String packageInfo = Fixture.packageInfo(Fixture.PACKAGE, "catalog = \"" + path.replace("\\", "\\\\") + "\"");
    fixture.assertErrors(fixture.compile(PACKAGE_INFO, packageInfo), Fixture.PACKAGE,
        onLine(Fixture.CATALOG_LINE, catalogPathInvalid(path)));
  }

  @Test
  void aMissingCatalogIsAnErrorOnTheAttributeThatSaysWhereItLooked() {
    Fixture fixture = new Fixture(root);
    Compiled compiled = fixture.compile();
    List<Diagnostic<? extends JavaFileObject>> errors = compiled.compilation.errors();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(Fixture.CATALOG_LINE, errors.get(0).getLineNumber());
    String message = errors.get(0).getMessage(Locale.ROOT);
    // The places tried name the machine's folders, so only the words around them are compared.
    String[] around = catalogNotFound(Fixture.CATALOG, List.of("\0")).split("\0");
    assertTrue(message.startsWith(around[0]) && message.endsWith(around[1]), message);
    for (String place : List.of("the source path", "the class output", "the class path")) {
      assertTrue(message.contains(place), message);
    }
    assertEquals(List.of(), fixture.sourcesWritten(compiled));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"prefix = Undefined.PREFIX", "prefx = \"Acme\"", "\"com/acme/bad/codes.yaml\"",
      "catalog = 42", "prefix = null",
      "stackTraces = \"yes\"", "catalog = {\"a.yaml\", \"b.yaml\"}"})
  void anAttributeJavacRejectsGetsJavacsErrorAloneOnItsLine(String attribute) {
    Fixture fixture = new Fixture(root);
    String source = Fixture.packageInfo(Fixture.PACKAGE, attribute);
    Compiled withProcessor = fixture.compile(PACKAGE_INFO, source);
    Compilation javacAlone = javac().withOptions("-proc:none", "-Xlint:all")
        .compile(JavaFileObjects.forSourceString(PACKAGE_INFO, source));
    assertEquals(errors(javacAlone), errors(withProcessor.compilation));
    assertEquals(List.of(Fixture.CATALOG_LINE + ": "), errors(javacAlone).stream().map(e -> e.substring(0, 3)).toList());
    assertEquals(List.of(), fixture.sourcesWritten(withProcessor));
  }

  @Test
  void anAttributeAnotherProcessorGeneratesIsResolvedInTheNextRound() {
    new Fixture(root).catalog(statuses(ENTRY_404));
    Compilation compilation = javac().withOptions("-sourcepath", root.toString())
        .withProcessors(new OneFileProcessor(Fixture.PACKAGE + ".Names", "package " + Fixture.PACKAGE + ";\n\n"
            + "/** Names. */\npublic final class Names {\n  /** The prefix. */\n"
            + "  public static final String PREFIX = \"Acme\";\n\n  private Names() {}\n}\n"),
            new DisStatusProcessor())
        .compile(JavaFileObjects.forSourceString(PACKAGE_INFO,
            Fixture.withPrefixExpression("Names.PREFIX")));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile(Fixture.PACKAGE + ".AcmeStatus");
  }

  @Test
  void brokenPackagesLeaveAGoodOneInTheSameCompileAlone() throws Throwable {
    Fixture fixture = new Fixture(root).catalog(statuses("  - code: 600\n    name: Too High\n    description: x\n"));
    fixture.file("com/acme/good/codes.yaml", statuses(ENTRY_404).getBytes(StandardCharsets.UTF_8));
    Compiled compiled = fixture.compile(
        PACKAGE_INFO, Fixture.packageInfo(),
        "com.acme.prefix.package-info", Fixture.packageInfo("com.acme.prefix", "prefix = \"dis\""),
        "com.acme.good.package-info", Fixture.packageInfo("com.acme.good", "catalog = \"com/acme/good/codes.yaml\""));
    List<String> errors = compiled.compilation.errors().stream()
        .map(error -> error.getSource().getName() + ":" + error.getLineNumber() + ": " + error.getMessage(Locale.ROOT))
        .toList();
    assertEquals(List.of(
        compiled.source(PACKAGE_INFO).getName() + ":" + Fixture.CATALOG_LINE + ": "
            + fixture.inFile(at(3, 11, codeOutOfRange("600"))).message(),
        compiled.source("com.acme.prefix.package-info").getName() + ":2: "
            + invalidPrefix("dis", identifierLowerCaseStart())), errors);
    List<String> written = fixture.sourcesWritten(compiled);
    assertTrue(written.contains("com/acme/good/DisStatus.java"), written.toString());
    assertTrue(written.contains("com/acme/good/DisClientErrorException.java"), written.toString());
    assertTrue(written.stream().allMatch(path -> path.startsWith("com/acme/good/")), written.toString());
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.errors().stream()
        .map(error -> error.getLineNumber() + ": " + error.getMessage(Locale.ROOT))
        .toList();
  }
}
