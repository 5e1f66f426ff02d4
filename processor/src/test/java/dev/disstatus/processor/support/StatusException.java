package dev.disstatus.processor.support;

import java.time.Duration;
import java.util.Optional;

/**
 * What {@link RetryPolicy} reads of the generated base exception, {@code DisStatusException}, whose name the
 * template uses: whether the request may be retried and the response's {@code Retry-After}. It lets the template
 * compile and run here as plain Java; the example module tests the emitted policy with the generated exceptions.
 */
final class StatusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final Duration retryAfter;

  StatusException(boolean retryable, Duration retryAfter) {
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  boolean isRetryable() {
    return retryable;
  }

  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
