package dev.disstatus.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;

/** Reads generated sources and the golden files they are compared with. */
final class GoldenFiles {
  private GoldenFiles() {}

  /** The text of a generated source file, by its type's qualified name. */
  static String source(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A golden file from {@code src/test/resources/dev/disstatus/processor/golden/}. */
  static String golden(String name) {
    try (InputStream in = GoldenFiles.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new AssertionError("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
