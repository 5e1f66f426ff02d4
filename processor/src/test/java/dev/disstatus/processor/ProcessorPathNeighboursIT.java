package dev.disstatus.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.catalog.CatalogImage;
import dev.disstatus.catalog.StatusCatalog;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded processor jar works on one processor path with other processors that bring their own copies of
 * the libraries it shades, and the unshaded jar does not: what the relocations in the processor's pom are for.
 *
 * <p>An integration test: failsafe runs it after {@code package}, on the jars that built. The pom copies the
 * neighbours to {@code target/neighbours} (their versions are properties there): AutoValue's processor, an old
 * SnakeYAML, an old Palantir JavaPoet, and Square's JavaPoet as Dagger brings it. The old SnakeYAML and
 * JavaPoet come first on the path, so that where a class name is found twice, theirs wins.
 */
class ProcessorPathNeighboursIT {
  private static final String PROCESSOR = "dev.disstatus.processor.DisStatusProcessor";

  /** Our jars on the processor path, by the properties that failsafe sets to them. */
  private static final List<String> SHADED = List.of("dis.shadedJar");

  /** The unshaded jar and what its users would add beside it, as Maven resolved them for this module. */
  private static final List<String> UNSHADED = List.of("dis.unshadedJar", "dis.annotationsJar", "dis.catalogJar",
      "dis.javapoetJar", "dis.snakeyamlJar");

  /** The strictest build AutoValue allows: see {@link #theOnlyWarningIsTheUnclaimedAnnotationOfAutoValue}. */
  private static final List<String> STRICT = List.of("-Xlint:all", "-Xlint:-processing", "-Werror");

  private static final String PACKAGE_INFO = "@DisStatusCatalog\n"
      + "package com.acme.dis;\n"
      + "\n"
      + "import dev.disstatus.DisStatusCatalog;\n";

  private static final String ENDPOINT = "package com.acme.dis;\n"
      + "\n"
      + "import com.google.auto.value.AutoValue;\n"
      + "\n"
      + "/** Where DIS answers, a value class that AutoValue implements. */\n"
      + "@AutoValue\n"
      + "public abstract class Endpoint {\n"
      + "  Endpoint() {}\n"
      + "\n"
      + "  /** The host name. */\n"
      + "  public abstract String host();\n"
      + "\n"
      + "  /** The port. */\n"
      + "  public abstract int port();\n"
      + "\n"
      + "  /** The endpoint at {@code host:port}. */\n"
      + "  public static Endpoint of(String host, int port) {\n"
      + "    return new AutoValue_Endpoint(host, port);\n"
      + "  }\n"
      + "}\n";

  @TempDir
  Path work;

  private List<Path> sources;

  @BeforeEach
  void writeSources() throws IOException {
    Path pkg = Files.createDirectories(work.resolve("src/com/acme/dis"));
    sources = List.of(Files.writeString(pkg.resolve("package-info.java"), PACKAGE_INFO),
        Files.writeString(pkg.resolve("Endpoint.java"), ENDPOINT));
  }

  @Test
  void theShadedJarAndAutoValueBothGenerateInOneStrictCompile() throws Exception {
    Result result = compile(processorPath(true, SHADED), STRICT);
    assertTrue(result.success(), result.describe());
    assertEquals(List.of(), result.diagnostics(), result.describe());
    assertTrue(Files.exists(generated("DisStatus.java")), "no DisStatus");
    assertTrue(Files.exists(generated("AutoValue_Endpoint.java")), "no AutoValue_Endpoint");
    try (URLClassLoader classes = new URLClassLoader(new URL[] {url(work.resolve("out"))},
        ClassLoader.getPlatformClassLoader())) {
      Method exceptionFor = classes.loadClass("com.acme.dis.DisStatusDispatcher")
          .getMethod("exceptionFor", int.class, String.class, Map.class);
      assertEquals("com.acme.dis.DisClientErrorException$AuthenticationError",
          exceptionFor.invoke(null, 441, null, null).getClass().getName());
      Method endpoint = classes.loadClass("com.acme.dis.Endpoint").getMethod("of", String.class, int.class);
      assertEquals(endpoint.invoke(null, "dis.example", 443), endpoint.invoke(null, "dis.example", 443));
    }
  }

