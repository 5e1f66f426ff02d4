package dev.disstatus.benchmarks;

import dev.disstatus.benchmarks.dis.DisStatus;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.HttpStatus;

/**
 * Looks a status up by its int code, one operation per code, over a stream of {@value CodeStreams#LENGTH}
 * codes ({@link CodeStreams}): the generated enum against Spring, Netty, Jakarta REST and a plain array.
 *
 * <p>Each invocation walks the whole stream and hands every result to the blackhole, so the figures are per
 * lookup and include the same blackhole cost for every contender. Run with {@code -prof gc} for the bytes
 * allocated per lookup.
 *
 * <p>The floor, {@code find} and {@code valueOf} take about half a nanosecond, and their targets are ratios of
 * them: one slow second of a shared machine moves the mean of five iterations by tens of percent, so these three
 * are measured over ten.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class StatusLookupBenchmark {
  /** The floor: every DIS status at the index of its code, {@code null} elsewhere. */
  private static final DisStatus[] BY_CODE = new DisStatus[600];

  static {
    for (DisStatus status : DisStatus.values()) {
      BY_CODE[status.code()] = status;
    }
  }

  /** Which stream of {@link CodeStreams} to look up. */
  @Param({CodeStreams.MIXED, CodeStreams.LATE})
  public String stream;

  private int[] codes;

  /** The stream with its unknown codes replaced, for {@code valueOf}, which throws on them. */
  private int[] knownCodes;

  @Setup
  public void setUp() {
    codes = CodeStreams.named(stream);
    knownCodes = CodeStreams.known(codes);
  }

  @Benchmark
  @OperationsPerInvocation(CodeStreams.LENGTH)
  @Measurement(iterations = 10, time = 1)
  public void arrayIndex(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(BY_CODE[code]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(CodeStreams.LENGTH)
  @Measurement(iterations = 10, time = 1)
  public void disFind(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(DisStatus.find(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CodeStreams.LENGTH)
  @Measurement(iterations = 10, time = 1)
  public void disValueOf(Blackhole blackhole) {
    for (int code : knownCodes) {
      blackhole.consume(DisStatus.valueOf(code));
    }
  }

  /** What {@link #disValueOf} cost when the generated lookup was a {@code switch}; see {@link SwitchLookup}. */
  @Benchmark
  @OperationsPerInvocation(CodeStreams.LENGTH)
  public void switchValueOf(Blackhole blackhole) {
    for (int code : knownCodes) {
      blackhole.consume(SwitchLookup.valueOf(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CodeStreams.LENGTH)
  public void springResolve(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(HttpStatus.resolve(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CodeStreams.LENGTH)
  public void nettyValueOf(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(HttpResponseStatus.valueOf(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CodeStreams.LENGTH)
  public void jakartaFromStatusCode(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(Response.Status.fromStatusCode(code));
    }
  }
}
