package dev.disstatus.catalog;

import java.util.Objects;

/**
 * One thing wrong in a catalog file: where it is and what to do about it.
 *
 * @param source the name the catalog was loaded under, usually its file or resource path
 * @param position where in that file
 * @param message what is wrong and what to do, without the place
 */
public record Problem(String source, Position position, String message) {
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  /** {@code source:line:column: message}, the form compilers use, which IDEs and terminals turn into links. */
  @Override
  public String toString() {
    return source + ":" + position + ": " + message;
  }
}
