package dev.disstatus.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.example.DisClient.RetryPolicy;
import dev.disstatus.example.FakeDisServer.Scenario;
import dev.disstatus.example.status.DisClientErrorException;
import dev.disstatus.example.status.DisServerErrorException;
import dev.disstatus.example.status.DisStatus;
import dev.disstatus.example.status.DisStatusException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The client against the DIS-like server over real sockets: which generated exception each answer becomes,
 * and what the client retries. The sleeper records the waits instead of sleeping, so nothing here is timed.
 */
class DisClientTest {

  private static final List<byte[]> RECORDS = List.of("hello".getBytes(UTF_8));
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Duration> waits = new ArrayList<>();
  /** A server of its own for each test (JUnit makes an instance per test), closed after it. */
  @AutoClose
  private final FakeDisServer server;

  DisClientTest() throws IOException {
    server = FakeDisServer.start();
  }

  @Test
  void sendsPutRecordsAsDisDefinesIt() throws Exception {
    client(RetryPolicy.DEFAULT).putRecords(Scenario.ACCEPTED.stream(), List.of(new byte[] {0, 1, 2}, RECORDS.get(0)));

    FakeDisServer.Exchange exchange = server.exchanges().get(0);
    assertEquals("POST", exchange.method());
    assertEquals("/v2/demo-project/records", exchange.path());
    assertEquals("application/json", exchange.contentType());
    assertEquals("{\"stream_name\":\"demo-accepted\",\"records\":[{\"data\":\"AAEC\"},{\"data\":\"aGVsbG8=\"}]}",
        exchange.body());
  }

  @Test
  void acceptedRecordsTakeOneAttempt() throws Exception {
    DisClient.Result result = client(RetryPolicy.DEFAULT).putRecords(Scenario.ACCEPTED.stream(), RECORDS);

    assertEquals(Optional.of(DisStatus.OK), result.status());
    assertEquals(1, result.attempts());
    assertEquals(List.of(), result.waits());
    assertEquals(OptionalInt.of(0), result.failedRecordCount());
    assertEquals(List.of(), waits);
  }

  @Test
  void retryAfterOfOneSecondIsWaitedOnceThenTheCallSucceeds() throws Exception {
    DisClient.Result result = client(RetryPolicy.DEFAULT).putRecords(Scenario.THROTTLED_ONCE.stream(), RECORDS);

    assertEquals(Optional.of(DisStatus.OK), result.status());
    assertEquals(2, result.attempts());
    assertEquals(List.of(ONE_SECOND), result.waits());
    assertEquals(List.of(ONE_SECOND), waits);
    assertEquals(List.of(429, 200), server.statusesSent(Scenario.THROTTLED_ONCE.stream()));
  }

  @Test
  void attemptsAreBoundedWhenTheServerKeepsThrottling() {
    RetryPolicy fourAttempts = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(10));

    DisClientErrorException.TooManyRequests e = assertThrowsExactly(DisClientErrorException.TooManyRequests.class,
        () -> client(fourAttempts).putRecords(Scenario.THROTTLED.stream(), RECORDS));

    assertEquals(List.of(429, 429, 429, 429), server.statusesSent(Scenario.THROTTLED.stream()));
    assertEquals(List.of(ONE_SECOND, ONE_SECOND, ONE_SECOND), waits);
    assertEquals(Optional.of(DisStatus.TOO_MANY_REQUESTS), e.status());
    assertEquals(Optional.of(ONE_SECOND), e.retryAfter());
    assertTrue(e.isRetryable());
  }

  @Test
  void aRetryAfterLongerThanTheLongestWaitEndsTheCall() {
    RetryPolicy impatient = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(500));

    assertThrowsExactly(DisClientErrorException.TooManyRequests.class,
        () -> client(impatient).putRecords(Scenario.THROTTLED.stream(), RECORDS));

    assertEquals(List.of(429), server.statusesSent(Scenario.THROTTLED.stream()));
    assertEquals(List.of(), waits);
  }

  @Test
  void requestTimeoutWithoutRetryAfterIsRetriedWithExponentialBackoff() throws Exception {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(10));

    DisClient.Result result = client(policy).putRecords(Scenario.TIMED_OUT_TWICE.stream(), RECORDS);

    assertEquals(Optional.of(DisStatus.OK), result.status());
    assertEquals(List.of(408, 408, 200), server.statusesSent(Scenario.TIMED_OUT_TWICE.stream()));
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
  }

  @Test
  void authenticationErrorIsDisOwn441WithItsErrorCode() {
    DisClientErrorException.AuthenticationError e =
        assertThrowsExactly(DisClientErrorException.AuthenticationError.class,
            () -> client(RetryPolicy.DEFAULT).putRecords(Scenario.UNAUTHENTICATED.stream(), RECORDS));

    assertEquals(441, e.statusCode());
    assertEquals(Optional.of(DisStatus.AUTHENTICATION_ERROR), e.status());
    assertEquals(Optional.of("DIS.4100"), e.errorCode());
    assertEquals(Optional.of("Authorization error."), e.errorMessage());
    assertNotRetried(e, Scenario.UNAUTHENTICATED);
  }

  @Test
  void missingStreamIsBadRequestWithDisErrorCodeAndMessage() {
    DisClientErrorException.BadRequest e = assertThrowsExactly(DisClientErrorException.BadRequest.class,
        () -> client(RetryPolicy.DEFAULT).putRecords(Scenario.NO_SUCH_STREAM.stream(), RECORDS));

    assertEquals(Optional.of(DisStatus.BAD_REQUEST), e.status());
    assertEquals(Optional.of("DIS.4301"), e.errorCode());
    assertEquals(Optional.of("Stream does not exist. [demo]"), e.errorMessage());
    assertEquals("{\"errorCode\":\"DIS.4301\",\"message\":\"Stream does not exist. [demo]\"}", e.responseBody());
    assertNotRetried(e, Scenario.NO_SUCH_STREAM);
  }

  @Test
  void serviceUnavailableIsNotRetriedBecauseTheDocumentSaysModifyTheRequest() {
    DisServerErrorException.ServiceUnavailable e =
        assertThrowsExactly(DisServerErrorException.ServiceUnavailable.class,
            () -> client(RetryPolicy.DEFAULT).putRecords(Scenario.UNAVAILABLE.stream(), RECORDS));

    assertInstanceOf(DisServerErrorException.class, e);
    assertEquals(Optional.of(DisStatus.Guidance.MODIFY_REQUEST), DisStatus.SERVICE_UNAVAILABLE.guidance());
    assertEquals(Optional.empty(), e.errorCode());
    assertNotRetried(e, Scenario.UNAVAILABLE);
  }

  @Test
  void aCodeTheDocumentDoesNotListIsExactlyTheClientErrorException() {
    DisClientErrorException e = assertThrowsExactly(DisClientErrorException.class,
        () -> client(RetryPolicy.DEFAULT).putRecords(Scenario.UNDOCUMENTED.stream(), RECORDS));

    assertEquals(452, e.statusCode());
    assertEquals(Optional.empty(), e.status());
    assertNotRetried(e, Scenario.UNDOCUMENTED);
  }

  private void assertNotRetried(DisStatusException e, Scenario scenario) {
    assertFalse(e.isRetryable());
    assertEquals(1, server.statusesSent(scenario.stream()).size());
    assertEquals(List.of(), waits);
  }

  private DisClient client(RetryPolicy policy) {
    return new DisClient(http, server.endpoint(), "demo-project", policy, waits::add);
  }
}
