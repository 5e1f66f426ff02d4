package dev.disstatus.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MedianTest {
  /** 1 to n, shuffled: the k-th smallest value is k. */
  private static List<Double> oneTo(int n) {
    List<Double> values = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      values.add((double) i);
    }
    Collections.shuffle(values, new Random(n));
    return values;
  }

  @Test
  void hundredValuesGiveTheTabulatedOrderStatistics() {
    // The 99% interval of a median of 100 values is from the 37th to the 64th smallest (binomial tables).
    assertEquals(new Median(50.5, 37, 64, 100), Median.of(oneTo(100)));
  }

  @Test
  void intervalNarrowsAsRoundsAccumulate() {
    assertEquals(new Median(10.5, 4, 17, 20), Median.of(oneTo(20)));
    assertEquals(new Median(25.5, 16, 35, 50), Median.of(oneTo(50)));
  }

  @Test
  void nineValuesNeedTheirWholeRange() {
    // 2 × 0.5^9 ≈ 0.0039: the smallest and the largest of nine values are already a 99% interval.
    assertEquals(new Median(5, 1, 9, 9), Median.of(oneTo(9)));
  }

  @Test
  void refusesTooFewValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Median.of(oneTo(8)));
    assertEquals("8 values: a median's interval needs 9 to 1,000", e.getMessage());
  }

  @Test
  void formatsTheIntervalAfterTheMedian() {
    assertEquals("50.50 (37.00 to 64.00)", Median.of(oneTo(100)).format(2));
  }
}
