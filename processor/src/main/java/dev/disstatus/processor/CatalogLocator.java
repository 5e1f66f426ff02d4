package dev.disstatus.processor;

import dev.disstatus.catalog.StatusCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the catalog an annotation names: the bundled one on the processor's own class path, or a resource path
 * looked up, through the Filer, on the source path, then the class output, then the class path.
 */
final class CatalogLocator {
  private final Filer filer;

  CatalogLocator(Filer filer) {
    this.filer = filer;
  }

  /** The catalog, open for reading; empty once why it cannot be found is reported on the 'catalog' attribute. */
  Optional<CatalogFile> locate(CatalogAnnotation annotation, ErrorReporter reporter) {
    String path = annotation.catalog();
    if (path.isEmpty()) {
      InputStream in = CatalogLocator.class.getClassLoader().getResourceAsStream(StatusCatalog.BUNDLED_RESOURCE);
      if (in == null) {
        reporter.error(annotation.value("catalog"), ProcessorMessages.catalogNotFound(StatusCatalog.BUNDLED_RESOURCE,
            List.of("the processor's own class path")));
        return Optional.empty();
      }
      return Optional.of(new CatalogFile(StatusCatalog.BUNDLED_RESOURCE, in));
    }
    if (!isResourcePath(path)) {
      reporter.error(annotation.value("catalog"), ProcessorMessages.catalogPathInvalid(path));
      return Optional.empty();
    }
    List<String> tried = new ArrayList<>();
    for (StandardLocation location : List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_OUTPUT,
        StandardLocation.CLASS_PATH)) {
      Optional<InputStream> in = open(location, path, tried);
      if (in.isPresent()) {
        return Optional.of(new CatalogFile(path, CatalogRecords.reading(in.get(), path, location)));
      }
    }
    reporter.error(annotation.value("catalog"), ProcessorMessages.catalogNotFound(path, tried));
    return Optional.empty();
  }

  /**
   * Whether a path is one the Filer can open, as javac reads a relative URI: names between single slashes, none
   * of them {@code .} or {@code ..}, without characters a URI path cannot hold as they are (a space, a backslash,
   * {@code :} which would make a scheme, {@code #}, {@code ?}, {@code %}, ...). Anything else is refused with
   * what a path must be, rather than looked for and reported as not found.
   */
  private static boolean isResourcePath(String path) {
    for (String name : path.split("/", -1)) {
      if (name.isEmpty() || name.equals(".") || name.equals("..") || name.codePoints().anyMatch(
          c -> Character.isWhitespace(c) || Character.isISOControl(c) || "\\:#?%\"<>[]^`{|}".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** The catalog at one location, or empty with what was tried added to {@code tried}. */
  private Optional<InputStream> open(StandardLocation location, String path, List<String> tried) {
    String where = switch (location) {
      case SOURCE_PATH -> "the source path";
      case CLASS_OUTPUT -> "the class output";
      default -> "the class path";
    };
    try {
      FileObject file = filer.getResource(location, "", path);
      try {
        return Optional.of(file.openInputStream());
      } catch (IOException | RuntimeException e) {
        tried.add(where + " (" + file.toUri() + ")");
        return Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      tried.add(where + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
      return Optional.empty();
    }
  }
}
