package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.catalog.CatalogMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the processor writes, where it finds a catalog, and how it reports mistakes on the annotation. */
class ProcessorTest {
  @TempDir
  Path resources;

  @Test
  void generatesEveryTypeIntoTheAnnotatedPackage() {
    Compiled compiled = Compiled.compile(List.of(), "com.acme.dis.package-info",
        Fixture.packageInfo("com.acme.dis"));
    assertThat(compiled.compilation).succeeded();
    List<String> names = compiled.compilation.generatedSourceFiles().stream()
        .map(JavaFileObject::getName).sorted().toList();
    // The enums, the three exceptions (27 per-code ones nested in two of them, the support type in the base), the
    // dispatcher and the retry policy.
    assertEquals(2 + 3 + 1 + 1, names.size(), names.toString());
    assertTrue(names.contains("/SOURCE_OUTPUT/com/acme/dis/DisStatus.java"));
    assertTrue(names.contains("/SOURCE_OUTPUT/com/acme/dis/DisErrorCode.java"));
    assertTrue(names.contains("/SOURCE_OUTPUT/com/acme/dis/DisStatusException.java"));
    assertTrue(names.contains("/SOURCE_OUTPUT/com/acme/dis/DisClientErrorException.java"));
    assertTrue(names.contains("/SOURCE_OUTPUT/com/acme/dis/DisServerErrorException.java"));
    assertTrue(names.contains("/SOURCE_OUTPUT/com/acme/dis/DisStatusDispatcher.java"));
    assertTrue(names.contains("/SOURCE_OUTPUT/com/acme/dis/DisRetryPolicy.java"));
  }

  @Test
  void enumExceptionAndDispatcherMatchTheirGoldenFiles() throws IOException {
    Compiled compiled = compileSmallCatalog("com.acme.small", "Acme");
    assertThat(compiled.compilation).succeededWithoutWarnings();
    for (String type : List.of("AcmeStatus", "AcmeStatusException", "AcmeClientErrorException",
        "AcmeStatusDispatcher")) {
      assertEquals(GoldenFiles.golden(type + ".java"),
          GoldenFiles.source(compiled.compilation, "com.acme.small." + type), type);
    }
  }

  @Test
  void aCustomCatalogWithAnotherPrefixInTheSameCompilationAsTheDefault() {
    copySmallCatalog();
    Compiled compiled = Compiled.compile(javac().withOptions("-Xlint:all").withClasspath(classpathWith(resources)),
        Compiled.calling("com.acme.dis", "Dis", Compiled.calling("com.acme.small", "Acme",
            "com.acme.dis.package-info", Fixture.packageInfo("com.acme.dis"),
            "com.acme.small.package-info", Fixture.packageInfo("com.acme.small",
                "catalog = \"com/acme/small/small-codes.yaml\"", "prefix = \"Acme\""))));
    assertThat(compiled.compilation).succeededWithoutWarnings();
    assertEquals(43, compiled.calls("com.acme.dis", "Dis").constants().size());
    StatusCalls acme = compiled.calls("com.acme.small", "Acme");
    assertEquals(List.of("OK", "NOT_FOUND", "SERVICE_BUSY"), acme.constants());
    assertEquals(Optional.empty(), acme.find(204));
    assertEquals("com.acme.small.AcmeServerErrorException$ServiceBusy",
        acme.exceptionFor(503, null, null).getClass().getName());
  }

  @Test
  void aCustomCatalogIsFoundOnTheSourcePath() {
    copySmallCatalog();
    Compiled compiled = Compiled.compile(javac().withOptions("-sourcepath", resources.toString()),
        "com.acme.small.package-info",
        Fixture.packageInfo("com.acme.small", "catalog = \"com/acme/small/small-codes.yaml\""));
    assertThat(compiled.compilation).succeeded();
    assertTrue(compiled.compilation.generatedSourceFile("com.acme.small.DisStatus").isPresent());
  }

