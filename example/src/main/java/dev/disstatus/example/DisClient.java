package dev.disstatus.example;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.disstatus.example.status.DisErrorCode;
import dev.disstatus.example.status.DisRetryPolicy;
import dev.disstatus.example.status.DisStatus;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A small client for one DIS call, {@code PutRecords}, that reads every response through the generated
 * {@link DisStatusDispatcher} and decides about sending again with the generated {@link DisRetryPolicy}.
 *
 * <p>An error response becomes the generated exception for its code. The client sends the request again when
 * the policy says so ({@link DisRetryPolicy#waitBefore(int, DisStatusException)}: the exception is
 * {@linkplain DisStatusException#isRetryable() retryable}, as 408 and DIS's flow control, 400 with
 * {@code DIS.4303}, are; after its {@code Retry-After}, or else a backoff) and throws every other error, and
 * the last one when the policy gives up. A failure to reach the server is an {@link IOException} and is not
 * retried.
 *
 * <p>DIS answers PutRecords with 200 even when records failed; each failed record carries its own
 * {@code error_code}. The client resends, in a further round after the policy's backoff
 * ({@link DisRetryPolicy#waitBefore(int)}), only the records whose error code is retryable
 * ({@link DisErrorCode#isRetryable(String)}: flow control), and reports every other failed record in the
 * {@link Result}, undocumented codes included. Error responses and resend rounds share the policy's
 * {@linkplain DisRetryPolicy#maxAttempts() attempts}: no call sends more requests than that. Throttled records
 * still failing when the attempts run out are reported too.
 *
 * <p>A real DIS endpoint also wants the request signed (AK/SK) or an {@code X-Auth-Token}; that is left out
 * here, since it is not what this example shows.
 */
public final class DisClient {

  /** How long one request may take, connecting and answering included. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** How the client waits between attempts: tests record the waits instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper REAL = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    /** Waits for {@code duration} before the next attempt. */
    void sleep(Duration duration) throws InterruptedException;
  }

  /**
   * What became of one record of a call.
   *
   * @param sends how many requests carried the record: more than one if it was resent
   * @param sequenceNumber the sequence number DIS gave the record, if DIS took it
   * @param errorCode the error code it failed with the last time it was sent, if DIS did not take it
   * @param errorMessage the error message it failed with, if DIS did not take it and said why
   */
  public record RecordResult(int sends, Optional<String> sequenceNumber, Optional<String> errorCode,
      Optional<String> errorMessage) {

    public RecordResult {
      Objects.requireNonNull(sequenceNumber, "sequenceNumber");
      Objects.requireNonNull(errorCode, "errorCode");
      Objects.requireNonNull(errorMessage, "errorMessage");
    }

    /** Whether DIS took the record. */
    public boolean taken() {
      return errorCode.isEmpty();
    }

    /** The generated constant for the error code; empty if the record was taken or the code is not listed. */
    public Optional<DisErrorCode> error() {
      return errorCode.flatMap(DisErrorCode::find);
    }
  }

  /**
   * A call that succeeded: the final response, what it took to get there, and what became of each record.
   *
   * @param statusCode the HTTP status of the final response, below 400
   * @param body the final response's body
   * @param attempts how many requests the call sent, the first included
   * @param waits the waits between those requests, in order: one fewer than the attempts
   * @param records what became of each record, in the order given
   */
  public record Result(int statusCode, String body, int attempts, List<Duration> waits, List<RecordResult> records) {

    public Result {
      Objects.requireNonNull(body, "body");
      waits = List.copyOf(waits);
      records = List.copyOf(records);
    }

    /** The generated constant for the status code; empty for a code DIS's document does not list. */
    public Optional<DisStatus> status() {
      return DisStatus.find(statusCode);
    }

    /**
     * How many records DIS did not take in the end. DIS answers 200 even when some records of a call failed, so
     * a caller checks this, not only the status.
     */
    public int failedRecordCount() {
      return (int) records.stream().filter(record -> !record.taken()).count();
    }

    /** The positions (from 0, in the order given) of the records that were sent more than once. */
    public List<Integer> resent() {
      return IntStream.range(0, records.size()).filter(i -> records.get(i).sends() > 1).boxed().toList();
    }
  }

  private final HttpClient http;
  private final URI recordsUri;
  private final DisRetryPolicy retryPolicy;
  private final Sleeper sleeper;

  /**
   * A client for one DIS project.
   *
   * @param http the HTTP client to send with
   * @param endpoint the DIS endpoint, such as {@code https://dis.cn-north-4.myhuaweicloud.com}
   * @param projectId the project the streams belong to
   * @param retryPolicy how many attempts a call may take and how long to wait between them
   * @param sleeper how to wait between attempts, normally {@link Sleeper#REAL}
   */
  public DisClient(HttpClient http, URI endpoint, String projectId, DisRetryPolicy retryPolicy, Sleeper sleeper) {
    this.http = Objects.requireNonNull(http, "http");
    if (!projectId.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("projectId must be letters, digits, '_' or '-', not \"" + projectId + '"');
    }
    this.recordsUri = endpoint.resolve("/v2/" + projectId + "/records");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Sends records to a stream ({@code POST /v2/{project_id}/records}), resending those that DIS's flow control
   * refused.
   *
   * @param streamName the stream to write to
   * @param records the records' data, each sent base64-encoded
   * @return the final response, how many attempts it took and what became of each record
   * @throws DisStatusException the generated exception for an error response that is not retried, or for the
   *     last one when the {@link DisRetryPolicy} gives up; records that earlier rounds of the call resent and DIS
   *     took stay taken
   * @throws IOException when the server cannot be reached or does not answer in time, or a 200 does not list one
   *     result per record sent, or counts its failed results otherwise
   * @throws InterruptedException when the thread is interrupted while sending or waiting
   */
  public Result putRecords(String streamName, List<byte[]> records) throws IOException, InterruptedException {
    RecordResult[] results = new RecordResult[records.size()];
    int[] sends = new int[records.size()];
    List<Integer> pending = IntStream.range(0, records.size()).boxed().toList();
    List<Duration> waits = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = send(streamName, records, pending);
      pending.forEach(i -> sends[i]++);
      Duration wait;
      try {
        DisStatusDispatcher.throwIfError(response);
        // 200, but records may have failed: the ones left to resend are those DIS's flow control refused.
        pending = settle(response.body(), pending, sends, results);
        Optional<Duration> backoff = pending.isEmpty() ? Optional.empty() : retryPolicy.waitBefore(attempt + 1);
        if (backoff.isEmpty()) {
          return new Result(response.statusCode(), response.body(), attempt, waits, Arrays.asList(results));
        }
        wait = backoff.get();
      } catch (DisStatusException error) {
        // Empty unless error.isRetryable() and attempts remain; then its Retry-After, or else the backoff.
        wait = retryPolicy.waitBefore(attempt + 1, error).orElseThrow(() -> error);
      }
      waits.add(wait);
      sleeper.sleep(wait);
    }
  }

  /**
   * Records the results of a 200 for the records it answers, and returns those to resend: the ones that failed
   * with a retryable error code (DIS's flow control). Every other failed record keeps its failure, to report.
   */
  private static List<Integer> settle(String body, List<Integer> sent, int[] sends, RecordResult[] results)
      throws IOException {
    List<String> entries;
    try {
      entries = Json.objects(body, "records");
    } catch (IllegalArgumentException e) {
      throw new IOException("PutRecords answered a body that is not its result: " + body, e);
    }
    if (entries.size() != sent.size()) {
      throw new IOException("PutRecords answered " + entries.size() + " results for " + sent.size() + " records");
    }
    long failed = entries.stream().filter(entry -> Json.stringField(entry, "error_code").isPresent()).count();
    if (Json.intField(body, "failed_record_count").orElse(0) != failed) {
      throw new IOException("PutRecords' failed_record_count is not the " + failed + " failed results: " + body);
    }
    List<Integer> resend = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      int record = sent.get(i);
      Optional<String> errorCode = Json.stringField(entry, "error_code");
      results[record] = new RecordResult(sends[record], Json.stringField(entry, "sequence_number"), errorCode,
          Json.stringField(entry, "error_message"));
      if (errorCode.isPresent() && DisErrorCode.isRetryable(errorCode.get())) {
        resend.add(record);
      }
    }
    return resend;
  }

  private HttpResponse<String> send(String streamName, List<byte[]> records, List<Integer> which)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(recordsUri)
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            putRecordsBody(streamName, which.stream().map(records::get).toList()), UTF_8))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  /** {@code {"stream_name":"...","records":[{"data":"<base64>"},...]}}. */
  static String putRecordsBody(String streamName, List<byte[]> records) {
    Base64.Encoder base64 = Base64.getEncoder();
    return records.stream()
        .map(data -> "{\"data\":" + Json.quote(base64.encodeToString(data)) + "}")
        .collect(Collectors.joining(",", "{\"stream_name\":" + Json.quote(streamName) + ",\"records\":[", "]}"));
  }
}
