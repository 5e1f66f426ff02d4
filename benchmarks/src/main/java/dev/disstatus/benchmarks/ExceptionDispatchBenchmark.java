package dev.disstatus.benchmarks;

import dev.disstatus.benchmarks.dis.DisStatus;
import dev.disstatus.benchmarks.dis.DisStatusDispatcher;
import feign.FeignException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Turns an error response (status code, body, headers) into an exception: the generated dispatcher, with and
 * without stack traces, against Spring's {@code HttpClientErrorException.create} and Feign's
 * {@code FeignException.errorStatus}.
 *
 * <p>Every contender gets the response in the form it takes as input, made once at setup: a {@code String} body
 * and a header map for the dispatcher, a {@code byte[]} body and {@code HttpHeaders} for Spring, a
 * {@code feign.Response} for Feign. The exception is made, not thrown: throwing and catching costs the same for
 * all of them. A stack trace costs in proportion to the stack's depth, which here is JMH's few frames; in an
 * application it is deeper, and the difference made by {@code stackTraces = false} larger.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ExceptionDispatchBenchmark {
  /** The error status of the response: DIS's 404, 429 and its own 441, each with {@link DisResponses#headers}. */
  @Param({"404", "429", "441"})
  public int code;

  private String body;
  private Map<String, List<String>> headers;

  private String springStatusText;
  private HttpHeaders springHeaders;
  private byte[] springBody;

  private feign.Response feignResponse;

  @Setup
  public void setUp() {
    body = DisResponses.body(code);
    headers = DisResponses.headers(code);

    springStatusText = DisStatus.valueOf(code).reasonPhrase();
    springHeaders = DisResponses.springHeaders(headers);
    springBody = body.getBytes(StandardCharsets.UTF_8);

    Map<String, Collection<String>> feignHeaders = new LinkedHashMap<>();
    headers.forEach((name, values) -> feignHeaders.put(name, new ArrayList<>(values)));
    feignResponse = feign.Response.builder()
        .status(code)
        .reason(springStatusText)
        .headers(feignHeaders)
        .body(springBody)
        .request(feign.Request.create(feign.Request.HttpMethod.POST, DisResponses.URL, Map.of(), null,
            StandardCharsets.UTF_8, null))
        .build();

    DisResponses.checkSameKind(code, disWithStackTraces(), disWithoutStackTraces(), springCreate(),
        feignErrorStatus());
  }

  @Benchmark
  public void generatedWithStackTraces(Blackhole blackhole) {
    blackhole.consume(disWithStackTraces());
  }

  @Benchmark
  public void generatedWithoutStackTraces(Blackhole blackhole) {
    blackhole.consume(disWithoutStackTraces());
  }

  /**
   * {@link #generatedWithoutStackTraces} with no headers at all: the difference is what copying the headers into
   * the exception costs.
   */
  @Benchmark
  public void generatedWithoutStackTracesOrHeaders(Blackhole blackhole) {
    blackhole.consume(dev.disstatus.benchmarks.nostack.DisStatusDispatcher.exceptionFor(code, body, Map.of()));
  }

  @Benchmark
  public void springCreate(Blackhole blackhole) {
    blackhole.consume(springCreate());
  }

  @Benchmark
  public void feignErrorStatus(Blackhole blackhole) {
    blackhole.consume(feignErrorStatus());
  }

  private RuntimeException disWithStackTraces() {
    return DisStatusDispatcher.exceptionFor(code, body, headers);
  }

  private RuntimeException disWithoutStackTraces() {
    return dev.disstatus.benchmarks.nostack.DisStatusDispatcher.exceptionFor(code, body, headers);
  }

  private RuntimeException springCreate() {
    return HttpClientErrorException.create(HttpStatusCode.valueOf(code), springStatusText, springHeaders, springBody,
        StandardCharsets.UTF_8);
  }

  private RuntimeException feignErrorStatus() {
    return FeignException.errorStatus("StreamApi#putRecords(PutRecordsRequest)", feignResponse);
  }
}
