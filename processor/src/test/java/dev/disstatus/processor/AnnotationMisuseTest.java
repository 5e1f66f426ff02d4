package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.disstatus.catalog.CatalogMessages.codeOutOfRange;
import static dev.disstatus.catalog.CatalogMessages.identifierCharacter;
import static dev.disstatus.catalog.CatalogMessages.identifierDigitStart;
import static dev.disstatus.catalog.CatalogMessages.identifierEmpty;
import static dev.disstatus.catalog.CatalogMessages.identifierKeyword;
import static dev.disstatus.catalog.CatalogMessages.identifierLowerCaseStart;
import static dev.disstatus.processor.CatalogProblemsTest.ENTRY_404;
import static dev.disstatus.processor.CatalogProblemsTest.statuses;
import static dev.disstatus.processor.Fixture.at;
import static dev.disstatus.processor.Fixture.onLine;
import static dev.disstatus.processor.ProcessorMessages.catalogNotFound;
import static dev.disstatus.processor.ProcessorMessages.catalogPathInvalid;
import static dev.disstatus.processor.ProcessorMessages.invalidPrefix;
import static dev.disstatus.processor.ProcessorMessages.reservedConstant;
import static dev.disstatus.processor.ProcessorMessages.reservedTypeName;
import static dev.disstatus.processor.ProcessorMessages.typeExists;
import static dev.disstatus.processor.ProcessorMessages.writeFailed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.disstatus.processor.Fixture.Expected;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mistakes in the annotation, and catalogs whose names collide with the Java around them: each is an error on
 * the attribute that causes it (line 2 for {@code catalog}, 3 for {@code prefix}), or on the annotation
 * (line 1) when the cause is a default, and nothing is written.
 */
class AnnotationMisuseTest {
  private static final String CATALOG = "catalog = \"" + Fixture.CATALOG + "\"";
  private static final int PREFIX_LINE = 3;
  private static final String PACKAGE_INFO = Fixture.PACKAGE + ".package-info";

  @TempDir
  Path root;

  @ParameterizedTest(name = "prefix \"{0}\"")
  @MethodSource
  void aPrefixThatStartsNoJavaTypeNameIsAnErrorOnTheAttribute(String prefix, String problem) {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    fixture.assertErrors(fixture.compile(PACKAGE_INFO, withPrefix(prefix)), Fixture.PACKAGE,
        onLine(PREFIX_LINE, invalidPrefix(prefix, problem)));
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
    fixture.assertErrors(fixture.compile(PACKAGE_INFO, withPrefix("dis")), Fixture.PACKAGE,
        onLine(PREFIX_LINE, invalidPrefix("dis", identifierLowerCaseStart())),
        at(3, 11, codeOutOfRange("600")));
  }

