package dev.disstatus.processor;

import static dev.disstatus.processor.Fixture.ENTRY_404;
import static dev.disstatus.processor.Fixture.statuses;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disstatus.catalog.CatalogException;
import dev.disstatus.catalog.CatalogLoader;
import dev.disstatus.catalog.Position;
import dev.disstatus.catalog.Problem;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The names the generated code keeps for itself, refused to a catalog's entries by the loader at the line that
 * gives the name, with the exact message: the rules, without a compile. {@code NameCollisionTest} checks one of
 * each through javac, on the catalog attribute. Lines count as in {@link Fixture#statuses}.
 */
class ReservedJavaNamesTest {
  private static final String SOURCE = "codes.yaml";

  @ParameterizedTest(name = "javaConstant: {0}")
  @ValueSource(strings = {"code", "reasonPhrase", "description", "guidance", "Optional", "java", "ByCode"})
  void aConstantNamedLikeANameTheEnumUsesIsRefusedAtItsOverride(String constant) {
    assertEquals(List.of(problem(6, 19, ProcessorMessages.reservedConstant(constant))),
        problems(statuses(ENTRY_404 + "    javaConstant: " + constant + "\n"), "Dis"));
  }

  @ParameterizedTest(name = "javaConstant: {0}")
  @ValueSource(strings = {"code", "status", "message", "description", "solution", "guidance", "found", "Optional",
      "java", "Guidance", "ByCode"})
  void anErrorConstantNamedLikeANameTheErrorEnumUsesIsRefusedAtItsOverride(String constant) {
    assertEquals(List.of(problem(12, 19, ProcessorMessages.reservedErrorConstant(constant))), problems(
        statuses(ENTRY_404) + NameCollisionTest.ERROR_CODES + "    javaConstant: " + constant + "\n", "Dis"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void anErrorEntryNamedLikeItsSeriesClassIsRefusedAtItsName(String entry, String prefix, Problem expected) {
    assertEquals(List.of(expected), problems(statuses(entry), prefix));
  }

  static Stream<Arguments> anErrorEntryNamedLikeItsSeriesClassIsRefusedAtItsName() {
    return Stream.of(
        Arguments.of("  - code: 400\n    name: Dis Client Error Exception\n    description: x\n", "Dis",
            problem(4, 11, ProcessorMessages.reservedTypeName("DisClientErrorException",
                "DisClientErrorException"))),
        Arguments.of("  - code: 503\n    name: Dis Server Error Exception\n    description: x\n", "Dis",
            problem(4, 11, ProcessorMessages.reservedTypeName("DisServerErrorException",
                "DisServerErrorException"))),
        Arguments.of(ENTRY_404 + "    javaType: AcmeClientErrorException\n", "Acme",
            problem(6, 15, ProcessorMessages.reservedTypeName("AcmeClientErrorException",
                "AcmeClientErrorException"))),
        Arguments.of("  - code: 599\n    name: x\n    description: x\n    javaType: DisServerErrorException\n", "Dis",
            problem(6, 15, ProcessorMessages.reservedTypeName("DisServerErrorException",
                "DisServerErrorException"))));
  }

  /**
   * Only the series class's own name is refused: a nested class may take the name of the other series, of any
   * shared type, or a name that would have been a shared type's before the exceptions were nested.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"404, DisServerErrorException", "503, DisClientErrorException", "404, DisStatusException",
      "404, ClientError", "500, ServerError", "404, Status", "404, AcmeClientErrorException"})
  void anErrorEntryMayTakeAnyOtherName(int code, String javaType) {
    assertEquals(Optional.empty(), new ReservedJavaNames(new TypeNames("com.acme.bad", "Dis")).typeProblem(code,
        javaType));
  }

  private static Problem problem(int line, int column, String message) {
    return new Problem(SOURCE, new Position(line, column), message);
  }

  /** The problems of a catalog loaded with the names a package of this prefix keeps; it must have some. */
  private static List<Problem> problems(String yaml, String prefix) {
    ReservedJavaNames reserved = new ReservedJavaNames(new TypeNames("com.acme.bad", prefix));
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(
        new ByteArrayInputStream(yaml.getBytes(UTF_8)), SOURCE, reserved));
    return e.problems();
  }
}
