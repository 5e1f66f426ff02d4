package dev.disstatus.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The input half of the processor tests' harness ({@link Compiled} is the outcome): a folder on the source path
 * of a compile with the processor, the package-info texts that annotate a package, and the assertions the
 * negative tests share. A test writes a catalog (or Java sources), compiles, and states the errors it expects,
 * line by line, or calls the generated code through {@link #compileCalling()}.
 *
 * <p>Catalog problems are expected as {@code at(line, column, message)}, the {@code file:line:column: message}
 * the processor reports on the annotation's {@code catalog} attribute; problems in the Java as
 * {@code onLine(line, message)}. A failed compile is also checked to have written no source at all.
 */
final class Fixture {
  /** The package the catalog tests annotate. */
  static final String PACKAGE = "com.acme.bad";

  /** The catalog the catalog tests write, as the annotation names it. */
  static final String CATALOG = "com/acme/bad/codes.yaml";

  /** The line of {@link #packageInfo} that holds the {@code catalog} attribute, where catalog errors sit. */
  static final int CATALOG_LINE = 2;

  /** The source document every test catalog names. */
  static final String SOURCE = "source: {id: acme_codes, title: Acme Codes}\n";

  /** A good entry for code 404, on lines 3 to 5 when it is the first. */
  static final String ENTRY_404 = """
        - code: 404
          name: Not Found
          description: Nothing is there.
      """;

  private final Path root;

  Fixture(Path root) {
    this.root = root;
  }

  /** An error on one line of the annotated {@code package-info.java}. */
  record Expected(int line, String message) {
    @Override
    public String toString() {
      return line + ": " + message;
    }
  }

  /** A problem in the catalog {@link #CATALOG}, at its line and column, reported on the catalog attribute. */
  static Expected at(int line, int column, String message) {
    return new Expected(CATALOG_LINE, CATALOG + ":" + line + ":" + column + ": " + message);
  }

  /**
   * The expected error as the processor gives it: a problem of {@link #CATALOG} names the catalog's file, at its
   * path under this fixture's folder.
   */
  Expected inFile(Expected expected) {
    String resource = CATALOG + ":";
    return expected.message().startsWith(resource)
        ? new Expected(expected.line(), root.resolve(CATALOG) + ":" + expected.message().substring(resource.length()))
        : expected;
  }

  /** A problem in the Java, reported on a line of {@code package-info.java}. */
  static Expected onLine(int line, String message) {
    return new Expected(line, message);
  }

  /** The line of {@link #withPrefix} that holds the {@code prefix} attribute. */
  static final int PREFIX_LINE = 3;

  /** {@link #packageInfo()} with {@code prefix = "prefix"} on line 3. */
  static String withPrefix(String prefix) {
    return withPrefixExpression("\"" + prefix + "\"");
  }

  /** {@link #packageInfo()} with {@code prefix = expression} on line 3, such as the name of a constant. */
  static String withPrefixExpression(String expression) {
    return packageInfo(PACKAGE, "catalog = \"" + CATALOG + "\"", "prefix = " + expression);
  }

  /** {@code @DisStatusCatalog(\n    catalog = "com/acme/bad/codes.yaml")} on {@link #PACKAGE}. */
  static String packageInfo() {
    return packageInfo(PACKAGE, "catalog = \"" + CATALOG + "\"");
  }

  /** A package-info whose annotation has each attribute on a line of its own, from line 2. */
  static String packageInfo(String pkg, String... attributes) {
    return "@DisStatusCatalog" + (attributes.length == 0 ? "" : "(\n    " + String.join(",\n    ", attributes) + ")")
        + "\npackage " + pkg + ";\n\nimport dev.disstatus.DisStatusCatalog;\n";
  }

  /** A catalog of these entries, the first on line 3. */
  static String statuses(String entries) {
    return SOURCE + "statuses:\n" + entries;
  }

  /** Writes {@link #CATALOG}, as UTF-8. */
  Fixture catalog(String yaml) {
    return catalog(yaml.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@link #CATALOG}, byte for byte. */
  Fixture catalog(byte[] bytes) {
    return file(CATALOG, bytes);
  }

  /** Writes a file on the source path, by its resource path. */
  Fixture file(String path, byte[] bytes) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of a file on the source path, to write it some other way. */
  Path path(String path) {
    return root.resolve(path);
  }

  /** Compiles {@link #packageInfo()}; the catalog must have been written. */
  Compiled compile() {
    return compile(PACKAGE + ".package-info", packageInfo());
  }

  /** Compiles {@link #packageInfo()} with the {@link StatusCalls} of {@link #PACKAGE}, for {@link #calls}. */
  Compiled compileCalling() {
    return compile(Compiled.calling(PACKAGE, "Dis", PACKAGE + ".package-info", packageInfo()));
  }

  /** The generated code of {@link #PACKAGE}, with the default prefix, of a {@link #compileCalling()}. */
  static StatusCalls calls(Compiled compiled) {
    return compiled.calls(PACKAGE, "Dis");
  }

  /** Compiles {@code name, text, ...} pairs (see {@link Compiled#compile}) with this folder as the source path. */
  Compiled compile(String... namesAndTexts) {
    return Compiled.compile(javac().withOptions(options()), namesAndTexts);
  }

  /** Compiles the package-info {@link #packageInfo()} and asserts exactly {@code expected}. */
  void assertErrors(Expected... expected) {
    assertErrors(compile(), PACKAGE, expected);
  }

  /**
   * Asserts that a compile failed with exactly {@code expected}, in order, each on its line of {@code pkg}'s
   * package-info, and that it wrote no source file at all.
   */
  void assertErrors(Compiled compiled, String pkg, Expected... expected) {
    JavaFileObject packageInfo = compiled.source(pkg + ".package-info");
    List<String> actual = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compiled.compilation.errors()) {
      String where = error.getSource() == packageInfo ? ""
          : error.getSource() == null ? "(no file) " : error.getSource().getName() + " ";
      actual.add(where + error.getLineNumber() + ": " + error.getMessage(Locale.ROOT));
    }
    assertEquals(Arrays.stream(expected).map(this::inFile).map(Expected::toString).toList(), actual);
    assertEquals(Compilation.Status.FAILURE, compiled.compilation.status());
    assertEquals(List.of(), sourcesWritten(compiled));
  }

  /** The sources a compile leaves on disk, also when it failed (see {@link Compiled#sourcesLeftOnDisk}). */
  List<String> sourcesWritten(Compiled compiled) {
    try {
      Path out = Files.createTempDirectory(root, "out");
      return compiled.sourcesLeftOnDisk(out, options());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> options() {
    return List.of("-sourcepath", root.toString(), "-Xlint:all", "-Werror");
  }
}
