package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.NamingRule;
import dev.disstatus.catalog.ReservedNames;
import dev.disstatus.catalog.StatusCatalog;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Every check of the Java names a package would get, made before its model is built: the prefix, the types that
 * must not exist yet, and (through {@link #reservedNames}, which the catalog loader asks) the names entries may
 * not take. Each check reports what it finds on the {@code prefix} attribute, or the catalog's line.
 */
final class NameValidator {
  private final Elements elements;
  private final ConsumerCompile compile;

  NameValidator(Elements elements, ConsumerCompile compile) {
    this.elements = elements;
    this.compile = compile;
  }

  /**
   * Whether the prefix is valid and none of the shared types exists yet, after reporting what is wrong. The
   * types are looked for only under a valid prefix.
   */
  boolean checkPrefixAndSharedTypes(CatalogAnnotation annotation, TypeNames names, ErrorReporter reporter) {
    Optional<String> problem = NamingRule.typeProblem(annotation.prefix());
    if (problem.isPresent()) {
      reporter.error(annotation.value("prefix"), ProcessorMessages.invalidPrefix(annotation.prefix(), problem.get()));
      return false;
    }
    return checkTypesFree(annotation, names.shared(), reporter);
  }

  /** The names the catalog's entries may not take, for the loader to report at the entries' lines. */
  ReservedNames reservedNames(TypeNames names) {
    return new ReservedJavaNames(names);
  }

  /**
   * Whether no top-level type that this catalog adds (the error-code enum if it has error codes; the entries'
   * exceptions are nested in the shared types) exists yet, after reporting each that does.
   */
  boolean checkEntryTypesFree(CatalogAnnotation annotation, TypeNames names, StatusCatalog catalog,
      ErrorReporter reporter) {
    return checkTypesFree(annotation, names.entryTypes(catalog), reporter);
  }

  /** Whether none of these types exists already (unless we generated it), after reporting each that does. */
  private boolean checkTypesFree(CatalogAnnotation annotation, List<ClassName> types, ErrorReporter reporter) {
    boolean free = true;
    for (ClassName type : types) {
      TypeElement existing = elements.getTypeElement(type.canonicalName());
      if (existing != null && !compile.isGeneratedByUs(existing)) {
        reporter.error(annotation.value("prefix"), ProcessorMessages.typeExists(type.canonicalName(), annotation.prefix()));
        free = false;
      }
    }
    return free;
  }
}
