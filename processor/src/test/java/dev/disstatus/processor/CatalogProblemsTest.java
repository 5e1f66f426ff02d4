package dev.disstatus.processor;

import static dev.disstatus.catalog.CatalogMessages.ENTRY;
import static dev.disstatus.catalog.CatalogMessages.codeOutOfRange;
import static dev.disstatus.catalog.CatalogMessages.emptyList;
import static dev.disstatus.catalog.CatalogMessages.missingKey;
import static dev.disstatus.catalog.CatalogMessages.notUtf8;
import static dev.disstatus.processor.Fixture.ENTRY_404;
import static dev.disstatus.processor.Fixture.at;
import static dev.disstatus.processor.Fixture.statuses;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a catalog's problems reach the user through javac: each as a {@code file:line:column: message} error on
 * the annotation's {@code catalog} attribute, all of a file's problems from one compile, and no source written.
 * The rules themselves, every mistake a catalog can hold with its exact message and place, are the loader's and
 * are tested there ({@code CatalogLoaderTest} in the catalog module); these few cases check the way through.
 * Lines count from the top of the text; {@link Fixture#statuses} puts the first entry on line 3.
 */
class CatalogProblemsTest {
  @TempDir
  Path root;

  @Test
  void aProblemIsAnErrorOnTheCatalogAttributeAtItsLineAndColumn() {
    new Fixture(root).catalog(statuses(ENTRY_404 + """
          - code: 600
            name: Too High
            description: Not a status.
        """)).assertErrors(at(6, 11, codeOutOfRange("600")));
  }

  @Test
  void everyProblemOfTheFileComesFromOneCompile() {
    new Fixture(root).catalog(statuses("""
          - code: 99
            name: Too Low
            description: Not a status.
          - code: 404
            description: Nothing is there.
          - code: 410
            name: Gone
            description: []
        """)).assertErrors(at(3, 11, codeOutOfRange("99")), at(6, 5, missingKey(ENTRY, "name")),
        at(10, 18, emptyList("description")));
  }

  /** The processor hands the loader the file's bytes, not text decoded in javac's {@code -encoding}. */
  @Test
  void bytesThatAreNotUtf8AreReportedWhereTheyStand() {
    new Fixture(root)
        .catalog(statuses(ENTRY_404.replace("Nothing", "Rien, café")).getBytes(StandardCharsets.ISO_8859_1))
        .assertErrors(at(5, 27, notUtf8(0xE9)));
  }
}
