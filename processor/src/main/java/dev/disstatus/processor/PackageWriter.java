package dev.disstatus.processor;

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
  void write(PackageElement pkg, List<GeneratedFiles.SourceFile> files, ErrorReporter reporter) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFiles.SourceFile file : files) {
      try {
        sources.add(filer.createSourceFile(file.typeName(), pkg));
      } catch (IOException e) {
        throw reporter.abortWithError(ProcessorMessages.writeFailed(file.typeName(), e.getMessage()));
      }
    }
    for (int i = 0; i < files.size(); i++) {
      try (Writer writer = sources.get(i).openWriter()) {
        writer.write(files.get(i).text());
      } catch (IOException e) {
        throw reporter.abortWithError(ProcessorMessages.writeFailed(files.get(i).typeName(), e.getMessage()));
      }
    }
  }
}
