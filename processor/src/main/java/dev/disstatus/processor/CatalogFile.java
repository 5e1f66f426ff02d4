package dev.disstatus.processor;

import dev.disstatus.catalog.CatalogException;
import dev.disstatus.catalog.CatalogImage;
import dev.disstatus.catalog.CatalogLoader;
import dev.disstatus.catalog.Problem;
import dev.disstatus.catalog.ReservedNames;
import dev.disstatus.catalog.StatusCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A catalog file that {@link CatalogLocator} found, open for reading.
 *
 * @param name how messages name the file
 * @param in its bytes, closed by {@link #load}
 * @param bundled whether it is the bundled catalog from the processor's own class path, which dis-status's build
 *     also made an image of ({@link CatalogImage})
 */
record CatalogFile(String name, InputStream in, boolean bundled) {

  /** A catalog of the user's own. */
  CatalogFile(String name, InputStream in) {
    this(name, in, false);
  }

  /**
   * The catalog, or empty once every problem in it is reported on the 'catalog' attribute, each as
   * {@code file:line:column: message}. The bundled catalog comes from its image, unless an entry takes a name
   * the package's generated code keeps (or the image is missing or unreadable): then from its text, whose loader
   * reports each such name at its line.
   */
  Optional<StatusCatalog> load(ReservedNames reserved, CatalogAnnotation annotation, ErrorReporter reporter) {
    try (InputStream stream = in) {
      Optional<StatusCatalog> image = bundled ? bundledImage(reserved) : Optional.empty();
      if (image.isPresent()) {
        return image;
      }
      return Optional.of(CatalogLoader.load(stream, name, reserved));
    } catch (CatalogException e) {
      for (Problem problem : e.problems()) {
        reporter.error(annotation.value("catalog"), problem.toString());
      }
    } catch (IOException e) {
      reporter.error(annotation.value("catalog"), ProcessorMessages.catalogUnreadable(name, e.toString()));
    }
    return Optional.empty();
  }

  /**
   * The bundled catalog from its image on the processor's class path, if {@link CatalogImage} answers it; empty if
   * not, or if the image cannot be read, for the text to decide.
   */
  private static Optional<StatusCatalog> bundledImage(ReservedNames reserved) {
    try (InputStream image = CatalogFile.class.getClassLoader().getResourceAsStream(CatalogImage.BUNDLED_RESOURCE)) {
      return image == null ? Optional.empty()
          : CatalogImage.read(new ByteArrayInputStream(image.readAllBytes()), reserved);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