  /**
   * Under {@code -Xlint:all} the compile warns once, of AutoValue's own annotation, which AutoValue never claims
   * (javac gives it for AutoValue alone too). The {@code @Generated} on {@code AutoValue_Endpoint}, which alone
   * is a second warning, comes in the same round as our output, and ours claims that round
   * ({@code DisStatusProcessor.claims}). So an AutoValue user who builds with {@code -Werror} needs
   * {@code -Xlint:-processing}; ours adds nothing to it.
   */
  @Test
  void theOnlyWarningIsTheUnclaimedAnnotationOfAutoValue() throws Exception {
    Result result = compile(processorPath(true, SHADED), List.of("-Xlint:all"));
    assertTrue(result.success(), result.describe());
    List<String> unclaimed = result.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING
            && d.getCode().equals("compiler.warn.proc.annotations.without.processors"))
        .map(d -> d.getMessage(Locale.ROOT).replaceFirst(".*[ /]", ""))
        .toList();
    assertEquals(List.of("com.google.auto.value.AutoValue"), unclaimed, result.describe());
    assertEquals(1, result.diagnostics().size(), result.describe());
  }

  /**
   * Unrelocated, the catalog loader links against whichever SnakeYAML comes first, and 1.31 lacks a
   * {@code LoaderOptions} method it calls; javac stops with the error the processor threw. A catalog of the
   * user's own, since the bundled one is read from its image, without SnakeYAML.
   */
  @Test
  void theUnshadedJarFailsWhenAnOlderSnakeYamlComesFirst() throws IOException {
    assertUnshaded();
    useOwnCatalog();
    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> compile(processorPath(true, UNSHADED), STRICT));
    assertInstanceOf(NoSuchMethodError.class, thrown.getCause(), thrown::toString);
    assertTrue(thrown.getCause().getMessage().contains("org.yaml.snakeyaml.LoaderOptions.setCodePointLimit(int)"),
        thrown.getCause()::getMessage);
  }

  /**
   * The control for the test above: the same path without the old SnakeYAML works. The old Palantir JavaPoet
   * still comes first here and does no harm: every JavaPoet method the processor calls is already in 0.2.0, the
   * first release (so is every one in 0.5.0), so that relocation guards against a future release, not a past one.
   */
  @Test
  void theUnshadedJarWorksWithoutTheOlderSnakeYaml() throws Exception {
    assertUnshaded();
    useOwnCatalog();
    Result result = compile(processorPath(false, UNSHADED), STRICT);
    assertTrue(result.success(), result.describe());
    assertTrue(Files.exists(generated("DisStatusDispatcher.java")), "no DisStatusDispatcher");
  }

  @Test
  void theShadedJarHoldsOnlyOurPackagesAndNoModuleInfo() throws IOException {
    try (JarFile jar = new JarFile(required("dis.shadedJar").toFile())) {
      List<String> classes = jar.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class")).toList();
      assertTrue(classes.contains("dev/disstatus/processor/internal/snakeyaml/LoaderOptions.class"), "no SnakeYAML");
      assertTrue(classes.contains("dev/disstatus/processor/internal/javapoet/JavaFile.class"), "no JavaPoet");
      assertEquals(List.of(), classes.stream().filter(name -> !name.startsWith("dev/disstatus/")).toList());
      assertEquals(List.of(), classes.stream().filter(name -> name.endsWith("module-info.class")).toList());
    }
  }

  /** The bundled catalog, and the image of it that the processor reads instead of SnakeYAML reading the text. */
  @Test
  void theShadedJarCarriesTheBundledCatalogAndItsImage() throws IOException {
    try (JarFile jar = new JarFile(required("dis.shadedJar").toFile())) {
      assertTrue(jar.getJarEntry(StatusCatalog.BUNDLED_RESOURCE) != null, "no " + StatusCatalog.BUNDLED_RESOURCE);
      assertTrue(jar.getJarEntry(CatalogImage.BUNDLED_RESOURCE) != null, "no " + CatalogImage.BUNDLED_RESOURCE);
    }
  }

  @Test
  void theShadedJarRegistersTheProcessorForJavacAndGradle() throws IOException {
    try (JarFile jar = new JarFile(required("dis.shadedJar").toFile())) {
      assertEquals(List.of(PROCESSOR), lines(jar, "META-INF/services/javax.annotation.processing.Processor"));
      assertEquals(List.of(PROCESSOR + ",isolating"),
          lines(jar, "META-INF/gradle/incremental.annotation.processors"));
    }
  }

  /**
   * Has the package read a catalog of its own, a copy of the bundled one on the class path, which the processor
   * reads with SnakeYAML.
   */
  private void useOwnCatalog() throws IOException {
    Path catalog = Files.createDirectories(work.resolve("resources/com/acme/dis")).resolve("codes.yaml");
    try (InputStream bundled = StatusCatalog.class.getClassLoader()
        .getResourceAsStream(StatusCatalog.BUNDLED_RESOURCE)) {
      Files.write(catalog, bundled.readAllBytes());
    }
    Files.writeString(sources.get(0), PACKAGE_INFO.replace("@DisStatusCatalog",
        "@DisStatusCatalog(catalog = \"com/acme/dis/codes.yaml\")"));
  }

  /** The unshaded jar is what it says, or the tests above on it would prove nothing. */
  private static void assertUnshaded() throws IOException {
    try (JarFile jar = new JarFile(required("dis.unshadedJar").toFile())) {
      assertEquals(List.of(), jar.stream().map(JarEntry::getName)
          .filter(name -> name.startsWith("dev/disstatus/processor/internal/")).limit(3).toList(),
          jar.getName() + " holds relocated classes: it is an earlier build's shaded jar");
      assertTrue(jar.getJarEntry("dev/disstatus/processor/DisStatusProcessor.class") != null, "no processor");
    }
  }

  /** The lines of a jar's text entry that are neither blank nor comments, as ServiceLoader reads them. */
  private static List<String> lines(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    assertTrue(entry != null, "no " + name);
    String text;
    try (InputStream in = jar.getInputStream(entry)) {
      text = new String(in.readAllBytes(), UTF_8);
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  /** The neighbours, the old SnakeYAML (if asked for) and the old JavaPoet first, then our jars. */
  private static List<Path> processorPath(boolean oldSnakeYaml, List<String> ours) {
    List<Path> path = new ArrayList<>();
    if (oldSnakeYaml) {
      path.add(neighbour("old-snakeyaml.jar"));
    }
    Stream.of("old-palantir-javapoet.jar", "square-javapoet.jar", "auto-value.jar", "auto-value-annotations.jar")
        .map(ProcessorPathNeighboursIT::neighbour)
        .forEach(path::add);
    ours.stream().map(ProcessorPathNeighboursIT::required).forEach(path::add);
    return path;
  }

  private static Path neighbour(String file) {
    Path jar = required("dis.neighbours").resolve(file);
    assertTrue(Files.isRegularFile(jar), jar + " is missing: the pom's copy-neighbours execution writes it");
    return jar;
  }

  /** A path failsafe passes in; the test means nothing outside {@code mvn verify}. */
  private static Path required(String property) {
    String value = System.getProperty(property);
    assertTrue(value != null && Files.exists(Path.of(value)),
        property + " = " + value + ": run this test through mvn verify, which builds and sets it");
    return Path.of(value);
  }

  private Path generated(String file) {
    return work.resolve("gen/com/acme/dis").resolve(file);
  }

  /** What javac said: its diagnostics and anything else it printed. */
  private record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
    String describe() {
      return diagnostics.stream().map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n", "", "\n")) + output;
    }
  }

  /**
   * Compiles the sources with {@code processorPath}, the annotation and AutoValue's annotations on the class
   * path. An exception a processor throws comes out of here as javac's {@code RuntimeException} around it.
   */
  private Result compile(List<Path> processorPath, List<String> lint) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    List<String> options = new ArrayList<>(lint);
    options.addAll(List.of("-processorpath", join(processorPath),
        "-classpath", join(List.of(required("dis.annotationsJar"), neighbour("auto-value-annotations.jar"),
            work.resolve("resources"))),
        "-d", Files.createDirectories(work.resolve("out")).toString(),
        "-s", Files.createDirectories(work.resolve("gen")).toString()));
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8);
    try (IsolatedProcessorPath files = new IsolatedProcessorPath(standard)) {
      boolean success = javac.getTask(output, files, diagnostics, options, null,
          standard.getJavaFileObjectsFromPaths(sources)).call();
      return new Result(success, diagnostics.getDiagnostics(), output.toString());
    }
  }

  private static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path.toString(), e);
    }
  }

  /**
   * Loads the processor path as the javac command does: beside the JDK alone. In process, javac would give
   * its loader the application class loader as parent, which here holds this test's class path (SnakeYAML
   * 2.5, JavaPoet 0.22.0, the catalog); asked first, that parent would win every conflict this test is about.
   */
  private static final class IsolatedProcessorPath extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final List<URLClassLoader> loaders = new ArrayList<>();

    IsolatedProcessorPath(StandardJavaFileManager files) {
      super(files);
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
      if (location != StandardLocation.ANNOTATION_PROCESSOR_PATH) {
        return super.getClassLoader(location);
      }
      List<URL> urls = new ArrayList<>();
      for (Path path : fileManager.getLocationAsPaths(location)) {
        urls.add(url(path));
      }
      URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      loaders.add(loader);
      return loader;
    }

    @Override
    public void close() throws IOException {
      for (URLClassLoader loader : loaders) {
        loader.close();
      }
      super.close();
    }
  }
}
