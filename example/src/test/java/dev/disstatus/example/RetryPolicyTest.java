package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.example.status.DisRetryPolicy;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generated retry policy, for exceptions made by the generated dispatcher: the waits it chooses before each
 * attempt. Jitter is fixed at the top of its range (the full backoff) unless a test says otherwise.
 */
class RetryPolicyTest {

  private static final DisStatusException REQUEST_TIMEOUT = DisStatusDispatcher.exceptionFor(408, "", Map.of());
  private static final DisStatusException FLOW_CONTROL = DisStatusDispatcher.exceptionFor(400,
      "{\"errorCode\":\"DIS.4303\",\"message\":\"Exceeded traffic control limit.\"}", Map.of());
  private static final DisStatusException NO_SUCH_STREAM = DisStatusDispatcher.exceptionFor(400,
      "{\"errorCode\":\"DIS.4301\",\"message\":\"Stream does not exist.\"}", Map.of());

  private static DisRetryPolicy policy(int maxAttempts, Duration firstBackoff, Duration maxWait) {
    return DisRetryPolicy.of(maxAttempts, firstBackoff, maxWait).withJitter(() -> 1.0);
  }

  @Test
  void backoffDoublesUntilTheLongestWait() {
    DisRetryPolicy policy = policy(10, Duration.ofMillis(300), Duration.ofSeconds(1));

    assertEquals(Optional.of(Duration.ofMillis(300)), policy.waitBefore(2, REQUEST_TIMEOUT));
    assertEquals(Optional.of(Duration.ofMillis(600)), policy.waitBefore(3, REQUEST_TIMEOUT));
    assertEquals(Optional.of(Duration.ofSeconds(1)), policy.waitBefore(4, REQUEST_TIMEOUT));
    assertEquals(Optional.of(Duration.ofSeconds(1)), policy.waitBefore(10, REQUEST_TIMEOUT));
    assertEquals(Optional.empty(), policy.waitBefore(11, REQUEST_TIMEOUT));
  }

  @Test
  void jitterKeepsEachWaitBetweenHalfTheBackoffAndAllOfIt() {
    DisRetryPolicy policy = DisRetryPolicy.of(5, Duration.ofMillis(200), Duration.ofSeconds(10));

    for (int i = 0; i < 100; i++) {
      Duration wait = policy.waitBefore(3, REQUEST_TIMEOUT).orElseThrow();
      assertTrue(wait.compareTo(Duration.ofMillis(200)) >= 0 && wait.compareTo(Duration.ofMillis(400)) <= 0,
          wait::toString);
    }
    assertEquals(Optional.of(Duration.ofMillis(200)), policy.withJitter(() -> 0.0).waitBefore(3, REQUEST_TIMEOUT));
  }

  /** Two keys: 400 is DIS's flow control (back off, send again) or a missing stream (do not). */
  @Test
  void flowControlOn400IsRetriedWithBackoffAndAMissingStreamIsNot() {
    DisRetryPolicy policy = policy(3, Duration.ofMillis(200), Duration.ofSeconds(10));

    assertEquals(Optional.of(Duration.ofMillis(200)), policy.waitBefore(2, FLOW_CONTROL));
    assertEquals(Optional.of(Duration.ofMillis(400)), policy.waitBefore(3, FLOW_CONTROL));
    assertEquals(Optional.empty(), policy.waitBefore(4, FLOW_CONTROL));
    assertEquals(Optional.empty(), policy.waitBefore(2, NO_SUCH_STREAM));
  }

  @Test
  void retryAfterComesBeforeBackoff() {
    DisStatusException throttled =
        DisStatusDispatcher.exceptionFor(429, "", Map.of("Retry-After", List.of("2")));

    assertEquals(Optional.of(Duration.ofSeconds(2)), DisRetryPolicy.DEFAULT.waitBefore(2, throttled));
  }

  @Test
  void aRetryAfterLongerThanTheLongestWaitIsCutToIt() {
    DisStatusException throttled =
        DisStatusDispatcher.exceptionFor(429, "", Map.of("Retry-After", List.of("11")));

    assertEquals(Optional.of(Duration.ofSeconds(10)), DisRetryPolicy.DEFAULT.waitBefore(2, throttled));
    assertEquals(Optional.of(Duration.ofSeconds(11)), throttled.retryAfter());
  }

  @Test
  void oneAttemptNeverRetries() {
    assertEquals(Optional.empty(), policy(1, Duration.ZERO, Duration.ZERO).waitBefore(2, REQUEST_TIMEOUT));
    assertEquals(Optional.empty(), policy(1, Duration.ZERO, Duration.ZERO).waitBefore(2));
  }

  @Test
  void whatIsNotRetryableIsNeverWaitedFor() {
    DisStatusException throttledWithoutRetryAfter = DisStatusDispatcher.exceptionFor(429, "", Map.of());

    assertEquals(Optional.empty(), DisRetryPolicy.DEFAULT.waitBefore(2, throttledWithoutRetryAfter));
  }

  @Test
  void theDefaultIsFiveAttemptsFrom200MillisecondsToTenSeconds() {
    assertEquals(5, DisRetryPolicy.DEFAULT.maxAttempts());
    assertEquals(Duration.ofMillis(200), DisRetryPolicy.DEFAULT.firstBackoff());
    assertEquals(Duration.ofSeconds(10), DisRetryPolicy.DEFAULT.maxWait());
    assertEquals("DisRetryPolicy[maxAttempts=5, firstBackoff=PT0.2S, maxWait=PT10S]",
        DisRetryPolicy.DEFAULT.toString());
  }

  @Test
  void rejectsPoliciesThatCannotWork() {
    assertThrows(IllegalArgumentException.class, () -> DisRetryPolicy.of(0, Duration.ZERO, Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> DisRetryPolicy.of(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class,
        () -> DisRetryPolicy.of(3, Duration.ofSeconds(-1), Duration.ofSeconds(1)));
  }
}