  @Test
  void aMissingCatalogIsAnErrorThatListsEveryPlaceTried() {
    Compiled compiled = Compiled.compile(List.of(), "com.acme.dis.package-info",
        Fixture.packageInfo("com.acme.dis", "catalog = \"com/acme/dis/missing.yaml\""));
    assertThat(compiled.compilation).failed();
    assertThat(compiled.compilation).hadErrorCount(1);
    assertThat(compiled.compilation).hadErrorContaining("status catalog 'com/acme/dis/missing.yaml' not found;"
            + " looked in: the source path")
        .inFile(compiled.source("com.acme.dis.package-info")).onLine(Fixture.CATALOG_LINE);
    assertThat(compiled.compilation).hadErrorContaining("; the class output");
    assertThat(compiled.compilation).hadErrorContaining("; the class path");
  }

  @Test
  void everyCatalogProblemIsReportedOnTheAnnotationWithItsFileLineAndColumn() throws IOException {
    Path dir = Files.createDirectories(resources.resolve("com/acme/bad"));
    Files.writeString(dir.resolve("bad.yaml"), """
        source: {id: x, title: y}
        statuses:
          - code: 600
            name: "Too High"
            description: "No."
          - code: 404
            nmae: "Typo"
            description: "No."
        """);
    Compiled compiled = Compiled.compile(javac().withClasspath(classpathWith(resources)),
        "com.acme.bad.package-info", Fixture.packageInfo("com.acme.bad", "catalog = \"com/acme/bad/bad.yaml\""));
    assertThat(compiled.compilation).failed();
    JavaFileObject packageInfo = compiled.source("com.acme.bad.package-info");
    assertThat(compiled.compilation).hadErrorContaining("com/acme/bad/bad.yaml:3:11: "
        + CatalogMessages.codeOutOfRange("600")).inFile(packageInfo).onLine(Fixture.CATALOG_LINE);
    assertThat(compiled.compilation).hadErrorContaining("com/acme/bad/bad.yaml:6:5: "
        + CatalogMessages.missingKey(CatalogMessages.ENTRY, "name")).inFile(packageInfo).onLine(Fixture.CATALOG_LINE);
    assertThat(compiled.compilation).hadErrorContaining("com/acme/bad/bad.yaml:7:5: unknown key 'nmae'")
        .inFile(packageInfo).onLine(Fixture.CATALOG_LINE);
    assertThat(compiled.compilation).hadErrorCount(3);
    assertEquals(List.of(), compiled.sourcesLeftOnDisk(Files.createDirectories(resources.resolve("out")),
        List.of("-cp", resources + java.io.File.pathSeparator + System.getProperty("java.class.path"))));
  }

  @Test
  void anInvalidPrefixIsAnErrorOnTheAttribute() throws IOException {
    Compiled compiled = Compiled.compile(List.of(), "com.acme.dis.package-info",
        "@DisStatusCatalog(\n    prefix = \"1Dis\")\npackage com.acme.dis;\n\nimport dev.disstatus.DisStatusCatalog;\n");
    assertThat(compiled.compilation).hadErrorContaining(
            ProcessorMessages.invalidPrefix("1Dis", "starts with a digit"))
        .inFile(compiled.source("com.acme.dis.package-info")).onLine(2);
    assertEquals(List.of(), compiled.sourcesLeftOnDisk(resources, List.of()));
  }

  @Test
  void aHandWrittenTypeOfTheSameNameIsAnError() throws IOException {
    Compiled compiled = Compiled.compile(List.of(),
        "com.acme.dis.package-info", Fixture.packageInfo("com.acme.dis"),
        "com.acme.dis.DisStatus", "package com.acme.dis;\n\npublic class DisStatus {}\n");
    assertThat(compiled.compilation).hadErrorContaining(ProcessorMessages.typeExists("com.acme.dis.DisStatus", "Dis"))
        .inFile(compiled.source("com.acme.dis.package-info")).onLine(1);
    assertEquals(List.of(), compiled.sourcesLeftOnDisk(resources, List.of()));
  }

  @Test
  void aBrokenPackageDoesNotStopAGoodOne() throws IOException {
    Compiled compiled = Compiled.compile(List.of(),
        "com.acme.bad.package-info", Fixture.packageInfo("com.acme.bad", "catalog = \"nowhere.yaml\""),
        "com.acme.good.package-info", Fixture.packageInfo("com.acme.good"));
    assertThat(compiled.compilation).hadErrorCount(1);
    List<String> written = compiled.sourcesLeftOnDisk(resources, List.of());
    assertEquals(7, written.size(), written.toString());
    assertTrue(written.contains("com/acme/good/DisStatus.java"));
    assertTrue(written.stream().allMatch(path -> path.startsWith("com/acme/good/")));
  }

