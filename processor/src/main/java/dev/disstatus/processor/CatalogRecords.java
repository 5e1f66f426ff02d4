package dev.disstatus.processor;

import dev.disstatus.catalog.CatalogRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.security.DigestInputStream;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.tools.StandardLocation;

/**
 * Leaves beside a package's generated sources what its compile read from a catalog of the user's own
 * ({@link CatalogRecord}): dis-status-maven-plugin compares it with the catalog before the next compile, since
 * maven-compiler-plugin does not see a catalog change. It goes to the generated sources, not the class output,
 * so nothing of it is in the user's jar. The bundled catalog gets no record: it changes only with the processor.
 */
final class CatalogRecords {
  private final Filer filer;

  CatalogRecords(Filer filer) {
    this.filer = filer;
  }

  /** A catalog's bytes as {@link CatalogLocator} found them at {@code location}, digested while they are read. */
  static InputStream reading(InputStream in, String catalog, StandardLocation location) {
    return new Reading(in, catalog, location);
  }

  /** The record of what {@code file} gave its reader, if it is a catalog of the user's own, read to the end. */
  static Optional<CatalogRecord> of(CatalogFile file) {
    return file.in() instanceof Reading reading
        ? Optional.of(CatalogRecord.of(reading.catalog, reading.location.name(), reading.getMessageDigest()))
        : Optional.empty();
  }

  /** Writes {@code record} into the package's folder of the generated sources. */
  void write(PackageElement pkg, CatalogRecord record, ErrorReporter reporter) {
    try (Writer writer = filer.createResource(StandardLocation.SOURCE_OUTPUT, pkg.getQualifiedName().toString(),
        CatalogRecord.FILE_NAME, pkg).openWriter()) {
      writer.write(record.text());
    } catch (IOException e) {
      throw reporter.abortWithError(ProcessorMessages.writeFailed(CatalogRecord.FILE_NAME, e.getMessage()));
    }
  }

  private static final class Reading extends DigestInputStream {
    private final String catalog;
    private final StandardLocation location;

    Reading(InputStream in, String catalog, StandardLocation location) {
      super(in, CatalogRecord.digest());
      this.catalog = catalog;
      this.location = location;
    }
  }
}
