package dev.disstatus.catalog;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The {@code errorCodes} table: how one error-code entry is read (the code as text, an error status, the
 * document's three texts, the guidance, the Java constant from the message or its override), and how entries are
 * checked against each other (codes and constants unique).
 */
final class ErrorCodeTable implements TableKind<ErrorCodeEntry, ErrorCodeTable.Draft> {
  /** The keys of an error-code entry. */
  static final List<String> ENTRY_KEYS =
      List.of("code", "status", "message", "description", "solution", "guidance", "javaConstant");

  private final ReservedNames reserved;

  ErrorCodeTable(ReservedNames reserved) {
    this.reserved = reserved;
  }

  /** What could be read of one entry: each part that is valid, and the entry itself if all of them are. */
  record Draft(Optional<String> code, Optional<String> constant, Position position,
      Optional<ErrorCodeEntry> entry) implements TableKind.Draft<ErrorCodeEntry> {}

  @Override
  public String key() {
    return "errorCodes";
  }

  @Override
  public String entryName() {
    return CatalogMessages.ERROR_ENTRY;
  }

  @Override
  public List<String> entryKeys() {
    return ENTRY_KEYS;
  }

  @Override
  public String notList(String found) {
    return CatalogMessages.errorCodesNotList(found);
  }

  @Override
  public String empty() {
    return CatalogMessages.emptyErrorCodes();
  }

  @Override
  public Draft read(NodeReader nodes, NodeReader.Fields entry) {
    int before = nodes.problems().count();
    Optional<String> code = nodes.required(entry, "code").flatMap(node -> code(nodes, node));
    Optional<Integer> status = nodes.required(entry, "status").flatMap(node -> status(nodes, node));
    Optional<String> message = nodes.required(entry, "message").flatMap(node -> nodes.limitedText(node, "message"));
    Optional<String> description =
        nodes.required(entry, "description").flatMap(node -> nodes.limitedText(node, "description"));
    Optional<String> solution = nodes.required(entry, "solution").flatMap(node -> nodes.limitedText(node, "solution"));
    Optional<ErrorGuidance> guidance = entry.optional("guidance")
        .flatMap(node -> nodes.oneOf(node, "guidance", key -> KeyedValue.ofKey(ErrorGuidance.values(), key),
            CatalogMessages::unknownErrorGuidance));
    Optional<String> constant = nodes.javaName(entry, "javaConstant", NamingRule::constantProblem);
    if (message.isPresent() && !entry.has("javaConstant")) {
      constant = derived(nodes, entry.optional("message").orElseThrow(), message.get());
    }
    // A name the generated code keeps is reported where the name is set: at its override, else at 'message'.
    Optional<Node> constantAt = entry.optional("javaConstant").or(() -> entry.optional("message"));
    constant = constant.flatMap(value -> nodes.unless(constantAt.get(), value, reserved.errorConstantProblem(value)));
    Position position = NodeReader.position(entry.node());
    Optional<ErrorCodeEntry> complete = Optional.empty();
    if (nodes.problems().count() == before && code.isPresent() && status.isPresent() && message.isPresent()
        && description.isPresent() && solution.isPresent() && constant.isPresent()) {
      complete = Optional.of(new ErrorCodeEntry(code.get(), status.get(), message.get(), description.get(),
          solution.get(), guidance, constant.get(), position));
    }
    return new Draft(code, constant, position, complete);
  }

  /**
   * Codes unique, then constants: an entry whose code is taken already is not compared further. Entries with
   * problems of their own are compared too, so that fixing those brings up no new problem.
   */
  @Override
  public void checkAcross(List<Draft> drafts, Problems problems) {
    FirstByKey<String, Draft> byCode = new FirstByKey<>();
    FirstByKey<String, Draft> byConstant = new FirstByKey<>();
    for (Draft draft : drafts) {
      if (draft.code().isEmpty()) {
        continue;
      }
      Optional<Draft> sameCode = byCode.claim(draft.code().get(), draft);
      if (sameCode.isPresent()) {
        problems.report(draft.position(),
            CatalogMessages.duplicateErrorCode(draft.code().get(), sameCode.get().position()));
        continue;
      }
      Optional<Draft> sameConstant = draft.constant().flatMap(constant -> byConstant.claim(constant, draft));
      sameConstant.ifPresent(other -> problems.report(draft.position(), CatalogMessages.errorNameClash(
          draft.constant().get(), other.code().get(), other.position())));
    }
  }

  /** The code as text (a number must be quoted, so that {@code 0042} stays as written) without spaces. */
  private static Optional<String> code(NodeReader nodes, Node node) {
    Optional<String> code = nodes.limitedText(node, "code");
    return code.flatMap(value -> nodes.unless(node, value, ErrorCodeEntry.hasSpace(value)
        ? Optional.of(CatalogMessages.errorCodeWithSpace(value))
        : Optional.empty()));
  }

  private static Optional<Integer> status(NodeReader nodes, Node node) {
    return nodes.httpStatus(node, "status").flatMap(status -> nodes.unless(node, status,
        Category.of(status).isError() ? Optional.empty() : Optional.of(CatalogMessages.errorStatusNotError(status))));
  }

  /** The constant the naming rule derives from the message, if valid. */
  private static Optional<String> derived(NodeReader nodes, Node at, String message) {
    String derived = NamingRule.errorConstantName(message);
    // Empty exactly when the message has no words: each word gives the constant at least one char.
    Optional<String> problem = derived.isEmpty()
        ? Optional.of(CatalogMessages.messageWithoutWords())
        : NamingRule.constantProblem(derived);
    return nodes.unless(at, derived, problem.map(p -> CatalogMessages.derivedErrorName(message, derived, p)));
  }
}
