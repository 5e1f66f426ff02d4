package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.catalog.StatusEntry;
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
  private static final String EXCEPTION = "Exception";
  private static final String ERROR_CODE = "ErrorCode";

  /** What follows the prefix in the names of the types every package gets, in the order they are written. */
  private static final List<String> SHARED = List.of(STATUS, STATUS_EXCEPTION, CLIENT_ERROR_EXCEPTION,
      SERVER_ERROR_EXCEPTION, STATUS_DISPATCHER, STATUS_SUPPORT, RETRY_POLICY);

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

  /** The package-private support type of the exceptions, {@code DisStatusSupport}. */
  ClassName support() {
    return type(STATUS_SUPPORT);
  }

  /** The retry policy, {@code DisRetryPolicy}. */
  ClassName retryPolicy() {
    return type(RETRY_POLICY);
  }

  /** The exception of an error entry with this class-name part: {@code NotFound} gives {@code DisNotFoundException}. */
  ClassName exceptionOf(String typeName) {
    return type(typeName + EXCEPTION);
  }

  /**
   * The types a catalog's contents add: the error-code enum where it has error codes, then the exceptions of its
   * error entries (400 and above) in catalog order; with {@link #shared()}, every top-level type the package gets.
   */
  List<ClassName> entryTypes(StatusCatalog catalog) {
    List<ClassName> types = new ArrayList<>();
    catalog.errorCodes().ifPresent(table -> types.add(errorCodeEnum()));
    catalog.statuses().stream().filter(StatusEntry::isError)
        .forEach(entry -> types.add(exceptionOf(entry.typeName())));
    return types;
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
   * The simple name of the shared type that an error entry's exception would be, given this class-name part:
   * {@code ClientError} gives {@code DisClientErrorException}. Whether there is one does not depend on the
   * prefix, so this holds even for a prefix that is no valid start of a Java name.
   */
  Optional<String> sharedTypeNamedLike(String typeName) {
    String exception = typeName + EXCEPTION;
    return SHARED.contains(exception) ? Optional.of(prefix + exception) : Optional.empty();
  }

  private ClassName type(String suffix) {
    return ClassName.get(packageName, prefix + suffix);
  }
}
