package dev.disstatus.benchmarks;

import dev.disstatus.DisStatusCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * An application that uses dis-status, as the processor-cost benchmark compiles it: a package annotated with
 * {@code @DisStatusCatalog} and classes that use the generated enum, exceptions and dispatcher.
 *
 * <p>{@link #EXAMPLE} is the {@code example} module's main sources, which the build copies into this module's
 * resources ({@code dev/disstatus/benchmarks/example/}). {@link #DIS}, {@link #EVERY_CODE} and {@link #codes}
 * are a smaller stand-in ({@code dev/disstatus/benchmarks/consumer/}) that can be compiled against DIS's catalog or
 * a made-up one: the classes all share, then a {@code package-info} and a class naming catalog-specific types for
 * each. The class path is a temporary folder holding the annotation and, for a made-up catalog, the catalog the
 * package names; nothing else, as in a lean build.
 */
final class ConsumerProject implements AutoCloseable {
  /** The example module, with DIS's catalog (bundled with the processor, 43 codes). */
  static final String EXAMPLE = "example";

  /** The stand-in, with DIS's catalog. */
  static final String DIS = "dis";

  /** The stand-in, with a catalog of every code from 100 to 599 that {@link #codesCatalog} writes. */
  static final String EVERY_CODE = "every-code";

  /** How many codes {@link #EVERY_CODE}'s catalog has. */
  static final int EVERY_CODE_COUNT = 500;

  /** The start of the name of a stand-in with a made-up catalog of fewer codes, {@code codes-50}. */
  private static final String CODES = "codes-";

  private static final String EXAMPLE_RESOURCES = "dev/disstatus/benchmarks/example/";

  private static final String PACKAGE = "com.example.disclient";
  private static final String RESOURCES = "dev/disstatus/benchmarks/consumer/";
  private static final List<String> SHARED = List.of("Response", "RecordsClient", "StatusLog");
  private static final List<String> PER_CATALOG = List.of("package-info", "KnownErrors");
  /** Where a made-up catalog goes on the class path: the {@code package-info} of {@code consumer/codes/} names it. */
  private static final String CODES_CATALOG = PACKAGE.replace('.', '/') + "/codes.yaml";
  private static final String PROCESSOR = "dev.disstatus.processor.DisStatusProcessor";

  /** Where the processor jar keeps DIS's catalog. */
  private static final String BUNDLED_CATALOG = "dev/disstatus/catalog/dis-status-codes.yaml";

  private final Path classPath;
  private final List<JavaFileObject> sources;
  private final ServiceLoader.Provider<Processor> processor;

  private ConsumerProject(Path classPath, List<JavaFileObject> sources, ServiceLoader.Provider<Processor> processor) {
    this.classPath = classPath;
    this.sources = sources;
    this.processor = processor;
  }

  /**
   * The stand-in with a made-up catalog of {@code count} codes spread evenly over 100 to 599 (every code for
   * {@link #EVERY_CODE_COUNT}, which is {@link #EVERY_CODE}), for {@link #create}.
   */
  static String codes(int count) {
    return count == EVERY_CODE_COUNT ? EVERY_CODE : CODES + count;
  }

  /**
   * A project, {@link #EXAMPLE}, {@link #DIS}, {@link #EVERY_CODE} or one named by {@link #codes}, its class path
   * written to a temporary folder.
   */
  static ConsumerProject create(String project) throws IOException {
    OptionalInt codes = codeCount(project);
    List<JavaFileObject> sources;
    if (project.equals(EXAMPLE)) {
      sources = exampleSources();
    } else if (project.equals(DIS) || codes.isPresent()) {
      sources = standInSources(codes.isPresent() ? "codes" : project);
    } else {
      throw new IllegalArgumentException("no consumer project named " + project);
    }
    Path classPath = Files.createTempDirectory("dis-status-consumer-");
    String annotation = DisStatusCatalog.class.getName().replace('.', '/') + ".class";
    write(classPath.resolve(annotation), bytes(annotation));
    if (codes.isPresent()) {
      write(classPath.resolve(CODES_CATALOG), codesCatalog(codes.getAsInt()).getBytes(StandardCharsets.UTF_8));
    }
    return new ConsumerProject(classPath, List.copyOf(sources), findProcessor());
  }

  /** How many codes a project's made-up catalog has; empty for a project with DIS's catalog. */
  private static OptionalInt codeCount(String project) {
    if (project.equals(EVERY_CODE)) {
      return OptionalInt.of(EVERY_CODE_COUNT);
    }
    if (project.startsWith(CODES)) {
      int count = Integer.parseInt(project.substring(CODES.length()));
      if (count < 1 || count > EVERY_CODE_COUNT) {
        throw new IllegalArgumentException(project + ": from 1 to " + EVERY_CODE_COUNT + " codes");
      }
      return OptionalInt.of(count);
    }
    return OptionalInt.empty();
  }

  private static List<JavaFileObject> standInSources(String catalog) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : SHARED) {
      sources.add(InMemoryCompiler.source(PACKAGE + "." + name, resource(name + ".java")));
    }
    for (String name : PER_CATALOG) {
      sources.add(InMemoryCompiler.source(PACKAGE + "." + name, resource(catalog + "/" + name + ".java")));
    }
    return sources;
  }

  /** Every {@code .java} file the build copied from the example module, named by its path under the copy. */
  private static List<JavaFileObject> exampleSources() throws IOException {
    URL root = ConsumerProject.class.getClassLoader().getResource(EXAMPLE_RESOURCES);
    if (root == null) {
      throw new IllegalStateException(EXAMPLE_RESOURCES + " is not on the class path: build with benchmarks/run.sh");
    }
    URI uri;
    try {
      uri = root.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return exampleSources(jar.provider().getPath(uri));
      }
    }
    return exampleSources(Path.of(uri));
  }

  private static List<JavaFileObject> exampleSources(Path root) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        sources.add(InMemoryCompiler.source(relative.substring(0, relative.length() - ".java".length())
            .replace('/', '.'), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("no example sources under " + root);
    }
    return sources;
  }

  /** The folder to compile against. */
  Path classPath() {
    return classPath;
  }

  /** The application's sources. */
  List<JavaFileObject> sources() {
    return sources;
  }

  /** A new instance of the processor, as javac would load it; one instance serves one compile only. */
  Processor newProcessor() {
    return processor.get();
  }

  /**
   * A catalog of {@code count} statuses spread evenly over the codes from 100 to 599 (all of them for 500; every
   * tenth, 100, 110, ..., for 50, so that each size has the same share of each series and the multiples of 10):
   * named {@code Status 123}, with the {@code javaConstant} and {@code javaType} overrides ({@code STATUS_123},
   * {@code Status123}) and, for some errors, guidance.
   */
  static String codesCatalog(int count) {
    StringBuilder yaml = new StringBuilder("source:\n  id: every_code\n  title: \"Every status code\"\nstatuses:\n");
    for (int i = 0; i < count; i++) {
      int code = 100 + i * EVERY_CODE_COUNT / count;
      yaml.append("  - code: ").append(code).append('\n')
          .append("    name: \"Status ").append(code).append("\"\n")
          .append("    description:\n")
          .append("      - \"Status ").append(code).append(", made up to measure how the output grows.\"\n")
          .append("    javaConstant: STATUS_").append(code).append('\n')
          .append("    javaType: Status").append(code).append('\n');
      if (code >= 400 && code % 10 == 4) {
        yaml.append("    guidance: modify-request\n");
      } else if (code >= 400 && code % 10 == 8) {
        yaml.append("    guidance: retry-unchanged\n");
      }
    }
    return yaml.toString();
  }

  /** How many statuses a project's catalog lists, counted in its YAML. */
  static long statusCount(String project) {
    OptionalInt codes = codeCount(project);
    String yaml = codes.isPresent()
        ? codesCatalog(codes.getAsInt())
        : new String(bytes(BUNDLED_CATALOG), StandardCharsets.UTF_8);
    // The entries of the statuses table: from its key to the next top-level key (DIS's error codes follow it).
    return yaml.lines().dropWhile(line -> !line.equals("statuses:")).skip(1)
        .takeWhile(line -> line.isEmpty() || line.startsWith(" ") || line.startsWith("#"))
        .filter(line -> line.startsWith("  - code:")).count();
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> paths = Files.walk(classPath)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The processor from the run-time class path, found the way javac finds processors: as a service. */
  private static ServiceLoader.Provider<Processor> findProcessor() {
    return ServiceLoader.load(Processor.class, ConsumerProject.class.getClassLoader()).stream()
        .filter(provider -> provider.type().getName().equals(PROCESSOR))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(PROCESSOR + " is not on the class path"));
  }

  private static String resource(String name) {
    return new String(bytes(RESOURCES + name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = ConsumerProject.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }
}
