package dev.disstatus.catalog;

/**
 * A place in a catalog file, 1-based, so that a message about an entry can point at the line to fix.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Position(int line, int column) {
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
