package dev.disstatus.catalog;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a catalog's root node: its {@code source}, its {@code statuses}, and, where it has them, its
 * {@code errorCodes} with their own {@code errorSource}; every problem reported on the way.
 */
final class CatalogReader {
  private final NodeReader nodes;
  private final StatusTable statuses;
  private final ErrorCodeTable errorCodes;

  CatalogReader(NodeReader nodes, ReservedNames reserved) {
    this.nodes = nodes;
    this.statuses = new StatusTable(reserved);
    this.errorCodes = new ErrorCodeTable(reserved);
  }

  /** The catalog, or empty if any problem was found (in it or before it). */
  Optional<StatusCatalog> read(Node root) {
    Optional<NodeReader.Fields> fields = nodes.mapping(root, CatalogMessages.CATALOG, CatalogLoader.ROOT_KEYS);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Optional<CatalogSource> source =
        nodes.required(fields.get(), "source").flatMap(node -> source(node, CatalogMessages.SOURCE));
    List<StatusEntry> entries = table(fields.get(), statuses);
    Optional<List<ErrorCodeEntry>> errors = fields.get().optional(errorCodes.key())
        .map(node -> TableReader.read(node, errorCodes, nodes));
    Optional<Node> errorSourceNode = fields.get().optional("errorSource");
    Optional<CatalogSource> errorSource =
        errorSourceNode.flatMap(node -> source(node, CatalogMessages.ERROR_SOURCE));
    if (errorSourceNode.isPresent() && errors.isEmpty()) {
      nodes.problems().report(fields.get().keys().get("errorSource").getKeyNode(),
          CatalogMessages.errorSourceWithoutErrorCodes());
    }
    if (source.isEmpty() || entries.isEmpty() || !nodes.problems().isEmpty()) {
      return Optional.empty();
    }
    Optional<ErrorCodes> errorTable = errors.map(list -> new ErrorCodes(errorSource.orElse(source.get()), list));
    return Optional.of(new StatusCatalog(source.get(), entries, errorTable));
  }

  /** A table the catalog must have, its entries once all are valid; empty if it is missing or has problems. */
  private <E, D extends TableKind.Draft<E>> List<E> table(NodeReader.Fields root, TableKind<E, D> kind) {
    return nodes.required(root, kind.key()).map(node -> TableReader.read(node, kind, nodes)).orElse(List.of());
  }

  /** A document's id and title, under {@code source} or {@code errorSource} ({@code what}, for messages). */
  private Optional<CatalogSource> source(Node node, String what) {
    Optional<NodeReader.Fields> fields = nodes.mapping(node, what, CatalogLoader.SOURCE_KEYS);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> id = nodes.required(fields.get(), "id").flatMap(value -> nodes.limitedText(value, "id"));
    Optional<String> title = nodes.required(fields.get(), "title").flatMap(value -> nodes.limitedText(value, "title"));
    return id.isPresent() && title.isPresent()
        ? Optional.of(new CatalogSource(id.get(), title.get()))
        : Optional.empty();
  }
}