  @Test
  void aPrefixWhoseNamesAreTakenIsAnErrorOnTheAttribute() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Compiled compiled = fixture.compile(PACKAGE_INFO, withPrefix("Acme"),
        Fixture.PACKAGE + ".AcmeStatusDispatcher", handWritten("AcmeStatusDispatcher"));
    fixture.assertErrors(compiled, Fixture.PACKAGE,
        onLine(PREFIX_LINE, typeExists(Fixture.PACKAGE + ".AcmeStatusDispatcher", "Acme")));
  }

  @Test
  void aHandWrittenStatusClassIsAnErrorOnTheAnnotation() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Compiled compiled = fixture.compile(PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + ".DisStatus", handWritten("DisStatus"));
    fixture.assertErrors(compiled, Fixture.PACKAGE, onLine(1, typeExists(Fixture.PACKAGE + ".DisStatus", "Dis")));
  }

  @Test
  void aHandWrittenClassNamedLikeAnEntrysExceptionIsAnError() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Compiled compiled = fixture.compile(PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + ".DisNotFoundException", handWritten("DisNotFoundException"));
    fixture.assertErrors(compiled, Fixture.PACKAGE,
        onLine(1, typeExists(Fixture.PACKAGE + ".DisNotFoundException", "Dis")));
  }

  @Test
  void aHandWrittenStatusClassAndABadCatalogAreReportedInOneCompile() {
    Fixture fixture = new Fixture(root).catalog(statuses("  - code: 600\n    name: Too High\n    description: x\n"));
    Compiled compiled = fixture.compile(PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + ".DisStatus", handWritten("DisStatus"));
    fixture.assertErrors(compiled, Fixture.PACKAGE,
        onLine(1, typeExists(Fixture.PACKAGE + ".DisStatus", "Dis")), at(3, 11, codeOutOfRange("600")));
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
  @MethodSource
  void anEntryNamedLikeASharedTypeIsAnErrorAtItsName(String entry, String prefix, Expected expected) {
    Fixture fixture = new Fixture(root).catalog(statuses(entry));
    fixture.assertErrors(fixture.compile(PACKAGE_INFO, withPrefix(prefix)), Fixture.PACKAGE, expected);
  }

  static Stream<Arguments> anEntryNamedLikeASharedTypeIsAnErrorAtItsName() {
    return Stream.of(
        Arguments.of("  - code: 400\n    name: Client Error\n    description: x\n", "Dis",
            at(4, 11, reservedTypeName("ClientError", "DisClientErrorException"))),
        Arguments.of("  - code: 500\n    name: Client Error\n    description: x\n", "Dis",
            at(4, 11, reservedTypeName("ClientError", "DisClientErrorException"))),
        Arguments.of("  - code: 503\n    name: Server Error\n    description: x\n", "Dis",
            at(4, 11, reservedTypeName("ServerError", "DisServerErrorException"))),
        Arguments.of("  - code: 404\n    name: Status\n    description: x\n", "Dis",
            at(4, 11, reservedTypeName("Status", "DisStatusException"))),
        Arguments.of("  - code: 404\n    name: Status\n    description: x\n", "Acme",
            at(4, 11, reservedTypeName("Status", "AcmeStatusException"))),
        Arguments.of(ENTRY_404 + "    javaType: ClientError\n", "Dis",
            at(6, 15, reservedTypeName("ClientError", "DisClientErrorException"))));
  }

  @ParameterizedTest(name = "javaConstant: {0}")
  @ValueSource(strings = {"code", "reasonPhrase", "description", "guidance", "found", "Optional"})
  void aConstantNamedLikeANameTheEnumUsesIsAnErrorAtItsOverride(String constant) {
    new Fixture(root).catalog(statuses(ENTRY_404 + "    javaConstant: " + constant + "\n"))
        .assertErrors(at(6, 19, reservedConstant(constant)));
  }

  @Test
  void everyFieldOfTheEnumIsAReservedConstantName() {
    Compiled compiled = new Fixture(root).catalog(statuses(ENTRY_404)).compile();
    assertThat(compiled.compilation).succeeded();
    List<String> fields = Arrays.stream(compiled.type(Fixture.PACKAGE + ".DisStatus").getDeclaredFields())
        .filter(field -> !field.isSynthetic() && !field.isEnumConstant())
        .map(Field::getName)
        .toList();
    assertTrue(StatusEnumGenerator.NAMES_IN_BODY.containsAll(fields), fields.toString());
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
            + at(3, 11, codeOutOfRange("600")).message(),
        compiled.source("com.acme.prefix.package-info").getName() + ":2: "
            + invalidPrefix("dis", identifierLowerCaseStart())), errors);
    List<String> written = fixture.sourcesWritten(compiled);
    assertTrue(written.contains("com/acme/good/DisStatus.java"), written.toString());
    assertTrue(written.contains("com/acme/good/DisNotFoundException.java"), written.toString());
    assertTrue(written.stream().allMatch(path -> path.startsWith("com/acme/good/")), written.toString());
  }

  @Test
  void aTypeAnotherProcessorGeneratesStopsThePackageBeforeAnyFileIsWritten() throws IOException {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Path out = Files.createDirectories(root.resolve("out"));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task = ToolProvider.getSystemJavaCompiler().getTask(null, null, diagnostics,
        List.of("-sourcepath", root.toString(), "-proc:only", "-s", out.toString(), "-d", out.toString()), null,
        List.of(JavaFileObjects.forSourceString(PACKAGE_INFO, Fixture.packageInfo())));
    task.setProcessors(List.of(new OneFileProcessor(Fixture.PACKAGE + ".DisStatusDispatcher",
        "package " + Fixture.PACKAGE + ";\n\nfinal class DisStatusDispatcher {}\n"), new DisStatusProcessor()));
    task.call();

    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(1, errors.get(0).getLineNumber());
    String dispatcher = Fixture.PACKAGE + ".DisStatusDispatcher";
    String[] around = writeFailed(dispatcher, "\0").split("\0");
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(message.startsWith(around[0]) && message.endsWith(around[1]), message);
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of("DisStatusDispatcher.java"), files.filter(file -> file.toString().endsWith(".java"))
          .map(file -> file.getFileName().toString()).toList());
    }
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
            Fixture.packageInfo(Fixture.PACKAGE, CATALOG, "prefix = Names.PREFIX")));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile(Fixture.PACKAGE + ".AcmeStatus");
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.errors().stream()
        .map(error -> error.getLineNumber() + ": " + error.getMessage(Locale.ROOT))
        .toList();
  }

  /**
   * Another processor that writes one source file in its first round, before ours runs: a type ours generates
   * too, or a constant that a package annotation names.
   */
  @SupportedAnnotationTypes("dev.disstatus.DisStatusCatalog")
  private static final class OneFileProcessor extends AbstractProcessor {
    private final String qualifiedName;
    private final String source;
    private boolean done;

    OneFileProcessor(String qualifiedName, String source) {
      this.qualifiedName = qualifiedName;
      this.source = source;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
          writer.write(source);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static String withPrefix(String prefix) {
    return Fixture.packageInfo(Fixture.PACKAGE, CATALOG, "prefix = \"" + prefix + "\"");
  }

  private static String handWritten(String simpleName) {
    return "package " + Fixture.PACKAGE + ";\n\npublic class " + simpleName + " {}\n";
  }
}
