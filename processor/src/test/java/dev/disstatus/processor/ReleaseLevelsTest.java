package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated code compiles without a warning for consumers at every release level from 8 up, uses newer
 * features only where the level has them, and comes out the same byte for byte every time.
 */
class ReleaseLevelsTest {
  /** Where a JDK 25 is looked for; {@code -Ddis.jdk25=...} or {@code JDK25_HOME} points elsewhere. */
  private static final Path JDK_25 = Path.of(System.getProperty("dis.jdk25",
      System.getenv().getOrDefault("JDK25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")));

  @TempDir
  Path work;

  @ParameterizedTest
  @ValueSource(strings = {"8", "11", "17"})
  void compilesWithoutWarningsAtRelease(String release) {
    Compiled compiled = Compiled.compile(List.of("--release", release, "-Xlint:all", "-Xlint:-options", "-Werror"),
        "com.acme.dis.package-info", Fixture.packageInfo("com.acme.dis"));
    assertThat(compiled.compilation).succeededWithoutWarnings();
  }

  @Test
  void generatedAtRelease8UsesTheJava8GeneratedAnnotation() {
    Compiled compiled = Compiled.compile(List.of("--release", "8", "-Xlint:-options"),
        "com.acme.dis.package-info", Fixture.packageInfo("com.acme.dis"));
    String status = GoldenFiles.source(compiled.compilation, "com.acme.dis.DisStatus");
    assertTrue(status.contains("import javax.annotation.Generated;"), status);
    assertTrue(status.contains("@Generated(\"dev.disstatus.processor.DisStatusProcessor\")"));
  }

