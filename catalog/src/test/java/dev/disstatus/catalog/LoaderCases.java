package dev.disstatus.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/** What the loader's rule tests share: the name their files load under, loading, and one rule as a test case. */
final class LoaderCases {
  static final String SOURCE_NAME = "test.yaml";

  private LoaderCases() {}

  /** A parameterized case: the rule's name, a file breaking it and the problems it must give, in file order. */
  static Arguments rule(String rule, String yaml, Problem... expected) {
    return Arguments.of(rule, yaml, List.of(expected));
  }

  static Problem problem(int line, int column, String message) {
    return new Problem(SOURCE_NAME, new Position(line, column), message);
  }

  static StatusCatalog load(String yaml) throws IOException, CatalogException {
    return CatalogLoader.load(new ByteArrayInputStream(yaml.getBytes(UTF_8)), SOURCE_NAME);
  }

  /** The problems a file gives; it must give some. */
  static List<Problem> problems(byte[] yaml) {
    CatalogException e = assertThrows(CatalogException.class,
        () -> CatalogLoader.load(new ByteArrayInputStream(yaml), SOURCE_NAME));
    return e.problems();
  }

  /** The problems a file gives; it must give some. */
  static List<Problem> problems(String yaml) {
    return problems(yaml.getBytes(UTF_8));
  }

  /**
   * An entry's {@code key: value} lines with some replaced or added: a line whose key the entry has replaces that
   * line, another is added at the end.
   */
  static List<String> withLines(List<String> entry, String... lines) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String line : entry) {
      byKey.put(keyOf(line), line);
    }
    for (String line : lines) {
      byKey.put(keyOf(line), line);
    }
    return new ArrayList<>(byKey.values());
  }

  /** An entry's lines without the one of a key. */
  static List<String> withoutKey(List<String> entry, String key) {
    return entry.stream().filter(line -> !keyOf(line).equals(key)).toList();
  }

  private static String keyOf(String line) {
    return line.substring(0, line.indexOf(':'));
  }
}
