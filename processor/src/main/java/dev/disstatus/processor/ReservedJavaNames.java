package dev.disstatus.processor;

import dev.disstatus.catalog.Category;
import dev.disstatus.catalog.ReservedNames;
import java.util.Optional;
import java.util.Set;

/**
 * The Java names a package's generated code keeps for itself, which the catalog loader refuses to entries: an
 * error entry's exception, nested in its series exception, must not take that class's own simple name, and a
 * constant must not be a name the status enum uses inside its own body. The generators read the names they keep
 * from here.
 */
final class ReservedJavaNames implements ReservedNames {
  /** The status enum's nested class holding its lookup tables. */
  static final String STATUS_LOOKUP_CLASS = "ByCode";

  /**
   * Names the status enum's own code uses by their simple name: its fields, which a constant of the same name
   * would duplicate, and {@code Optional} and the nested {@link #STATUS_LOOKUP_CLASS}, whose static members a
   * constant of that name would obscure (JLS 6.4.2), as it would {@code java} where a hand-written
   * {@code Optional} makes JavaPoet write {@code java.util.Optional}. No constant may take one.
   */
  static final Set<String> STATUS_ENUM_NAMES =
      Set.of("code", "reasonPhrase", "description", "guidance", "Optional", "java", STATUS_LOOKUP_CLASS);

  /** The error-code enum's nested guidance enum. */
  static final String ERROR_GUIDANCE_ENUM = "Guidance";

  /** The error-code enum's nested class holding the table of {@code find}. */
  static final String ERROR_LOOKUP_CLASS = "ByCode";

  /**
   * Names the error-code enum's own code uses by their simple name, for the same reasons: its fields, and
   * {@code Optional}, {@code java} and the nested {@link #ERROR_GUIDANCE_ENUM} and {@link #ERROR_LOOKUP_CLASS}. No
   * error-code constant may take one.
   */
  static final Set<String> ERROR_ENUM_NAMES = Set.of("code", "status", "message", "description", "solution",
      "guidance", "found", "Optional", "java", ERROR_GUIDANCE_ENUM, ERROR_LOOKUP_CLASS);

  private final TypeNames names;

  ReservedJavaNames(TypeNames names) {
    this.names = names;
  }

  @Override
  public Optional<String> constantProblem(String constantName) {
    return STATUS_ENUM_NAMES.contains(constantName)
        ? Optional.of(ProcessorMessages.reservedConstant(constantName))
        : Optional.empty();
  }

  @Override
  public Optional<String> errorConstantProblem(String constantName) {
    return ERROR_ENUM_NAMES.contains(constantName)
        ? Optional.of(ProcessorMessages.reservedErrorConstant(constantName))
        : Optional.empty();
  }

  @Override
  public Optional<String> typeProblem(int code, String typeName) {
    if (!Category.of(code).isError()) {
      return Optional.empty();
    }
    return names.enclosingNamedLike(code, typeName)
        .map(series -> ProcessorMessages.reservedTypeName(typeName, series));
  }
}
