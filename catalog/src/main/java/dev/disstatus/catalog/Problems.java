package dev.disstatus.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The problems found so far in one catalog file, each at its line and column; every step of a load adds to it. */
final class Problems {
  private final String source;
  private final List<Problem> found = new ArrayList<>();

  /** @param source the name the file is loaded under, which every problem carries */
  Problems(String source) {
    this.source = source;
  }

  void report(Node node, String message) {
    report(NodeReader.position(node), message);
  }

  /** At a mark of the parser; a problem without one (SnakeYAML gives none for some) is put at 1:1. */
  void report(Mark mark, String message) {
    report(mark == null ? new Position(1, 1) : new Position(mark.getLine() + 1, mark.getColumn() + 1), message);
  }

  void report(Position position, String message) {
    found.add(new Problem(source, position, message));
  }

  /** How many problems there are; a step compares counts to tell whether it added one. */
  int count() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Every problem in file order, for {@link CatalogException}. */
  List<Problem> inFileOrder() {
    List<Problem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((Problem p) -> p.position().line())
        .thenComparingInt(p -> p.position().column()));
    return sorted;
  }
}
