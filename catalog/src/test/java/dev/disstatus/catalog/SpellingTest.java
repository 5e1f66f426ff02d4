package dev.disstatus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which known word a misspelt one means: two edits at most, or a difference of case alone. */
class SpellingTest {
  private static final List<String> KEYS = List.of("code", "name", "description", "guidance", "javaConstant",
      "javaType");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"nmae, name", "Code, code", "descripton, description", "javatype, javaType", "JAVATYPE, javaType",
      "colour, ''", "guidence, guidance", "javaConst, ''"})
  void suggestsTheKeyAMisspeltOneMeans(String written, String meant) {
    assertEquals(meant.isEmpty() ? Optional.empty() : Optional.of(meant), Spelling.closest(written, KEYS));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"mycodes.yaml, my-codes.yaml", "my-codes.yml, my-codes.yaml", "codes.yaml, ''"})
  void suggestsAFileNameBesideAMissingOne(String asked, String there) {
    assertEquals(there.isEmpty() ? Optional.empty() : Optional.of(there),
        Spelling.closest(asked, List.of("my-codes.yaml", "README.md")));
  }
}
