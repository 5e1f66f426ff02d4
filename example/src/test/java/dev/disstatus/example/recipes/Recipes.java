package dev.disstatus.example.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.example.FakeDisServer.Scenario;
import dev.disstatus.example.FakeDisServer;
import dev.disstatus.example.status.DisClientErrorException;
import dev.disstatus.example.status.DisStatusException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every recipe test sends and expects: a {@code PutRecords} request body for a scenario of the DIS-like
 * server, and the typed exception its answer must become, with the response's {@code Retry-After}, request id
 * and DIS error code read from it.
 */
final class Recipes {
  /** The path of DIS's PutRecords call on the server, for the project "demo-project". */
  static final String PUT_RECORDS = "/v2/demo-project/records";
  /** The server's answer to this: 200 with the records accepted. */
  private static final String ACCEPTED = body(Scenario.ACCEPTED);
  /** The server's answer to this: 429 with {@code Retry-After: 1}. */
  private static final String THROTTLED = body(Scenario.THROTTLED);
  /** The server's answer to this: 441 with DIS's body for {@code DIS.4100}. */
  private static final String UNAUTHENTICATED = body(Scenario.UNAUTHENTICATED);

  private Recipes() {}

  /** One PutRecords call through a client and its recipe: the JSON sent, the body answered. */
  @FunctionalInterface
  interface PutRecords {
    String send(String json) throws Exception;
  }

  /**
   * That a recipe passes a 200's body through, and turns the server's 429 and 441 into the typed exceptions
   * with all the server sent.
   */
  static void assertRecipe(FakeDisServer server, PutRecords put) throws Exception {
    assertAccepted(put.send(ACCEPTED));
    assertThrottled(server, assertThrows(DisStatusException.class, () -> put.send(THROTTLED)));
    assertUnauthenticated(server, assertThrows(DisStatusException.class, () -> put.send(UNAUTHENTICATED)));
  }

  private static String body(Scenario scenario) {
    return "{\"stream_name\":\"" + scenario.stream() + "\",\"records\":[{\"data\":\"aGVsbG8=\"}]}";
  }

  /** That the answer to {@link #ACCEPTED} came through as the body, untouched. */
  private static void assertAccepted(String body) {
    assertEquals("{\"failed_record_count\":0,\"records\":[{\"partition_id\":\"shardId-0000000000\","
        + "\"sequence_number\":\"1\"}]}", body);
  }

  /** That the answer to {@link #THROTTLED}, the server's last, became the typed 429 with all it said. */
  private static void assertThrottled(FakeDisServer server, DisStatusException error) {
    DisClientErrorException.TooManyRequests throttled =
        assertInstanceOf(DisClientErrorException.TooManyRequests.class, error);
    assertEquals(429, throttled.statusCode());
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttled.retryAfter(Instant.now()));
    assertTrue(throttled.isRetryable());
    assertEquals(Optional.of(lastRequestId(server)), throttled.requestId());
  }

  /** That the answer to {@link #UNAUTHENTICATED}, the server's last, became the typed 441 with DIS's error. */
  private static void assertUnauthenticated(FakeDisServer server, DisStatusException error) {
    DisClientErrorException.AuthenticationError unauthenticated =
        assertInstanceOf(DisClientErrorException.AuthenticationError.class, error);
    assertEquals(441, unauthenticated.statusCode());
    assertEquals(Optional.of("DIS.4100"), unauthenticated.errorCode());
    assertEquals(Optional.of("Authorization error."), unauthenticated.errorMessage());
    assertEquals(Optional.of(lastRequestId(server)), unauthenticated.requestId());
  }

  private static String lastRequestId(FakeDisServer server) {
    List<FakeDisServer.Exchange> exchanges = server.exchanges();
    return exchanges.get(exchanges.size() - 1).requestId();
  }
}
