package dev.disstatus.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The JDK's javac run inside this JVM, sources read from memory and every output (classes and generated sources)
 * kept in memory, so that a compile's time is javac's and the processor's, not the disk's.
 *
 * <p>One compiler and one file manager serve every compile, as in a build daemon: the JDK's own classes and the
 * class path are indexed once.
 */
final class InMemoryCompiler implements AutoCloseable {
  private final JavaCompiler javac;
  private final StandardJavaFileManager files;

  /** A compiler whose compiles see the JDK and {@code classPath} alone. */
  InMemoryCompiler(Path classPath) throws IOException {
    javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run the benchmarks on a JDK");
    }
    files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(classPath));
  }

  /** A source file held in memory, named by its type's binary name ({@code com.acme.Foo}, {@code com.acme.package-info}). */
  static JavaFileObject source(String binaryName, String text) {
    return new SimpleJavaFileObject(uri(StandardLocation.SOURCE_PATH, binaryName, JavaFileObject.Kind.SOURCE),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /**
   * Compiles sources with the given processors, or with {@code -proc:none} when there are none, as a build
   * does that compiles the processor's output as ordinary sources.
   */
  Result compile(List<? extends JavaFileObject> sources, List<Processor> processors) {
    Output output = new Output(files);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task = javac.getTask(null, output, diagnostics,
        processors.isEmpty() ? List.of("-proc:none") : List.of(), null, sources);
    if (!processors.isEmpty()) {
      task.setProcessors(processors);
    }
    boolean success = task.call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(String.valueOf(diagnostic));
      }
    }
    return new Result(success, errors, output.written(JavaFileObject.Kind.SOURCE),
        output.written(JavaFileObject.Kind.CLASS));
  }

  @Override
  public void close() throws IOException {
    files.close();
  }

  private static URI uri(JavaFileManager.Location location, String binaryName, JavaFileObject.Kind kind) {
    return URI.create("mem:///" + location.getName() + "/" + binaryName.replace('.', '/') + kind.extension);
  }

  /**
   * What one compile produced.
   *
   * @param success whether javac reported success
   * @param errors the error diagnostics, as javac prints them
   * @param generatedSources the sources processors wrote, text by binary name
   * @param classes the class files, bytes by binary name
   */
  record Result(boolean success, List<String> errors, Map<String, byte[]> generatedSources,
      Map<String, byte[]> classes) {

    /** This result, if the compile succeeded. */
    Result requireSuccess() {
      if (!success) {
        throw new IllegalStateException("the compile failed:\n" + String.join("\n", errors));
      }
      return this;
    }

    /** The generated sources as source files, to compile without the processor. */
    List<JavaFileObject> generatedSourceFiles() {
      List<JavaFileObject> sources = new ArrayList<>();
      generatedSources.forEach((name, text) -> sources.add(source(name, new String(text, StandardCharsets.UTF_8))));
      return sources;
    }
  }

  /** Sends every file javac or a processor writes to memory; reads everything else through the JDK's manager. */
  private static final class Output extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, MemoryFile> files = new LinkedHashMap<>();

    Output(StandardJavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) {
      return files.computeIfAbsent(location.getName() + ":" + className,
          key -> new MemoryFile(uri(location, className, kind), kind, className));
    }

    @Override
    public FileObject getFileForOutput(Location location, String packageName, String relativeName,
        FileObject sibling) {
      String name = packageName.isEmpty() ? relativeName : packageName + "." + relativeName;
      return files.computeIfAbsent(location.getName() + ":" + name,
          key -> new MemoryFile(URI.create("mem:///" + location.getName() + "/" + name), JavaFileObject.Kind.OTHER,
              name));
    }

    /** The files of one kind that were written (a processor may ask for a file only to try reading it). */
    Map<String, byte[]> written(JavaFileObject.Kind kind) {
      Map<String, byte[]> written = new LinkedHashMap<>();
      for (MemoryFile file : files.values()) {
        if (file.getKind() == kind && file.content != null) {
          written.put(file.binaryName, file.content.toByteArray());
        }
      }
      return written;
    }
  }

  /** A file in memory: what was written to it, or nothing yet. */
  private static final class MemoryFile extends SimpleJavaFileObject {
    private final String binaryName;
    private ByteArrayOutputStream content;

    MemoryFile(URI uri, Kind kind, String binaryName) {
      super(uri, kind);
      this.binaryName = binaryName;
    }

    @Override
    public OutputStream openOutputStream() {
      content = new ByteArrayOutputStream();
      return content;
    }

    @Override
    public Writer openWriter() {
      return new OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
    }

    @Override
    public InputStream openInputStream() throws IOException {
      if (content == null) {
        throw new FileNotFoundException(toUri() + " has not been written");
      }
      return new ByteArrayInputStream(content.toByteArray());
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
      try (InputStream in = openInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
