package dev.disstatus.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.disstatus.catalog.CatalogRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which generated packages count as stale, for catalogs in each place the processor reads them from. */
class StaleCatalogsTest {
  private static final String CATALOG = "com/acme/dis/my-codes.yaml";
  private static final Path PACKAGE = Path.of("com/acme/dis");

  @TempDir
  Path work;

  private Path generated() {
    return work.resolve("generated");
  }

  private StaleCatalogs staleCatalogs(List<Path> classPath) {
    return new StaleCatalogs(work.resolve("classes"), List.of(work.resolve("java")), classPath);
  }

  private void record(String location, String content) throws IOException {
    Path file = generated().resolve(PACKAGE).resolve(CatalogRecord.FILE_NAME);
    Files.createDirectories(file.getParent());
    Files.writeString(file, new CatalogRecord(CATALOG, location, CatalogRecord.sha256(content.getBytes(UTF_8)))
        .text());
  }

  private Path write(Path root, String content) throws IOException {
    Path file = root.resolve(CATALOG);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  @Test
  void anUnchangedCatalogInTheClassOutputIsNotStale() throws IOException {
    record("CLASS_OUTPUT", "statuses: []");
    write(work.resolve("classes"), "statuses: []");
    assertEquals(List.of(), staleCatalogs(List.of()).find(generated()));
  }

  @Test
  void anEditedCatalogInTheClassOutputIsStale() throws IOException {
    record("CLASS_OUTPUT", "statuses: []");
    Path catalog = write(work.resolve("classes"), "statuses: [edited]");
    List<StaleCatalogs.Stale> stale = staleCatalogs(List.of()).find(generated());
    assertEquals(1, stale.size());
    assertEquals(PACKAGE, stale.get(0).folder());
    assertEquals(CATALOG, stale.get(0).record().catalog());
    assertEquals(catalog + " changed", stale.get(0).now());
  }

  @Test
  void aCatalogThatIsGoneIsStale() throws IOException {
    record("SOURCE_PATH", "statuses: []");
    assertEquals("it is no longer in the source roots", staleCatalogs(List.of()).find(generated()).get(0).now());
  }

  @Test
  void anEditedCatalogOnTheSourcePathIsStale() throws IOException {
    record("SOURCE_PATH", "statuses: []");
    write(work.resolve("java"), "statuses: [edited]");
    assertEquals(1, staleCatalogs(List.of()).find(generated()).size());
  }

  @Test
  void aCatalogInAJarOnTheClassPathIsComparedToo() throws IOException {
    record("CLASS_PATH", "statuses: []");
    Path jar = work.resolve("catalog.jar");
    jar(jar, "statuses: []");
    assertEquals(List.of(), staleCatalogs(List.of(work.resolve("empty"), jar)).find(generated()));
    jar(jar, "statuses: [edited]");
    assertEquals(jar + "!/" + CATALOG + " changed",
        staleCatalogs(List.of(jar)).find(generated()).get(0).now());
  }

  @Test
  void anUnreadableRecordCountsAsStale() throws IOException {
    Path file = generated().resolve(PACKAGE).resolve(CatalogRecord.FILE_NAME);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "catalog=\n");
    List<StaleCatalogs.Stale> stale = staleCatalogs(List.of()).find(generated());
    assertEquals(PACKAGE, stale.get(0).folder());
    assertNull(stale.get(0).record());
  }

  private static void jar(Path jar, String content) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(CATALOG));
      zip.write(content.getBytes(UTF_8));
      zip.closeEntry();
    }
  }
}
