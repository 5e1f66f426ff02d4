package dev.disstatus.example;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * An embedded HTTP server on loopback that answers DIS's {@code PutRecords} call with DIS's status codes and
 * error bodies, choosing the answer by the stream name in the request.
 *
 * <p>It serves {@code POST /v2/{project_id}/records} alone. Each {@link Scenario} owns one stream name; a
 * stream name no scenario owns does not exist, and gets DIS's answer for that (400, {@code DIS.4301}), as on
 * a real project. The server remembers what it received and the status it sent for each stream, so a test
 * can count a client's attempts from the server's side.
 *
 * <p>PutRecords' 200 lists one result per record sent, in order: a sequence number for a record taken, or DIS's
 * {@code error_code} and {@code error_message} for one that failed, as DIS answers 200 even when records failed.
 * Error bodies are DIS's where the brief of this example gives them (441, 400); the other errors come with
 * an empty body, since nothing here says what DIS sends with them. Every answer carries an
 * {@code X-Request-Id}, as DIS's API gateway sends one, which {@link Exchange#requestId()} gives back.
 */
public final class FakeDisServer implements AutoCloseable {

  /** The answers the server can give, each owned by the stream name a client sends to get it. */
  public enum Scenario {
    /** 200 with the records accepted. */
    ACCEPTED("demo-accepted", "200"),
    /** 429 with {@code Retry-After: 1} on the first request, 200 after. */
    THROTTLED_ONCE("demo-throttled-once", "429 with Retry-After: 1, then 200"),
    /** 429 with {@code Retry-After: 1} on every request. */
    THROTTLED("demo-throttled", "429 with Retry-After: 1, always"),
    /** 408 without {@code Retry-After} on the first two requests, 200 after. */
    TIMED_OUT_TWICE("demo-timed-out-twice", "408 twice, then 200"),
    /** 400 with {@code DIS.4303}, DIS's flow control, on the first request, 200 after. */
    FLOW_CONTROLLED_ONCE("demo-flow-controlled-once", "400 DIS.4303, then 200"),
    /**
     * 200 to every request, but in the first, records fail: those at odd positions with {@code DIS.4303} (flow
     * control) and the last with {@code DIS.5000}; every later request is taken whole.
     */
    PARTLY_FAILED("demo-partly-failed", "200, records failed: DIS.4303 at odd positions, DIS.5000 last; then 200"),
    /** 441, DIS's own code for a failed authentication, with {@code DIS.4100}. */
    UNAUTHENTICATED("demo-unauthenticated", "441 DIS.4100"),
    /** 400 with {@code DIS.4301}: what any stream name not listed here gets, as {@code demo} does. */
    NO_SUCH_STREAM("demo", "400 DIS.4301"),
    /** 503, which DIS's document says not to retry unchanged. */
    UNAVAILABLE("demo-unavailable", "503"),
    /** 452, a 4xx code the Status Codes document does not list. */
    UNDOCUMENTED("demo-undocumented", "452, not in the document");

    private final String stream;
    private final String summary;

    Scenario(String stream, String summary) {
      this.stream = stream;
      this.summary = summary;
    }

    /** The stream name that selects this scenario. */
    public String stream() {
      return stream;
    }

    /** What the server answers, in a few words. */
    public String summary() {
      return summary;
    }

    /** The scenario a stream name selects: its owner's, or {@link #NO_SUCH_STREAM}. */
    public static Scenario of(String stream) {
      return Arrays.stream(values())
          .filter(scenario -> scenario.stream.equals(stream))
          .findFirst()
          .orElse(NO_SUCH_STREAM);
    }
  }

  /**
   * One request as the server received it, with the status and body it answered and the {@code X-Request-Id} it
   * sent back (32 hex digits, as DIS's API gateway sends them).
   */
  public record Exchange(String method, String path, String contentType, String body, int status, String answer,
      String requestId) {

    /** Whether this is a PutRecords request: a POST to {@code /v2/{project_id}/records}. */
    public boolean isPutRecords() {
      return method.equals("POST") && RECORDS_PATH.matcher(path).matches();
    }

    /** The stream name in the body, or "" when there is none. */
    public String stream() {
      return streamOf(body);
    }

    /**
     * The DIS error codes of the answer, in order: an error's {@code errorCode}, or the {@code error_code} of
     * each record PutRecords did not take; empty when there is none.
     */
    public List<String> errorCodes() {
      Optional<String> error = Json.stringField(answer, "errorCode");
      if (error.isPresent()) {
        return List.of(error.get());
      }
      return Json.objects(answer, "records").stream()
          .flatMap(record -> Json.stringField(record, "error_code").stream())
          .toList();
    }
  }

  private record Reply(int status, Map<String, String> headers, String body) {}

  /** A DIS error code and message, as an error body or a failed record carries them. */
  private record DisError(String code, String message) {}

  private static final DisError FLOW_CONTROL = new DisError("DIS.4303", "Exceeded traffic control limit.");
  private static final DisError SYSTEM_ERROR = new DisError("DIS.5000", "System error.");

  private static final Pattern RECORDS_PATH = Pattern.compile("/v2/[^/]+/records");

