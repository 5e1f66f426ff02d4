package dev.disstatus.processor;

import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.catalog.Spelling;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the catalog an annotation names: the bundled one on the processor's own class path, or a resource path
 * looked up, through the Filer, on the source path, then the class output, then the class path. A catalog that is
 * a file is named by its path in messages, so that a terminal or an IDE can open it at the line.
 */
final class CatalogLocator {
  /**
   * The folders a build keeps sources and resources in. A path that starts with one names the file from the
   * project folder, which javac finds only when it runs there (Maven ends {@code -sourcepath} with an empty
   * entry, which javac reads as the working directory); refused the same from every folder.
   */
  private static final List<String> SOURCE_FOLDERS = List.of("src/main/resources/", "src/main/java/",
      "src/test/resources/", "src/test/java/");

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
      return Optional.of(new CatalogFile(StatusCatalog.BUNDLED_RESOURCE, in, true));
    }
    if (!isResourcePath(path)) {
      reporter.error(annotation.value("catalog"), ProcessorMessages.catalogPathInvalid(path));
      return Optional.empty();
    }
    Optional<String> folder = SOURCE_FOLDERS.stream().filter(path::startsWith).findFirst();
    if (folder.isPresent()) {
      reporter.error(annotation.value("catalog"),
          ProcessorMessages.catalogPathFromProjectFolder(path, folder.get(), path.substring(folder.get().length())));
      return Optional.empty();
    }
    List<String> tried = new ArrayList<>();
    List<Path> missing = new ArrayList<>();
    for (StandardLocation location : List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_OUTPUT,
        StandardLocation.CLASS_PATH)) {
      Optional<CatalogFile> found = open(location, path, tried, missing);
      if (found.isPresent()) {
        return found;
      }
    }
    Optional<Path> nearMiss = nearMiss(missing);
    reporter.error(annotation.value("catalog"), nearMiss
        .map(near -> ProcessorMessages.catalogNotFoundNearMiss(path, tried,
            path.substring(0, path.lastIndexOf('/') + 1) + near.getFileName(), near.toString()))
        .orElseGet(() -> ProcessorMessages.catalogNotFound(path, tried)));
    return Optional.empty();
  }

  /**
   * A file beside one of the places looked at whose name is a likely misspelling of the one asked for
   * ({@code mycodes.yaml} for {@code my-codes.yaml}), if any.
   */
  private static Optional<Path> nearMiss(List<Path> missing) {
    for (Path file : missing) {
      Path folder = file.getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> siblings = Files.list(folder)) {
        List<String> names = siblings.filter(Files::isRegularFile).map(sibling -> sibling.getFileName().toString())
            .sorted().toList();
        Optional<String> near = Spelling.closest(file.getFileName().toString(), names);
        if (near.isPresent()) {
          return Optional.of(folder.resolve(near.get()));
        }
      } catch (IOException | UncheckedIOException e) {
        // A folder that cannot be listed holds no hint; the message names the places tried all the same.
      }
    }
    return Optional.empty();
  }

  /**
   * The file a FileObject stands for, where it is one on the disk: what messages name, so that a terminal or
   * an IDE can open it.
   */
  static Optional<Path> fileOf(FileObject file) {
    try {
      URI uri = file.toUri();
      return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
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

  /**
   * The catalog at one location, named by its file where it is one; or empty, with what was tried added to
   * {@code tried} and the file that is not there, where known, to {@code missing}.
   */
  private Optional<CatalogFile> open(StandardLocation location, String path, List<String> tried,
      List<Path> missing) {
    String where = switch (location) {
      case SOURCE_PATH -> "the source path";
      case CLASS_OUTPUT -> "the class output";
      default -> "the class path";
    };
    try {
      FileObject file = filer.getResource(location, "", path);
      if (location == StandardLocation.SOURCE_PATH && isInWorkingDirectory(file, path)) {
        tried.add(where + " (" + file.toUri() + " is in the working directory, which javac reads from an empty"
            + " -sourcepath entry; it is not looked at, so that the build does not depend on where it runs)");
        return Optional.empty();
      }
      try {
        InputStream in = file.openInputStream();
        return Optional.of(new CatalogFile(fileOf(file).map(Path::toString).orElse(path),
            CatalogRecords.reading(in, path, location)));
      } catch (IOException | RuntimeException e) {
        tried.add(where + " (" + file.toUri() + ")");
        fileOf(file).ifPresent(missing::add);
        return Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      tried.add(where + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
      folderOf(location, path).ifPresent(folder -> missing.add(folder.resolve(path.substring(path.lastIndexOf('/') + 1))));
      return Optional.empty();
    }
  }

  /** Whether a file found at a resource path is that path under the working directory. */
  private static boolean isInWorkingDirectory(FileObject file, String path) {
    Optional<Path> found = fileOf(file);
    if (found.isEmpty()) {
      return false;
    }
    Path root = found.get().toAbsolutePath().normalize();
    for (int i = path.split("/").length; i > 0 && root != null; i--) {
      root = root.getParent();
    }
    return root != null && root.equals(Path.of("").toAbsolutePath().normalize());
  }

  /**
   * The folder a missing resource would be in, where the Filer finds that folder at the location (javac finds a
   * folder as it finds a file, though it cannot open it); for the near miss beside it.
   */
  private Optional<Path> folderOf(StandardLocation location, String path) {
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    try {
      return fileOf(filer.getResource(location, "", path.substring(0, slash))).filter(Files::isDirectory);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
