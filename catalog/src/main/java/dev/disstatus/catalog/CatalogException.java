package dev.disstatus.catalog;

import java.util.List;

/** A catalog file that cannot be used, with every problem found in it, in file order. */
public final class CatalogException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public CatalogException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the file; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CatalogException needs at least one problem");
    }
    StringBuilder text = new StringBuilder();
    text.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        .append(" in status catalog ")
        .append(problems.get(0).source())
        .append(':');
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append(problem);
    }
    return text.toString();
  }
}
