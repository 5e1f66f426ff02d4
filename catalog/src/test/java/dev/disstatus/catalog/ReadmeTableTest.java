package dev.disstatus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of the 43 codes in README.md says what the catalog and the naming rule give, row for row. */
class ReadmeTableTest {
  @Test
  void readmeTableMatchesTheCatalog() throws IOException {
    Path readme = Path.of("..", "README.md");
    List<String> rows = Files.readAllLines(readme).stream()
        .filter(line -> line.matches("\\| [1-5][0-9][0-9] \\|.*"))
        .toList();
    List<String> expected = StatusCatalog.bundled().statuses().stream()
        .map(entry -> "| " + entry.code() + " | " + entry.name() + " | `" + entry.constantName() + "` | "
            + (entry.isError() ? "`Dis" + (entry.code() < 500 ? "Client" : "Server") + "ErrorException."
                + entry.typeName() + "`" : "") + " | "
            + entry.guidance().map(Guidance::key).orElse("") + " |")
        .toList();
    assertEquals(expected, rows);
  }
}
