package dev.disstatus.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * How the time the processor adds grows with the catalog: the stand-in compiled with made-up catalogs of 50, 100
 * and 200 codes spread over 100 to 599, with the processor and with a no-op processor. The 500-code row is
 * {@link ProcessorCostBenchmark}'s {@code every-code}, measured the same way.
 */
public class ProcessorGrowthBenchmark extends CompileBenchmark {
  /** How many codes the catalog has. */
  @Param({"50", "100", "200"})
  public int codes;

  @Override
  protected String consumer() {
    return ConsumerProject.codes(codes);
  }
}
