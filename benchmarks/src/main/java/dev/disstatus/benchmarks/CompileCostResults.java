package dev.disstatus.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The result file of {@link CompileCost}: how the run went, and each consumer's compile times in milliseconds,
 * round by round, so that the times at one index were measured in the same round.
 *
 * @param jvmArgs the options of the JVM that compiled
 * @param warmUpSeconds how long the warm-up ran
 * @param warmUpRounds how many rounds it made
 * @param measureSeconds how long the measurement ran
 * @param rounds how many rounds it measured
 * @param times each consumer's times by {@link CompileCost.Variant#key}
 */
record CompileCostResults(String jvmArgs, int warmUpSeconds, int warmUpRounds, int measureSeconds, int rounds,
    Map<String, Map<String, List<Double>>> times) {

  /** Reads a file {@link CompileCost} wrote. */
  static CompileCostResults read(Path file) throws IOException {
    Map<String, Object> json = map(Json.parse(Files.readString(file, StandardCharsets.UTF_8)));
    Map<String, Map<String, List<Double>>> times = new LinkedHashMap<>();
    for (Object item : (List<?>) json.get("consumers")) {
      Map<String, Object> consumer = map(item);
      Map<String, List<Double>> variants = new LinkedHashMap<>();
      for (CompileCost.Variant variant : CompileCost.Variant.values()) {
        if (consumer.get(variant.key) instanceof List<?> values) {
          variants.put(variant.key, values.stream().map(value -> (Double) value).toList());
        }
      }
      times.put((String) consumer.get("name"), variants);
    }
    return new CompileCostResults((String) json.get("jvmArgs"), integer(json.get("warmUpSeconds")),
        integer(json.get("warmUpRounds")), integer(json.get("measureSeconds")), integer(json.get("rounds")), times);
  }

  /** A consumer's times for one variant, if the run compiled it so. */
  Optional<List<Double>> times(String consumer, CompileCost.Variant variant) {
    return Optional.ofNullable(times.get(consumer)).map(variants -> variants.get(variant.key));
  }

  /** How the run went, in words for the report. */
  String settings() {
    return String.format(Locale.ROOT, "One JVM%s; warm-up %d s (%d rounds), measurement %d s (%d rounds); each "
        + "round compiles every consumer in each of its variants once, the consumers in a shuffled order and each "
        + "one's variants back to back, also shuffled; each figure is the "
        + "median of the rounds with its %.0f%% confidence interval (distribution-free, from the sample's order "
        + "statistics), and each ratio the median of the rounds' own ratios.",
        jvmArgs.isEmpty() ? "" : " with `" + jvmArgs + "`", warmUpSeconds, warmUpRounds, measureSeconds, rounds,
        Median.CONFIDENCE * 100);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static int integer(Object value) {
    return (int) Math.round((Double) value);
  }
}
