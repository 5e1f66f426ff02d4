package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the build behaves as a user's would: two clean builds of the whole project give byte-identical jars and
 * generated sources, and editing the catalog YAML regenerates the example's sources on the next build without
 * {@code clean}. Each runs Maven itself (on the local repository of this build) on a copy of the
 * project, so it takes a minute or two.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuildBehaviourIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
  private static final String GENERATED = "example/target/generated-sources/annotations/dev/disstatus/example/status";
  private static final String CATALOG = "catalog/src/main/resources/dev/disstatus/catalog/dis-status-codes.yaml";

  @TempDir
  static Path work;

  private static Path first;
  private static Path second;

  @BeforeAll
  static void buildTwiceFromClean() throws Exception {
    first = copyProject(work.resolve("first"));
    second = copyProject(work.resolve("second"));
    maven(first, "package");
    maven(second, "package");
  }

  @Test
  @Order(1)
  void twoCleanBuildsGiveByteIdenticalJarsAndSources() throws IOException {
    List<String> outputs = files(first, path -> path.contains("/target/") && path.endsWith(".jar")
        || path.startsWith(GENERATED));
    assertEquals(6 + 7, outputs.size(), outputs.toString()); // 5 modules, the unshaded processor jar, the sources
    for (String output : outputs) {
      assertEquals(-1L, Files.mismatch(first.resolve(output), second.resolve(output)), output);
    }
  }

  /** Runs after the comparison: it edits the first copy. */
  @Test
  @Order(2)
  void editingTheCatalogRegeneratesTheExampleWithoutClean() throws Exception {
    Path status = first.resolve(GENERATED).resolve("DisStatus.java");
    assertFalse(Files.readString(status).contains("Authentication fails, as edited."));
    Path catalog = first.resolve(CATALOG);
    Files.writeString(catalog, Files.readString(catalog)
        .replace("\"Authentication fails.\"", "\"Authentication fails, as edited.\""));
    maven(first, "package");
    assertTrue(Files.readString(status).contains("Authentication fails, as edited."));
  }

  private static Path copyProject(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(PROJECT)) {
      for (Path source : files.toList()) {
        String relative = PROJECT.relativize(source).toString().replace(File.separatorChar, '/');
        if (relative.matches("(.*/)?(target|\\.git)(/.*)?") || relative.startsWith("benchmarks")) {
          continue;
        }
        Path copy = target.resolve(relative);
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    }
    return target;
  }

  private static void maven(Path project, String phase) throws Exception {
    String home = System.getProperty("maven.home");
    String mvn = home == null || home.isEmpty() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    List<String> command = new ArrayList<>(List.of(mvn, "-B", "-q", "-DskipTests", "-Dmaven.javadoc.skip=true", phase));
    String repository = System.getProperty("maven.repo.local");
    if (repository != null && !repository.isEmpty()) {
      command.add("-Dmaven.repo.local=" + repository);
    }
    Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "mvn " + phase + " in " + project + ":\n" + output);
  }

  private static List<String> files(Path root, java.util.function.Predicate<String> include) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .map(path -> root.relativize(path).toString().replace(File.separatorChar, '/'))
          .filter(include)
          .sorted()
          .toList();
    }
  }
}
