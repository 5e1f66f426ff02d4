package dev.disstatus.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The {@code statuses} table: how one status entry is read, its Java names derived or overridden and checked
 * against the names the generated code keeps, and how entries are checked against each other (codes and Java
 * names unique, type names unique even ignoring case).
 */
final class StatusTable implements TableKind<StatusEntry, StatusTable.Draft> {
  /** The keys of a status entry. */
  static final List<String> ENTRY_KEYS = List.of("code", "name", "description", "guidance", "javaConstant", "javaType");

  private final ReservedNames reserved;

  StatusTable(ReservedNames reserved) {
    this.reserved = reserved;
  }

  /** What could be read of one entry: each part that is valid, and the entry itself if all of them are. */
  record Draft(Optional<Integer> code, Optional<String> name, Optional<String> constant, Optional<String> type,
      Position position, Optional<StatusEntry> entry) implements TableKind.Draft<StatusEntry> {}

  @Override
  public String key() {
    return "statuses";
  }

  @Override
  public String entryName() {
    return CatalogMessages.ENTRY;
  }

  @Override
  public List<String> entryKeys() {
    return ENTRY_KEYS;
  }

  @Override
  public String notList(String found) {
    return CatalogMessages.statusesNotList(found);
  }

  @Override
  public String empty() {
    return CatalogMessages.emptyStatuses();
  }

  @Override
  public Draft read(NodeReader nodes, NodeReader.Fields entry) {
    int before = nodes.problems().count();
    Optional<Integer> code = nodes.required(entry, "code").flatMap(node -> nodes.httpStatus(node, "code"));
    Optional<String> name = nodes.required(entry, "name").flatMap(node -> nodes.limitedText(node, "name"));
    Optional<List<String>> description =
        nodes.required(entry, "description").flatMap(node -> nodes.paragraphs(node, "description"));
    Optional<Guidance> guidance = entry.optional("guidance")
        .flatMap(node -> nodes.oneOf(node, "guidance", Guidance::ofKey, CatalogMessages::unknownGuidance));
    Optional<String> constant = nodes.javaName(entry, "javaConstant", NamingRule::constantProblem);
    Optional<String> type = nodes.javaName(entry, "javaType", NamingRule::typeProblem);
    if (name.isPresent()) {
      Node nameNode = entry.optional("name").orElseThrow();
      if (!entry.has("javaConstant")) {
        constant = nodes.derivedJavaName(nameNode, name.get(), CatalogMessages.CONSTANT, NamingRule.constantName(name.get()),
            NamingRule::constantProblem);
      }
      if (!entry.has("javaType") && (entry.has("javaConstant") || constant.isPresent())) {
        type = nodes.derivedJavaName(nameNode, name.get(), CatalogMessages.TYPE_NAME, NamingRule.typeName(name.get()),
            NamingRule::typeProblem);
      }
    }
    // A name the generated code keeps is reported where the name is set: at its override, else at 'name'.
    Optional<Node> constantAt = entry.optional("javaConstant").or(() -> entry.optional("name"));
    constant = constant.flatMap(value -> nodes.unless(constantAt.get(), value, reserved.constantProblem(value)));
    if (code.isPresent()) {
      int status = code.get();
      Optional<Node> typeAt = entry.optional("javaType").or(() -> entry.optional("name"));
      type = type.flatMap(value -> nodes.unless(typeAt.get(), value, reserved.typeProblem(status, value)));
    }
    Position position = NodeReader.position(entry.node());
    Optional<StatusEntry> complete = Optional.empty();
    if (nodes.problems().count() == before && code.isPresent() && name.isPresent() && description.isPresent()
        && constant.isPresent() && type.isPresent()) {
      complete = Optional.of(new StatusEntry(code.get(), name.get(), description.get(), guidance, constant.get(),
          type.get(), position));
    }
    return new Draft(code, name, constant, type, position, complete);
  }

  /**
   * Codes unique, then Java names: an entry whose code is taken already is not compared further, as its names
   * would only repeat the one problem. Entries with problems of their own are compared too, so that fixing those
   * brings up no new problem.
   */
  @Override
  public void checkAcross(List<Draft> drafts, Problems problems) {
    FirstByKey<Integer, Draft> byCode = new FirstByKey<>();
    FirstByKey<String, Draft> byConstant = new FirstByKey<>();
    FirstByKey<String, Draft> byType = new FirstByKey<>();
    for (Draft draft : drafts) {
      if (draft.code().isEmpty() || draft.name().isEmpty()) {
        continue;
      }
      int code = draft.code().get();
      Optional<Draft> sameCode = byCode.claim(code, draft);
      if (sameCode.isPresent()) {
        problems.report(draft.position(),
            CatalogMessages.duplicateCode(code, sameCode.get().name().get(), sameCode.get().position()));
        continue;
      }
      Optional<Draft> sameConstant = draft.constant().flatMap(constant -> byConstant.claim(constant, draft));
      // Type names name files, and two that differ only in case are one file on Windows and macOS.
      Optional<Draft> sameType = draft.type().flatMap(type -> byType.claim(type.toLowerCase(Locale.ROOT), draft));
      if (sameConstant.isPresent()) {
        Draft other = sameConstant.get();
        problems.report(draft.position(), CatalogMessages.nameClash(CatalogMessages.CONSTANT, draft.constant().get(),
            other.name().get(), other.code().get(), other.position()));
      } else if (sameType.isPresent()) {
        Draft other = sameType.get();
        problems.report(draft.position(), other.type().equals(draft.type())
            ? CatalogMessages.nameClash(CatalogMessages.TYPE_NAME, draft.type().get(), other.name().get(),
                other.code().get(), other.position())
            : CatalogMessages.typeNameCaseClash(draft.type().get(), other.type().get(), other.name().get(),
                other.code().get(), other.position()));
      }
    }
  }
}
