package dev.disstatus.processor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The retry policy every generated package gets, tested as the plain Java it is. */
class RetryPolicyTest {
  private static final StatusException RETRYABLE = new StatusException(true, null);
  private static final StatusException NOT_RETRYABLE = new StatusException(false, null);

  /** The full backoff every time, so that the doubling shows. */
  private static RetryPolicy fullBackoff(int maxAttempts, long firstMillis, long maxMillis) {
    return RetryPolicy.of(maxAttempts, Duration.ofMillis(firstMillis), Duration.ofMillis(maxMillis))
        .withJitter(() -> 1.0);
  }

  @Test
  void theBackoffDoublesUpToTheLongestWaitAndStopsAfterTheLastAttempt() {
    RetryPolicy policy = fullBackoff(10, 300, 1000);

    assertEquals(Optional.of(Duration.ofMillis(300)), policy.waitBefore(2, RETRYABLE));
    assertEquals(Optional.of(Duration.ofMillis(600)), policy.waitBefore(3, RETRYABLE));
    assertEquals(Optional.of(Duration.ofSeconds(1)), policy.waitBefore(4, RETRYABLE));
    assertEquals(Optional.of(Duration.ofSeconds(1)), policy.waitBefore(10, RETRYABLE));
    assertEquals(Optional.empty(), policy.waitBefore(11, RETRYABLE));
  }

  @Test
  void theRoundBackoffIsTheSameWithoutAnException() {
    RetryPolicy policy = fullBackoff(4, 100, 10_000);

    assertEquals(Optional.of(Duration.ofMillis(100)), policy.waitBefore(2));
    assertEquals(Optional.of(Duration.ofMillis(200)), policy.waitBefore(3));
    assertEquals(Optional.of(Duration.ofMillis(400)), policy.waitBefore(4));
    assertEquals(Optional.empty(), policy.waitBefore(5));
  }

  @Test
  void jitterDrawsTheWaitBetweenHalfTheBackoffAndAllOfIt() {
    RetryPolicy policy = fullBackoff(5, 400, 10_000);

    assertEquals(Optional.of(Duration.ofMillis(400)), policy.withJitter(() -> 0.0).waitBefore(3));
    assertEquals(Optional.of(Duration.ofMillis(600)), policy.withJitter(() -> 0.5).waitBefore(3));
    assertEquals(Optional.of(Duration.ofMillis(800)), policy.waitBefore(3));
    // Out of range: below 0 is 0, above 1 and NaN are 1.
    assertEquals(Optional.of(Duration.ofMillis(400)), policy.withJitter(() -> -3).waitBefore(3));
    assertEquals(Optional.of(Duration.ofMillis(800)), policy.withJitter(() -> 7).waitBefore(3));
    assertEquals(Optional.of(Duration.ofMillis(800)), policy.withJitter(() -> Double.NaN).waitBefore(3));
  }

  @Test
  void withJitterLeavesThePolicyItWasCalledOnAsItWas() {
    RetryPolicy full = fullBackoff(3, 200, 1000);
    RetryPolicy half = full.withJitter(() -> 0.0);

    assertEquals(Optional.of(Duration.ofMillis(100)), half.waitBefore(2));
    assertEquals(Optional.of(Duration.ofMillis(200)), full.waitBefore(2));
    assertEquals(full.toString(), half.toString());
  }

