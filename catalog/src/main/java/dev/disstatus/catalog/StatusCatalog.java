package dev.disstatus.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A status catalog: the document it transcribes and its entries in document order, and, if it has one, its
 * error-code table.
 *
 * @param sourceId the source document's id, such as {@code dis_02_0022}
 * @param sourceTitle the source document's title, such as {@code Status Codes}
 * @param entries the statuses, in document order, codes and Java names unique
 * @param errorCodes the error codes a failed response's body may carry, where the catalog lists them
 */
public record StatusCatalog(String sourceId, String sourceTitle, List<StatusEntry> entries,
    Optional<ErrorCodes> errorCodes) {
  /** The class path resource holding DIS's own catalog, transcribed from {@code dis_02_0022} "Status Codes". */
  public static final String BUNDLED_RESOURCE = "dev/disstatus/catalog/dis-status-codes.yaml";

  public StatusCatalog {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(sourceTitle, "sourceTitle");
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a catalog needs at least one status");
    }
    Objects.requireNonNull(errorCodes, "errorCodes");
  }

  /** A catalog without an error-code table. */
  public StatusCatalog(String sourceId, String sourceTitle, List<StatusEntry> entries) {
    this(sourceId, sourceTitle, entries, Optional.empty());
  }

  /** The entry for a code, if the catalog has one. */
  public Optional<StatusEntry> find(int code) {
    return entries.stream().filter(entry -> entry.code() == code).findFirst();
  }

  /**
   * Loads DIS's own catalog from this module's resources.
   *
   * @throws IllegalStateException if the bundled file is missing or broken, which the module's tests rule out
   */
  public static StatusCatalog bundled() {
    try (InputStream in = StatusCatalog.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled catalog " + BUNDLED_RESOURCE + " is not on the class path");
      }
      return CatalogLoader.load(in, BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CatalogException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
