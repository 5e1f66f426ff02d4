package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.disstatus.catalog.CatalogMessages.codeOutOfRange;
import static dev.disstatus.processor.Fixture.ENTRY_404;
import static dev.disstatus.processor.Fixture.at;
import static dev.disstatus.processor.Fixture.onLine;
import static dev.disstatus.processor.Fixture.statuses;
import static dev.disstatus.processor.ProcessorMessages.reservedConstant;
import static dev.disstatus.processor.ProcessorMessages.reservedErrorConstant;
import static dev.disstatus.processor.ProcessorMessages.reservedTypeName;
import static dev.disstatus.processor.ProcessorMessages.typeExists;
import static dev.disstatus.processor.ProcessorMessages.writeFailed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names the generated code would share with other Java: hand-written types, the shared exception types, the
 * enum's own members, a type another processor generates. Each is an error on the {@code prefix} attribute
 * (line 3) or, when the prefix is the default, on the annotation (line 1), or at the catalog line that gives
 * the name; and nothing is written.
 */
class NameCollisionTest {
  private static final String PACKAGE_INFO = Fixture.PACKAGE + ".package-info";

  @TempDir
  Path root;

  @Test
  void aPrefixWhoseNamesAreTakenIsAnErrorOnTheAttribute() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Compiled compiled = fixture.compile(PACKAGE_INFO, Fixture.withPrefix("Acme"),
        Fixture.PACKAGE + ".AcmeStatusDispatcher", handWritten("AcmeStatusDispatcher"));
    fixture.assertErrors(compiled, Fixture.PACKAGE,
        onLine(Fixture.PREFIX_LINE, typeExists(Fixture.PACKAGE + ".AcmeStatusDispatcher", "Acme")));
  }

  @Test
  void aHandWrittenStatusClassIsAnErrorOnTheAnnotation() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Compiled compiled = fixture.compile(PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + ".DisStatus", handWritten("DisStatus"));
    fixture.assertErrors(compiled, Fixture.PACKAGE, onLine(1, typeExists(Fixture.PACKAGE + ".DisStatus", "Dis")));
  }

  @Test
  void aHandWrittenRetryPolicyIsAnErrorOnTheAnnotation() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Compiled compiled = fixture.compile(PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + ".DisRetryPolicy", handWritten("DisRetryPolicy"));
    fixture.assertErrors(compiled, Fixture.PACKAGE, onLine(1, typeExists(Fixture.PACKAGE + ".DisRetryPolicy", "Dis")));
  }

  /** An entry's exception is nested in its series class, so a package type of its simple name takes nothing. */
  @ParameterizedTest(name = "a hand-written {0}")
  @ValueSource(strings = {"NotFound", "DisNotFoundException"})
  void aHandWrittenClassNamedLikeAnEntrysExceptionChangesNothing(String simpleName) {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Compiled compiled = fixture.compile(Compiled.calling(Fixture.PACKAGE, "Dis", PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + "." + simpleName, handWritten(simpleName)));
    assertThat(compiled.compilation).succeededWithoutWarnings();
    assertEquals(Fixture.PACKAGE + ".DisClientErrorException$NotFound",
        Fixture.calls(compiled).exceptionFor(404, null, null).getClass().getName());
  }

  @Test
  void aHandWrittenStatusClassAndABadCatalogAreReportedInOneCompile() {
    Fixture fixture = new Fixture(root).catalog(statuses("  - code: 600\n    name: Too High\n    description: x\n"));
    Compiled compiled = fixture.compile(PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + ".DisStatus", handWritten("DisStatus"));
    fixture.assertErrors(compiled, Fixture.PACKAGE,
        onLine(1, typeExists(Fixture.PACKAGE + ".DisStatus", "Dis")), at(3, 11, codeOutOfRange("600")));
  }

  @ParameterizedTest(name = "a hand-written {0}")
  @ValueSource(strings = {"String", "Override", "Object", "Integer", "Long", "Math", "IllegalArgumentException",
      "IllegalStateException", "SuppressWarnings", "Optional", "Map", "List", "Objects", "Character",
      "StringBuilder", "Arrays", "Duration", "BiConsumer", "DisStatusSupport"})
  void aHandWrittenTypeNamedLikeOneTheGeneratedCodeUsesChangesNothing(String simpleName) {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Compiled compiled = fixture.compile(Compiled.calling(Fixture.PACKAGE, "Dis", PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + "." + simpleName, handWritten(simpleName)));
    assertThat(compiled.compilation).succeededWithoutWarnings();
    assertEquals("Not Found", Fixture.calls(compiled).reasonPhrase(404));
  }

  @Test
  void aNestedExceptionNamedLikeAJavaLangTypeChangesNothing() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404 + "    javaType: IllegalArgumentException\n"));
    Compiled compiled = fixture.compile(
        Compiled.calling(Fixture.PACKAGE, "Illegal", PACKAGE_INFO, Fixture.withPrefix("Illegal")));
    assertThat(compiled.compilation).succeededWithoutWarnings();
    StatusCalls illegal = compiled.calls(Fixture.PACKAGE, "Illegal");
    Throwable notInCatalog = assertThrows(java.lang.IllegalArgumentException.class, () -> illegal.constant(299));
    assertEquals(java.lang.IllegalArgumentException.class, notInCatalog.getClass());
    // Thrown by the client error class, in whose body the nested IllegalArgumentException hides java.lang's.
    Throwable notAClientError = assertThrows(java.lang.IllegalArgumentException.class,
        () -> illegal.rangeException(399, null, null));
    assertEquals(java.lang.IllegalArgumentException.class, notAClientError.getClass());
    assertEquals(Fixture.PACKAGE + ".IllegalClientErrorException$IllegalArgumentException",
        illegal.exceptionFor(404, null, null).getClass().getName());
  }

  /**
   * Nested names that the series exceptions' own code, or their nested classes' code, also uses for another type:
   * java.lang and java.util types, annotations, the package's other generated types. Inside the series class the
   * nested class hides that type, so the generated code must name the other one in full.
   */
  private static final List<String> CLIENT_NESTED_NAMES = List.of("String", "Map", "List", "Optional", "Override",
      "Object", "Generated", "Serializable", "IllegalArgumentException", "Integer", "SuppressWarnings", "Objects",
      "Math", "Class", "Exception", "RuntimeException", "InvalidObjectException", "SerializedForm",
      "DisStatusException", "DisStatus", "DisStatusSupport", "DisStatusDispatcher", "DisServerErrorException",
      "DisErrorCode");
  private static final List<String> SERVER_NESTED_NAMES = List.of("Throwable", "Long", "Duration", "Instant",
      "Collections", "Deprecated", "FunctionalInterface", "System", "Error", "IOException", "DisClientErrorException");

  @ParameterizedTest(name = "release {0}")
  @ValueSource(strings = {"8", "17"})
  void nestedExceptionsNamedLikeTypesTheirSeriesUsesCompileAndDispatch(String release) {
    StringBuilder entries = new StringBuilder();
    int code = 400;
    for (String name : CLIENT_NESTED_NAMES) {
      entries.append(nestedEntry(code++, name));
    }
    code = 500;
    for (String name : SERVER_NESTED_NAMES) {
      entries.append(nestedEntry(code++, name));
    }
    Fixture fixture = new Fixture(root).catalog(statuses(entries.toString()) + ERROR_CODES);
    Compiled compiled = Compiled.compile(List.of("--release", release, "-Xlint:all", "-Xlint:-options", "-Werror",
            "-sourcepath", root.toString()),
        Compiled.calling(Fixture.PACKAGE, "Dis", PACKAGE_INFO, Fixture.packageInfo()));
    assertThat(compiled.compilation).succeededWithoutWarnings();
    // And with doclint, as the strictest consumer compiles the output.
    Compiled.strict(Integer.parseInt(release), compiled.compilation.generatedSourceFiles());
    StatusCalls calls = Fixture.calls(compiled);
    code = 400;
    for (String name : CLIENT_NESTED_NAMES) {
      assertEquals(Fixture.PACKAGE + ".DisClientErrorException$" + name,
          calls.exceptionFor(code++, null, null).getClass().getName());
    }
    code = 500;
    for (String name : SERVER_NESTED_NAMES) {
      assertEquals(Fixture.PACKAGE + ".DisServerErrorException$" + name,
          calls.exceptionFor(code++, null, null).getClass().getName());
    }
    assertEquals(Fixture.PACKAGE + ".DisClientErrorException",
        calls.exceptionFor(499, null, null).getClass().getName());
  }

  /** An error entry of this code whose exception is nested under this name. */
  private static String nestedEntry(int code, String javaType) {
    return "  - code: " + code + "\n    name: Code " + code + "\n    description: x\n    javaType: " + javaType + "\n";
  }

  /** One of each rule of ReservedJavaNamesTest through javac: an error at the catalog line, nothing written. */
  @Test
  void anEntryNamedLikeItsSeriesClassIsAnErrorAtItsName() {
    new Fixture(root).catalog(statuses(ENTRY_404 + "    javaType: DisClientErrorException\n"))
        .assertErrors(at(6, 15, reservedTypeName("DisClientErrorException", "DisClientErrorException")));
  }

  @Test
  void aConstantNamedLikeANameTheEnumUsesIsAnErrorAtItsOverride() {
    new Fixture(root).catalog(statuses(ENTRY_404 + "    javaConstant: code\n"))
        .assertErrors(at(6, 19, reservedConstant("code")));
  }

  @Test
  void everyFieldOfTheEnumIsAReservedConstantName() {
    Compiled compiled = new Fixture(root).catalog(statuses(ENTRY_404)).compile();
    assertThat(compiled.compilation).succeeded();
    List<String> fields = Arrays.stream(compiled.type(Fixture.PACKAGE + ".DisStatus").getDeclaredFields())
        .filter(field -> !field.isSynthetic() && !field.isEnumConstant())
        .map(Field::getName)
        .toList();
    assertTrue(ReservedJavaNames.STATUS_ENUM_NAMES.containsAll(fields), fields.toString());
  }

  /** One error code, on lines 6 to 11 after {@code statuses(ENTRY_404)}. */
  static final String ERROR_CODES = """
      errorCodes:
        - code: ACME.7
          status: 400
          message: Quota exceeded.
          description: The quota is used up.
          solution: Ask for more.
      """;

  @Test
  void aHandWrittenErrorCodeClassIsAnErrorWhenTheCatalogHasErrorCodes() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404) + ERROR_CODES);
    Compiled compiled = fixture.compile(PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + ".DisErrorCode", handWritten("DisErrorCode"));
    fixture.assertErrors(compiled, Fixture.PACKAGE,
        onLine(1, typeExists(Fixture.PACKAGE + ".DisErrorCode", "Dis")));
  }

  @Test
  void aCatalogWithoutErrorCodesLeavesTheErrorCodeNameFree() {
    Fixture fixture = new Fixture(root).catalog(statuses(ENTRY_404));
    Compiled compiled = fixture.compile(PACKAGE_INFO, Fixture.packageInfo(),
        Fixture.PACKAGE + ".DisErrorCode", handWritten("DisErrorCode"));
    assertThat(compiled.compilation).succeeded();
  }

  @Test
  void anErrorConstantNamedLikeANameTheErrorEnumUsesIsAnErrorAtItsOverride() {
    new Fixture(root).catalog(statuses(ENTRY_404) + ERROR_CODES + "    javaConstant: status\n")
        .assertErrors(at(12, 19, reservedErrorConstant("status")));
  }

  @Test
  void everyFieldOfTheErrorEnumIsAReservedConstantName() {
    Compiled compiled = new Fixture(root).catalog(statuses(ENTRY_404) + ERROR_CODES).compile();
    assertThat(compiled.compilation).succeeded();
    List<String> fields = Arrays.stream(compiled.type(Fixture.PACKAGE + ".DisErrorCode").getDeclaredFields())
        .filter(field -> !field.isSynthetic() && !field.isEnumConstant())
        .map(Field::getName)
        .toList();
    assertTrue(ReservedJavaNames.ERROR_ENUM_NAMES.containsAll(fields), fields.toString());
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

  private static String handWritten(String simpleName) {
    return "package " + Fixture.PACKAGE + ";\n\npublic class " + simpleName + " {}\n";
  }
}
