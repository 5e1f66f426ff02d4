package dev.disstatus.example;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A small client for one DIS call, {@code PutRecords}, that reads every response through the generated
 * {@link DisStatusDispatcher}.
 *
 * <p>An error response becomes the generated exception for its code. The client retries what that exception
 * calls {@linkplain DisStatusException#isRetryable() retryable}, waiting as long as its
 * {@linkplain DisStatusException#retryAfter() Retry-After} says, or else an exponential backoff, for at most
 * {@link RetryPolicy#maxAttempts()} attempts; it throws every other error, and the last one when it gives up.
 * A failure to reach the server is an {@link IOException} and is not retried.
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
   * How many attempts a call may take, and how long the client waits between them.
   *
   * @param maxAttempts the most requests one call sends, the first included (1 never retries)
   * @param firstBackoff the wait after the first failed attempt when the response has no Retry-After;
   *     it doubles after each further one
   * @param maxWait the longest single wait: backoff stops growing there, and a Retry-After longer than this
   *     ends the call with the error instead
   */
  public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxWait) {

    /** Three attempts, 200 ms then 400 ms of backoff, and no single wait longer than 10 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(10));

    public RetryPolicy {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
      }
      Objects.requireNonNull(firstBackoff, "firstBackoff");
      Objects.requireNonNull(maxWait, "maxWait");
      if (firstBackoff.isNegative() || firstBackoff.compareTo(maxWait) > 0) {
        throw new IllegalArgumentException(
            "firstBackoff must be from zero to maxWait (" + maxWait + "), not " + firstBackoff);
      }
    }

    /** How long to wait after attempt number {@code attempt} (from 1) failed with {@code error}; empty to stop. */
    public Optional<Duration> waitAfter(DisStatusException error, int attempt) {
      if (!error.isRetryable() || attempt >= maxAttempts) {
        return Optional.empty();
      }
      Duration wait = error.retryAfter().orElseGet(() -> backoff(attempt));
      return wait.compareTo(maxWait) <= 0 ? Optional.of(wait) : Optional.empty();
    }

    private Duration backoff(int attempt) {
      Duration wait = firstBackoff;
      for (int i = 1; i < attempt && wait.compareTo(maxWait) < 0; i++) {
        wait = wait.multipliedBy(2);
      }
      return wait.compareTo(maxWait) < 0 ? wait : maxWait;
    }
  }

  /**
   * A call that succeeded: the final response, and what it took to get there.
   *
   * @param statusCode the HTTP status of the final response, below 400
   * @param body the final response's body
   * @param attempts how many requests the call sent, the first included
   * @param waits the waits between those requests, in order: one fewer than the attempts
   */
  public record Result(int statusCode, String body, int attempts, List<Duration> waits) {

    public Result {
      Objects.requireNonNull(body, "body");
      waits = List.copyOf(waits);
    }

    /** The generated constant for the status code; empty for a code DIS's document does not list. */
    public Optional<DisStatus> status() {
      return DisStatus.find(statusCode);
    }

    /**
     * How many records DIS did not take. DIS answers 200 even when some records of a call failed, so a caller
     * checks this, not only the status.
     */
    public OptionalInt failedRecordCount() {
      return Json.intField(body, "failed_record_count");
    }
  }

  private final HttpClient http;
  private final URI recordsUri;
  private final RetryPolicy retryPolicy;
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
  public DisClient(HttpClient http, URI endpoint, String projectId, RetryPolicy retryPolicy, Sleeper sleeper) {
    this.http = Objects.requireNonNull(http, "http");
    if (!projectId.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("projectId must be letters, digits, '_' or '-', not \"" + projectId + '"');
    }
    this.recordsUri = endpoint.resolve("/v2/" + projectId + "/records");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Sends records to a stream ({@code POST /v2/{project_id}/records}).
   *
   * @param streamName the stream to write to
   * @param records the records' data, each sent base64-encoded
   * @return the final response and how many attempts it took
   * @throws DisStatusException the generated exception for an error response that is not retried, or for the
   *     last one when the attempts or the patience of the {@link RetryPolicy} run out
   * @throws IOException when the server cannot be reached or does not answer in time
   * @throws InterruptedException when the thread is interrupted while sending or waiting
   */
  public Result putRecords(String streamName, List<byte[]> records) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(recordsUri)
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(putRecordsBody(streamName, records), UTF_8))
        .build();
    List<Duration> waits = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
      try {
        DisStatusDispatcher.throwIfError(response);
        return new Result(response.statusCode(), response.body(), attempt, waits);
      } catch (DisStatusException error) {
        Duration wait = retryPolicy.waitAfter(error, attempt).orElseThrow(() -> error);
        waits.add(wait);
        sleeper.sleep(wait);
      }
    }
  }

  /** {@code {"stream_name":"...","records":[{"data":"<base64>"},...]}}. */
  static String putRecordsBody(String streamName, List<byte[]> records) {
    Base64.Encoder base64 = Base64.getEncoder();
    return records.stream()
        .map(data -> "{\"data\":" + Json.quote(base64.encodeToString(data)) + "}")
        .collect(Collectors.joining(",", "{\"stream_name\":" + Json.quote(streamName) + ",\"records\":[", "]}"));
  }
}
