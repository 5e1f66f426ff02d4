package dev.disstatus.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The status codes the lookup benchmarks look up: fixed pseudo-random streams, the same on every run.
 *
 * <p>{@link #MIXED} is what a DIS client sees: mostly 200, some 4xx and 5xx, and 1% codes that no library
 * (DIS's catalog, Spring, Netty, Jakarta REST) knows. {@link #LATE} holds only codes late in Spring's
 * {@code HttpStatus} table or missing from it (504, 505 and DIS's own 441), the case where a linear scan costs
 * most.
 */
final class CodeStreams {
  /** The name of the mixed stream, as the benchmarks' {@code stream} parameter gives it. */
  static final String MIXED = "mixed";

  /** The name of the stream of codes late in Spring's table. */
  static final String LATE = "late";

  /** Codes per stream; a power of two, and more than a branch predictor can learn by heart. */
  static final int LENGTH = 1024;

  /** Codes in none of the tables compared: DIS's catalog, Spring, Netty, Jakarta REST. */
  static final int[] UNKNOWN = {299, 460, 520};

  /** The mixed stream's codes and their weights, in thousandths; the weights add up to 1000. */
  private static final int[][] MIXED_WEIGHTS = {
    {200, 780}, {201, 30}, {204, 30},
    {400, 20}, {401, 10}, {403, 10}, {404, 40}, {409, 10}, {429, 20}, {441, 10},
    {500, 10}, {502, 5}, {503, 10}, {504, 5},
    {UNKNOWN[0], 4}, {UNKNOWN[1], 3}, {UNKNOWN[2], 3},
  };

  private static final int[] LATE_CODES = {504, 505, 441};

  private static final long SEED = 0x0D15_5747_05L;

  private CodeStreams() {}

  /** The stream a benchmark parameter names. */
  static int[] named(String name) {
    SplittableRandom random = new SplittableRandom(SEED);
    int[] codes = new int[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      codes[i] = switch (name) {
        case MIXED -> weighted(random.nextInt(1000));
        case LATE -> LATE_CODES[random.nextInt(LATE_CODES.length)];
        default -> throw new IllegalArgumentException("no code stream named " + name);
      };
    }
    return codes;
  }

  /** The same stream with every unknown code replaced by 200, for lookups that throw on unknown codes. */
  static int[] known(int[] codes) {
    return Arrays.stream(codes).map(code -> isUnknown(code) ? 200 : code).toArray();
  }

  /** How many codes of a stream no library knows. */
  static long unknownCount(int[] codes) {
    return Arrays.stream(codes).filter(CodeStreams::isUnknown).count();
  }

  private static boolean isUnknown(int code) {
    return Arrays.stream(UNKNOWN).anyMatch(unknown -> unknown == code);
  }

  private static int weighted(int thousandth) {
    return MIXED_WEIGHTS[weightedIndex(thousandth, Arrays.stream(MIXED_WEIGHTS).mapToInt(c -> c[1]).toArray())][0];
  }

  /** The index of the first weight (in thousandths, adding up to 1000) whose running sum exceeds a thousandth. */
  static int weightedIndex(int thousandth, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      if (thousandth < sum) {
        return i;
      }
    }
    throw new IllegalStateException("the weights add up to " + sum + ", not 1000");
  }
}
