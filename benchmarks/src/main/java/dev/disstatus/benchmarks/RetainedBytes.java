package dev.disstatus.benchmarks;

import dev.disstatus.benchmarks.nostack.DisErrorCode;
import dev.disstatus.benchmarks.nostack.DisStatus;
import dev.disstatus.benchmarks.nostack.DisStatusDispatcher;
import dev.disstatus.benchmarks.nostack.DisStatusException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jol.info.GraphLayout;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The bytes an exception keeps alive, measured with JOL's object graph walk: for the two-key response (400 with
 * {@code DIS.4303} and the eight headers of {@link DisResponses#headers}), the generated exception
 * ({@code stackTraces = false}) as made and after its body was read, and Spring's exception for the same response.
 *
 * <p>Each figure is split in two: what is reachable from the exception and also from the response the caller
 * already holds (the body, the header names and values, constants such as the enums' and {@code Throwable}'s
 * sentinels), and what the exception adds to that. Both are totals of separate graph walks (reachable from the
 * exception and the response, less reachable from the response alone), so that no object is matched by its
 * address, which a garbage collection between two walks could move. A stack trace is counted for neither side:
 * the JVM keeps it in a field hidden from reflection, which JOL cannot see.
 */
final class RetainedBytes {
  /** Members a body may carry beyond DIS's two, to show whether an exception keeps what it does not read. */
  static final int EXTRA_MEMBERS = 1000;

  private RetainedBytes() {}

  /**
   * Bytes reachable from an exception.
   *
   * @param shared reachable from the response the caller holds anyway, and from constants
   * @param added reachable from the exception only
   */
  record Figure(long shared, long added) {}

  /** The generated exception for the typical body, as made. */
  static Figure generatedAsMade() {
    return generated(DisResponses.body(TwoKeyDispatchBenchmark.CODE), false);
  }

  /** The generated exception for the typical body, after {@code error()}, {@code errorMessage()}. */
  static Figure generatedRead() {
    return generated(DisResponses.body(TwoKeyDispatchBenchmark.CODE), true);
  }

  /** The generated exception for the typical body with {@value #EXTRA_MEMBERS} more members, after reading. */
  static Figure generatedReadLargeBody() {
    String body = DisResponses.body(TwoKeyDispatchBenchmark.CODE);
    StringBuilder large = new StringBuilder(body.substring(0, body.length() - 1));
    for (int i = 0; i < EXTRA_MEMBERS; i++) {
      large.append(",\"member").append(i).append("\":\"value ").append(i).append('"');
    }
    return generated(large.append('}').toString(), true);
  }

  /** Spring's {@code HttpClientErrorException.create} for the typical response. */
  static Figure spring() {
    String body = DisResponses.body(TwoKeyDispatchBenchmark.CODE);
    Map<String, List<String>> headers = DisResponses.headers(TwoKeyDispatchBenchmark.CODE);
    HttpHeaders springHeaders = DisResponses.springHeaders(headers);
    byte[] springBody = body.getBytes(StandardCharsets.UTF_8);
    HttpStatusCode status = HttpStatusCode.valueOf(TwoKeyDispatchBenchmark.CODE);
    HttpClientErrorException exception =
        HttpClientErrorException.create(status, "Bad Request", springHeaders, springBody, StandardCharsets.UTF_8);
    return figure(exception, springHeaders, springBody, status, StandardCharsets.UTF_8, constants());
  }

  private static Figure generated(String body, boolean read) {
    Map<String, List<String>> headers = DisResponses.headers(TwoKeyDispatchBenchmark.CODE);
    DisStatusException exception = DisStatusDispatcher.exceptionFor(TwoKeyDispatchBenchmark.CODE, body, headers);
    if (read && (!exception.is(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT)
        || exception.errorMessage().isEmpty())) {
      throw new IllegalStateException("the exception did not read " + body);
    }
    return figure(exception, body, headers, constants());
  }

  /** What any exception shares with every other: the enums' constants, {@code Throwable}'s sentinels. */
  private static Object[] constants() {
    return new Object[] {DisStatus.values(), DisErrorCode.values(), Optional.empty(), new RuntimeException()};
  }

  private static Figure figure(Object exception, Object... response) {
    long shared = GraphLayout.parseInstance(response).totalSize();
    long all = GraphLayout.parseInstance(exception, response).totalSize();
    long exceptionAlone = GraphLayout.parseInstance(exception).totalSize();
    long added = all - shared;
    return new Figure(exceptionAlone - added, added);
  }
}
