package dev.disstatus.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the processor's tests ask of one generated package, typed. {@link Compiled#calls} compiles a class that
 * implements it beside the generated code and calls the generated types as a user's code would ({@code
 * DisStatusCalls.java} among the test resources), so that a renamed or retyped method fails that compile
 * instead of a reflective look-up. Java 8 source: it is compiled with the generated code at every release.
 */
public interface StatusCalls {
  /**
   * Returns the names of the status enum's constants.
   *
   * @return the names, in declaration order
   */
  List<String> constants();

  /**
   * Returns the name of {@code valueOf(code)}.
   *
   * @param code an HTTP status code
   * @return the constant's name
   */
  String constant(int code);

  /**
   * Returns {@code valueOf(code).reasonPhrase()}.
   *
   * @param code an HTTP status code
   * @return the reason phrase
   */
  String reasonPhrase(int code);

  /**
   * Returns {@code valueOf(code).description()}.
   *
   * @param code an HTTP status code
   * @return the description
   */
  String description(int code);

  /**
   * Returns the name of the constant {@code find(code)} gives.
   *
   * @param code an HTTP status code
   * @return the constant's name, or empty if the catalog does not list the code
   */
  Optional<String> find(int code);

  /**
   * Returns the dispatcher's {@code exceptionFor(code, body, headers)}.
   *
   * @param code an HTTP status code
   * @param body the response body, or {@code null}
   * @param headers the response headers, or {@code null}
   * @return the exception
   */
  RuntimeException exceptionFor(int code, String body, Map<String, List<String>> headers);

  /**
   * Returns the dispatcher's {@code exceptionForParsedBody(code, errorCode, errorMessage, requestId, headers)}.
   *
   * @param code an HTTP status code
   * @param errorCode the error code, or {@code null}
   * @param errorMessage the error message, or {@code null}
   * @param requestId the request id, or {@code null}
   * @param headers the response headers, or {@code null}
   * @return the exception
   */
  RuntimeException exceptionForParsedBody(int code, String errorCode, String errorMessage, String requestId,
      Map<String, List<String>> headers);

  /**
   * Returns the dispatcher's {@code exceptionForParsedBody(code, errorCode, errorMessage, requestId)}, the
   * overload without headers.
   *
   * @param code an HTTP status code
   * @param errorCode the error code, or {@code null}
   * @param errorMessage the error message, or {@code null}
   * @param requestId the request id, or {@code null}
   * @return the exception
   */
  RuntimeException exceptionForParsedBody(int code, String errorCode, String errorMessage, String requestId);

  /**
   * Returns a new exception of the range class for a code ({@code ClientErrorException} below 500, else
   * {@code ServerErrorException}), whether or not the catalog lists the code.
   *
   * @param code an HTTP status code from 400 to 599
   * @param body the response body, or {@code null}
   * @param headers the response headers, or {@code null}
   * @return the exception
   */
  RuntimeException rangeException(int code, String body, Map<String, List<String>> headers);

  /**
   * Returns the {@code statusCode()} of a generated exception.
   *
   * @param exception one of the generated exceptions
   * @return its status code
   */
  int statusCode(RuntimeException exception);

  /**
   * Returns the name of the constant of a generated exception's {@code status()}.
   *
   * @param exception one of the generated exceptions
   * @return the constant's name, or empty if the catalog does not list the code
   */
  Optional<String> status(RuntimeException exception);

  /**
   * Returns the {@code responseBody()} of a generated exception.
   *
   * @param exception one of the generated exceptions
   * @return its response body
   */
  String responseBody(RuntimeException exception);

  /**
   * Returns the {@code headers()} of a generated exception.
   *
   * @param exception one of the generated exceptions
   * @return its headers
   */
  Map<String, List<String>> headers(RuntimeException exception);

  /**
   * Returns the {@code header(name)} of a generated exception.
   *
   * @param exception one of the generated exceptions
   * @param name a header name
   * @return the header's first value, or empty
   */
  Optional<String> header(RuntimeException exception, String name);

  /**
   * Returns the {@code errorCode()} of a generated exception.
   *
   * @param exception one of the generated exceptions
   * @return its body's error code, or empty
   */
  Optional<String> errorCode(RuntimeException exception);

  /**
   * Returns the {@code errorMessage()} of a generated exception.
   *
   * @param exception one of the generated exceptions
   * @return its body's error message, or empty
   */
  Optional<String> errorMessage(RuntimeException exception);

  /**
   * Returns the {@code requestId()} of a generated exception.
   *
   * @param exception one of the generated exceptions
   * @return its request id, or empty
   */
  Optional<String> requestId(RuntimeException exception);

  /**
   * Returns the {@code isRetryable()} of a generated exception.
   *
   * @param exception one of the generated exceptions
   * @return whether the request may be sent again
   */
  boolean isRetryable(RuntimeException exception);
}
