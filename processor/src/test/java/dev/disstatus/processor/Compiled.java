package dev.disstatus.processor;

import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.opentest4j.AssertionFailedError;

/**
 * One compile and the classes it produced, loaded in memory: the outcome half of the processor tests' harness
 * ({@link Fixture} is the input half, a folder of catalogs and the package-info texts). A test calls the
 * generated code through {@link #calls}, typed, as a user's code would.
 *
 * <p>Two kinds of compile: with the processor, as a consumer's build runs it ({@link #compile}), and of
 * generated sources alone as the strictest consumer compiles them ({@link #strict}: {@code --release} as asked,
 * {@code -Xlint:all -Werror} and {@code -Xdoclint:all/protected}, any diagnostic a failure).
 */
final class Compiled {
  /**
   * javac options of {@link #strict} besides {@code --release}. {@code -Xlint:-options} only silences what newer
   * JDKs say about {@code --release 8} itself ("obsolete"), which is about the command line, not the code.
   */
  static final List<String> STRICT_OPTIONS =
      List.of("-Xlint:all", "-Xlint:-options", "-Werror", "-Xdoclint:all/protected", "-encoding", "UTF-8");

  /** Where {@link StatusCalls} is; its source is compiled with the code it calls, at that code's release. */
  private static final Path STATUS_CALLS = Path.of("src/test/java/dev/disstatus/processor/StatusCalls.java");

  final Compilation compilation;
  private final List<JavaFileObject> sources;
  private final ClassLoader loader;

