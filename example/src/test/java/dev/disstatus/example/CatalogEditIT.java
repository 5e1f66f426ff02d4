package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog of the user's own in {@code src/main/resources}, set up as README says, edited between two builds
 * without {@code clean}: the second build regenerates the package from the edited catalog, and a third build
 * with nothing changed compiles nothing.
 */
class CatalogEditIT {

  @Test
  void anEditedCatalogIsRegeneratedWithoutClean(@TempDir Path work) throws Exception {
    ConsumerBuild maven = ConsumerBuild.in(work);
    Path project = ConsumerBuild.acmeProject(work, """
        @DisStatusCatalog(catalog = "com/acme/dis/my-codes.yaml")
        package com.acme.dis;

        import dev.disstatus.DisStatusCatalog;
        """, ConsumerBuild.readmeBlock("A whole `pom.xml`"));
    Path catalog = project.resolve("src/main/resources/com/acme/dis/my-codes.yaml");
    Files.createDirectories(catalog.getParent());
    Files.writeString(catalog, ConsumerBuild.readmeBlock("Point `catalog` at a YAML resource of your own"));
    Path status = project.resolve("target/generated-sources/annotations/com/acme/dis/DisStatus.java");

    maven.mvn(project, "compile");
    assertTrue(Files.readString(status).contains("Nothing is there."), "the catalog as README gives it");

    Files.writeString(catalog,
        Files.readString(catalog).replace("Nothing is there.", "Nothing is there, as edited."));
    String second = maven.mvn(project, "compile");
    assertTrue(Files.readString(status).contains("Nothing is there, as edited."), second);
    assertTrue(second.contains("dis-status: com/acme/dis/my-codes.yaml changed since com.acme.dis was generated"),
        second);

    String third = maven.mvn(project, "compile");
    assertTrue(third.contains("Nothing to compile - all classes are up to date."), third);
    assertFalse(third.contains("dis-status:"), third);
  }
}
