package dev.disstatus.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports the errors of one annotated element on that element and its {@code @DisStatusCatalog}, so that the
 * IDE underlines the annotation, or the attribute at fault where there is one. As AutoValue's reporter does, it
 * lets a step {@code throw abortWithError(...)} to stop the element once the error is out.
 */
final class ErrorReporter {
  private final Messager messager;
  private final Element element;
  private final AnnotationMirror mirror;

  /** @param mirror the annotation as written, or null where javac gives none */
  ErrorReporter(Messager messager, Element element, AnnotationMirror mirror) {
    this.messager = messager;
    this.element = element;
    this.mirror = mirror;
  }

  /** An error on the annotation as a whole. */
  void error(String message) {
    error(null, message);
  }

  /** An error on one attribute value as written, or on the annotation where {@code at} is null (a default). */
  void error(AnnotationValue at, String message) {
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, mirror, at);
  }

  /** Reports an error on the annotation and gives what stops the element, for {@code throw}. */
  Abort abortWithError(String message) {
    error(message);
    return new Abort();
  }

  /** What stops the element, once every error of it is reported. */
  Abort abort() {
    return new Abort();
  }

  /** Stops one annotated element once its errors are reported; the processor goes on with the others. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Abort() {
      super(null, null, false, false);
    }
  }
}