  @Test
  void generatedAtRelease11UsesTheProcessingGeneratedAnnotation() {
    Compiled compiled = Compiled.compile(List.of("--release", "11"),
        "com.acme.dis.package-info", Fixture.packageInfo("com.acme.dis"));
    assertTrue(GoldenFiles.source(compiled.compilation, "com.acme.dis.DisStatus")
        .contains("import javax.annotation.processing.Generated;"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"8", "11", "17"})
  void theJavaNetHttpAdapterAppearsFromRelease11(String release) {
    Compiled compiled = Compiled.compile(List.of("--release", release, "-Xlint:-options"),
        "com.acme.dis.package-info", Fixture.packageInfo("com.acme.dis"));
    assertEquals(!release.equals("8"), GoldenFiles.source(compiled.compilation, "com.acme.dis.DisStatusDispatcher")
        .contains("public static void throwIfError(HttpResponse<String> response)"), release);
  }

  @Test
  void twoCompilesGiveByteIdenticalSources() throws IOException {
    Path first = Files.createDirectories(work.resolve("first"));
    Path second = Files.createDirectories(work.resolve("second"));
    Compiled compiled = Compiled.compile(List.of(), "com.acme.dis.package-info",
        Fixture.packageInfo("com.acme.dis"));
    List<String> files = compiled.sourcesLeftOnDisk(first, List.of());
    assertEquals(files, compiled.sourcesLeftOnDisk(second, List.of()));
    assertEquals(7, files.size());
    for (String file : files) {
      assertEquals(-1L, Files.mismatch(first.resolve(file), second.resolve(file)), file);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"21", "25"})
  void compilesWithoutWarningsOnJdk25AtRelease(String release) throws Exception {
    Path javac = JDK_25.resolve("bin/javac");
    assumeTrue(Files.isExecutable(javac), "skipped: no JDK 25 at " + JDK_25
        + " (set JDK25_HOME or -Ddis.jdk25 to run releases 21 and 25)");
    Path packageInfo = Files.createDirectories(work.resolve("src/com/acme/dis")).resolve("package-info.java");
    Files.writeString(packageInfo, Fixture.packageInfo("com.acme.dis"));
    String classpath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>(List.of(javac.toString(), "--release", release, "-Xlint:all", "-Werror",
        "-processorpath", classpath, "-cp", classpath, "-d", work.resolve("out").toString(),
        "-s", Files.createDirectories(work.resolve("gen")).toString(), packageInfo.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertEquals("", output);
    try (Stream<Path> generated = Files.list(work.resolve("gen/com/acme/dis"))) {
      assertEquals(7, generated.count());
    }
    assertTrue(Files.readString(work.resolve("gen/com/acme/dis/DisStatusException.java"))
        .contains(" sealed "), "release " + release + " has sealed classes");
  }

  @Test
  void theExceptionTreeIsSealedOnlyFromRelease17() {
    for (String release : List.of("8", "11", "17")) {
      Compiled compiled = Compiled.compile(List.of("--release", release, "-Xlint:-options"),
          "com.acme.dis.package-info", Fixture.packageInfo("com.acme.dis"));
      String base = GoldenFiles.source(compiled.compilation, "com.acme.dis.DisStatusException");
      if (release.equals("17")) {
        assertTrue(base.contains("public abstract sealed class DisStatusException"), base);
      } else {
        assertFalse(base.contains("sealed"), release);
      }
    }
  }

  @Test
  void aModularConsumerThatReExportsJavaCompilerGetsTheGeneratedAnnotation() throws Exception {
    assertModularCompile("requires transitive java.compiler;", true);
    assertFalse(Files.readString(work.resolve("gen/com/acme/dis/DisStatusDispatcher.java")).contains("HttpResponse"));
  }

  @Test
  void aModularConsumerThatReExportsJavaNetHttpGetsTheAdapter() throws Exception {
    assertModularCompile("requires transitive java.net.http;", false);
    assertTrue(Files.readString(work.resolve("gen/com/acme/dis/DisStatusDispatcher.java")).contains("HttpResponse"));
  }

  /** An exported type annotated from a module that is not re-exported would be an -Xlint:exports warning. */
  @ParameterizedTest
  @ValueSource(strings = {"", "requires java.compiler;", "requires static java.compiler;"})
  void aModularConsumerThatDoesNotReExportJavaCompilerGetsNoGeneratedAnnotation(String requires)
      throws Exception {
    assertModularCompile(requires, false);
  }

  /** Compiles a named module holding an annotated package; the annotation comes from a modular jar. */
  private void assertModularCompile(String extraRequires, boolean generatedExpected) throws Exception {
    Path src = Files.createDirectories(work.resolve("module/com/acme/dis"));
    Files.writeString(src.resolve("package-info.java"), Fixture.packageInfo("com.acme.dis"));
    Files.writeString(work.resolve("module/module-info.java"), "module com.acme.app {\n"
        + "  requires static dev.disstatus.annotations;\n  " + extraRequires + "\n  exports com.acme.dis;\n}\n");
    Files.writeString(src.resolve("Client.java"), "package com.acme.dis;\n\n"
        + "public final class Client {\n"
        + "  private Client() {}\n\n"
        + "  public static String name(int code) {\n"
        + "    return DisStatus.find(code).map(DisStatus::reasonPhrase).orElse(\"?\");\n"
        + "  }\n}\n");
    Path annotationsJar = ModularJar.annotations(work.resolve("dis-status-annotations.jar"));
    Path gen = Files.createDirectories(work.resolve("gen"));
    List<String> options = List.of("-Xlint:all", "-Werror", "--module-path", annotationsJar.toString(),
        "-processorpath", System.getProperty("java.class.path"), "-d", work.resolve("out").toString(),
        "-s", gen.toString());
    List<Path> sources;
    try (Stream<Path> files = Files.walk(work.resolve("module"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    ModularJar.Result result = ModularJar.javac(options, sources);
    assertTrue(result.success(), result.diagnostics());
    assertEquals("", result.diagnostics());
    assertEquals(generatedExpected, Files.readString(gen.resolve("com/acme/dis/DisStatus.java"))
        .contains("@Generated("));
    assertTrue(Files.exists(work.resolve("out/com/acme/dis/DisStatus.class")));
    assertTrue(Files.exists(work.resolve("out/module-info.class")));
  }
}