  private Compiled(Compilation compilation, List<JavaFileObject> sources) {
    this.compilation = compilation;
    this.sources = sources;
    Map<String, byte[]> classes = new HashMap<>();
    List<JavaFileObject> generated = compilation.status() == Compilation.Status.SUCCESS
        ? compilation.generatedFiles()
        : List.of();
    for (JavaFileObject file : generated) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        classes.put(name, bytes(file));
      }
    }
    this.loader = new ClassLoader(Compiled.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  /**
   * Compiles {@code name, text, name, text, ...} with the processor and {@code options}; a name is a qualified
   * type name, or {@code com.acme.dis.package-info}.
   */
  static Compiled compile(List<String> options, String... namesAndTexts) {
    return compile(javac().withOptions(options), namesAndTexts);
  }

  /** Compiles with a configured compiler, the processor added. */
  static Compiled compile(Compiler compiler, String... namesAndTexts) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      sources.add(JavaFileObjects.forSourceString(namesAndTexts[i], namesAndTexts[i + 1]));
    }
    return new Compiled(compiler.withProcessors(new DisStatusProcessor()).compile(sources), sources);
  }

  /**
   * Compiles generated sources without the processor, as the strictest consumer compiles them.
   *
   * @throws AssertionFailedError listing every diagnostic, if the compile fails or warns
   */
  static Compiled strict(int release, List<? extends JavaFileObject> sources) {
    List<String> options = new ArrayList<>(STRICT_OPTIONS);
    options.addAll(List.of("--release", Integer.toString(release), "-proc:none"));
    Compilation compilation = javac().withOptions(options).compile(sources);
    if (compilation.status() != Compilation.Status.SUCCESS || !compilation.diagnostics().isEmpty()) {
      throw new AssertionFailedError("javac --release " + release + " " + String.join(" ", STRICT_OPTIONS)
          + " on the generated code:\n" + describe(compilation.diagnostics()));
    }
    return new Compiled(compilation, new ArrayList<>(sources));
  }

  /** Generated files as compiler input. */
  static List<JavaFileObject> sources(List<GeneratedFiles.SourceFile> files) {
    return files.stream().map(file -> JavaFileObjects.forSourceString(file.typeName(), file.text()))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /**
   * The sources that call a generated package typed, for {@link #calls}: {@code DisStatusCalls} with its package
   * and prefix replaced, and the {@link StatusCalls} it implements.
   */
  static List<JavaFileObject> statusCalls(String pkg, String prefix) {
    try (InputStream in = Compiled.class.getResourceAsStream("DisStatusCalls.java")) {
      String calls = new String(in.readAllBytes(), UTF_8)
          .replace("package com.acme.dis;", "package " + pkg + ";")
          .replaceAll("\\bDis(?=[A-Z])", prefix);
      return List.of(JavaFileObjects.forSourceString(pkg + "." + prefix + "StatusCalls", calls),
          JavaFileObjects.forSourceString(StatusCalls.class.getName(), Files.readString(STATUS_CALLS)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code name, text} pairs for {@link #compile} with the {@link #statusCalls} of one package added (the
   * interface once, however many packages are called).
   */
  static String[] calling(String pkg, String prefix, String... namesAndTexts) {
    List<String> all = new ArrayList<>(List.of(namesAndTexts));
    for (JavaFileObject file : statusCalls(pkg, prefix)) {
      String path = file.toUri().getPath();
      String name = path.substring(1, path.length() - ".java".length()).replace('/', '.');
      if (!all.contains(name)) {
        all.add(name);
        try {
          all.add(file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return all.toArray(String[]::new);
  }

  /** The generated code of a package, called through the {@link #statusCalls} compiled with it. */
  StatusCalls calls(String pkg, String prefix) {
    try {
      return (StatusCalls) type(pkg + "." + prefix + "StatusCalls").getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionFailedError("no " + prefix + "StatusCalls in " + pkg + "; compile it calling(...)", e);
    }
  }

  /**
   * Runs the javadoc tool on sources with {@code -Xdoclint:all}, writing into {@code directory}.
   *
   * @throws AssertionFailedError listing every diagnostic, if javadoc fails or warns
   */
  static void javadoc(Path directory, int release, List<? extends JavaFileObject> sources) {
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-Xdoclint:all", "-quiet", "--release", Integer.toString(release),
        "-d", directory.toString());
    boolean documented;
    try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      documented = javadoc.getTask(null, files, diagnostics, null, options, sources).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Diagnostic<? extends JavaFileObject>> problems = diagnostics.getDiagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
        .collect(Collectors.toList());
    if (!documented || !problems.isEmpty()) {
      throw new AssertionFailedError("javadoc -Xdoclint:all --release " + release + " on the generated code:\n"
          + describe(problems));
    }
  }

  private static String describe(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(diagnostic -> (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
            + diagnostic.getLineNumber() + ": ") + diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }

  /** The source file of a compile, by qualified name, to assert diagnostics on. */
  JavaFileObject source(String qualifiedName) {
    return sources.stream()
        .filter(file -> file.toUri().getPath().endsWith(qualifiedName.replace('.', '/') + ".java"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no source " + qualifiedName));
  }

  /**
   * The generated sources of a compile, also when it failed (compile-testing hides them then): the
   * compile is run again with the system compiler, writing to {@code directory}, and the files it left there
   * are listed by their path relative to it.
   */
  List<String> sourcesLeftOnDisk(Path directory, List<String> options) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>(options);
    arguments.addAll(List.of("-s", directory.toString(), "-d", directory.toString(), "-proc:only"));
    JavaCompiler.CompilationTask task = compiler.getTask(null, null, diagnostic -> { }, arguments, null, sources);
    task.setProcessors(List.of(new DisStatusProcessor()));
    task.call();
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.toString().endsWith(".java"))
          .map(file -> directory.relativize(file).toString().replace(File.separatorChar, '/'))
          .sorted()
          .toList();
    }
  }

  /** A compiled class by its binary name, to read its shape (modifiers, members), not to call it. */
  Class<?> type(String name) {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionFailedError("not compiled: " + name, e);
    }
  }

  /** An object after a trip through Java serialization, read back with this compile's classes. */
  <T> T serializedAndBack(T object) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream in = new ByteArrayInputStream(bytes.toByteArray());
        ObjectInputStream objects = new ObjectInputStream(in) {
          @Override
          protected Class<?> resolveClass(ObjectStreamClass type) throws ClassNotFoundException {
            return Class.forName(type.getName(), false, loader);
          }
        }) {
      @SuppressWarnings("unchecked")
      T copy = (T) objects.readObject();
      return copy;
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionFailedError("deserialization failed", e);
    }
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
