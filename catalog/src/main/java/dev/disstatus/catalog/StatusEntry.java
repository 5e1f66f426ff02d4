package dev.disstatus.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the status document.
 *
 * @param code the HTTP status code, 100..599
 * @param name the document's name for it, exactly as written ({@code NoContent}, {@code Request Time-out})
 * @param description the document's description, one string per paragraph, word for word
 * @param guidance what the document tells the client to do, where it says so
 * @param constantName the Java enum constant ({@code NO_CONTENT}), by {@link NamingRule} or the catalog's override
 * @param typeName the class-name part ({@code NoContent}), by {@link NamingRule} or the catalog's override
 * @param position where the entry starts in its catalog file
 */
public record StatusEntry(
    int code,
    String name,
    List<String> description,
    Optional<Guidance> guidance,
    String constantName,
    String typeName,
    Position position) {

  public StatusEntry {
    Category.of(code);
    if (name.isBlank()) {
      throw new IllegalArgumentException("status " + code + " has an empty name");
    }
    description = List.copyOf(description);
    if (description.isEmpty() || anyBlank(description)) {
      throw new IllegalArgumentException("status " + code + " needs a description of non-empty paragraphs");
    }
    Objects.requireNonNull(guidance, "guidance");
    NamingRule.constantProblem(constantName).ifPresent(problem -> {
      throw new IllegalArgumentException("constant name '" + constantName + "' " + problem);
    });
    NamingRule.typeProblem(typeName).ifPresent(problem -> {
      throw new IllegalArgumentException("type name '" + typeName + "' " + problem);
    });
    Objects.requireNonNull(position, "position");
  }

  /** The category the code falls in. */
  public Category category() {
    return Category.of(code);
  }

  /** Whether the code reports a failed request (4xx or 5xx), so that it gets an exception class of its own. */
  public boolean isError() {
    return category().isError();
  }

  /** The description's paragraphs joined by a blank line. */
  public String descriptionText() {
    return String.join("\n\n", description);
  }

  private static boolean anyBlank(List<String> paragraphs) {
    for (String paragraph : paragraphs) {
      if (paragraph.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
