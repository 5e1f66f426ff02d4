package dev.disstatus.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The results of one JMH run, read from its JSON result file ({@code -rf json}), by benchmark and parameters. */
final class JmhResults {
  private final Map<String, Score> scores = new LinkedHashMap<>();
  /** By benchmark class: each way its benchmarks ran, and the methods that ran so. */
  private final Map<String, Map<String, Set<String>>> settings = new LinkedHashMap<>();
  private final Map<String, Object> first;

  /**
   * One benchmark's figure.
   *
   * @param value the average, in {@code unit}
   * @param error the half-width of JMH's 99.9% confidence interval; NaN with fewer than two iterations
   * @param unit such as {@code ns/op}
   * @param allocated bytes allocated per operation ({@code -prof gc}'s {@code gc.alloc.rate.norm}); NaN if not
   *     profiled
   */
  record Score(double value, double error, String unit, double allocated) {}

  private JmhResults(List<Object> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("the JMH result file holds no result: did every benchmark fail?");
    }
    first = map(results.get(0));
    for (Object item : results) {
      Map<String, Object> result = map(item);
      String benchmark = simpleName((String) result.get("benchmark"));
      Map<String, Object> primary = map(result.get("primaryMetric"));
      double allocated = Optional.ofNullable(result.get("secondaryMetrics"))
          .map(JmhResults::map)
          .flatMap(secondary -> secondary.entrySet().stream()
              .filter(entry -> entry.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm"))
              .findFirst())
          .map(entry -> number(map(entry.getValue()).get("score")))
          .orElse(Double.NaN);
      scores.put(key(benchmark, params(result)), new Score(number(primary.get("score")),
          number(primary.get("scoreError")), (String) primary.get("scoreUnit"), allocated));
      String benchmarkClass = benchmark.substring(0, benchmark.indexOf('.'));
      String jvmArgs = jvmArgs(result);
      settings.computeIfAbsent(benchmarkClass, c -> new LinkedHashMap<>())
          .computeIfAbsent(String.format("%s fork(s)%s; warm-up %s × %s; measurement %s × %s",
              integer(result.get("forks")), jvmArgs.isEmpty() ? "" : " with `" + jvmArgs + "`",
              integer(result.get("warmupIterations")), result.get("warmupTime"),
              integer(result.get("measurementIterations")), result.get("measurementTime")),
              setting -> new LinkedHashSet<>())
          .add(benchmark.substring(benchmark.indexOf('.') + 1));
    }
  }

  /** Reads a JMH JSON result file. */
  static JmhResults read(Path file) throws IOException {
    Object json = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    if (!(json instanceof List<?> list)) {
      throw new IllegalArgumentException(file + " is not a JMH JSON result file");
    }
    @SuppressWarnings("unchecked")
    List<Object> results = (List<Object>) list;
    return new JmhResults(results);
  }

  /**
   * The score of a benchmark, such as {@code StatusLookupBenchmark.disFind} with parameters
   * {@code "stream=mixed"}, if the run measured it.
   */
  Optional<Score> score(String benchmark, String params) {
    return Optional.ofNullable(scores.get(key(benchmark, params)));
  }

  /**
   * How a benchmark class was run (forks, warm-up and measurement), if the run measured any of it: where its
   * methods ran in different ways, how most ran, then each other way with the methods that ran so.
   */
  Optional<String> settings(String benchmarkClass) {
    return Optional.ofNullable(settings.get(benchmarkClass)).map(ways -> {
      List<Map.Entry<String, Set<String>>> byCount = new ArrayList<>(ways.entrySet());
      byCount.sort(Comparator.comparingInt((Map.Entry<String, Set<String>> way) -> way.getValue().size())
          .reversed());
      StringBuilder text = new StringBuilder(byCount.get(0).getKey());
      for (Map.Entry<String, Set<String>> way : byCount.subList(1, byCount.size())) {
        text.append(" (").append(way.getKey()).append(" for ")
            .append(way.getValue().stream().map(method -> "`" + method + "`").collect(Collectors.joining(", ")))
            .append(')');
      }
      return text.toString();
    });
  }

  /** The JVM the benchmarks ran on, as JMH recorded it: {@code 17.0.15, OpenJDK 64-Bit Server VM 17.0.15+6}. */
  String jvm() {
    return first.get("jdkVersion") + ", " + first.get("vmName") + " " + first.get("vmVersion");
  }

  /** The JMH version. */
  String jmhVersion() {
    return String.valueOf(first.get("jmhVersion"));
  }

  /** The options JMH gave the first benchmark's JVM, such as {@code -Xmx}; empty if none. */
  String jvmArgs() {
    return jvmArgs(first);
  }

  private static String jvmArgs(Map<String, Object> result) {
    Object args = result.get("jvmArgs");
    return args instanceof List<?> list
        ? list.stream().map(String::valueOf).collect(Collectors.joining(" "))
        : "";
  }

  private static String key(String benchmark, String params) {
    return benchmark + "[" + params + "]";
  }

  /** {@code dev.disstatus.benchmarks.StatusLookupBenchmark.disFind} -> {@code StatusLookupBenchmark.disFind}. */
  private static String simpleName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    return benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
  }

  private static String params(Map<String, Object> result) {
    Object params = result.get("params");
    if (params == null) {
      return "";
    }
    return map(params).entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining(","));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  /** A JSON number; JMH writes NaN and the infinities as strings. */
  private static double number(Object value) {
    return value instanceof Double number ? number : Double.parseDouble(String.valueOf(value));
  }

  private static String integer(Object value) {
    return Long.toString(Math.round(number(value)));
  }
}
