package dev.disstatus.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a table of any {@link TableKind}: a non-empty list of mappings, each read into a draft, then checked across. */
final class TableReader {
  private TableReader() {}

  /** The table's valid entries in document order; every problem of it is reported, so check for those first. */
  static <E, D extends TableKind.Draft<E>> List<E> read(Node node, TableKind<E, D> kind, NodeReader nodes) {
    Optional<List<Node>> items = nodes.list(node, kind::notList, kind::empty);
    if (items.isEmpty()) {
      return List.of();
    }
    List<D> drafts = new ArrayList<>();
    for (Node item : items.get()) {
      nodes.mapping(item, kind.entryName(), kind.entryKeys()).map(fields -> kind.read(nodes, fields))
          .ifPresent(drafts::add);
    }
    kind.checkAcross(drafts, nodes.problems());
    List<E> entries = new ArrayList<>(drafts.size());
    for (D draft : drafts) {
      draft.entry().ifPresent(entries::add);
    }
    return List.copyOf(entries);
  }
}
