package dev.disstatus.processor;

import dev.disstatus.catalog.CatalogException;
import dev.disstatus.catalog.CatalogLoader;
import dev.disstatus.catalog.Problem;
import dev.disstatus.catalog.ReservedNames;
import dev.disstatus.catalog.StatusCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A catalog file that {@link CatalogLocator} found, open for reading.
 *
 * @param name how messages name the file
 * @param in its bytes, closed by {@link #load}
 */
record CatalogFile(String name, InputStream in) {

  /**
   * The catalog, or empty once every problem in it is reported on the 'catalog' attribute, each as
   * {@code file:line:column: message}.
   */
  Optional<StatusCatalog> load(ReservedNames reserved, CatalogAnnotation annotation, ErrorReporter reporter) {
    try (InputStream stream = in) {
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
}
