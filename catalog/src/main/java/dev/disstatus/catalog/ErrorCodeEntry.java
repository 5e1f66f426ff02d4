package dev.disstatus.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the error-code document: an error code that a failed response's body carries, such as
 * {@code {"errorCode":"DIS.4303","message":"Exceeded traffic control limit."}}.
 *
 * @param code the error code exactly as the body carries it, such as {@code DIS.4303}
 * @param status the HTTP status the document gives it, 400..599
 * @param message the document's error message, word for word ({@code %s} placeholders kept)
 * @param description the document's description, word for word
 * @param solution the document's solution, word for word
 * @param guidance what the document tells the client about sending again, where it says so
 * @param constantName the Java enum constant ({@code EXCEEDED_TRAFFIC_CONTROL_LIMIT}), by
 *     {@link NamingRule#errorConstantName(String)} or the catalog's override
 * @param position where the entry starts in its catalog file
 */
public record ErrorCodeEntry(
    String code,
    int status,
    String message,
    String description,
    String solution,
    Optional<ErrorGuidance> guidance,
    String constantName,
    Position position) {

  public ErrorCodeEntry {
    if (code.isEmpty() || hasSpace(code)) {
      throw new IllegalArgumentException("error code '" + code + "' is empty or has spaces");
    }
    if (!Category.of(status).isError()) {
      throw new IllegalArgumentException("error code " + code + " comes with " + status + ", no error status");
    }
    for (String text : new String[] {message, description, solution}) {
      if (text.isBlank()) {
        throw new IllegalArgumentException("error code " + code + " needs a message, a description and a solution");
      }
    }
    Objects.requireNonNull(guidance, "guidance");
    NamingRule.constantProblem(constantName).ifPresent(problem -> {
      throw new IllegalArgumentException("constant name '" + constantName + "' " + problem);
    });
    Objects.requireNonNull(position, "position");
  }

  /** Whether a text holds a whitespace char, which an error code may not. */
  static boolean hasSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
