package dev.disstatus.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Reads a status catalog from YAML and checks all of it, so that a catalog either loads whole or fails with
 * every problem in it, each at its line and column.
 *
 * <p>The steps, each in a class of its own: the bytes are decoded as strict UTF-8 ({@link Utf8Text}); the text is
 * composed into YAML nodes, refusing tags, aliases, deep nesting and large inputs while it parses
 * ({@link GuardedYaml}), so that nothing is ever constructed from the file and a hostile one costs no more than
 * reading its first {@link #MAX_BYTES} bytes; the nodes are read into the model ({@link CatalogReader}), each table
 * by its {@link TableKind}, and its entries checked against each other.
 */
public final class CatalogLoader {
  /** The largest catalog read, in bytes; DIS's own is about 16 KiB. */
  public static final int MAX_BYTES = 1 << 20;

  /** How deep lists and mappings may nest; a catalog needs 4 (root, statuses, entry, description). */
  public static final int MAX_DEPTH = 8;

  /**
   * The longest text of one kind, in chars: a source id or title, a name, a description with its paragraphs.
   * Generated code holds each in a string constant, and a class file allows 65,535 bytes of modified UTF-8 per
   * constant, up to three per char; the longest constant, which quotes the source id and title together, stays
   * below that. DIS's own texts are a few hundred chars.
   */
  public static final int MAX_TEXT = 10_000;

  /** The keys of a catalog's top level, in the order messages list them. */
  public static final List<String> ROOT_KEYS = List.of("source", "statuses", "errorSource", "errorCodes");

  /** The keys of its {@code source} and {@code errorSource}. */
  public static final List<String> SOURCE_KEYS = List.of("id", "title");

  /** The keys of a status entry. */
  public static final List<String> ENTRY_KEYS = StatusTable.ENTRY_KEYS;

  /** The keys of an error-code entry. */
  public static final List<String> ERROR_ENTRY_KEYS = ErrorCodeTable.ENTRY_KEYS;

  private CatalogLoader() {}

  /**
   * Loads a catalog.
   *
   * @param in the YAML, UTF-8 with or without a byte order mark; read to its end (or past {@link #MAX_BYTES})
   *     but not closed
   * @param sourceName the name to give in messages, usually the file or resource path
   * @return the catalog, every check passed
   * @throws CatalogException listing every problem found, each with {@code sourceName:line:column}
   * @throws IOException if the stream cannot be read
   */
  public static StatusCatalog load(InputStream in, String sourceName) throws IOException, CatalogException {
    return load(in, sourceName, ReservedNames.NONE);
  }

  /**
   * Loads a catalog for code that keeps some Java names for itself: an entry that takes one is a problem like
   * any other of the file.
   *
   * @param in the YAML, as for {@link #load(InputStream, String)}
   * @param sourceName the name to give in messages
   * @param reserved the names the entries may not take
   * @return the catalog, every check passed
   * @throws CatalogException listing every problem found, each with {@code sourceName:line:column}
   * @throws IOException if the stream cannot be read
   */
  public static StatusCatalog load(InputStream in, String sourceName, ReservedNames reserved)
      throws IOException, CatalogException {
    Problems problems = new Problems(sourceName);
    Optional<StatusCatalog> catalog = read(in.readNBytes(MAX_BYTES + 1), problems, reserved);
    if (!problems.isEmpty() || catalog.isEmpty()) {
      throw new CatalogException(problems.inFileOrder());
    }
    return catalog.get();
  }

  private static Optional<StatusCatalog> read(byte[] bytes, Problems problems, ReservedNames reserved) {
    if (bytes.length > MAX_BYTES) {
      problems.report(new Position(1, 1), CatalogMessages.tooLarge(MAX_BYTES));
      return Optional.empty();
    }
    return Utf8Text.decode(bytes, problems)
        .flatMap(text -> GuardedYaml.compose(text, problems))
        .flatMap(root -> new CatalogReader(new NodeReader(problems), reserved).read(root));
  }
}
