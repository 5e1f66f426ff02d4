package dev.disstatus.processor;

import dev.disstatus.DisStatusCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Builds the annotations jar as a modular consumer sees it, and compiles with the system compiler. */
final class ModularJar {
  private ModularJar() {}

  /** The outcome of a compile: whether it succeeded and everything javac printed. */
  record Result(boolean success, String diagnostics) {}

  /**
   * Writes the annotations module as a plain modular jar: its classes and the module-info that its build
   * compiles into {@code META-INF/versions/9}, here at the root.
   */
  static Path annotations(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    Map<String, String> entries = Map.of(
        "dev/disstatus/DisStatusCatalog.class", "dev/disstatus/DisStatusCatalog.class",
        "dev/disstatus/package-info.class", "dev/disstatus/package-info.class",
        "module-info.class", "META-INF/versions/9/module-info.class");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
      for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
        try (InputStream in = DisStatusCatalog.class.getClassLoader().getResourceAsStream(entry.getValue())) {
          if (in == null) {
            throw new IOException(entry.getValue() + " is not on the test class path; build the annotations module");
          }
          out.putNextEntry(new JarEntry(entry.getKey()));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  static Result javac(List<String> options, List<Path> sources) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean success = compiler.getTask(output, files, null, options, null, units).call();
      return new Result(success, output.toString());
    }
  }
}