  @Test
  void theDefaultIsFiveAttemptsFrom200MillisecondsUpTo10SecondsWithRandomJitter() {
    RetryPolicy policy = RetryPolicy.DEFAULT;
    assertEquals(5, policy.maxAttempts());
    assertEquals(Duration.ofMillis(200), policy.firstBackoff());
    assertEquals(Duration.ofSeconds(10), policy.maxWait());
    assertEquals("RetryPolicy[maxAttempts=5, firstBackoff=PT0.2S, maxWait=PT10S]", policy.toString());

    Set<Duration> drawn = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Duration wait = policy.waitBefore(5).orElseThrow();
      assertTrue(wait.compareTo(Duration.ofMillis(800)) >= 0 && wait.compareTo(Duration.ofMillis(1600)) <= 0,
          wait::toString);
      drawn.add(wait);
    }
    assertTrue(drawn.size() > 100, "random waits, not one: " + drawn.size());
    assertEquals(Optional.empty(), policy.waitBefore(6));
  }

  @Test
  void retryAfterIsTheWaitWhenTheResponseHasOne() {
    RetryPolicy policy = fullBackoff(3, 200, 10_000);

    assertEquals(Optional.of(Duration.ofSeconds(2)),
        policy.waitBefore(2, new StatusException(true, Duration.ofSeconds(2))));
    assertEquals(Optional.of(Duration.ZERO), policy.waitBefore(3, new StatusException(true, Duration.ZERO)));
    assertEquals(Optional.of(Duration.ofSeconds(10)),
        policy.waitBefore(2, new StatusException(true, Duration.ofSeconds(10))));
  }

  @Test
  void aRetryAfterLongerThanTheLongestWaitIsCutToIt() {
    RetryPolicy policy = fullBackoff(3, 200, 10_000);

    assertEquals(Optional.of(Duration.ofSeconds(10)),
        policy.waitBefore(2, new StatusException(true, Duration.ofMillis(10_001))));
    assertEquals(Optional.of(Duration.ofSeconds(10)),
        policy.waitBefore(3, new StatusException(true, Duration.ofSeconds(Integer.MAX_VALUE))));
    assertEquals(Optional.empty(), policy.waitBefore(4, new StatusException(true, Duration.ofMillis(10_001))));
    assertEquals(Optional.of(Duration.ZERO),
        fullBackoff(3, 0, 0).waitBefore(2, new StatusException(true, Duration.ofSeconds(1))));
  }

  @Test
  void whatIsNotRetryableIsNeverWaitedForNorAnythingBeyondTheLastAttempt() {
    RetryPolicy policy = fullBackoff(3, 200, 10_000);

    assertEquals(Optional.empty(), policy.waitBefore(2, NOT_RETRYABLE));
    assertEquals(Optional.empty(), policy.waitBefore(2, new StatusException(false, Duration.ofSeconds(1))));
    assertEquals(Optional.empty(), policy.waitBefore(4, new StatusException(true, Duration.ofSeconds(1))));
    assertEquals(Optional.empty(), fullBackoff(1, 0, 0).waitBefore(2, RETRYABLE));
  }

  @Test
  void nothingWaitsBeforeTheFirstAttempt() {
    RetryPolicy policy = RetryPolicy.DEFAULT;
    assertEquals("attempt must be 2 or more (the first retry), not 1",
        assertThrows(IllegalArgumentException.class, () -> policy.waitBefore(1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> policy.waitBefore(0, RETRYABLE));
    assertThrows(NullPointerException.class, () -> policy.waitBefore(2, null));
  }

  @Test
  void extremeAttemptsAndDurationsNeitherOverflowNorLoop() {
    RetryPolicy longest = RetryPolicy.of(Integer.MAX_VALUE, Duration.ofNanos(1), Duration.ofNanos(Long.MAX_VALUE));
    RetryPolicy never = RetryPolicy.of(Integer.MAX_VALUE, Duration.ZERO, Duration.ofDays(1));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertEquals(Optional.of(Duration.ofNanos(Long.MAX_VALUE)),
          longest.withJitter(() -> 1.0).waitBefore(Integer.MAX_VALUE));
      Duration almost = longest.withJitter(() -> Math.nextDown(1.0)).waitBefore(Integer.MAX_VALUE).orElseThrow();
      assertTrue(almost.compareTo(Duration.ofNanos(Long.MAX_VALUE)) <= 0, almost::toString);
      assertEquals(Optional.of(Duration.ofNanos(1)), longest.withJitter(() -> 1.0).waitBefore(2));
      assertEquals(Optional.of(Duration.ZERO), never.waitBefore(Integer.MAX_VALUE));
    });
  }

  @Test
  void rejectsPoliciesThatCannotWork() {
    assertEquals("maxAttempts must be at least 1, not 0", assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO)).getMessage());
    assertEquals("firstBackoff must be from zero to maxWait (PT1S), not PT2S",
        assertThrows(IllegalArgumentException.class,
            () -> RetryPolicy.of(3, Duration.ofSeconds(2), Duration.ofSeconds(1))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(3, Duration.ofSeconds(-1), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(3, Duration.ZERO, Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.of(3, Duration.ZERO, Duration.ofSeconds(Long.MAX_VALUE)));
    assertEquals("firstBackoff",
        assertThrows(NullPointerException.class, () -> RetryPolicy.of(3, null, Duration.ZERO)).getMessage());
    assertEquals("maxWait",
        assertThrows(NullPointerException.class, () -> RetryPolicy.of(3, Duration.ZERO, null)).getMessage());
    assertThrows(NullPointerException.class, () -> RetryPolicy.DEFAULT.withJitter(null));
    assertNotEquals(RetryPolicy.DEFAULT, RetryPolicy.DEFAULT.withJitter(() -> 1.0));
  }
}
