package com.acme.dis;

/**
 * The generated types of this package called as a user's code calls them, for the processor's tests, which
 * reach them through {@link dev.disstatus.processor.StatusCalls}. Java 8, and every type named in full: a
 * test may put a class named {@code String} or {@code List} into this package.
 */
public final class DisStatusCalls implements dev.disstatus.processor.StatusCalls {
  /** Creates the calls. */
  public DisStatusCalls() {}

  @java.lang.Override
  public java.util.List<java.lang.String> constants() {
    java.util.List<java.lang.String> names = new java.util.ArrayList<java.lang.String>();
    for (DisStatus status : DisStatus.values()) {
      names.add(status.name());
    }
    return names;
  }

  @java.lang.Override
  public java.lang.String constant(int code) {
    return DisStatus.valueOf(code).name();
  }

  @java.lang.Override
  public java.lang.String reasonPhrase(int code) {
    return DisStatus.valueOf(code).reasonPhrase();
  }

  @java.lang.Override
  public java.lang.String description(int code) {
    return DisStatus.valueOf(code).description();
  }

  @java.lang.Override
  public java.util.Optional<java.lang.String> find(int code) {
    return name(DisStatus.find(code));
  }

  @java.lang.Override
  public java.lang.RuntimeException exceptionFor(int code, java.lang.String body,
      java.util.Map<java.lang.String, java.util.List<java.lang.String>> headers) {
    return DisStatusDispatcher.exceptionFor(code, body, headers);
  }

  @java.lang.Override
  public java.lang.RuntimeException exceptionForParsedBody(int code, java.lang.String errorCode,
      java.lang.String errorMessage, java.lang.String requestId,
      java.util.Map<java.lang.String, java.util.List<java.lang.String>> headers) {
    return DisStatusDispatcher.exceptionForParsedBody(code, errorCode, errorMessage, requestId, headers);
  }

  @java.lang.Override
  public java.lang.RuntimeException exceptionForParsedBody(int code, java.lang.String errorCode,
      java.lang.String errorMessage, java.lang.String requestId) {
    return DisStatusDispatcher.exceptionForParsedBody(code, errorCode, errorMessage, requestId);
  }

  @java.lang.Override
  public java.lang.RuntimeException rangeException(int code, java.lang.String body,
      java.util.Map<java.lang.String, java.util.List<java.lang.String>> headers) {
    return code < 500
        ? new DisClientErrorException(code, body, headers)
        : new DisServerErrorException(code, body, headers);
  }

  @java.lang.Override
  public int statusCode(java.lang.RuntimeException exception) {
    return ((DisStatusException) exception).statusCode();
  }

  @java.lang.Override
  public java.util.Optional<java.lang.String> status(java.lang.RuntimeException exception) {
    return name(((DisStatusException) exception).status());
  }

  @java.lang.Override
  public java.lang.String responseBody(java.lang.RuntimeException exception) {
    return ((DisStatusException) exception).responseBody();
  }

  @java.lang.Override
  public java.util.Map<java.lang.String, java.util.List<java.lang.String>> headers(
      java.lang.RuntimeException exception) {
    return ((DisStatusException) exception).headers();
  }

  @java.lang.Override
  public java.util.Optional<java.lang.String> header(java.lang.RuntimeException exception, java.lang.String name) {
    return ((DisStatusException) exception).header(name);
  }

  @java.lang.Override
  public java.util.Optional<java.lang.String> errorCode(java.lang.RuntimeException exception) {
    return ((DisStatusException) exception).errorCode();
  }

  @java.lang.Override
  public java.util.Optional<java.lang.String> errorMessage(java.lang.RuntimeException exception) {
    return ((DisStatusException) exception).errorMessage();
  }

  @java.lang.Override
  public java.util.Optional<java.lang.String> requestId(java.lang.RuntimeException exception) {
    return ((DisStatusException) exception).requestId();
  }

  @java.lang.Override
  public boolean isRetryable(java.lang.RuntimeException exception) {
    return ((DisStatusException) exception).isRetryable();
  }

  private static java.util.Optional<java.lang.String> name(java.util.Optional<DisStatus> status) {
    return status.isPresent() ? java.util.Optional.of(status.get().name()) : java.util.Optional.<java.lang.String>empty();
  }
}