  @Test
  void noGeneratedLineIsOver120ColumnsAndJavadocWrapsAt100() throws IOException {
    String longText = "A description that goes on and on, ".repeat(30) + "with \u00e9 and \u4e2d\u6587 to its end.";
    Path dir = Files.createDirectories(resources.resolve("com/acme/wordy"));
    Files.writeString(dir.resolve("wordy.yaml"), "source:\n  id: a_catalog_with_a_long_id_" + "x".repeat(60)
        + "\n  title: \"" + "A Very Long Title ".repeat(10) + "\"\nstatuses:\n"
        + "  - code: 200\n    name: \"OK\"\n    description: \"" + longText + "\"\n"
        + "  - code: 429\n    name: \"" + "Too Many Requests From One Client Within The Window" + "\"\n"
        + "    description:\n      - \"" + longText + "\"\n      - \"" + longText + "\"\n"
        + "    guidance: retry-after\n"
        // An error code whose constant is longer than a Javadoc line, for the example in is(code)'s Javadoc.
        + "errorCodes:\n  - code: WORDY.1\n    status: 429\n    message: \"" + "Far too many words ".repeat(5).strip()
        + "\"\n    description: x\n    solution: y\n    guidance: retry-with-backoff\n");
    Compiled compiled = Compiled.compile(javac().withOptions("-Xlint:all").withClasspath(classpathWith(resources)),
        "com.acme.dis.package-info", Fixture.packageInfo("com.acme.dis"),
        "com.acme.wordy.package-info",
        Fixture.packageInfo("com.acme.wordy", "catalog = \"com/acme/wordy/wordy.yaml\", prefix = \"Wordy\""));
    assertThat(compiled.compilation).succeededWithoutWarnings();
    for (JavaFileObject file : compiled.compilation.generatedSourceFiles()) {
      List<String> lines = file.getCharContent(true).toString().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = file.getName() + ":" + (i + 1) + ": " + line;
        assertTrue(line.length() <= 120, where);
        // Javadoc wraps at 100 columns, but for a word longer than that.
        assertTrue(line.length() <= 100 || !line.trim().startsWith("*")
            || !line.trim().substring(1).trim().contains(" "), where);
      }
    }
  }

  @Test
  void nothingGeneratedForAnotherCatalogSaysDis() throws IOException {
    Compiled compiled = compileSmallCatalog("com.acme.small", "Acme");
    assertThat(compiled.compilation).succeededWithoutWarnings();
    for (JavaFileObject file : compiled.compilation.generatedSourceFiles()) {
      String text = file.getCharContent(true).toString();
      assertFalse(java.util.regex.Pattern.compile("\\bDIS\\b").matcher(text).find(), file.getName());
      assertFalse(text.contains("dis-status-codes.yaml"), file.getName());
    }
  }

  private Compiled compileSmallCatalog(String pkg, String prefix) {
    copySmallCatalog(pkg);
    return Compiled.compile(javac().withOptions("-Xlint:all").withClasspath(classpathWith(resources)),
        pkg + ".package-info", Fixture.packageInfo(pkg,
            "catalog = \"" + pkg.replace('.', '/') + "/small-codes.yaml\"", "prefix = \"" + prefix + "\""));
  }

  private void copySmallCatalog() {
    copySmallCatalog("com.acme.small");
  }

  private void copySmallCatalog(String pkg) {
    try (InputStream in = ProcessorTest.class.getResourceAsStream("small-codes.yaml")) {
      Path dir = Files.createDirectories(resources.resolve(pkg.replace('.', '/')));
      Files.copy(in, dir.resolve("small-codes.yaml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The test's own class path (for the annotation) plus a folder of resources. */
  private static List<java.io.File> classpathWith(Path folder) {
    List<java.io.File> classpath = new java.util.ArrayList<>();
    classpath.add(folder.toFile());
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classpath.add(new java.io.File(entry));
    }
    return classpath;
  }
}
