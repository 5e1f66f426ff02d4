package dev.disstatus.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the processor adds to a compile: the {@link ConsumerProject} compiled with the processor, against a no-op
 * processor over the same sources plus the processor's output, and against those compiled without any processor,
 * as if the output had been written by hand.
 *
 * <p>The {@code example} consumer is the example module, which the first target is about; the
 * {@code every-code} one (500 codes) is the second target, the last row of {@link ProcessorGrowthBenchmark}'s
 * table, and its compile succeeding shows that the output stays within the class-file limits.
 */
public class ProcessorCostBenchmark extends CompileBenchmark {
  /**
   * The {@link ConsumerProject} compiled: the example module, or the stand-in with the 500-code catalog (the
   * stand-in with DIS's catalog is left out to keep the suite under 10 minutes; {@code -p consumer=dis} runs it).
   */
  @Param({ConsumerProject.EXAMPLE, ConsumerProject.EVERY_CODE})
  public String consumer;

  @Override
  protected String consumer() {
    return consumer;
  }

  @Benchmark
  public void withoutProcessor(Blackhole blackhole) {
    blackhole.consume(compileWithoutProcessor());
  }
}