  private static final String PARTITION = "shardId-0000000000";
  private static final Reply THROTTLED = new Reply(429, Map.of("Retry-After", "1"), "");
  private static final Reply REQUEST_TIMEOUT = new Reply(408, Map.of(), "");

  private final HttpServer server;
  private final List<Exchange> exchanges = new ArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  /** The sequence number of the last record taken, over all streams, as one partition numbers them. */
  private long sequenceNumber;

  private FakeDisServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on 127.0.0.1 and a free port; {@link #close()} stops it and frees the port. */
  public static FakeDisServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeDisServer fake = new FakeDisServer(server);
    server.createContext("/", fake::handle);
    server.start();
    return fake;
  }

  /** Where clients reach the server, such as {@code http://127.0.0.1:41234}. */
  public URI endpoint() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Every request received so far, in order. */
  public synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** The statuses sent for a stream's PutRecords requests, in order: one per request the server received. */
  public synchronized List<Integer> statusesSent(String stream) {
    return exchanges.stream()
        .filter(exchange -> exchange.isPutRecords() && exchange.stream().equals(stream))
        .map(Exchange::status)
        .toList();
  }

  /** Stops the server at once and frees its port; closing it again does nothing. */
  @Override
  public void close() {
    if (!closed.getAndSet(true)) {
      server.stop(0);
    }
  }

  private void handle(HttpExchange http) throws IOException {
    try (http) {
      String method = http.getRequestMethod();
      String path = http.getRequestURI().getPath();
      String body = read(http.getRequestBody());
      Reply reply;
      String requestId;
      synchronized (this) {
        reply = answer(method, path, body);
        requestId = "%032x".formatted(exchanges.size() + 1);
        exchanges.add(new Exchange(method, path, http.getRequestHeaders().getFirst("Content-Type"), body,
            reply.status(), reply.body(), requestId));
      }
      reply.headers().forEach(http.getResponseHeaders()::add);
      http.getResponseHeaders().add("X-Request-Id", requestId);
      byte[] bytes = reply.body().getBytes(UTF_8);
      // -1 tells HttpServer there is no body at all; 0 would mean a chunked one.
      http.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = http.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private Reply answer(String method, String path, String body) {
    if (!RECORDS_PATH.matcher(path).matches()) {
      return new Reply(404, Map.of(), "");
    }
    if (!method.equals("POST")) {
      return new Reply(405, Map.of("Allow", "POST"), "");
    }
    String stream = streamOf(body);
    return reply(Scenario.of(stream), stream, statusesSent(stream).size() + 1, Json.objects(body, "records").size());
  }

  /** The answer to a stream's {@code attempt}-th request (from 1), which holds {@code records} records. */
  private Reply reply(Scenario scenario, String stream, int attempt, int records) {
    return switch (scenario) {
      case ACCEPTED -> accepted(records, position -> null);
      case PARTLY_FAILED -> accepted(records, position -> attempt > 1 ? null
          : records > 1 && position == records - 1 ? SYSTEM_ERROR
          : position % 2 == 1 ? FLOW_CONTROL : null);
      case FLOW_CONTROLLED_ONCE -> attempt == 1 ? disError(400, FLOW_CONTROL) : accepted(records, position -> null);
      case THROTTLED_ONCE -> attempt == 1 ? THROTTLED : accepted(records, position -> null);
      case THROTTLED -> THROTTLED;
      case TIMED_OUT_TWICE -> attempt <= 2 ? REQUEST_TIMEOUT : accepted(records, position -> null);
      case UNAUTHENTICATED -> disError(441, new DisError("DIS.4100", "Authorization error."));
      case NO_SUCH_STREAM -> disError(400, new DisError("DIS.4301", "Stream does not exist. [" + stream + "]"));
      case UNAVAILABLE -> new Reply(503, Map.of(), "");
      case UNDOCUMENTED -> new Reply(452, Map.of(), "");
    };
  }

  /**
   * PutRecords' 200: one result per record in the order sent, each taken (with the next sequence number) or
   * failed with the error {@code failure} gives its position, and {@code failed_record_count}.
   */
  private Reply accepted(int records, IntFunction<DisError> failure) {
    StringBuilder results = new StringBuilder();
    int failed = 0;
    for (int position = 0; position < records; position++) {
      DisError error = failure.apply(position);
      results.append(position == 0 ? "" : ",");
      if (error == null) {
        results.append("{\"partition_id\":").append(Json.quote(PARTITION))
            .append(",\"sequence_number\":").append(Json.quote(Long.toString(++sequenceNumber))).append('}');
      } else {
        failed++;
        results.append("{\"error_code\":").append(Json.quote(error.code()))
            .append(",\"error_message\":").append(Json.quote(error.message())).append('}');
      }
    }
    return json(200, "{\"failed_record_count\":" + failed + ",\"records\":[" + results + "]}");
  }

  private static Reply disError(int status, DisError error) {
    return json(status,
        "{\"errorCode\":" + Json.quote(error.code()) + ",\"message\":" + Json.quote(error.message()) + "}");
  }

  private static Reply json(int status, String body) {
    return new Reply(status, Map.of("Content-Type", "application/json"), body);
  }

  private static String streamOf(String putRecordsBody) {
    return Json.stringField(putRecordsBody, "stream_name").orElse("");
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
