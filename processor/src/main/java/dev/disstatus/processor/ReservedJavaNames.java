package dev.disstatus.processor;

import dev.disstatus.catalog.Category;
import dev.disstatus.catalog.ReservedNames;
import java.util.Optional;

/**
 * The Java names a package's generated code keeps for itself, which the catalog loader refuses to entries: an
 * error entry's exception must not be one of the shared types, and a constant must not be a name the status enum
 * uses inside its own body.
 */
final class ReservedJavaNames implements ReservedNames {
  private final TypeNames names;

  ReservedJavaNames(TypeNames names) {
    this.names = names;
  }

  @Override
  public Optional<String> constantProblem(String constantName) {
    return StatusEnumGenerator.NAMES_IN_BODY.contains(constantName)
        ? Optional.of(ProcessorMessages.reservedConstant(constantName))
        : Optional.empty();
  }

  @Override
  public Optional<String> typeProblem(int code, String typeName) {
    if (!Category.of(code).isError()) {
      return Optional.empty();
    }
    return names.sharedTypeNamedLike(typeName).map(shared -> ProcessorMessages.reservedTypeName(typeName, shared));
  }
}
