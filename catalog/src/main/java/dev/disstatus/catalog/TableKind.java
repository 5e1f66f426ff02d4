package dev.disstatus.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One kind of table a catalog holds under a top-level key, such as its {@code statuses}: the keys its entries
 * have, how one entry is read, and how the entries are checked against each other. {@link TableReader} does the
 * rest (the list, the mapping of each entry, unknown and misspelt keys) alike for every kind.
 *
 * <p>A second kind of table is a second implementation beside {@link StatusTable}: its keys and messages, its
 * entries' values read with {@link NodeReader} (text, paragraphs, Java names), and its checks across entries
 * with a {@link FirstByKey} per key that must be unique. {@link CatalogReader} reads it from its top-level key
 * (listed in {@link CatalogLoader#ROOT_KEYS}) and {@link StatusCatalog} holds it as a component of its own.
 *
 * @param <E> the model of one entry, such as {@link StatusEntry}
 * @param <D> what is read of one entry even when it has problems, so that the checks across entries see it too
 */
interface TableKind<E, D extends TableKind.Draft<E>> {
  /** The top-level key the table sits under, such as {@code statuses}. */
  String key();

  /** One entry as messages name it, such as {@link CatalogMessages#ENTRY}. */
  String entryName();

  /** The keys of an entry, in the order messages list them. */
  List<String> entryKeys();

  /** The message for a table that is no list, given what was found instead. */
  String notList(String found);

  /** The message for a table without entries. */
  String empty();

  /** Reads one entry whose keys are checked already, reporting each problem of its values. */
  D read(NodeReader nodes, NodeReader.Fields entry);

  /** Reports what is wrong between entries (the same key twice, clashing Java names); each draft in table order. */
  void checkAcross(List<D> drafts, Problems problems);

  /** What could be read of one entry: the entry itself if every part of it is valid. */
  interface Draft<E> {
    Optional<E> entry();
  }
}
