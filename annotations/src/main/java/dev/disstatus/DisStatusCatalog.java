package dev.disstatus;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates typed Java code for the HTTP status codes of Huawei Cloud DIS (Data Ingestion Service) into the
 * annotated package.
 *
 * <p>Put it on a package, in that package's {@code package-info.java}:
 *
 * <pre>
 * &#64;DisStatusCatalog
 * package com.acme.dis;
 *
 * import dev.disstatus.DisStatusCatalog;
 * </pre>
 *
 * <p>With {@code dis-status-processor} on the annotation processor path, every compile reads the status
 * catalog (by default DIS's own "Status Codes" document, {@code dis_02_0022}) and writes into the package,
 * each type name starting with {@link #prefix()} ({@code Dis} by default):
 *
 * <ul>
 *   <li>{@code DisStatus}: an enum with one constant per documented code, in document order, carrying the
 *       code, the document's name for it, its description and the client guidance the document gives;
 *       {@code DisStatus.valueOf(int)} and {@code DisStatus.find(int)} look a code up.
 *   <li>{@code DisStatusException}, an unchecked base exception carrying the status code, the response body
 *       and headers, the DIS error code and message read from the body, {@code Retry-After} and whether the
 *       document says the request may be retried; {@code DisClientErrorException} (4xx) and
 *       {@code DisServerErrorException} (5xx) below it; and one exception class per documented code of 400
 *       and above, nested in the one of its range, such as {@code DisClientErrorException.AuthenticationError}
 *       for DIS's own 441.
 *   <li>{@code DisStatusDispatcher}: turns an int code, a body and headers into the right exception
 *       ({@code exceptionFor}) or throws it ({@code throwIfError}).
 * </ul>
 *
 * <p>The generated code depends on the JDK alone (Java 8 and later): this annotation is needed only at
 * compile time, and nothing of dis-status is needed at run time.
 *
 * <p>Mistakes (a catalog that cannot be read, a catalog entry that is wrong, a prefix that is not a Java
 * identifier or whose names are already taken) are compile errors on this annotation; the message names
 * the catalog file, line and column where the mistake is in the catalog. Nothing is generated for a package
 * whose catalog or annotation has an error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface DisStatusCatalog {

  /** The value of {@link #catalog()} that selects the DIS catalog bundled with the processor. */
  String BUNDLED = "";

  /**
   * The catalog to generate from: empty (the default) for the DIS "Status Codes" catalog bundled with the
   * processor, or the resource path of a catalog YAML file of your own, such as
   * {@code com/acme/dis/my-codes.yaml}. A resource path is looked up on the source path, then in the class
   * output, then on the class path of the compile; when it is in none of them, the compile error lists
   * every place tried.
   *
   * @return the catalog's resource path, or {@link #BUNDLED}
   */
  String catalog() default BUNDLED;

  /**
   * The start of every generated type name: {@code Dis} gives {@code DisStatus}, {@code DisStatusException},
   * {@code DisStatusDispatcher}, {@code DisClientErrorException} (and so {@code DisClientErrorException.NotFound}),
   * and so on. It must be a Java identifier starting with an upper-case ASCII letter.
   *
   * @return the type name prefix
   */
  String prefix() default "Dis";

  /**
   * Whether the generated exceptions fill in a stack trace when created. {@code true} (the default) behaves
   * like any exception. {@code false} makes them cheap to create on a hot error path, where the status code,
   * body and headers already say what happened; they then also drop suppressed exceptions.
   *
   * @return whether the generated exceptions record stack traces
   */
  boolean stackTraces() default true;
}
