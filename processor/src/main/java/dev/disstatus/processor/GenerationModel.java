package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.catalog.StatusEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the generators need for one annotated package, checked before any generator runs: the catalog,
 * where the code goes, what its types are called, and what the consumer's compile can see.
 *
 * @param packageName the annotated package, where every type is generated
 * @param prefix the start of every generated type name, such as {@code Dis}
 * @param stackTraces whether the generated exceptions fill in their stack trace
 * @param catalog the status catalog, already validated
 * @param catalogName how the catalog is named in generated Javadoc: its resource path, or the bundled one's
 * @param generatedAnnotation the {@code @Generated} annotation type the consumer's compile can see, if any
 * @param releaseLevel the Java release the consumer compiles for (8, 11, 17, ...), which decides the features used
 * @param httpClientAdapter whether the consumer can use {@code java.net.http} (release 11 and later, and its module
 *     reads it), so that the dispatcher also takes a {@code java.net.http.HttpResponse}
 * @param packageTypes the simple names of the types the package has already, such as a hand-written
 *     {@code String}, which would hide a {@code java.lang} type of that name from the generated code
 */
record GenerationModel(
    String packageName,
    String prefix,
    boolean stackTraces,
    StatusCatalog catalog,
    String catalogName,
    Optional<ClassName> generatedAnnotation,
    int releaseLevel,
    boolean httpClientAdapter,
    Set<String> packageTypes) {

  /** The processor's name, as {@code @Generated} gives it (kept as text: the processor class needs this model). */
  static final String PROCESSOR_NAME = "dev.disstatus.processor.DisStatusProcessor";

  GenerationModel {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(catalogName, "catalogName");
    Objects.requireNonNull(generatedAnnotation, "generatedAnnotation");
    packageTypes = Set.copyOf(packageTypes);
  }

  /** A model for a package that has no types of its own. */
  GenerationModel(String packageName, String prefix, boolean stackTraces, StatusCatalog catalog, String catalogName,
      Optional<ClassName> generatedAnnotation, int releaseLevel, boolean httpClientAdapter) {
    this(packageName, prefix, stackTraces, catalog, catalogName, generatedAnnotation, releaseLevel,
        httpClientAdapter, Set.of());
  }

  /** A model without the {@code java.net.http} adapter. */
  GenerationModel(String packageName, String prefix, boolean stackTraces, StatusCatalog catalog, String catalogName,
      Optional<ClassName> generatedAnnotation, int releaseLevel) {
    this(packageName, prefix, stackTraces, catalog, catalogName, generatedAnnotation, releaseLevel, false);
  }

  /** The names of the package's generated types, which the prefix decides. */
  TypeNames names() {
    return new TypeNames(packageName, prefix);
  }

  /** The status enum, {@code DisStatus}. */
  ClassName statusEnum() {
    return names().statusEnum();
  }

  /** The error-code enum, {@code DisErrorCode}, generated where the catalog has an error-code table. */
  ClassName errorCodeEnum() {
    return names().errorCodeEnum();
  }

  /** The guidance enum nested in the status enum, {@code DisStatus.Guidance}. */
  ClassName guidanceEnum() {
    return statusEnum().nestedClass("Guidance");
  }

  /** The base of every generated exception, {@code DisStatusException}. */
  ClassName baseException() {
    return names().baseException();
  }

  /** The exception for every 4xx code, {@code DisClientErrorException}. */
  ClassName clientErrorException() {
    return names().clientErrorException();
  }

  /** The exception for every 5xx code, {@code DisServerErrorException}. */
  ClassName serverErrorException() {
    return names().serverErrorException();
  }

  /** The code-to-exception dispatcher, {@code DisStatusDispatcher}. */
  ClassName dispatcher() {
    return names().dispatcher();
  }

  /** The package-private support type of the exceptions, {@code DisStatusException.DisStatusSupport}. */
  ClassName support() {
    return names().support();
  }

  /** The retry policy, {@code DisRetryPolicy}. */
  ClassName retryPolicy() {
    return names().retryPolicy();
  }

  /**
   * The exception of one catalog entry of 400 and above, nested in the series exception it extends:
   * {@code DisClientErrorException.NotFound}.
   */
  ClassName exceptionOf(StatusEntry entry) {
    if (!entry.isError()) {
      throw new IllegalArgumentException("status " + entry.code() + " is not an error and has no exception");
    }
    return names().exceptionOf(entry.code(), entry.typeName());
  }

  /** The catalog's entries of 400 and above, in catalog order: those with an exception class of their own. */
  List<StatusEntry> errorEntries() {
    return catalog.statuses().stream().filter(StatusEntry::isError).toList();
  }

  /**
   * The simple names that a type from another package must not be written by in generated code, because a type
   * of the package (hand-written, such as a {@code String}, or generated) hides it there. The exceptions nested in
   * the series classes are not among them: JavaPoet sees those in the {@code TypeSpec} it writes and names a
   * clashing type in full by itself, in that file, the only one where they hide anything.
   */
  Set<String> namesToQualify() {
    Set<String> names = new TreeSet<>(packageTypes);
    names.addAll(names().simpleNames(catalog));
    return names;
  }

  /** Whether the consumer's release has sealed classes (17 and later), so the exception tree can be sealed. */
  boolean sealedTypes() {
    return releaseLevel >= 17;
  }
}
