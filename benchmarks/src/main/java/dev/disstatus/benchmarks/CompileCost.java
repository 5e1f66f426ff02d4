package dev.disstatus.benchmarks;

import dev.disstatus.DisStatusCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * What the processor costs a compile, measured the way issue 12 measured it: in one JVM, by one javac that every
 * compile warms, the variants interleaved round after round in a shuffled order, each figure a median over the
 * rounds. JMH runs each benchmark in a fork of its own, where javac needs 20 to 25 seconds to warm up and a compile
 * of 100 ms varies by tens of percent from one iteration to the next; here the variants share one warm-up, and as
 * each round runs a consumer's variants back to back, a slower stretch of the machine or of the collector slows
 * the variants it compares alike: the ratio the targets ask for is taken round by round ({@code with ÷ no-op} of
 * the same round), then its median.
 *
 * <p>Each consumer ({@link ConsumerProject}) is compiled <b>with</b> the processor; with a <b>no-op</b> processor
 * over its sources plus the processor's output, javac's own floor for running any processor; and, for
 * {@link ConsumerProject#EXAMPLE} and {@link ConsumerProject#EVERY_CODE}, <b>without</b> any processor
 * ({@code -proc:none}), as if the output had been written by hand.
 *
 * <p>{@code benchmarks/run.sh} runs it after JMH as
 * {@code java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.disstatus.benchmarks.CompileCost --out FILE}
 * and {@link BenchmarksReport} reads the file. Options: {@code --warm-up SECONDS} (default 40), {@code --measure
 * SECONDS} (default 120), {@code --consumers example,every-code,codes-50,codes-100,codes-200} (the default),
 * {@code --processor-jar JAR} (the processor's jar, for {@link Variant#FRESH}; without it that variant is left out).
 * Without {@code --out} it only prints the medians: {@code --warm-up 20 --measure 30 --consumers example} is a quick
 * look.
 */
public final class CompileCost {
  /** The consumers the targets are about: the example, the 500-code catalog, and the growth's smaller catalogs. */
  static final List<String> CONSUMERS = List.of(ConsumerProject.EXAMPLE, ConsumerProject.EVERY_CODE,
      ConsumerProject.codes(50), ConsumerProject.codes(100), ConsumerProject.codes(200));

  /**
   * The consumers also compiled without a processor, for the table's "as if by hand" column, and with a processor
   * that only replays the output, for the cost of writing the files.
   */
  private static final Set<String> BY_HAND = Set.of(ConsumerProject.EXAMPLE, ConsumerProject.EVERY_CODE);

  /**
   * How one consumer is compiled; {@link #key} names it in the result file. {@code REPLAY} is a processor that
   * writes dis-status's output, made beforehand, and does nothing else: what writing those files costs any
   * processor (javac's check of each name, the extra round), whatever it does to make them. {@code FRESH} is the
   * processor loaded anew for the compile, by a class loader of its own over the processor's jar, as javac loads
   * it from {@code -processorpath} in every build: its classes are loaded, verified and run cold, where
   * {@code WITH} reuses the classes, and the JIT's work on them, of the compiles before.
   */
  enum Variant {
    WITH("with"), NO_OP("noOp"), WITHOUT("without"), REPLAY("replay"), FRESH("fresh");

    final String key;

    Variant(String key) {
      this.key = key;
    }
  }

  private CompileCost() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "40"));
    int measure = Integer.parseInt(options.getOrDefault("--measure", "120"));
    List<String> consumers = options.containsKey("--consumers")
        ? List.of(options.get("--consumers").split(",")) : CONSUMERS;
    Optional<Path> processorJar = Optional.ofNullable(options.get("--processor-jar")).map(Path::of);

    List<Subject> subjects = new ArrayList<>();
    try {
      for (String consumer : consumers) {
        subjects.add(new Subject(consumer, processorJar));
      }
      Random order = new Random(12);
      int warmUpRounds = rounds(subjects, order, warmUp, false);
      int measuredRounds = rounds(subjects, order, measure, true);
      String json = json(subjects, warmUp, warmUpRounds, measure, measuredRounds);
      if (options.containsKey("--out")) {
        Files.writeString(Path.of(options.get("--out")), json, StandardCharsets.UTF_8);
      }
      for (Subject subject : subjects) {
        System.out.println(subject.summary());
      }
    } finally {
      for (Subject subject : subjects) {
        subject.close();
      }
    }
  }

  /**
   * Runs rounds until {@code seconds} have passed, and at least 10 of them (a median's 99% interval needs 9); keeps
   * the times if {@code measured}. Returns how many rounds ran. In a round the consumers come in a shuffled order,
   * and each compiles its variants back to back, also shuffled: the compiles whose ratio a target takes are at most
   * a few hundred milliseconds apart, so that a slower stretch of the machine falls on both alike.
   */
  private static int rounds(List<Subject> subjects, Random order, int seconds, boolean measured) {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    int rounds = 0;
    List<Subject> shuffled = new ArrayList<>(subjects);
    while (rounds < 10 || System.nanoTime() < end) {
      Collections.shuffle(shuffled, order);
      for (Subject subject : shuffled) {
        List<Variant> variants = new ArrayList<>(subject.variants());
        Collections.shuffle(variants, order);
        for (Variant variant : variants) {
          double millis = subject.compile(variant);
          if (measured) {
            subject.times.get(variant).add(millis);
          }
        }
      }
      rounds++;
    }
    return rounds;
  }

  /** The result file: how the run went, and each consumer's times in milliseconds, round by round. */
  private static String json(List<Subject> subjects, int warmUp, int warmUpRounds, int measure, int rounds) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"jvm\": ").append(quoted(System.getProperty("java.version") + ", "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"))).append(",\n");
    json.append("  \"jvmArgs\": ").append(quoted(String.join(" ",
        ManagementFactory.getRuntimeMXBean().getInputArguments()))).append(",\n");
    json.append("  \"warmUpSeconds\": ").append(warmUp).append(",\n");
    json.append("  \"warmUpRounds\": ").append(warmUpRounds).append(",\n");
    json.append("  \"measureSeconds\": ").append(measure).append(",\n");
    json.append("  \"rounds\": ").append(rounds).append(",\n");
    json.append("  \"consumers\": [\n");
    for (int i = 0; i < subjects.size(); i++) {
      Subject subject = subjects.get(i);
      json.append("    {\"name\": ").append(quoted(subject.consumer));
      subject.times.forEach((variant, times) -> {
        if (!times.isEmpty()) {
          json.append(",\n      ").append(quoted(variant.key)).append(": ").append(times.stream()
              .map(time -> String.format(Locale.ROOT, "%.4f", time)).collect(Collectors.joining(", ", "[", "]")));
        }
      });
      json.append('}').append(i + 1 < subjects.size() ? "," : "").append('\n');
    }
    return json.append("  ]\n}\n").toString();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** A consumer with its compiler, the sources each variant compiles, and the times measured. */
  private static final class Subject implements AutoCloseable {
    final String consumer;
    final Map<Variant, List<Double>> times = new EnumMap<>(Variant.class);
    private final ConsumerProject project;
    private final InMemoryCompiler compiler;

    /** The consumer's sources and the processor's output, for the compiles without the processor. */
    private final List<JavaFileObject> sourcesAndOutput;
    /** The processor's output, text by binary name, for the replay. */
    private final Map<String, byte[]> output;
    /** The processor's jar, to load the processor anew from for {@link Variant#FRESH}; the example only. */
    private final Optional<URL> processorJar;

    Subject(String consumer, Optional<Path> processorJar) throws IOException {
      this.consumer = consumer;
      this.processorJar = consumer.equals(ConsumerProject.EXAMPLE) ? processorJar.map(CompileCost::url)
          : Optional.empty();
      project = ConsumerProject.create(consumer);
      compiler = new InMemoryCompiler(project.classPath());
      InMemoryCompiler.Result first = compiler.compile(project.sources(), List.of(project.newProcessor()))
          .requireSuccess();
      sourcesAndOutput = new ArrayList<>(project.sources());
      sourcesAndOutput.addAll(first.generatedSourceFiles());
      output = first.generatedSources();
      for (Variant variant : Variant.values()) {
        times.put(variant, new ArrayList<>());
      }
    }

    /** How this consumer is compiled in each round. */
    List<Variant> variants() {
      if (!BY_HAND.contains(consumer)) {
        return List.of(Variant.WITH, Variant.NO_OP);
      }
      List<Variant> variants = new ArrayList<>(List.of(Variant.WITH, Variant.NO_OP, Variant.WITHOUT, Variant.REPLAY));
      processorJar.ifPresent(jar -> variants.add(Variant.FRESH));
      return variants;
    }

    /** Compiles this consumer as {@code variant} says; the time it took, in milliseconds. */
    double compile(Variant variant) {
      List<? extends JavaFileObject> sources = variant == Variant.NO_OP || variant == Variant.WITHOUT
          ? sourcesAndOutput : project.sources();
      long start = System.nanoTime();
      // For FRESH, javac makes the processor path's class loader, finds the processor as a service and closes
      // the loader at the end of the compile; all of it is part of the compile's time.
      try (URLClassLoader fresh = variant == Variant.FRESH
          ? new URLClassLoader(new URL[] {processorJar.orElseThrow()}, ClassLoader.getPlatformClassLoader())
          : null) {
        List<Processor> processors = switch (variant) {
          case WITH -> List.of(project.newProcessor());
          case NO_OP -> List.of(new NoOpProcessor());
          case WITHOUT -> List.of();
          case REPLAY -> List.of(new ReplayProcessor(output));
          case FRESH -> List.of(ServiceLoader.load(Processor.class, fresh).iterator().next());
        };
        compiler.compile(sources, processors).requireSuccess();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return (System.nanoTime() - start) / 1e6;
    }

    /** The medians, for the console. */
    String summary() {
      List<Double> with = times.get(Variant.WITH);
      List<Double> noOp = times.get(Variant.NO_OP);
      StringBuilder summary = new StringBuilder(consumer + ": ");
      for (Map.Entry<Variant, List<Double>> entry : times.entrySet()) {
        if (!entry.getValue().isEmpty()) {
          summary.append(entry.getKey().key).append(' ').append(Median.of(entry.getValue()).format(1))
              .append(" ms; ");
        }
      }
      if (!times.get(Variant.FRESH).isEmpty()) {
        summary.append("fresh ÷ no-op ").append(Median.of(CompileCost.ratios(times.get(Variant.FRESH), noOp))
            .format(3)).append("; ");
      }
      if (!times.get(Variant.REPLAY).isEmpty()) {
        summary.append("replay ÷ no-op ").append(Median.of(CompileCost.ratios(times.get(Variant.REPLAY), noOp))
            .format(3)).append("; ");
      }
      return summary.append("with ÷ no-op ").append(Median.of(CompileCost.ratios(with, noOp)).format(3))
          .append(" of ").append(with.size()).append(" rounds").toString();
    }

    @Override
    public void close() throws IOException {
      compiler.close();
      project.close();
    }
  }

  private static URL url(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("--processor-jar " + jar + ": no such file");
    }
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** {@code numerator[i] / denominator[i]}: each round's ratio. */
  static List<Double> ratios(List<Double> numerator, List<Double> denominator) {
    return roundByRound(numerator, denominator, (a, b) -> a / b);
  }

  /** {@code a[i] - b[i]}: each round's difference. */
  static List<Double> differences(List<Double> a, List<Double> b) {
    return roundByRound(a, b, (x, y) -> x - y);
  }

  private static List<Double> roundByRound(List<Double> a, List<Double> b, DoubleBinaryOperator combine) {
    List<Double> combined = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      combined.add(combine.applyAsDouble(a.get(i), b.get(i)));
    }
    return combined;
  }

  /**
   * Writes dis-status's output, made beforehand, through javac's Filer in the first round that holds
   * {@code @DisStatusCatalog}, and claims the annotations as dis-status does; nothing else.
   */
  private static final class ReplayProcessor extends NoOpProcessor {
    private final Map<String, byte[]> output;
    private boolean written;

    ReplayProcessor(Map<String, byte[]> output) {
      this.output = output;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written && !annotations.isEmpty()) {
        written = true;
        for (Map.Entry<String, byte[]> file : output.entrySet()) {
          try (Writer writer = processingEnv.getFiler().createSourceFile(file.getKey()).openWriter()) {
            writer.write(new String(file.getValue(), StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return !annotations.isEmpty();
    }
  }

  /** A processor for the annotations dis-status's processor asks for, that does nothing with them. */
  private static class NoOpProcessor extends AbstractProcessor {
    private static final Set<String> SUPPORTED = Set.of(DisStatusCatalog.class.getName(),
        "javax.annotation.processing.Generated", "javax.annotation.Generated");

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return SUPPORTED;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }
}
