package dev.disstatus.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.disstatus.example.FakeDisServer.Scenario;
import dev.disstatus.example.status.DisClientErrorException;
import dev.disstatus.example.status.DisErrorCode;
import dev.disstatus.example.status.DisRetryPolicy;
import dev.disstatus.example.status.DisServerErrorException;
import dev.disstatus.example.status.DisStatus;
import dev.disstatus.example.status.DisStatusException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client against the DIS-like server over real sockets: which generated exception each answer becomes,
 * what the client retries and which records it resends. The sleeper records the waits instead of sleeping, so
 * nothing here is timed, and the policies' jitter is fixed at the top of its range, so each backoff wait is
 * the full backoff.
 */
class DisClientTest {

  private static final List<byte[]> RECORDS = List.of("hello".getBytes(UTF_8));
  private static final List<byte[]> FIVE_RECORDS = Main.RECORDS;
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);
  private static final DisRetryPolicy DEFAULT = DisRetryPolicy.DEFAULT.withJitter(() -> 1.0);

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
    client(DEFAULT).putRecords(Scenario.ACCEPTED.stream(), List.of(new byte[] {0, 1, 2}, RECORDS.get(0)));

    FakeDisServer.Exchange exchange = server.exchanges().get(0);
    assertEquals("POST", exchange.method());
    assertEquals("/v2/demo-project/records", exchange.path());
    assertEquals("application/json", exchange.contentType());
    assertEquals("{\"stream_name\":\"demo-accepted\",\"records\":[{\"data\":\"AAEC\"},{\"data\":\"aGVsbG8=\"}]}",
        exchange.body());
  }

  @Test
  void acceptedRecordsTakeOneAttempt() throws Exception {
    DisClient.Result result = client(DEFAULT).putRecords(Scenario.ACCEPTED.stream(), RECORDS);

    assertEquals(Optional.of(DisStatus.OK), result.status());
    assertEquals(1, result.attempts());
    assertEquals(List.of(), result.waits());
    assertEquals(0, result.failedRecordCount());
    assertEquals(List.of(), result.resent());
    assertEquals(List.of(), waits);
  }

  @Test
  void retryAfterOfOneSecondIsWaitedOnceThenTheCallSucceeds() throws Exception {
    DisClient.Result result = client(DEFAULT).putRecords(Scenario.THROTTLED_ONCE.stream(), RECORDS);

    assertEquals(Optional.of(DisStatus.OK), result.status());
    assertEquals(2, result.attempts());
    assertEquals(List.of(ONE_SECOND), result.waits());
    assertEquals(List.of(ONE_SECOND), waits);
    assertEquals(List.of(429, 200), server.statusesSent(Scenario.THROTTLED_ONCE.stream()));
  }

  @Test
  void attemptsAreBoundedWhenTheServerKeepsThrottling() {
    DisRetryPolicy fourAttempts = policy(4, Duration.ofMillis(100), Duration.ofSeconds(10));

    DisClientErrorException.TooManyRequests e = assertThrowsExactly(DisClientErrorException.TooManyRequests.class,
        () -> client(fourAttempts).putRecords(Scenario.THROTTLED.stream(), RECORDS));

    assertEquals(List.of(429, 429, 429, 429), server.statusesSent(Scenario.THROTTLED.stream()));
    assertEquals(List.of(ONE_SECOND, ONE_SECOND, ONE_SECOND), waits);
    assertEquals(Optional.of(DisStatus.TOO_MANY_REQUESTS), e.status());
    assertEquals(Optional.of(ONE_SECOND), e.retryAfter());
    assertTrue(e.isRetryable());
  }

  @Test
  void aRetryAfterLongerThanTheLongestWaitIsCutToIt() {
    DisRetryPolicy impatient = policy(4, Duration.ofMillis(100), Duration.ofMillis(500));

    DisClientErrorException.TooManyRequests e = assertThrowsExactly(DisClientErrorException.TooManyRequests.class,
        () -> client(impatient).putRecords(Scenario.THROTTLED.stream(), RECORDS));

    // Retry-After: 1 is longer than the policy's 500 ms: each attempt waits 500 ms, until the attempts run out.
    assertEquals(List.of(429, 429, 429, 429), server.statusesSent(Scenario.THROTTLED.stream()));
    Duration maxWait = Duration.ofMillis(500);
    assertEquals(List.of(maxWait, maxWait, maxWait), waits);
    assertEquals(Optional.of(ONE_SECOND), e.retryAfter());
  }

  @Test
  void requestTimeoutWithoutRetryAfterIsRetriedWithExponentialBackoff() throws Exception {
    DisRetryPolicy policy = policy(3, Duration.ofMillis(100), Duration.ofSeconds(10));

    DisClient.Result result = client(policy).putRecords(Scenario.TIMED_OUT_TWICE.stream(), RECORDS);

    assertEquals(Optional.of(DisStatus.OK), result.status());
    assertEquals(List.of(408, 408, 200), server.statusesSent(Scenario.TIMED_OUT_TWICE.stream()));
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
  }

  @Test
  void authenticationErrorIsDisOwn441WithItsErrorCode() {
    DisClientErrorException.AuthenticationError e =
        assertThrowsExactly(DisClientErrorException.AuthenticationError.class,
            () -> client(DEFAULT).putRecords(Scenario.UNAUTHENTICATED.stream(), RECORDS));

    assertEquals(441, e.statusCode());
    assertEquals(Optional.of(DisStatus.AUTHENTICATION_ERROR), e.status());
    assertEquals(Optional.of("DIS.4100"), e.errorCode());
    assertEquals(Optional.of("Authorization error."), e.errorMessage());
    assertNotRetried(e, Scenario.UNAUTHENTICATED);
  }

  @Test
  void missingStreamIsBadRequestWithDisErrorCodeAndMessage() {
    DisClientErrorException.BadRequest e = assertThrowsExactly(DisClientErrorException.BadRequest.class,
        () -> client(DEFAULT).putRecords(Scenario.NO_SUCH_STREAM.stream(), RECORDS));

    assertEquals(Optional.of(DisStatus.BAD_REQUEST), e.status());
    assertEquals(Optional.of("DIS.4301"), e.errorCode());
    assertEquals(Optional.of("Stream does not exist. [demo]"), e.errorMessage());
    assertEquals("{\"errorCode\":\"DIS.4301\",\"message\":\"Stream does not exist. [demo]\"}", e.responseBody());
    assertEquals(Optional.of(DisErrorCode.STREAM_DOES_NOT_EXIST), e.error());
    assertNotRetried(e, Scenario.NO_SUCH_STREAM);
  }

  @Test
  void serviceUnavailableIsNotRetriedBecauseTheDocumentSaysModifyTheRequest() {
    DisServerErrorException.ServiceUnavailable e =
        assertThrowsExactly(DisServerErrorException.ServiceUnavailable.class,
            () -> client(DEFAULT).putRecords(Scenario.UNAVAILABLE.stream(), RECORDS));

    assertInstanceOf(DisServerErrorException.class, e);
    assertEquals(Optional.of(DisStatus.Guidance.MODIFY_REQUEST), DisStatus.SERVICE_UNAVAILABLE.guidance());
    assertEquals(Optional.empty(), e.errorCode());
    assertNotRetried(e, Scenario.UNAVAILABLE);
  }

  @Test
  void aCodeTheDocumentDoesNotListIsExactlyTheClientErrorException() {
    DisClientErrorException e = assertThrowsExactly(DisClientErrorException.class,
        () -> client(DEFAULT).putRecords(Scenario.UNDOCUMENTED.stream(), RECORDS));

    assertEquals(452, e.statusCode());
    assertEquals(Optional.empty(), e.status());
    assertNotRetried(e, Scenario.UNDOCUMENTED);
  }

  /** DIS's flow control on the whole request: 400 with DIS.4303, retried after the backoff, then taken. */
  @Test
  void flowControlOn400IsRetriedAfterTheBackoffThenTheCallSucceeds() throws Exception {
    DisClient.Result result = client(policy(3, Duration.ofMillis(100), Duration.ofSeconds(10)))
        .putRecords(Scenario.FLOW_CONTROLLED_ONCE.stream(), FIVE_RECORDS);

    assertEquals(Optional.of(DisStatus.OK), result.status());
    assertEquals(List.of(400, 200), server.statusesSent(Scenario.FLOW_CONTROLLED_ONCE.stream()));
    assertEquals(List.of(Duration.ofMillis(100)), waits);
    assertEquals(0, result.failedRecordCount());
    assertEquals(List.of(0, 1, 2, 3, 4), result.resent(), "the whole request was sent again");
  }

  @Test
  void theBackoffIsDrawnFromTheJitter() throws Exception {
    DisRetryPolicy lowest = policy(3, Duration.ofMillis(100), Duration.ofSeconds(10)).withJitter(() -> 0.0);

    client(lowest).putRecords(Scenario.FLOW_CONTROLLED_ONCE.stream(), RECORDS);

    assertEquals(List.of(Duration.ofMillis(50)), waits);
  }

  /**
   * PutRecords answers 200 with records 1 and 3 refused by flow control and record 4 by DIS.5000: the client
   * resends 1 and 3 alone after the backoff, and reports 4 without resending it.
   */
  @Test
  void onlyTheThrottledRecordsAreResentAndTheOtherFailureIsReported() throws Exception {
    DisClient.Result result = client(policy(3, Duration.ofMillis(100), Duration.ofSeconds(10)))
        .putRecords(Scenario.PARTLY_FAILED.stream(), FIVE_RECORDS);

    assertEquals(List.of(200, 200), server.statusesSent(Scenario.PARTLY_FAILED.stream()));
    assertEquals(List.of(Duration.ofMillis(100)), waits);
    assertEquals(List.of(Duration.ofMillis(100)), result.waits());
    assertEquals(2, result.attempts());
    assertEquals(List.of(1, 3), result.resent());
    assertEquals(DisClient.putRecordsBody(Scenario.PARTLY_FAILED.stream(), List.of(FIVE_RECORDS.get(1),
        FIVE_RECORDS.get(3))), server.exchanges().get(1).body());
    assertEquals(1, result.failedRecordCount());
    List<DisClient.RecordResult> records = result.records();
    assertEquals(List.of(1, 2, 1, 2, 1), records.stream().map(DisClient.RecordResult::sends).toList());
    assertEquals(List.of(true, true, true, true, false), records.stream().map(DisClient.RecordResult::taken).toList());
    // Taken in the first round: 0 and 2 (sequence numbers 1 and 2); in the second: 1 and 3.
    assertEquals(List.of("1", "3", "2", "4"), records.subList(0, 4).stream()
        .map(record -> record.sequenceNumber().orElseThrow()).toList());
    DisClient.RecordResult reported = records.get(4);
    assertEquals(Optional.of("DIS.5000"), reported.errorCode());
    assertEquals(Optional.of("System error."), reported.errorMessage());
    assertEquals(Optional.of(DisErrorCode.SYSTEM_ERROR), reported.error());
    assertEquals(Optional.empty(), reported.sequenceNumber());
  }

  @Test
  void throttledRecordsAreReportedWhenTheAttemptsRunOut() throws Exception {
    DisClient.Result result = client(policy(1, Duration.ofMillis(100), Duration.ofSeconds(10)))
        .putRecords(Scenario.PARTLY_FAILED.stream(), FIVE_RECORDS);

    assertEquals(List.of(200), server.statusesSent(Scenario.PARTLY_FAILED.stream()));
    assertEquals(List.of(), waits);
    assertEquals(List.of(), result.resent());
    assertEquals(3, result.failedRecordCount());
    assertEquals(List.of(Optional.empty(), Optional.of("DIS.4303"), Optional.empty(), Optional.of("DIS.4303"),
        Optional.of("DIS.5000")), result.records().stream().map(DisClient.RecordResult::errorCode).toList());
    assertEquals(Optional.of(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT), result.records().get(1).error());
  }

  /** A 200 whose results cannot be matched to the records sent is not guessed at: nothing is resent or reported. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"failed_record_count\":0,\"records\":[]}", "{\"records\":[1]}", "Created",
      "{\"failed_record_count\":0,\"records\":[{\"error_code\":\"DIS.4303\"}]}"})
  void aPutRecordsAnswerThatDoesNotMatchTheRecordsIsAnIoException(String answer) throws IOException {
    HttpServer odd = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    odd.createContext("/", exchange -> {
      byte[] bytes = answer.getBytes(UTF_8);
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(200, bytes.length);
      try (exchange; OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    odd.start();
    try {
      URI endpoint = URI.create("http://127.0.0.1:" + odd.getAddress().getPort());
      DisClient client = new DisClient(http, endpoint, "demo-project", DEFAULT, waits::add);
      assertThrows(IOException.class, () -> client.putRecords("demo-accepted", RECORDS));
      assertEquals(List.of(), waits);
    } finally {
      odd.stop(0);
    }
  }

  private void assertNotRetried(DisStatusException e, Scenario scenario) {
    assertFalse(e.isRetryable());
    assertEquals(1, server.statusesSent(scenario.stream()).size());
    assertEquals(List.of(), waits);
  }

  /** A policy whose every backoff wait is the full backoff. */
  private static DisRetryPolicy policy(int maxAttempts, Duration firstBackoff, Duration maxWait) {
    return DisRetryPolicy.of(maxAttempts, firstBackoff, maxWait).withJitter(() -> 1.0);
  }

  private DisClient client(DisRetryPolicy policy) {
    return new DisClient(http, server.endpoint(), "demo-project", policy, waits::add);
  }
}
