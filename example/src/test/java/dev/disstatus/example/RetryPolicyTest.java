package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disstatus.example.DisClient.RetryPolicy;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The waits a policy chooses, for exceptions made by the generated dispatcher. */
class RetryPolicyTest {

  private static final DisStatusException REQUEST_TIMEOUT = DisStatusDispatcher.exceptionFor(408, "", Map.of());

  @Test
  void backoffDoublesUntilTheLongestWait() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(300), Duration.ofSeconds(1));

    assertEquals(Optional.of(Duration.ofMillis(300)), policy.waitAfter(REQUEST_TIMEOUT, 1));
    assertEquals(Optional.of(Duration.ofMillis(600)), policy.waitAfter(REQUEST_TIMEOUT, 2));
    assertEquals(Optional.of(Duration.ofSeconds(1)), policy.waitAfter(REQUEST_TIMEOUT, 3));
    assertEquals(Optional.of(Duration.ofSeconds(1)), policy.waitAfter(REQUEST_TIMEOUT, 9));
    assertEquals(Optional.empty(), policy.waitAfter(REQUEST_TIMEOUT, 10));
  }

  @Test
  void retryAfterComesBeforeBackoff() {
    DisStatusException throttled =
        DisStatusDispatcher.exceptionFor(429, "", Map.of("Retry-After", List.of("2")));

    assertEquals(Optional.of(Duration.ofSeconds(2)), RetryPolicy.DEFAULT.waitAfter(throttled, 1));
  }

  @Test
  void oneAttemptNeverRetries() {
    assertEquals(Optional.empty(),
        new RetryPolicy(1, Duration.ZERO, Duration.ZERO).waitAfter(REQUEST_TIMEOUT, 1));
  }

  @Test
  void whatIsNotRetryableIsNeverWaitedFor() {
    DisStatusException throttledWithoutRetryAfter = DisStatusDispatcher.exceptionFor(429, "", Map.of());

    assertEquals(Optional.empty(), RetryPolicy.DEFAULT.waitAfter(throttledWithoutRetryAfter, 1));
  }

  @Test
  void rejectsPoliciesThatCannotWork() {
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class,
        () -> new RetryPolicy(3, Duration.ofSeconds(-1), Duration.ofSeconds(1)));
  }
}
