package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.StatusCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names of the types generated into one package, which follow from the package and the prefix alone, so
 * that they can be checked before, or without, a valid catalog.
 *
 * @param packageName the annotated package
 * @param prefix the start of every generated type name, such as {@code Dis}
 */
record TypeNames(String packageName, String prefix) {
  private static final String STATUS = "Status";
  private static final String STATUS_EXCEPTION = "StatusException";
  private static final String CLIENT_ERROR_EXCEPTION = "ClientErrorException";
  private static final String SERVER_ERROR_EXCEPTION = "ServerErrorException";
  private static final String STATUS_DISPATCHER = "StatusDispatcher";
  private static final String STATUS_SUPPORT = "StatusSupport";
  private static final String RETRY_POLICY = "RetryPolicy";
  private static final String ERROR_CODE = "ErrorCode";

  /** What follows the prefix in the names of the top-level types every package gets, in the order they are written. */
  private static final List<String> SHARED = List.of(STATUS, STATUS_EXCEPTION, CLIENT_ERROR_EXCEPTION,
      SERVER_ERROR_EXCEPTION, STATUS_DISPATCHER, RETRY_POLICY);

  /** The status enum, {@code DisStatus}. */
  ClassName statusEnum() {
    return type(STATUS);
  }

  /** The base of every generated exception, {@code DisStatusException}. */
  ClassName baseException() {
    return type(STATUS_EXCEPTION);
  }

  /** The exception for every 4xx code, {@code DisClientErrorException}. */
  ClassName clientErrorException() {
    return type(CLIENT_ERROR_EXCEPTION);
  }

  /** The exception for every 5xx code, {@code DisServerErrorException}. */
  ClassName serverErrorException() {
    return type(SERVER_ERROR_EXCEPTION);
  }

  /** The error-code enum, {@code DisErrorCode}, generated where the catalog has an error-code table. */
  ClassName errorCodeEnum() {
    return type(ERROR_CODE);
  }

  /** The code-to-exception dispatcher, {@code DisStatusDispatcher}. */
  ClassName dispatcher() {
    return type(STATUS_DISPATCHER);
  }

  /**
   * The package-private support type of the exceptions, nested in their base: {@code
   * DisStatusException.DisStatusSupport}. Nested rather than a file of its own: each top-level type a processor
   * generates costs javac a search of every module for its name ({@code JavacFiler.checkNameAndExistence}).
   */
  ClassName support() {
    return baseException().nestedClass(prefix + STATUS_SUPPORT);
  }

  /** The retry policy, {@code DisRetryPolicy}. */
  ClassName retryPolicy() {
    return type(RETRY_POLICY);
  }

  /**
   * The series exception that nests the exceptions of this error code's entries: the client error exception for
   * 4xx, the server error exception for 5xx.
   */
  ClassName seriesOf(int code) {
    return code < 500 ? clientErrorException() : serverErrorException();
  }

  /**
   * The exception of an error entry with this code and class-name part, nested in its series exception: 404 and
   * {@code NotFound} give {@code DisClientErrorException.NotFound}.
   */
  ClassName exceptionOf(int code, String typeName) {
    return seriesOf(code).nestedClass(typeName);
  }

  /**
   * The top-level types a catalog's contents add: the error-code enum where it has error codes (the exceptions of
   * its error entries are nested in the shared series exceptions); with {@link #shared()}, every top-level type
   * the package gets.
   */
  List<ClassName> entryTypes(StatusCatalog catalog) {
    return catalog.errorCodes().isPresent() ? List.of(errorCodeEnum()) : List.of();
  }

  /**
   * The types every package gets whatever its catalog holds, each entry's exception aside; needs a valid prefix.
   * A type that only catalogs with another table get (the error-code enum) is in {@link #entryTypes} instead,
   * checked to be free once the catalog is loaded.
   */
  List<ClassName> shared() {
    return SHARED.stream().map(this::type).toList();
  }

  /**
   * The series exception an error entry's exception cannot be nested in because it has the same simple name (JLS
   * 8.1: a class may not share the simple name of a class enclosing it): {@code DisClientErrorException} for 404
   * and the class-name part {@code DisClientErrorException}. Made of text, not of a {@link ClassName}, so that it
   * holds for a prefix that is no valid start of a Java name too (the loader asks before the prefix is reported).
   */
  Optional<String> enclosingNamedLike(int code, String typeName) {
    String series = prefix + (code < 500 ? CLIENT_ERROR_EXCEPTION : SERVER_ERROR_EXCEPTION);
    return series.equals(typeName) ? Optional.of(series) : Optional.empty();
  }

  /** The simple names of every top-level type the package gets, {@link #shared} and {@link #entryTypes}. */
  List<String> simpleNames(StatusCatalog catalog) {
    List<String> names = new ArrayList<>();
    SHARED.forEach(suffix -> names.add(prefix + suffix));
    catalog.errorCodes().ifPresent(table -> names.add(prefix + ERROR_CODE));
    return names;
  }

  private ClassName type(String suffix) {
    return ClassName.get(packageName, prefix + suffix);
  }
}
