package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Beside another processor whose output carries {@code @javax.annotation.processing.Generated}, ours adds no
 * {@code -Xlint:processing} warning. javac warns of the annotations of a round that no processor claimed, and a
 * processor claims all of its supported annotations of a round by returning true.
 */
class NeighbourProcessorsTest {
  private static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

  private static final JavaFileObject MAKE = JavaFileObjects.forSourceString("com.acme.other.Make",
      "package com.acme.other;\n\n/** Asks the other processor for a type. */\npublic @interface Make {}\n");

  private static final JavaFileObject WIDGET = JavaFileObjects.forSourceString("com.acme.other.Widget",
      "package com.acme.other;\n\n/** A type the other processor makes a sibling for. */\n@Make\npublic final class"
          + " Widget {\n  private Widget() {}\n}\n");

  private static final JavaFileObject PACKAGE_INFO =
      JavaFileObjects.forSourceString("com.acme.dis.package-info", Fixture.packageInfo("com.acme.dis"));

  /**
   * A processor as careful as ours was: it claims {@code @Make}, and {@code @Generated} when every carrier of it is
   * its own. Alone, its build is clean under {@code -Werror}; beside a processor that did the same, neither
   * claimed the round holding both outputs, and javac warned.
   */
  @Test
  void besideAProcessorThatClaimsItsOwnGeneratedTheStrictBuildStaysClean() {
    assertThat(compile(List.of(new GeneratedTypeProcessor(true)), MAKE, WIDGET)).succeededWithoutWarnings();
    assertThat(compile(List.of(new GeneratedTypeProcessor(true), new DisStatusProcessor()), MAKE, WIDGET,
        PACKAGE_INFO)).succeededWithoutWarnings();
    assertThat(compile(List.of(new DisStatusProcessor(), new GeneratedTypeProcessor(true)), MAKE, WIDGET,
        PACKAGE_INFO)).succeededWithoutWarnings();
  }

  /** Like AutoValue, which claims nothing: its own warnings stay as they are alone, and none is ours. */
  @Test
  void besideAProcessorThatClaimsNothingOursAddsNoWarning() {
    List<String> alone = unclaimed(javac().withProcessors(new GeneratedTypeProcessor(false))
        .withOptions("-Xlint:all").compile(MAKE, WIDGET));
    assertEquals(List.of("com.acme.other.Make", "javax.annotation.processing.Generated"), alone);
    List<String> beside = unclaimed(javac().withProcessors(new GeneratedTypeProcessor(false),
        new DisStatusProcessor()).withOptions("-Xlint:all").compile(MAKE, WIDGET, PACKAGE_INFO));
    assertEquals(List.of("com.acme.other.Make"), beside);
  }

  /** A hand-written type carrying {@code @Generated} (code another tool wrote) beside the annotated package. */
  @Test
  void aHandWrittenGeneratedTypeInTheFirstRoundAddsNoWarningOfOurs() {
    JavaFileObject written = JavaFileObjects.forSourceString("com.acme.other.Written", "package com.acme.other;\n\n"
        + "/** Written by another tool. */\n@javax.annotation.processing.Generated(\"some.Tool\")\npublic final class"
        + " Written {\n  private Written() {}\n}\n");
    assertThat(compile(List.of(new DisStatusProcessor()), written, PACKAGE_INFO)).succeededWithoutWarnings();
  }

  private static Compilation compile(List<Processor> processors, JavaFileObject... sources) {
    return javac().withProcessors(processors).withOptions(STRICT).compile(sources);
  }

  /** The annotations of every "No processor claimed" warning, in order. */
  private static List<String> unclaimed(Compilation compilation) {
    List<String> names = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      if (warning.getCode().equals("compiler.warn.proc.annotations.without.processors")) {
        for (String name : warning.getMessage(Locale.ROOT).replaceFirst(".*: ", "").split(",")) {
          names.add(name.strip().replaceFirst(".*/", ""));
        }
      }
    }
    return names;
  }

  /** Writes {@code <Name>Sibling}, annotated {@code @Generated}, for every type annotated {@code @Make}. */
  private static final class GeneratedTypeProcessor extends AbstractProcessor {
    private final boolean claimsItsOwn;

    GeneratedTypeProcessor(boolean claimsItsOwn) {
      this.claimsItsOwn = claimsItsOwn;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return claimsItsOwn ? Set.of("com.acme.other.Make", "javax.annotation.processing.Generated")
          : Set.of("com.acme.other.Make");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      TypeElement make = processingEnv.getElementUtils().getTypeElement("com.acme.other.Make");
      for (Element element : round.getElementsAnnotatedWith(make)) {
        String name = element.getSimpleName() + "Sibling";
        try (Writer writer = processingEnv.getFiler().createSourceFile("com.acme.other." + name, element)
            .openWriter()) {
          writer.write("package com.acme.other;\n\n/** Made by the other processor. */\n"
              + "@javax.annotation.processing.Generated(\"com.acme.other.Maker\")\npublic final class " + name
              + " {\n  private " + name + "() {}\n}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (!claimsItsOwn) {
        return false;
      }
      TypeElement generated = processingEnv.getElementUtils()
          .getTypeElement("javax.annotation.processing.Generated");
      return generated == null || round.getElementsAnnotatedWith(generated).stream()
          .allMatch(type -> type.getSimpleName().toString().endsWith("Sibling"));
    }
  }
}
