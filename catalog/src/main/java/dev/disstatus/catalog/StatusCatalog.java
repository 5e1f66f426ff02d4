package dev.disstatus.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
/**
 * A status catalog: the document it transcribes and its tables, each a list of entries in document order.
 *
 * <p>Each table is a component of its own, read by a {@code TableKind} from its top-level key: {@code statuses},
 * and, where the catalog has them, {@code errorCodes} (read by {@code ErrorCodeTable}, generated as the
 * error-code enum).
 *
 * @param source the document the catalog transcribes
 * @param statuses the {@code statuses} table, in document order, codes and Java names unique
 * @param errorCodes the {@code errorCodes} table, where the catalog has one: the codes a failed response's body
 *     may carry
 */
public record StatusCatalog(CatalogSource source, List<StatusEntry> statuses, Optional<ErrorCodes> errorCodes) {
  /** The class path resource holding DIS's own catalog, transcribed from {@code dis_02_0022} "Status Codes". */
  public static final String BUNDLED_RESOURCE = "dev/disstatus/catalog/dis-status-codes.yaml";

  public StatusCatalog {
    Objects.requireNonNull(source, "source");
    statuses = List.copyOf(statuses);
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("a catalog needs at least one status");
    }
    Objects.requireNonNull(errorCodes, "errorCodes");
  }

  /** A catalog without an error-code table. */
  public StatusCatalog(CatalogSource source, List<StatusEntry> statuses) {
    this(source, statuses, Optional.empty());
  }

  /** The entry for a code, if the catalog has one. */
  public Optional<StatusEntry> find(int code) {
    return statuses.stream().filter(entry -> entry.code() == code).findFirst();
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
