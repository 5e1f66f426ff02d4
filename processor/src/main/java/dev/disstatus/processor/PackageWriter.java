package dev.disstatus.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.tools.JavaFileObject;

/** Writes a package's generated files through the Filer: all of them, or, when one cannot be written, none. */
final class PackageWriter {
  private final Filer filer;

  PackageWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Creates every file before writing any: the Filer refuses a name that another processor has generated in this
   * compile only when it is created, and a file created but never opened is not written, so such a clash leaves
   * the package without any file rather than with some of them.
   */
  void write(PackageElement pkg, List<JavaFile> files, ErrorReporter reporter) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : files) {
      try {
        sources.add(filer.createSourceFile(qualifiedName(file), pkg));
      } catch (IOException e) {
        throw reporter.abortWithError(ProcessorMessages.writeFailed(qualifiedName(file), e.getMessage()));
      }
    }
    for (int i = 0; i < files.size(); i++) {
      try (Writer writer = sources.get(i).openWriter()) {
        files.get(i).writeTo(writer);
      } catch (IOException e) {
        throw reporter.abortWithError(ProcessorMessages.writeFailed(qualifiedName(files.get(i)), e.getMessage()));
      }
    }
  }

  private static String qualifiedName(JavaFile file) {
    return file.packageName() + "." + file.typeSpec().name();
  }
}
