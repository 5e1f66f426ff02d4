package dev.disstatus.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog's error-code table: the document it transcribes and its entries in document order.
 *
 * @param source the error-code document, such as {@code ErrorCode} "Error Codes"; the catalog's own source where
 *     the catalog names no other
 * @param entries the error codes, in document order, codes and Java names unique
 */
public record ErrorCodes(CatalogSource source, List<ErrorCodeEntry> entries) {
  public ErrorCodes {
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("an error-code table needs at least one error code");
    }
  }

  /** The entry for an error code, if the table has one. */
  public Optional<ErrorCodeEntry> find(String code) {
    return entries.stream().filter(entry -> entry.code().equals(code)).findFirst();
  }
}
