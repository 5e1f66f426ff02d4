package dev.disstatus.processor;

import static dev.disstatus.processor.Fixture.onLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.catalog.StatusCatalog;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a catalog is looked for, as in a Maven build: the source path and the class output are real folders
 * (Maven copies {@code src/main/resources} into the class output), and javac may run from any folder.
 */
class CatalogFilesTest {
  private static final String PACKAGE_INFO = "@DisStatusCatalog(\n    catalog = \"%s\")\npackage com.acme.mine;\n\n"
      + "import dev.disstatus.DisStatusCatalog;\n";

  @TempDir
  Path project;

  /**
   * The bundled catalog comes from the image the catalog's build made of it, not from its YAML: given a text
   * that is no catalog at all, it still loads, whole.
   */
  @Test
  void theBundledCatalogIsReadFromItsImage() {
    CatalogFile bundled = new CatalogFile(StatusCatalog.BUNDLED_RESOURCE,
        new ByteArrayInputStream("not: [a catalog".getBytes(StandardCharsets.UTF_8)), true);
    // Neither the annotation nor the reporter is asked: they serve only to report a problem of the text.
    assertEquals(Optional.of(StatusCatalog.bundled()),
        bundled.load(new ReservedJavaNames(new TypeNames("com.acme.mine", "Dis")), null, null));
  }

  @Test
  void aMissingCatalogNamesTheFileBesideItWhoseNameIsClose() throws IOException {
    Path copied = write(project.resolve("target/classes/com/acme/mine/my-codes.yaml"), "source: {}\n");
    write(project.resolve("target/classes/com/acme/mine/other.yaml"), "source: {}\n");
    List<Diagnostic<? extends JavaFileObject>> errors = compile("com/acme/mine/mycodes.yaml");
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(2, errors.get(0).getLineNumber());
    String message = errors.get(0).getMessage(Locale.ROOT);
    String before = ProcessorMessages.catalogNotFoundNearMiss("com/acme/mine/mycodes.yaml", List.of("\0"),
        "com/acme/mine/my-codes.yaml", copied.toString()).split("\0")[0];
    assertTrue(message.startsWith(before), message);
  }

  @Test
  void aProblemInTheCatalogNamesItsFile() throws IOException {
    Path copied = write(project.resolve("target/classes/com/acme/mine/my-codes.yaml"), Fixture.statuses(
        "  - code: 600\n    name: Too High\n    description: x\n"));
    List<Diagnostic<? extends JavaFileObject>> errors = compile("com/acme/mine/my-codes.yaml");
    assertEquals(List.of(copied + ":3:11: " + dev.disstatus.catalog.CatalogMessages.codeOutOfRange("600")),
        errors.stream().map(error -> error.getMessage(Locale.ROOT)).toList());
  }

  /** The path as seen from the project folder fails alike from every folder, with the path to write instead. */
  @Test
  void aPathFromTheProjectFolderIsAnErrorThatGivesTheResourcePath(@TempDir Path root) {
    String path = "src/main/resources/" + Fixture.CATALOG;
    new Fixture(root).catalog(Fixture.statuses(Fixture.ENTRY_404))
        .assertErrors(new Fixture(root).compile(Fixture.PACKAGE + ".package-info",
            Fixture.packageInfo(Fixture.PACKAGE, "catalog = \"" + path + "\"")), Fixture.PACKAGE,
            onLine(Fixture.CATALOG_LINE, ProcessorMessages.catalogPathFromProjectFolder(path, "src/main/resources/",
                Fixture.CATALOG)));
  }

  /**
   * The working directory on the source path (as {@code .}, or, as reported of Maven's {@code -sourcepath}, an
   * empty entry): a catalog found only there would compile from the project folder and not from its parent, so
   * it is not looked at.
   */
  @Test
  void aCatalogInTheWorkingDirectoryIsNotFoundThroughAnEmptySourcePathEntry() throws Exception {
    write(project.resolve("codes/mine.yaml"), Fixture.statuses(Fixture.ENTRY_404));
    Path packageInfo = write(project.resolve("src/main/java/com/acme/mine/package-info.java"),
        String.format(PACKAGE_INFO, "codes/mine.yaml"));
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    String processorPath = processorPath();
    Process process = new ProcessBuilder(javac.toString(), "-proc:only", "-processorpath", processorPath,
        "-processor", DisStatusProcessor.class.getName(), "-classpath", processorPath,
        "-sourcepath", "src/main/java" + File.pathSeparator + ".",
        "-d", "target/classes", "-s", "target/generated-sources", project.relativize(packageInfo).toString())
        .directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertNotEquals(0, process.waitFor(), output);
    assertTrue(output.contains("status catalog 'codes/mine.yaml' not found; looked in: the source path ("), output);
    assertTrue(output.contains("is in the working directory"), output);
  }

  /** The folders or jars of the processor and what it needs, as this test runs them. */
  private static String processorPath() throws Exception {
    List<String> path = new ArrayList<>();
    for (Class<?> type : List.of(DisStatusProcessor.class, dev.disstatus.DisStatusCatalog.class,
        dev.disstatus.catalog.CatalogLoader.class, org.yaml.snakeyaml.LoaderOptions.class,
        com.palantir.javapoet.JavaFile.class)) {
      path.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, path);
  }

  /** javac on the project's package-info, with the class output and source output in target, as Maven runs it. */
  private List<Diagnostic<? extends JavaFileObject>> compile(String catalog) throws IOException {
    Path packageInfo = write(project.resolve("src/main/java/com/acme/mine/package-info.java"),
        String.format(PACKAGE_INFO, catalog));
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    Path generated = Files.createDirectories(project.resolve("target/generated-sources"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of("-proc:only", "-sourcepath",
          project.resolve("src/main/java").toString(), "-d", classes.toString(), "-s", generated.toString()));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(packageInfo));
      task.setProcessors(List.of(new DisStatusProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
