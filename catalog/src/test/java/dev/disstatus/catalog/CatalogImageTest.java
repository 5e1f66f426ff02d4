package dev.disstatus.catalog;

import static dev.disstatus.catalog.LoaderCases.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogImageTest {
  /** A catalog with no error codes, no guidance, and text beyond ASCII. */
  private static final String SMALL = """
      source:
        id: test_doc
        title: "Test codes"
      statuses:
        - code: 200
          name: OK
          description: "All good."
        - code: 503
          name: "Service Unavailable"
          javaType: Unavailable
          description: |
            The service is down — für eine Weile.

            Try again later: 稍后再试.
      """;

  @Test
  void theBuildsImageOnTheClassPathHoldsTheBundledCatalog() throws IOException {
    try (InputStream image = getClass().getClassLoader().getResourceAsStream(CatalogImage.BUNDLED_RESOURCE)) {
      assertNotNull(image, "the build writes " + CatalogImage.BUNDLED_RESOURCE + " from the bundled YAML");
      assertEquals(Optional.of(StatusCatalog.bundled()), CatalogImage.read(image, ReservedNames.NONE));
    }
  }

  @Test
  void readsBackWhatItWrote() throws IOException, CatalogException {
    StatusCatalog small = load(SMALL);
    assertEquals(Optional.of(small), CatalogImage.read(new ByteArrayInputStream(image(small)), ReservedNames.NONE));
    StatusCatalog bundled = StatusCatalog.bundled();
    assertEquals(Optional.of(bundled),
        CatalogImage.read(new ByteArrayInputStream(image(bundled)), ReservedNames.NONE));
  }

  /** An entry taking a reserved name is left to the text's loader, which reports it at its line. */
  @Test
  void answersNothingWhenAnEntryTakesAReservedName() throws IOException {
    byte[] bundled = image(StatusCatalog.bundled());
    ErrorCodeEntry lastErrorCode = StatusCatalog.bundled().errorCodes().orElseThrow().entries().get(53);
    List<ReservedNames> reserving = List.of(
        new ReservedNames() {
          @Override
          public Optional<String> constantProblem(String constantName) {
            return constantName.equals("NOT_FOUND") ? Optional.of("kept") : Optional.empty();
          }
        },
        new ReservedNames() {
          @Override
          public Optional<String> typeProblem(int code, String typeName) {
            return code == 441 ? Optional.of("kept") : Optional.empty();
          }
        },
        new ReservedNames() {
          @Override
          public Optional<String> errorConstantProblem(String constantName) {
            return constantName.equals(lastErrorCode.constantName()) ? Optional.of("kept") : Optional.empty();
          }
        });
    for (ReservedNames reserved : reserving) {
      assertEquals(Optional.empty(), CatalogImage.read(new ByteArrayInputStream(bundled), reserved));
    }
  }

  /** Bytes it did not write, cut short or followed by more, or of another version: the text decides. */
  @Test
  void answersNothingForBytesItDidNotWrite() throws IOException, CatalogException {
    byte[] image = image(load(SMALL));
    byte[] otherVersion = image.clone();
    otherVersion[7]++;
    byte[] longer = Arrays.copyOf(image, image.length + 1);
    List<byte[]> broken = List.of(new byte[0], "source:\n  id: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Arrays.copyOf(image, image.length - 1), Arrays.copyOf(image, image.length / 2), longer, otherVersion);
    for (byte[] bytes : broken) {
      assertEquals(Optional.empty(), CatalogImage.read(new ByteArrayInputStream(bytes), ReservedNames.NONE));
    }
    assertTrue(CatalogImage.read(new ByteArrayInputStream(image), ReservedNames.NONE).isPresent());
  }

  private static byte[] image(StatusCatalog catalog) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogImage.write(catalog, out);
    return out.toByteArray();
  }
}
