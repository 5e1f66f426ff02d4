package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.StatusCatalog;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the consumer's compile offers the generated code (its release, {@code @Generated}, {@code java.net.http},
 * the types a package has already), and so the {@link GenerationModel} of a package once its checks have passed.
 */
final class ConsumerCompile {
  private final ProcessingEnvironment env;
  private final Elements elements;

  ConsumerCompile(ProcessingEnvironment env) {
    this.env = env;
    this.elements = env.getElementUtils();
  }

  /** The model of a package whose annotation, names and catalog are checked. */
  GenerationModel modelFor(PackageElement pkg, CatalogAnnotation annotation, TypeNames names, StatusCatalog catalog) {
    return new GenerationModel(names.packageName(), names.prefix(), annotation.stackTraces(), catalog,
        annotation.catalogName(), generatedAnnotation(pkg), releaseLevel(), canUseHttpClient(pkg), typesOf(pkg));
  }

  /**
   * Whether a type is one of our generated ones: it carries our {@code @Generated}, or, where the compile has
   * none, our words in its Javadoc.
   */
  boolean isGeneratedByUs(TypeElement type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Generated")) {
        for (AnnotationValue value : annotation.getElementValues().values()) {
          if (value.toString().contains(GenerationModel.PROCESSOR_NAME)) {
            return true;
          }
        }
      }
    }
    String doc = elements.getDocComment(type);
    return doc != null && doc.contains(GeneratedFiles.MARKER);
  }

  /** The simple names of the types the package has already, from its sources and its class path. */
  private static Set<String> typesOf(PackageElement pkg) {
    Set<String> names = new HashSet<>();
    pkg.getEnclosedElements().forEach(type -> names.add(type.getSimpleName().toString()));
    return names;
  }

  /**
   * The {@code @Generated} the consumer's compile can see: {@code javax.annotation.processing.Generated} (Java 9
   * and later, module java.compiler), else {@code javax.annotation.Generated} (Java 8), else none.
   *
   * <p>In a named module the first is used only if the module {@code requires transitive java.compiler}: an
   * exported public type annotated with a type of a module that is not re-exported is an {@code -Xlint:exports}
   * warning, which would break {@code -Werror} builds. Without it the Javadoc still says the type is generated.
   */
  private Optional<ClassName> generatedAnnotation(PackageElement pkg) {
    ModuleElement module = elements.getModuleOf(pkg);
    boolean named = module != null && !module.isUnnamed();
    if (releaseLevel() >= 9 && elements.getTypeElement("javax.annotation.processing.Generated") != null
        && (!named || readsTransitively(module, "java.compiler", 0))) {
      return Optional.of(ClassName.get("javax.annotation.processing", "Generated"));
    }
    if (!named && elements.getTypeElement("javax.annotation.Generated") != null) {
      return Optional.of(ClassName.get("javax.annotation", "Generated"));
    }
    return Optional.empty();
  }

  /**
   * Whether the dispatcher may take a {@code java.net.http.HttpResponse}: release 11 or later, and, in a named
   * module, {@code requires transitive java.net.http} (a public signature naming a type of a module that is not
   * re-exported is an {@code -Xlint:exports} warning).
   */
  private boolean canUseHttpClient(PackageElement pkg) {
    ModuleElement module = elements.getModuleOf(pkg);
    boolean named = module != null && !module.isUnnamed();
    return releaseLevel() >= 11 && elements.getTypeElement("java.net.http.HttpResponse") != null
        && (!named || readsTransitively(module, "java.net.http", 0));
  }

  /** Whether a module {@code requires transitive} another, directly or through modules it so requires. */
  private static boolean readsTransitively(ModuleElement module, String name, int depth) {
    if (depth > 8) {
      return false;
    }
    for (ModuleElement.Directive directive : module.getDirectives()) {
      if (directive instanceof ModuleElement.RequiresDirective requires && requires.isTransitive()) {
        ModuleElement required = requires.getDependency();
        if (required.getQualifiedName().contentEquals(name) || readsTransitively(required, name, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The release the consumer compiles for: 8 for {@code RELEASE_8}, 17 for {@code RELEASE_17}. */
  private int releaseLevel() {
    return env.getSourceVersion().ordinal();
  }
}
