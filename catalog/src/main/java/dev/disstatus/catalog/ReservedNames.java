package dev.disstatus.catalog;

import java.util.Optional;

/**
 * Java names that the code generated from a catalog keeps for itself. The loader asks about the names of every
 * entry, so that an entry taking one is reported together with the catalog's other problems, at the line that
 * sets the name ({@code javaConstant}, {@code javaType}, or {@code name} for a derived one).
 */
public interface ReservedNames {
  /** Reserves nothing. */
  ReservedNames NONE = new ReservedNames() {};

  /**
   * Why no entry may have this enum constant name, if it may not.
   *
   * @param constantName a valid constant name, derived or set by {@code javaConstant}
   * @return what is wrong and what to do, or empty if the name is free
   */
  default Optional<String> constantProblem(String constantName) {
    return Optional.empty();
  }

  /**
   * Why no error-code entry may have this enum constant name, if it may not.
   *
   * @param constantName a valid constant name, derived from the message or set by {@code javaConstant}
   * @return what is wrong and what to do, or empty if the name is free
   */
  default Optional<String> errorConstantProblem(String constantName) {
    return Optional.empty();
  }

  /**
   * Why an entry with this code may not have this class-name part, if it may not.
   *
   * @param code the entry's status code, 100 to 599
   * @param typeName a valid class-name part, derived or set by {@code javaType}
   * @return what is wrong and what to do, or empty if the name is free
   */
  default Optional<String> typeProblem(int code, String typeName) {
    return Optional.empty();
  }
}
