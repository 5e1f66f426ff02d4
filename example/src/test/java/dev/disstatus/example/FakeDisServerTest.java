package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.example.FakeDisServer.Scenario;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The server alone, driven by a plain HttpClient over a real socket. */
class FakeDisServerTest {

  private final HttpClient http = HttpClient.newHttpClient();
  /** A server of its own for each test (JUnit makes an instance per test), closed after it. */
  @AutoClose
  private final FakeDisServer server;

  FakeDisServerTest() throws IOException {
    server = FakeDisServer.start();
  }

  @Test
  void listensOnLoopbackOnly() {
    assertEquals("127.0.0.1", server.endpoint().getHost());
    assertTrue(server.port() > 0);
  }

  @Test
  void acceptsRecordsOnItsStream() throws Exception {
    HttpResponse<String> response = putRecords(Scenario.ACCEPTED.stream());

    assertEquals(200, response.statusCode());
    assertEquals("{\"failed_record_count\":0,\"records\":[{\"partition_id\":\"shardId-0000000000\","
        + "\"sequence_number\":\"1\"}]}", response.body());
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
  }

  @Test
  void answersEveryRecordInOrderWithTheNextSequenceNumber() throws Exception {
    putRecords(Scenario.ACCEPTED.stream());
    HttpResponse<String> response = putRecords(Scenario.ACCEPTED.stream(), 2);

    assertEquals("{\"failed_record_count\":0,\"records\":[{\"partition_id\":\"shardId-0000000000\","
        + "\"sequence_number\":\"2\"},{\"partition_id\":\"shardId-0000000000\",\"sequence_number\":\"3\"}]}",
        response.body());
  }

  /** DIS answers 200 even when records failed: here flow control at odd positions and a system error last. */
  @Test
  void failsRecordsOfThePartlyFailedStreamInItsFirstRequestOnly() throws Exception {
    HttpResponse<String> first = putRecords(Scenario.PARTLY_FAILED.stream(), 5);
    HttpResponse<String> second = putRecords(Scenario.PARTLY_FAILED.stream(), 2);

    assertEquals(200, first.statusCode());
    assertEquals("{\"failed_record_count\":3,\"records\":["
        + "{\"partition_id\":\"shardId-0000000000\",\"sequence_number\":\"1\"},"
        + "{\"error_code\":\"DIS.4303\",\"error_message\":\"Exceeded traffic control limit.\"},"
        + "{\"partition_id\":\"shardId-0000000000\",\"sequence_number\":\"2\"},"
        + "{\"error_code\":\"DIS.4303\",\"error_message\":\"Exceeded traffic control limit.\"},"
        + "{\"error_code\":\"DIS.5000\",\"error_message\":\"System error.\"}]}", first.body());
    assertEquals("{\"failed_record_count\":0,\"records\":["
        + "{\"partition_id\":\"shardId-0000000000\",\"sequence_number\":\"3\"},"
        + "{\"partition_id\":\"shardId-0000000000\",\"sequence_number\":\"4\"}]}", second.body());
    List<FakeDisServer.Exchange> exchanges = server.exchanges();
    assertEquals(List.of("DIS.4303", "DIS.4303", "DIS.5000"), exchanges.get(0).errorCodes());
    assertEquals(List.of(), exchanges.get(1).errorCodes());
    assertEquals(second.body(), exchanges.get(1).answer());
  }

  @Test
  void answersFlowControlOnceThenAccepts() throws Exception {
    HttpResponse<String> first = putRecords(Scenario.FLOW_CONTROLLED_ONCE.stream());
    HttpResponse<String> second = putRecords(Scenario.FLOW_CONTROLLED_ONCE.stream());

    assertEquals(400, first.statusCode());
    assertEquals("{\"errorCode\":\"DIS.4303\",\"message\":\"Exceeded traffic control limit.\"}", first.body());
    assertEquals(200, second.statusCode());
    assertEquals(List.of("DIS.4303"), server.exchanges().get(0).errorCodes());
    assertEquals(List.of(400, 200), server.statusesSent(Scenario.FLOW_CONTROLLED_ONCE.stream()));
  }

  @Test
  void throttlesOnceWithRetryAfterThenAccepts() throws Exception {
    HttpResponse<String> first = putRecords(Scenario.THROTTLED_ONCE.stream());
    HttpResponse<String> second = putRecords(Scenario.THROTTLED_ONCE.stream());

    assertEquals(429, first.statusCode());
    assertEquals(Optional.of("1"), first.headers().firstValue("Retry-After"));
    assertEquals(200, second.statusCode());
    assertEquals(List.of(429, 200), server.statusesSent(Scenario.THROTTLED_ONCE.stream()));
  }

  @Test
  void answersAStreamNoScenarioOwnsAsDisDoesForAMissingStream() throws Exception {
    String stream = "no \"such\" stream";
    HttpResponse<String> response = putRecords(stream);

    assertEquals(400, response.statusCode());
    assertEquals("{\"errorCode\":\"DIS.4301\",\"message\":\"Stream does not exist. [no \\\"such\\\" stream]\"}",
        response.body());
    assertEquals(List.of(400), server.statusesSent(stream));
  }

  @Test
  void answersTheUnauthenticatedStreamWithDisAuthenticationError() throws Exception {
    HttpResponse<String> response = putRecords(Scenario.UNAUTHENTICATED.stream());

    assertEquals(441, response.statusCode());
    assertEquals("{\"errorCode\":\"DIS.4100\",\"message\":\"Authorization error.\"}", response.body());
  }

  @Test
  void servesPutRecordsAlone() throws Exception {
    HttpResponse<String> get = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/v2/p/records")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/v2/p/streams"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

    assertEquals(405, get.statusCode());
    assertEquals(404, elsewhere.statusCode());
    assertEquals(List.of(), server.statusesSent(""));
  }

  @Test
  void recordsWhatItReceived() throws Exception {
    putRecords(Scenario.ACCEPTED.stream());

    FakeDisServer.Exchange exchange = server.exchanges().get(0);
    assertEquals("POST", exchange.method());
    assertEquals("/v2/p/records", exchange.path());
    assertEquals("application/json", exchange.contentType());
    assertEquals(Scenario.ACCEPTED.stream(), exchange.stream());
    assertEquals(200, exchange.status());
  }

  @Test
  void closeFreesThePort() throws Exception {
    putRecords(Scenario.ACCEPTED.stream());
    int port = server.port();

    server.close();

    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertEquals(port, socket.getLocalPort());
    }
  }

  private HttpResponse<String> putRecords(String stream) throws IOException, InterruptedException {
    return putRecords(stream, 1);
  }

  private HttpResponse<String> putRecords(String stream, int records) throws IOException, InterruptedException {
    String body = "{\"stream_name\":" + Json.quote(stream) + ",\"records\":["
        + String.join(",", Collections.nCopies(records, "{\"data\":\"aGVsbG8=\"}")) + "]}";
    return http.send(HttpRequest.newBuilder(server.endpoint().resolve("/v2/p/records"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
