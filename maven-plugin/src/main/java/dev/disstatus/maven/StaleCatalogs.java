package dev.disstatus.maven;

import dev.disstatus.catalog.CatalogRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the generated packages whose catalog is no longer what their last compile read, from the records the
 * processor leaves beside the generated sources ({@link CatalogRecord}). A catalog is looked for where the
 * record says the processor found it: the source roots, the class output, or the compile class path (folders
 * and jars, in order).
 */
final class StaleCatalogs {
  private final Path outputDirectory;
  private final List<Path> sourceRoots;
  private final List<Path> classPath;

  StaleCatalogs(Path outputDirectory, List<Path> sourceRoots, List<Path> classPath) {
    this.outputDirectory = outputDirectory;
    this.sourceRoots = List.copyOf(sourceRoots);
    this.classPath = List.copyOf(classPath);
  }

  /**
   * A package generated from a catalog that changed.
   *
   * @param folder the package's folder, relative to the generated-sources and the output directory
   * @param record what the last compile read
   * @param now where the catalog is now and how it differs, for the log
   */
  record Stale(Path folder, CatalogRecord record, String now) {}

  /** Every package under {@code generatedSources} whose catalog changed since it was generated. */
  List<Stale> find(Path generatedSources) throws IOException {
    List<Path> records;
    try (Stream<Path> files = Files.walk(generatedSources)) {
      records = files.filter(file -> file.getFileName().toString().equals(CatalogRecord.FILE_NAME)).sorted().toList();
    }
    List<Stale> stale = new ArrayList<>();
    for (Path file : records) {
      Path folder = generatedSources.relativize(file.getParent());
      CatalogRecord record;
      try {
        record = CatalogRecord.parse(Files.readAllBytes(file));
      } catch (IllegalArgumentException e) {
        stale.add(new Stale(folder, null, "its record " + file + " is unreadable (" + e.getMessage() + ")"));
        continue;
      }
      Optional<Found> found = find(record);
      if (found.isEmpty()) {
        stale.add(new Stale(folder, record, "it is no longer in the " + where(record.location())));
      } else if (!CatalogRecord.sha256(found.get().content()).equals(record.sha256())) {
        stale.add(new Stale(folder, record, found.get().place() + " changed"));
      }
    }
    return stale;
  }

  private record Found(String place, byte[] content) {}

  private Optional<Found> find(CatalogRecord record) throws IOException {
    String catalog = record.catalog();
    List<Path> places = switch (record.location()) {
      case "SOURCE_PATH" -> sourceRoots;
      case "CLASS_OUTPUT" -> List.of(outputDirectory);
      default -> classPath;
    };
    for (Path place : places) {
      if (Files.isDirectory(place)) {
        Path file = place.resolve(catalog);
        if (Files.isRegularFile(file)) {
          return Optional.of(new Found(file.toString(), Files.readAllBytes(file)));
        }
      } else if (Files.isRegularFile(place)) {
        try (ZipFile jar = new ZipFile(place.toFile())) {
          ZipEntry entry = jar.getEntry(catalog);
          if (entry != null) {
            try (InputStream in = jar.getInputStream(entry)) {
              return Optional.of(new Found(place + "!/" + catalog, in.readAllBytes()));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String where(String location) {
    return switch (location) {
      case "SOURCE_PATH" -> "source roots";
      case "CLASS_OUTPUT" -> "class output";
      default -> "compile class path";
    };
  }
}
