package dev.disstatus.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The median of a sample with a distribution-free confidence interval: two order statistics of the sample, chosen
 * so that the true median lies between them with at least the given confidence whatever the distribution (the
 * binomial test on the sign of each value's distance from the median). Compile times are skewed by collector
 * pauses and the JIT, for which a mean and a normal-theory error, as JMH gives, say little.
 *
 * @param value the sample's median
 * @param low the lower end of the interval
 * @param high the upper end of the interval
 * @param size how many values the sample has
 */
record Median(double value, double low, double high, int size) {
  /** The confidence of {@link #of}'s interval. */
  static final double CONFIDENCE = 0.99;

  /**
   * The median and its {@link #CONFIDENCE} interval, of 9 to 1,000 values (below 9, even the sample's whole range
   * is not a 99% interval; above 1,000, the binomial probabilities underflow).
   */
  static Median of(List<Double> sample) {
    double[] sorted = sample.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    if (n < 9 || n > 1000) {
      throw new IllegalArgumentException(n + " values: a median's interval needs 9 to 1,000");
    }
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    int lower = lowerRank(n);
    return new Median(median, sorted[lower], sorted[n - 1 - lower], n);
  }

  /**
   * The 0-based rank of the interval's lower end: the largest {@code r} such that at most {@code r} of {@code n}
   * fair coin flips come up heads with probability at most {@code (1 - CONFIDENCE) / 2}, so that the interval
   * from the {@code r}-th smallest value to the {@code r}-th largest (0-based) misses the median with probability at
   * most {@code 1 - CONFIDENCE}.
   */
  private static int lowerRank(int n) {
    double tail = (1 - CONFIDENCE) / 2;
    double probability = Math.pow(0.5, n); // P(heads = 0)
    double cumulative = probability;
    int rank = 0;
    // The interval [x(k+1), x(n-k)] (1-based) misses the median only if at most k values lie below it, or at most
    // k above, each with probability P(heads <= k), which grows with k.
    for (int k = 1; k < n / 2; k++) {
      probability = probability * (n - k + 1) / k;
      if (cumulative + probability > tail) {
        break;
      }
      cumulative += probability;
      rank = k;
    }
    return rank;
  }

  /** {@code 1.23 (1.20 to 1.27)}, each figure with {@code digits} decimals. */
  String format(int digits) {
    String figure = "%." + digits + "f";
    return String.format(Locale.ROOT, figure + " (" + figure + " to " + figure + ")", value, low, high);
  }
}
