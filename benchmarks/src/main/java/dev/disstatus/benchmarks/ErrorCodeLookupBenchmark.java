package dev.disstatus.benchmarks;

import dev.disstatus.benchmarks.dis.DisErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Looks an error code up as a body carries it, one operation per code, over a fixed pseudo-random stream of
 * {@value CodeStreams#LENGTH} codes: {@code DisErrorCode.find(String)} against the {@code HashMap} a client would
 * otherwise fill from {@code DisErrorCode.values()}.
 *
 * <p>The stream is what a DIS client sees in its error bodies: mostly DIS's traffic-control and stream errors,
 * and one code in ten that the catalog does not list (an API gateway's {@code APIGW.*} and an undocumented
 * {@code DIS.*}). Every code is a string of its own, as a parser makes it, not the literal the catalog holds, so
 * that no lookup can stop at a reference comparison; each string's hash is computed once, on the first pass, as
 * {@code String} caches it, the same for both contenders.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ErrorCodeLookupBenchmark {
  /** The stream's codes, with their {@link #WEIGHTS}. */
  private static final String[] CODES = {
    "DIS.4303", "DIS.4301", "DIS.4200", "DIS.4201", "DIS.4350", "DIS.4116", "DIS.4224", "DIS.4205", "DIS.5000",
    "APIGW.0301", "APIGW.0308", "DIS.4399",
  };

  /** The weight of each of {@link #CODES} in thousandths; they add up to 1000. */
  private static final int[] WEIGHTS = {300, 150, 100, 80, 60, 60, 50, 50, 50, 50, 30, 20};

  private static final long SEED = 0x0D15_4303L;

  private static final Map<String, DisErrorCode> BY_CODE = new HashMap<>();

  static {
    for (DisErrorCode error : DisErrorCode.values()) {
      BY_CODE.put(error.code(), error);
    }
  }

  private String[] codes;

  @Setup
  public void setUp() {
    codes = stream();
  }

  /** The stream of error codes, each a new string. */
  static String[] stream() {
    SplittableRandom random = new SplittableRandom(SEED);
    String[] codes = new String[CodeStreams.LENGTH];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = new String(CODES[CodeStreams.weightedIndex(random.nextInt(1000), WEIGHTS)].toCharArray());
    }
    return codes;
  }

  /** How many of the stream's codes the catalog does not list. */
  static long misses() {
    long misses = 0;
    for (String code : stream()) {
      misses += DisErrorCode.find(code).isPresent() ? 0 : 1;
    }
    return misses;
  }

  @Benchmark
  @OperationsPerInvocation(CodeStreams.LENGTH)
  public void disFind(Blackhole blackhole) {
    for (String code : codes) {
      blackhole.consume(DisErrorCode.find(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CodeStreams.LENGTH)
  public void hashMapGet(Blackhole blackhole) {
    for (String code : codes) {
      blackhole.consume(BY_CODE.get(code));
    }
  }
}
