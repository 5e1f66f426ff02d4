package dev.disstatus.benchmarks;

import dev.disstatus.benchmarks.dis.DisClientErrorException;
import dev.disstatus.benchmarks.dis.DisErrorCode;
import dev.disstatus.benchmarks.dis.DisStatusDispatcher;
import dev.disstatus.benchmarks.dis.DisStatusException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Two-key dispatch: DIS's 400 with the error code {@code DIS.4303} (traffic control) in its body, the response
 * a client must tell apart from other 400s to back off. The generated dispatcher makes the exception and the
 * client asks it what it needs, {@code error()} and {@code isRetryable()}, which parse the body; against Spring's
 * {@code HttpClientErrorException.create} for the same response, which only makes the exception.
 *
 * <p>The response has the eight headers of {@link DisResponses#headers}. As in {@link ExceptionDispatchBenchmark},
 * the exception is made, not thrown.
 *
 * <p>The two whose ratio the 10× target takes are measured over ten iterations instead of five: Spring's figure
 * alone moved by a third from one run to the next.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class TwoKeyDispatchBenchmark {
  /** The status DIS sends with {@code DIS.4303}. */
  static final int CODE = 400;

  private final String body = DisResponses.body(CODE);
  private final Map<String, List<String>> headers = DisResponses.headers(CODE);
  private final HttpHeaders springHeaders = DisResponses.springHeaders(headers);
  private final byte[] springBody = body.getBytes(StandardCharsets.UTF_8);

  @Setup
  public void setUp() {
    DisStatusException withStack = DisStatusDispatcher.exceptionFor(CODE, body, headers);
    dev.disstatus.benchmarks.nostack.DisStatusException withoutStack =
        dev.disstatus.benchmarks.nostack.DisStatusDispatcher.exceptionFor(CODE, body, headers);
    if (!(withStack instanceof DisClientErrorException.BadRequest)
        || !withStack.is(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT)
        || !(withoutStack instanceof dev.disstatus.benchmarks.nostack.DisClientErrorException.BadRequest)
        || !withoutStack.is(dev.disstatus.benchmarks.nostack.DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT)
        || withStack.getStackTrace().length == 0 || withoutStack.getStackTrace().length != 0
        || springCreate().getStatusCode().value() != CODE) {
      throw new IllegalStateException("the benchmark's response does not make the exceptions it should");
    }
  }

  @Benchmark
  public void generatedWithStackTraces(Blackhole blackhole) {
    DisStatusException e = DisStatusDispatcher.exceptionFor(CODE, body, headers);
    blackhole.consume(e.error());
    blackhole.consume(e.isRetryable());
    blackhole.consume(e);
  }

  @Benchmark
  @Measurement(iterations = 10, time = 1)
  public void generatedWithoutStackTraces(Blackhole blackhole) {
    dev.disstatus.benchmarks.nostack.DisStatusException e =
        dev.disstatus.benchmarks.nostack.DisStatusDispatcher.exceptionFor(CODE, body, headers);
    blackhole.consume(e.error());
    blackhole.consume(e.isRetryable());
    blackhole.consume(e);
  }

  @Benchmark
  @Measurement(iterations = 10, time = 1)
  public void springCreate(Blackhole blackhole) {
    blackhole.consume(springCreate());
  }

  private HttpClientErrorException springCreate() {
    return HttpClientErrorException.create(HttpStatusCode.valueOf(CODE), "Bad Request", springHeaders, springBody,
        StandardCharsets.UTF_8);
  }
}
