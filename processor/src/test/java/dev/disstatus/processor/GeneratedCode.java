package dev.disstatus.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.opentest4j.AssertionFailedError;

/**
 * Generated code compiled as a strict consumer compiles it, then loaded, so that tests can call it: javac in
 * process, {@code --release} as asked, {@code -Xlint:all -Werror} and {@code -Xdoclint:all/protected} (any
 * warning, Javadoc ones included, fails the compile), into a directory of its own.
 *
 * <p>Reflection helpers ({@link #create}, {@link #call}) keep tests short; they rethrow what the generated code
 * throws, so {@code assertThrows} sees the real exception.
 */
final class GeneratedCode {
  /**
   * javac options besides {@code --release} and {@code -d}. {@code -Xlint:-options} only silences what newer
   * JDKs say about {@code --release 8} itself ("obsolete"), which is about the command line, not the code.
   */
  static final List<String> STRICT_OPTIONS =
      List.of("-Xlint:all", "-Xlint:-options", "-Werror", "-Xdoclint:all/protected", "-encoding", "UTF-8");

  private final int release;
  private final ClassLoader loader;

  private GeneratedCode(int release, ClassLoader loader) {
    this.release = release;
    this.loader = loader;
  }

  /** JavaPoet files as compiler input. */
  static List<JavaFileObject> sources(List<JavaFile> files) {
    return files.stream().map(JavaFile::toJavaFileObject).collect(Collectors.toCollection(ArrayList::new));
  }

  /**
   * Compiles sources into {@code directory} and loads them.
   *
   * @throws AssertionFailedError listing every diagnostic, if the compile fails or warns
   */
  static GeneratedCode compile(Path directory, int release, List<? extends JavaFileObject> sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(STRICT_OPTIONS);
    options.addAll(List.of("--release", Integer.toString(release), "-d", directory.toString()));
    boolean compiled;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      compiled = compiler.getTask(null, files, diagnostics, options, null, sources).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!compiled || !diagnostics.getDiagnostics().isEmpty()) {
      throw new AssertionFailedError("javac --release " + release + " " + String.join(" ", STRICT_OPTIONS)
          + " on the generated code:\n" + describe(diagnostics.getDiagnostics()));
    }
    try {
      return new GeneratedCode(release, new URLClassLoader(new URL[] {directory.toUri().toURL()},
          GeneratedCode.class.getClassLoader()));
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
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

  /** The release the code was compiled for. */
  int release() {
    return release;
  }

  /** A compiled class by its binary name, such as {@code com.acme.dis.DisStatusException}. */
  Class<?> type(String binaryName) {
    try {
      return Class.forName(binaryName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionFailedError("the compile produced no class " + binaryName, e);
    }
  }

  /** A new instance through the public constructor that takes {@code args}. */
  Object create(String binaryName, Object... args) {
    Constructor<?> constructor = (Constructor<?>) matching(Arrays.asList(type(binaryName).getConstructors()), args);
    return invoke(() -> constructor.newInstance(args));
  }

  /** Calls the public method {@code name} that takes {@code args}. */
  static Object call(Object target, String name, Object... args) {
    List<Method> named = Arrays.stream(target.getClass().getMethods())
        .filter(method -> method.getName().equals(name))
        .collect(Collectors.toList());
    Method method = (Method) matching(named, args);
    return invoke(() -> method.invoke(target, args));
  }

  /** An object after a trip through Java serialization, read back with this code's classes. */
  Object serializedAndBack(Object object) {
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
      return objects.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionFailedError("deserialization failed", e);
    }
  }

  private interface Invocation {
    Object run() throws ReflectiveOperationException;
  }

  private static Object invoke(Invocation invocation) {
    try {
      return invocation.run();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
      boolean.class, Boolean.class, char.class, Character.class);

  private static Executable matching(List<? extends Executable> candidates, Object[] args) {
    return candidates.stream()
        .filter(candidate -> accepts(candidate.getParameterTypes(), args))
        .findFirst()
        .orElseThrow(() -> new AssertionFailedError("no public " + candidates + " takes " + Arrays.toString(args)));
  }

  private static boolean accepts(Class<?>[] parameters, Object[] args) {
    if (parameters.length != args.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      Class<?> parameter = BOXES.getOrDefault(parameters[i], parameters[i]);
      if (args[i] == null ? parameters[i].isPrimitive() : !parameter.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }
}
