package dev.disstatus.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * A compile with the processor, and the classes it produced loaded in memory, so that tests can call the
 * generated code. Sources are given as {@code qualified name -> text} pairs.
 */
final class Compiled {
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

  /** The {@code package-info.java} source of a package annotated with {@code @DisStatusCatalog(attributes)}. */
  static String packageInfo(String pkg, String attributes) {
    return "@DisStatusCatalog" + (attributes.isEmpty() ? "" : "(" + attributes + ")") + "\n"
        + "package " + pkg + ";\n"
        + "\n"
        + "import dev.disstatus.DisStatusCatalog;\n";
  }

  Class<?> type(String name) {
    try {
      return loader.loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + name, e);
    }
  }

  /** Calls a public static method, unwrapping what it throws. */
  Object callStatic(String type, String method, Class<?>[] parameterTypes, Object... arguments) throws Throwable {
    return invoke(type(type).getMethod(method, parameterTypes), null, arguments);
  }

  /** Calls a public method without parameters on a generated object. */
  static Object call(Object target, String method) throws Throwable {
    return invoke(target.getClass().getMethod(method), target);
  }

  private static Object invoke(Method method, Object target, Object... arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
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
