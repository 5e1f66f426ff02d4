package dev.disstatus.benchmarks;

import dev.disstatus.benchmarks.dis.DisStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.DoublePredicate;
import java.util.stream.Stream;

/**
 * Writes {@code BENCHMARKS.md} from a JMH JSON result file and {@link CompileCost}'s: the machine, every figure,
 * and each target of the issue with the ratio measured against it. Every number in it comes from the results, the machine or a compile
 * made here; none is typed in.
 *
 * <p>Run by {@code benchmarks/run.sh} as {@code BenchmarksReport --results FILE --out FILE}, followed by
 * {@code --compile-results FILE} ({@link CompileCost}'s; without it, the compile targets are not measured) and what
 * it knows of the run: {@code --nproc N}, {@code --load-before "CONTENT OF /proc/loadavg"}, {@code --seconds N} (wall
 * time), {@code --machine-cpu-seconds N} (CPU time of the whole machine during the run),
 * {@code --benchmark-cpu-seconds N} (the benchmark JVMs' share of it), {@code --commit ID}, {@code --command TEXT},
 * and {@code --notes FILE}, hand-written markdown on what was tried, copied in as it is.
 */
public final class BenchmarksReport {
  /** Below this many bytes per operation, JMH's allocation figure is noise: an allocation is 16 bytes or more. */
  private static final double NO_ALLOCATION = 0.01;

  /** CPUs kept busy by other processes, on average, from which the machine counts as busy. */
  private static final double BUSY = 0.2;

  private static final String LOOKUP = "StatusLookupBenchmark";
  private static final String DISPATCH = "ExceptionDispatchBenchmark";
  private static final String ERROR_CODE = "ErrorCodeLookupBenchmark";
  private static final String TWO_KEY = "TwoKeyDispatchBenchmark";

  /** How far (as a factor, either way) a step's milliseconds per code may stray from the whole range's: linear. */
  private static final double LINEAR = 1.5;

  private static final String EXAMPLE_TARGET =
      "Compiling the example with the processor at most 1.15× compiling it with a no-op processor";
  private static final String EVERY_CODE_TARGET =
      "Compiling the 500-code catalog (every-code) with the processor at most 1.30× with a no-op processor";
  private static final String GROWTH_TARGET =
      "The time `process()` adds grows linearly with the number of codes (50, 100, 200, 500)";

  private final JmhResults results;
  private final Optional<CompileCostResults> compileCost;
  private final Map<String, String> options;
  private final StringBuilder out = new StringBuilder();
  private final List<Target> targets = new ArrayList<>();

  /**
   * One target of the issue and what was measured against it.
   *
   * @param what the target, in words
   * @param measured the measured figure or ratio, or why there is none
   * @param met whether it is met; empty if the run did not measure it or cannot tell
   * @param undecided whether the run measured it but its error spans both sides of the target, so that it can
   *     say neither yes nor no
   */
  private record Target(String what, String measured, Optional<Boolean> met, boolean undecided) {
    Target(String what, String measured, Optional<Boolean> met) {
      this(what, measured, met, false);
    }

    String verdict() {
      return undecided ? "undecided: within the error" : met.map(m -> m ? "yes" : "**no**").orElse("not measured");
    }
  }

  private BenchmarksReport(JmhResults results, Optional<CompileCostResults> compileCost,
      Map<String, String> options) {
    this.results = results;
    this.compileCost = compileCost;
    this.options = options;
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (!options.containsKey("--results") || !options.containsKey("--out")) {
      throw new IllegalArgumentException("usage: BenchmarksReport --results jmh-result.json --out BENCHMARKS.md "
          + "[--compile-results compile-cost.json] [--nproc N] [--load-before LOADAVG] [--seconds N] "
          + "[--machine-cpu-seconds N] [--benchmark-cpu-seconds N] [--commit ID] [--command TEXT] [--notes FILE]");
    }
    JmhResults results = JmhResults.read(Path.of(options.get("--results")));
    Optional<CompileCostResults> compileCost = options.containsKey("--compile-results")
        ? Optional.of(CompileCostResults.read(Path.of(options.get("--compile-results"))))
        : Optional.empty();
    String markdown = new BenchmarksReport(results, compileCost, options).write();
    Files.writeString(Path.of(options.get("--out")), markdown, StandardCharsets.UTF_8);
  }

  private String write() throws IOException {
    // The sections are written first, as they collect the targets that the summary above them lists.
    writeLookups();
    writeDispatch();
    writeProcessorCost();
    writeRetained();
    String sections = out.toString();
    out.setLength(0);
    writeHeader();
    writeMachine();
    writeTargets();
    out.append(sections);
    writeMisses();
    return out.toString();
  }

  private void writeHeader() {
    long met = targets.stream().filter(t -> t.met().orElse(false)).count();
    long measured = targets.stream().filter(t -> t.met().isPresent()).count();
    long undecided = targets.stream().filter(Target::undecided).count();
    line("# Benchmarks");
    line("");
    line("<!-- Written by benchmarks/run.sh from the results of JMH and CompileCost. Do not edit: run the script "
        + "again. -->");
    line("");
    line("Measured " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
        + option("--commit").map(commit -> " at commit `" + commit + "`").orElse("")
        + " by `" + option("--command").orElse("benchmarks/run.sh") + "`"
        + option("--seconds").map(s -> ", in " + duration(Long.parseLong(s))).orElse("") + ". "
        + met + " of " + measured + " targets met"
        + (undecided > 0 ? "; " + undecided + " undecided, the run's error spanning both sides of the target" : "")
        + (measured + undecided < targets.size()
            ? " (" + (targets.size() - measured - undecided) + " not measured in this run)" : "")
        + ".");
    line("");
  }

  private void writeMachine() throws IOException {
    line("## Machine");
    line("");
    line("| | |");
    line("|---|---|");
    line("| CPUs (`nproc`) | " + cpus() + " |");
    line("| CPU | " + procField("/proc/cpuinfo", "model name").orElse("unknown") + " |");
    line("| Memory | " + procField("/proc/meminfo", "MemTotal")
        .map(kb -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb.replace("kB", "").trim()) / 1048576.0))
        .orElse("unknown") + " |");
    line("| JDK | " + results.jvm() + (results.jvmArgs().isEmpty() ? "" : ", options `" + results.jvmArgs() + "`")
        + " |");
    line("| JMH | " + results.jmhVersion() + ", average time, one thread |");
    Optional<String> before = option("--load-before").map(BenchmarksReport::loadFields);
    Optional<String> after = readLoad().map(BenchmarksReport::loadFields);
    line("| Load average (1, 5, 15 min) | before the run " + before.orElse("not recorded") + "; after it "
        + after.orElse("unknown") + " |");
    line("");
    busyNote().ifPresent(note -> {
      line(note);
      line("");
    });
  }

  /**
   * Says plainly whether other work shared the machine: the CPU time the whole machine spent during the run
   * ({@code /proc/stat}), less the benchmarks' own, per second of the run.
   */
  private Optional<String> busyNote() {
    Optional<Double> machine = option("--machine-cpu-seconds").map(Double::parseDouble);
    Optional<Double> benchmarks = option("--benchmark-cpu-seconds").map(Double::parseDouble);
    Optional<Double> seconds = option("--seconds").map(Double::parseDouble);
    if (machine.isEmpty() || benchmarks.isEmpty() || seconds.isEmpty() || seconds.get() <= 0) {
      return Optional.empty();
    }
    double others = Math.max(0, machine.get() - benchmarks.get()) / seconds.get();
    String use = String.format(Locale.ROOT,
        "other processes kept %.2f of the %s CPUs busy on average during the run (the benchmarks themselves %.2f)",
        others, cpus(), benchmarks.get() / seconds.get());
    if (others < BUSY) {
      return Optional.of("The machine was otherwise idle: " + use + ".");
    }
    return Optional.of("**The machine was busy**: " + use + ". They competed with the benchmarks for the CPUs, so "
        + "the figures are slower and noisier than on an idle machine. A ratio compares two figures measured "
        + "minutes apart, so it suffers less than the figures themselves, but is not immune.");
  }

  private String cpus() {
    return option("--nproc").orElse(Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  private void writeTargets() {
    line("## Targets");
    line("");
    line("| Target | Measured | Met |");
    line("|---|---|---|");
    for (Target target : targets) {
      line("| " + target.what() + " | " + target.measured() + " | "
          + target.verdict() + " |");
    }
    line("");
  }

  private void writeMisses() throws IOException {
    line("## What misses a target");
    line("");
    List<Target> missed = targets.stream().filter(t -> !t.met().orElse(true)).toList();
    List<Target> undecided = targets.stream().filter(Target::undecided).toList();
    List<Target> unmeasured = targets.stream().filter(t -> t.met().isEmpty() && !t.undecided()).toList();
    if (missed.isEmpty()) {
      line(undecided.isEmpty() ? "Nothing: every target measured was met."
          : "No target measured was missed; the run could not decide "
              + (undecided.size() == 1 ? "this one:" : "these:"));
    }
    for (Target target : missed) {
      line("- " + target.what() + ": measured " + target.measured() + ".");
    }
    for (Target target : undecided) {
      line("- Undecided, the error spanning both sides of the target: " + target.what() + ": measured "
          + target.measured() + ".");
    }
    for (Target target : unmeasured) {
      line("- Not measured in this run: " + target.what() + ".");
    }
    line("");
    Optional<String> notes = option("--notes");
    if (notes.isPresent() && Files.isReadable(Path.of(notes.get()))) {
      line("## What was tried");
      line("");
      out.append(Files.readString(Path.of(notes.get()), StandardCharsets.UTF_8).strip()).append('\n');
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // 1. Lookup

  private void writeLookups() {
    line("## 1. Looking a status up by its code");
    line("");
    line("Each operation looks up one code of a fixed pseudo-random stream of " + CodeStreams.LENGTH
        + " codes and hands the result to JMH's blackhole. The **mixed** stream is what a DIS client sees: "
        + "mostly 200, some 4xx and 5xx, and " + CodeStreams.unknownCount(CodeStreams.named(CodeStreams.MIXED))
        + " codes that no library knows (" + joined(CodeStreams.UNKNOWN) + "). The **late** stream holds only 504, "
        + "505 and DIS's own 441: the last codes of Spring's table, and one missing from it, which Spring, Netty "
        + "and Jakarta REST find by scanning all their codes. `valueOf` throws on an unknown code, so it looks up "
        + "the same stream with the unknown codes replaced by 200. The array index (`BY_CODE[code]`) is the floor. "
        + settings(LOOKUP));
    line("");
    String[][] contenders = {
      {"arrayIndex", "Array index (floor)"},
      {"disFind", "`DisStatus.find(int)`"},
      {"disValueOf", "`DisStatus.valueOf(int)`"},
      {"switchValueOf", "`valueOf` with a `switch` (diagnostic: the generator's former lookup)"},
      {"springResolve", "Spring `HttpStatus.resolve(int)`"},
      {"nettyValueOf", "Netty `HttpResponseStatus.valueOf(int)`"},
      {"jakartaFromStatusCode", "Jakarta REST `Response.Status.fromStatusCode(int)`"},
    };
    for (String stream : List.of(CodeStreams.MIXED, CodeStreams.LATE)) {
      line("**" + stream + " stream**");
      line("");
      contenderTable(LOOKUP, contenders, "stream=" + stream, "arrayIndex",
          "| Lookup | ns per lookup | × array index | bytes allocated per lookup |");
    }
    line("Bytes allocated are `-prof gc`'s `gc.alloc.rate.norm`; 0 means below " + format(NO_ALLOCATION)
        + " B per lookup, JMH's noise, where a single allocation per stream pass would already show. "
        + lookupShape());
    line("");
    for (String method : List.of("disFind", "disValueOf")) {
      String name = method.equals("disFind") ? "`find`" : "`valueOf`";
      for (String stream : List.of(CodeStreams.MIXED, CodeStreams.LATE)) {
        String params = "stream=" + stream;
        ratioTarget(name + " within 1.5× of the array index (" + stream + " stream)",
            results.score(LOOKUP + "." + method, params), results.score(LOOKUP + ".arrayIndex", params),
            "× the array index", r -> r <= 1.5);
      }
      ratioTarget(name + " at least 3× faster than Spring's `resolve` for codes late in its table",
          results.score(LOOKUP + ".springResolve", "stream=" + CodeStreams.LATE),
          results.score(LOOKUP + "." + method, "stream=" + CodeStreams.LATE), "× faster", r -> r >= 3);
    }
    List<JmhResults.Score> generated = new ArrayList<>();
    for (String method : List.of("disFind", "disValueOf")) {
      for (String stream : List.of(CodeStreams.MIXED, CodeStreams.LATE)) {
        results.score(LOOKUP + "." + method, "stream=" + stream).ifPresent(generated::add);
      }
    }
    double most = generated.stream().mapToDouble(JmhResults.Score::allocated).max().orElse(Double.NaN);
    targets.add(new Target("0 bytes allocated per lookup, unknown codes included (`find` and `valueOf`, both streams)",
        generated.isEmpty() || Double.isNaN(most) ? "not measured (run with -prof gc)" : "at most " + bytes(most) + " B",
        generated.isEmpty() || Double.isNaN(most) ? Optional.empty() : Optional.of(most < NO_ALLOCATION)));
    writeErrorCodeLookup();
  }

  private void writeErrorCodeLookup() {
    line("**error codes**");
    line("");
    line("Each operation looks up one error code of a fixed pseudo-random stream of " + CodeStreams.LENGTH
        + " codes as bodies carry them, each a string of its own as a parser makes it: mostly DIS's traffic-control "
        + "and stream errors, and " + ErrorCodeLookupBenchmark.misses() + " codes the catalog does not list (an API "
        + "gateway's `APIGW.*`, an undocumented `DIS.*`). The `HashMap` is what a client would otherwise fill from "
        + "`DisErrorCode.values()`. " + settings(ERROR_CODE));
    line("");
    contenderTable(ERROR_CODE, new String[][] {
      {"disFind", "`DisErrorCode.find(String)`"},
      {"hashMapGet", "`HashMap<String, DisErrorCode>.get`"},
    }, "", "hashMapGet", "| Lookup | ns per lookup | × the `HashMap` | bytes allocated per lookup |");
    ratioTarget("`DisErrorCode.find(String)` no slower than a `HashMap<String, DisErrorCode>` lookup",
        results.score(ERROR_CODE + ".disFind", ""), results.score(ERROR_CODE + ".hashMapGet", ""),
        "× the `HashMap`'s time", r -> r <= 1);
    Optional<JmhResults.Score> find = results.score(ERROR_CODE + ".disFind", "");
    boolean allocationMeasured = find.isPresent() && !Double.isNaN(find.get().allocated());
    targets.add(new Target("0 bytes allocated per `DisErrorCode.find(String)` hit (stream of hits and misses)",
        allocationMeasured ? bytes(find.get().allocated()) + " B per lookup"
            : "not measured" + (find.isPresent() ? " (run with -prof gc)" : ""),
        allocationMeasured ? Optional.of(find.get().allocated() < NO_ALLOCATION) : Optional.empty()));
  }

  /** How the generated enum looks a code up, read from the class the benchmarks ran. */
  private static String lookupShape() {
    boolean table = Stream.concat(Stream.of(DisStatus.class), Arrays.stream(DisStatus.class.getDeclaredClasses()))
        .flatMap(type -> Arrays.stream(type.getDeclaredFields()))
        .anyMatch(field -> !field.isSynthetic() && field.getType() == DisStatus[].class);
    return table
        ? "The generated lookups read arrays indexed by the code, as the floor does, plus the range "
            + "check that lets them answer unknown codes."
        : "The generated `lookup` is a `switch` over the codes, which javac makes a `lookupswitch` and C2 a "
            + "binary search.";
  }

  // ---------------------------------------------------------------------------------------------------------
  // 2. Dispatch

  private void writeDispatch() {
    line("## 2. From an error response to an exception");
    line("");
    line("Each operation turns a status code, a DIS JSON error body and the response headers into an exception "
        + "and hands it to the blackhole. Every response has the eight headers a DIS response carries: "
        + String.join(", ", DisResponses.headers(404).keySet().stream().map(name -> "`" + name + "`").toList())
        + ". Each contender gets the response in the "
        + "form it takes, made once: a `String` body and a header map for the generated dispatcher, a `byte[]` "
        + "body and `HttpHeaders` for Spring (whose figure includes `HttpStatusCode.valueOf`), a `feign.Response` "
        + "for Feign (whose figure includes reading the body). A stack trace costs in proportion to the depth of "
        + "the stack, which here is JMH's few frames: in an application, where it is deeper, leaving stack traces "
        + "out saves more than it does here. " + settings(DISPATCH));
    line("");
    String[][] contenders = {
      {"generatedWithStackTraces", "`DisStatusDispatcher.exceptionFor`, with stack traces (default)"},
      {"generatedWithoutStackTraces", "`DisStatusDispatcher.exceptionFor`, `stackTraces = false`"},
      {"generatedWithoutStackTracesOrHeaders",
          "`stackTraces = false`, empty header map (diagnostic: what the headers cost)"},
      {"springCreate", "Spring `HttpClientErrorException.create`"},
      {"feignErrorStatus", "Feign `FeignException.errorStatus`"},
    };
    for (String code : List.of("404", "429", "441")) {
      line("**" + code + "**");
      line("");
      contenderTable(DISPATCH, contenders, "code=" + code, "springCreate",
          "| Dispatch | ns per exception | × Spring's time | bytes allocated per exception |");
    }
    for (String code : List.of("404", "429", "441")) {
      String params = "code=" + code;
      ratioTarget("Without stack traces, at least 10× faster than Spring's `create` (" + code + ")",
          results.score(DISPATCH + ".springCreate", params),
          results.score(DISPATCH + ".generatedWithoutStackTraces", params), "× faster", r -> r >= 10);
    }
    for (String code : List.of("404", "429", "441")) {
      String params = "code=" + code;
      ratioTarget("With stack traces, no slower than Spring's `create` (" + code + ")",
          results.score(DISPATCH + ".generatedWithStackTraces", params),
          results.score(DISPATCH + ".springCreate", params), "× Spring's time", r -> r <= 1);
    }
    writeTwoKeyDispatch();
  }

  private void writeTwoKeyDispatch() {
    line("**400 with `DIS.4303` (two-key dispatch)**");
    line("");
    line("DIS's 400 with `" + DisResponses.body(TwoKeyDispatchBenchmark.CODE) + "` and the same eight headers: the "
        + "generated exception is made and then asked `error()` and `isRetryable()`, which parse its body; Spring's "
        + "is only made. " + settings(TWO_KEY));
    line("");
    contenderTable(TWO_KEY, new String[][] {
      {"generatedWithStackTraces", "`exceptionFor`, `error()`, `isRetryable()`, with stack traces (default)"},
      {"generatedWithoutStackTraces", "`exceptionFor`, `error()`, `isRetryable()`, `stackTraces = false`"},
      {"springCreate", "Spring `HttpClientErrorException.create`"},
    }, "", "springCreate", "| Dispatch | ns per exception | × Spring's time | bytes allocated per exception |");
    ratioTarget("Two-key dispatch (400, `DIS.4303`) without stack traces, at least 10× faster than Spring's `create`",
        results.score(TWO_KEY + ".springCreate", ""), results.score(TWO_KEY + ".generatedWithoutStackTraces", ""),
        "× faster", r -> r >= 10);
    ratioTarget("Two-key dispatch (400, `DIS.4303`) with stack traces, no slower than Spring's `create`",
        results.score(TWO_KEY + ".generatedWithStackTraces", ""), results.score(TWO_KEY + ".springCreate", ""),
        "× Spring's time", r -> r <= 1);
  }

  // ---------------------------------------------------------------------------------------------------------
  // 3. Processor cost

  private void writeProcessorCost() throws IOException {
    line("## 3. What the processor costs a compile");
    line("");
    line("Each consumer is compiled by one warm javac in one JVM (`CompileCost`, run by `benchmarks/run.sh` after "
        + "JMH), output kept in memory: **with** the processor; **without** it, the processor's output given as "
        + "ordinary sources (`-proc:none`), as if written by hand; and with a **no-op** processor over those same "
        + "sources, which is what javac itself spends on running any processor at all: the floor the targets "
        + "measure against, since no processor can go below it. **example** is the `example` module's main sources "
        + "(DIS's catalog, " + ConsumerProject.statusCount(ConsumerProject.DIS) + " codes); **every-code** is a "
        + "smaller stand-in (a package with `@DisStatusCatalog` and four classes that use the generated types, "
        + "`benchmarks/src/main/resources/dev/disstatus/benchmarks/consumer/`) with a catalog of every code from "
        + "100 to 599 that the benchmark writes. These are the figures of a warm build daemon; a cold "
        + "`mvn compile` adds its JVM start and javac's warm-up to all three. "
        + compileCost.map(CompileCostResults::settings).orElse("Not run."));
    line("");
    if (compileCost.isEmpty()) {
      targets.add(new Target(EXAMPLE_TARGET, "not measured", Optional.empty()));
      targets.add(new Target(EVERY_CODE_TARGET, "not measured", Optional.empty()));
      targets.add(new Target(GROWTH_TARGET, "not measured", Optional.empty()));
      writeGeneratedCode();
      return;
    }
    line("| Consumer | with processor (ms) | without (ms) | with a no-op processor (ms) | with ÷ no-op | "
        + "with ÷ without | no-op ÷ without | added by `process()` (ms, with − no-op) |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (String consumer : List.of(ConsumerProject.EXAMPLE, ConsumerProject.EVERY_CODE)) {
      Optional<List<Double>> with = compileTimes(consumer, CompileCost.Variant.WITH);
      Optional<List<Double>> without = compileTimes(consumer, CompileCost.Variant.WITHOUT);
      Optional<List<Double>> noOp = compileTimes(consumer, CompileCost.Variant.NO_OP);
      line("| " + consumer + " | " + median(with) + " | " + median(without) + " | " + median(noOp) + " | "
          + pairedMedian(with, noOp, CompileCost::ratios) + " | " + pairedMedian(with, without, CompileCost::ratios)
          + " | " + pairedMedian(noOp, without, CompileCost::ratios) + " | "
          + pairedMedian(with, noOp, CompileCost::differences) + " |");
    }
    line("");
    line("Each cell is a median with its interval in brackets. The ratios are the medians of each round's own "
        + "ratio, not ratios of the medians: a slower stretch of the machine slows both compiles of a round alike.");
    line("");
    writeReplay();
    writeFresh();
    intervalTarget(EXAMPLE_TARGET, ConsumerProject.EXAMPLE, 1.15);
    intervalTarget(EVERY_CODE_TARGET, ConsumerProject.EVERY_CODE, 1.30);
    writeGrowth();
    writeGeneratedCode();
  }

  /**
   * What writing the processor's files costs by itself: a processor that replays the output, made beforehand,
   * against the no-op processor and against the processor itself, in the same rounds.
   */
  private void writeReplay() {
    if (compileTimes(ConsumerProject.EXAMPLE, CompileCost.Variant.REPLAY).isEmpty()) {
      return;
    }
    line("**What writing the files costs by itself.** A **replay** processor writes the processor's output, made "
        + "before the run, through javac's `Filer` in the first round and does nothing else: what any processor "
        + "that generates these files pays (javac's `Filer` looks each new name up in every module of the compile "
        + "before it creates the file, and javac compiles the files in an extra round), whatever it does to make "
        + "them. What the processor adds beyond it is reading the catalog, checking names and writing the text.");
    line("");
    line("| Consumer | replay (ms) | replay ÷ no-op | with ÷ replay | added beyond the replay (ms, with − replay) |");
    line("|---|---:|---:|---:|---:|");
    for (String consumer : List.of(ConsumerProject.EXAMPLE, ConsumerProject.EVERY_CODE)) {
      Optional<List<Double>> with = compileTimes(consumer, CompileCost.Variant.WITH);
      Optional<List<Double>> noOp = compileTimes(consumer, CompileCost.Variant.NO_OP);
      Optional<List<Double>> replay = compileTimes(consumer, CompileCost.Variant.REPLAY);
      line("| " + consumer + " | " + median(replay) + " | " + pairedMedian(replay, noOp, CompileCost::ratios)
          + " | " + pairedMedian(with, replay, CompileCost::ratios) + " | "
          + pairedMedian(with, replay, CompileCost::differences) + " |");
    }
    line("");
  }

  /**
   * What a build pays, where javac loads the processor anew for each compile: the processor from a class loader
   * of its own, against the no-op processor and the processor whose classes earlier compiles warmed, in the same
   * rounds.
   */
  private void writeFresh() {
    Optional<List<Double>> fresh = compileTimes(ConsumerProject.EXAMPLE, CompileCost.Variant.FRESH);
    if (fresh.isEmpty()) {
      return;
    }
    line("**What a build pays: the processor loaded anew.** javac loads a processor from `-processorpath` (where "
        + "Maven's `annotationProcessorPaths` puts it), or from the class path, with a class loader it makes for "
        + "that compile only: in a "
        + "build, each module's compile loads, verifies and runs the processor's classes cold, where the compiles "
        + "above reuse the classes, and what the JIT made of them, from the compiles before. A **fresh** processor "
        + "is loaded so for each compile, from the processor's jar, in the same rounds; javac itself stays warm, "
        + "as in a build that compiles several modules in one JVM. No target is set for it.");
    line("");
    line("| Consumer | processor loaded anew (ms) | fresh ÷ no-op | fresh ÷ with | added by the fresh processor (ms, "
        + "fresh − no-op) |");
    line("|---|---:|---:|---:|---:|");
    Optional<List<Double>> with = compileTimes(ConsumerProject.EXAMPLE, CompileCost.Variant.WITH);
    Optional<List<Double>> noOp = compileTimes(ConsumerProject.EXAMPLE, CompileCost.Variant.NO_OP);
    line("| " + ConsumerProject.EXAMPLE + " | " + median(fresh) + " | " + pairedMedian(fresh, noOp, CompileCost::ratios)
        + " | " + pairedMedian(fresh, with, CompileCost::ratios) + " | "
        + pairedMedian(fresh, noOp, CompileCost::differences) + " |");
    line("");
  }

  private Optional<List<Double>> compileTimes(String consumer, CompileCost.Variant variant) {
    return compileCost.flatMap(results -> results.times(consumer, variant));
  }

  /**
   * A target "with ÷ no-op at most {@code limit}" for a consumer: met if the whole interval of the rounds' median
   * ratio is within the limit, missed if the whole of it is above, undecided if it straddles the limit.
   */
  private void intervalTarget(String what, String consumer, double limit) {
    Optional<List<Double>> with = compileTimes(consumer, CompileCost.Variant.WITH);
    Optional<List<Double>> noOp = compileTimes(consumer, CompileCost.Variant.NO_OP);
    if (with.isEmpty() || noOp.isEmpty()) {
      targets.add(new Target(what, "not measured", Optional.empty()));
      return;
    }
    Median ratio = Median.of(CompileCost.ratios(with.get(), noOp.get()));
    String measured = String.format(Locale.ROOT, "%.2f× (%.2f× to %.2f×, %.0f%% interval)", ratio.value(),
        ratio.low(), ratio.high(), Median.CONFIDENCE * 100);
    if (ratio.high() <= limit) {
      targets.add(new Target(what, measured, Optional.of(true)));
    } else if (ratio.low() > limit) {
      targets.add(new Target(what, measured, Optional.of(false)));
    } else {
      targets.add(new Target(what, measured, Optional.empty(), true));
    }
  }

  /**
   * The time {@code process()} adds (with − no-op, round by round) for 50, 100, 200 and 500 codes, the
   * milliseconds per code each step adds, and the target that the growth is linear: every step's slope within
   * {@link #LINEAR} of the slope from the first size to the last, or within the step's own error of it (the
   * half-widths of the two medians' intervals). A cost growing with the square of the codes fails it (its first
   * step's slope is a quarter of the whole one); noise on the short steps, where the added time changes by a few
   * milliseconds, does not.
   */
  private void writeGrowth() {
    List<Integer> sizes = List.of(50, 100, 200, ConsumerProject.EVERY_CODE_COUNT);
    List<Integer> measured = new ArrayList<>();
    List<Double> added = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int size : sizes) {
      Optional<List<Double>> with = compileTimes(ConsumerProject.codes(size), CompileCost.Variant.WITH);
      Optional<List<Double>> noOp = compileTimes(ConsumerProject.codes(size), CompileCost.Variant.NO_OP);
      if (with.isEmpty() || noOp.isEmpty()) {
        rows.add("| " + size + " | " + median(with) + " | " + median(noOp) + " | | | |");
        continue;
      }
      Median difference = Median.of(CompileCost.differences(with.get(), noOp.get()));
      double value = difference.value();
      String step = measured.isEmpty() ? "" : format(slope(measured.get(measured.size() - 1),
          added.get(added.size() - 1), size, value)) + " (" + measured.get(measured.size() - 1) + " → " + size + ")";
      measured.add(size);
      added.add(value);
      errors.add((difference.high() - difference.low()) / 2);
      rows.add("| " + size + " | " + median(with) + " | " + median(noOp) + " | "
          + pairedMedian(with, noOp, CompileCost::ratios) + " | " + formatMedian(difference) + " | " + step + " |");
    }
    line("**How the cost grows with the catalog.** The stand-in compiled with made-up catalogs of 50, 100 and 200 "
        + "codes spread evenly over 100 to 599 (every tenth code, every fifth, every other one or so: each size has "
        + "the same share of each series), and the 500 codes of every-code above, in the same rounds.");
    line("");
    line("| Codes | with processor (ms) | with a no-op processor (ms) | with ÷ no-op | added by `process()` (ms) | "
        + "ms per code over the step |");
    line("|---:|---:|---:|---:|---:|---:|");
    rows.forEach(this::line);
    line("");
    if (measured.size() < sizes.size()) {
      targets.add(new Target(GROWTH_TARGET, "not measured", Optional.empty()));
      return;
    }
    int last = measured.size() - 1;
    double whole = slope(measured.get(0), added.get(0), measured.get(last), added.get(last));
    double lowest = Double.MAX_VALUE;
    double highest = -Double.MAX_VALUE;
    boolean linear = whole > 0;
    List<String> withinError = new ArrayList<>();
    for (int i = 1; i < measured.size(); i++) {
      double step = slope(measured.get(i - 1), added.get(i - 1), measured.get(i), added.get(i));
      double stepError = Math.hypot(errors.get(i - 1), errors.get(i)) / (measured.get(i) - measured.get(i - 1));
      lowest = Math.min(lowest, step / whole);
      highest = Math.max(highest, step / whole);
      boolean close = step >= whole / LINEAR && step <= whole * LINEAR;
      if (!close && Math.abs(step - whole) <= stepError) {
        withinError.add(measured.get(i - 1) + " → " + measured.get(i));
      }
      linear &= close || Math.abs(step - whole) <= stepError;
    }
    line(String.format(Locale.ROOT, "From %d to %d codes `process()` adds %s ms per code; the steps add %.2f× to "
        + "%.2f× that. Linear means every step within %.1f× of it either way, or within the step's error (the "
        + "half-widths of its two intervals)%s: a cost growing with the square of the codes would show its first "
        + "step near 0.3× and its last near 1.3×. What the line from %d to %d codes gives for 0 codes, the fixed "
        + "part, is %s ms.", measured.get(0), measured.get(last), format(whole), lowest, highest, LINEAR,
        withinError.isEmpty() ? "" : " (here " + String.join(", ", withinError) + ", off by no more than its error)",
        measured.get(0), measured.get(last), format(added.get(0) - whole * measured.get(0))));
    line("");
    String figure = String.format(Locale.ROOT, "%s ms per code; steps %.2f× to %.2f× of it%s", format(whole), lowest,
        highest, withinError.isEmpty() ? "" : ", " + String.join(", ", withinError) + " within error");
    // A slope no larger than its own error says nothing about the shape of the growth, either way.
    double wholeError = Math.hypot(errors.get(0), errors.get(last)) / (measured.get(last) - measured.get(0));
    if (Math.abs(whole) <= wholeError) {
      targets.add(new Target(GROWTH_TARGET, figure + String.format(Locale.ROOT, " (± %s ms per code)",
          format(wholeError)), Optional.empty(), true));
    } else {
      targets.add(new Target(GROWTH_TARGET, figure, Optional.of(linear)));
    }
  }

  private static double slope(int fromCodes, double fromMs, int toCodes, double toMs) {
    return (toMs - fromMs) / (toCodes - fromCodes);
  }

  /** The median of times measured, with its interval; "not run" if they were not. */
  private static String median(Optional<List<Double>> times) {
    return times.map(Median::of).map(BenchmarksReport::formatMedian).orElse("not run");
  }

  /** The median of {@code combine(a, b)}, round by round, with its interval; empty if either was not run. */
  private static String pairedMedian(Optional<List<Double>> a, Optional<List<Double>> b,
      BinaryOperator<List<Double>> combine) {
    return a.isPresent() && b.isPresent() ? formatMedian(Median.of(combine.apply(a.get(), b.get()))) : "";
  }

  /** {@code 1.21 (1.18–1.25)}. */
  private static String formatMedian(Median median) {
    return format(median.value()) + " (" + format(median.low()) + "–" + format(median.high()) + ")";
  }

  /** What the processor writes for each catalog (through the stand-in), from one compile made here. */
  private void writeGeneratedCode() throws IOException {
    line("What the processor writes (one compile made by the report; the largest method shows how far the output "
        + "stays from javac's \"code too large\" limit of " + String.format(Locale.ROOT, "%,d", ClassFiles.CODE_LIMIT)
        + " bytes of bytecode per method):");
    line("");
    line("| Catalog | statuses | generated files | source lines | source KiB | class files | class KiB | "
        + "largest method |");
    line("|---|---:|---:|---:|---:|---:|---:|---|");
    for (String catalog : List.of(ConsumerProject.DIS, ConsumerProject.EVERY_CODE)) {
      try (ConsumerProject project = ConsumerProject.create(catalog);
          InMemoryCompiler compiler = new InMemoryCompiler(project.classPath())) {
        InMemoryCompiler.Result result = compiler.compile(project.sources(), List.of(project.newProcessor()));
        if (!result.success()) {
          line("| " + catalog + " | " + ConsumerProject.statusCount(catalog) + " | does not compile: "
              + result.errors().get(0).lines().findFirst().orElse("") + " | | | | | |");
          continue;
        }
        GeneratedCode code = GeneratedCode.of(result);
        line("| " + catalog + " | " + ConsumerProject.statusCount(catalog) + " | " + code.files() + " | "
            + String.format(Locale.ROOT, "%,d", code.sourceLines()) + " | " + kib(code.sourceBytes()) + " | "
            + code.classFiles() + " | " + kib(code.classBytes()) + " | "
            + code.largestMethod().map(m -> "`" + m.getKey() + "." + m.getValue().name() + "`: "
                + String.format(Locale.ROOT, "%,d B (%.0f%% of the limit)", m.getValue().codeLength(),
                    100.0 * m.getValue().codeLength() / ClassFiles.CODE_LIMIT)).orElse("none") + " |");
      }
    }
    line("");
  }

  /** Sizes of the processor's output in one compile. */
  private record GeneratedCode(int files, long sourceLines, long sourceBytes, int classFiles, long classBytes,
      Optional<Map.Entry<String, ClassFiles.Method>> largestMethod) {

    static GeneratedCode of(InMemoryCompiler.Result result) {
      long lines = 0;
      long sourceBytes = 0;
      for (byte[] source : result.generatedSources().values()) {
        lines += new String(source, StandardCharsets.UTF_8).lines().count();
        sourceBytes += source.length;
      }
      int classFiles = 0;
      long classBytes = 0;
      Map.Entry<String, ClassFiles.Method> largest = null;
      for (Map.Entry<String, byte[]> entry : result.classes().entrySet()) {
        String name = entry.getKey();
        String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        if (!result.generatedSources().containsKey(topLevel)) {
          continue;
        }
        classFiles++;
        classBytes += entry.getValue().length;
        Optional<ClassFiles.Method> method = ClassFiles.largestMethod(entry.getValue());
        if (method.isPresent() && (largest == null || method.get().codeLength() > largest.getValue().codeLength())) {
          largest = Map.entry(name.substring(name.lastIndexOf('.') + 1), method.get());
        }
      }
      return new GeneratedCode(result.generatedSources().size(), lines, sourceBytes, classFiles, classBytes,
          Optional.ofNullable(largest));
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // 4. Memory

  private void writeRetained() {
    line("## 4. What an exception keeps alive");
    line("");
    line("Bytes reachable from one exception for the two-key response of section 2 (400, `DIS.4303`, eight "
        + "headers), measured by the report with JOL's object graph walk (`GraphLayout`) in its own JVM. **Shared** "
        + "is what the exception reaches that the caller's response and the constants reach too (the body, the "
        + "header names and values, the enums, `Throwable`'s sentinels); **added** is what the exception alone "
        + "keeps alive. Stack traces are counted for neither contender: the JVM keeps them in a field hidden from "
        + "reflection, which JOL cannot see. The generated exception is the `stackTraces = false` one; it parses "
        + "its body when asked, so it is measured as made and after `error()` and `errorMessage()`, and then with "
        + "a body of " + String.format(Locale.ROOT, "%,d", RetainedBytes.EXTRA_MEMBERS) + " more members that it "
        + "does not read.");
    line("");
    line("| Exception | reachable (B) | shared with the response (B) | added by the exception (B) |");
    line("|---|---:|---:|---:|");
    RetainedBytes.Figure read = RetainedBytes.generatedRead();
    RetainedBytes.Figure large = RetainedBytes.generatedReadLargeBody();
    retainedRow("`DisStatusDispatcher.exceptionFor`, as made", RetainedBytes.generatedAsMade());
    retainedRow("the same, after `error()` and `errorMessage()`", read);
    retainedRow("the same, body with " + String.format(Locale.ROOT, "%,d", RetainedBytes.EXTRA_MEMBERS)
        + " more members", large);
    retainedRow("Spring `HttpClientErrorException.create`", RetainedBytes.spring());
    line("");
    targets.add(new Target("An exception holds at most the members it reads from a body (bytes added after reading, "
        + "DIS's body and the same with " + String.format(Locale.ROOT, "%,d", RetainedBytes.EXTRA_MEMBERS)
        + " more members)", read.added() + " B and " + large.added() + " B",
        Optional.of(large.added() <= read.added())));
  }

  private void retainedRow(String label, RetainedBytes.Figure figure) {
    line("| " + label + " | " + (figure.shared() + figure.added()) + " | " + figure.shared() + " | " + figure.added()
        + " |");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  /**
   * A table of one benchmark class's contenders ({@code {method, label}}) for one set of parameters: time, time
   * as a multiple of the base method's, bytes allocated.
   */
  private void contenderTable(String benchmarkClass, String[][] contenders, String params, String baseMethod,
      String header) {
    Optional<JmhResults.Score> base = results.score(benchmarkClass + "." + baseMethod, params);
    if (Arrays.stream(contenders).allMatch(c -> results.score(benchmarkClass + "." + c[0], params).isEmpty())) {
      line("Not run.");
      line("");
      return;
    }
    line(header);
    line("|---|---:|---:|---:|");
    for (String[] contender : contenders) {
      Optional<JmhResults.Score> score = results.score(benchmarkClass + "." + contender[0], params);
      line("| " + contender[1] + " | " + score.map(BenchmarksReport::timeWithError).orElse("not run") + " | "
          + ratio(score, base) + " | " + score.map(s -> bytes(s.allocated())).orElse("not run") + " |");
    }
    line("");
  }

  /** Adds a target met when {@code numerator / denominator} passes {@code test}. */
  private void ratioTarget(String what, Optional<JmhResults.Score> numerator, Optional<JmhResults.Score> denominator,
      String unit, DoublePredicate test) {
    if (numerator.isEmpty() || denominator.isEmpty()) {
      targets.add(new Target(what, "not measured", Optional.empty()));
      return;
    }
    double ratio = numerator.get().value() / denominator.get().value();
    targets.add(new Target(what, String.format(Locale.ROOT, "%.2f%s", ratio, unit), Optional.of(test.test(ratio))));
  }

  private String settings(String benchmarkClass) {
    return results.settings(benchmarkClass).map(s -> "JMH: " + s + ".").orElse("Not run.");
  }

  private static String ratio(Optional<JmhResults.Score> score, Optional<JmhResults.Score> base) {
    return score.isPresent() && base.isPresent()
        ? String.format(Locale.ROOT, "%.2f", score.get().value() / base.get().value())
        : "";
  }

  private static String timeWithError(JmhResults.Score score) {
    return format(score.value()) + (Double.isNaN(score.error()) ? "" : " ± " + format(score.error()));
  }

  private static String bytes(double allocated) {
    if (Double.isNaN(allocated)) {
      return "not measured";
    }
    return allocated < NO_ALLOCATION ? "0" : format(allocated);
  }

  /** Three significant figures or so, never scientific: 0.773, 7.49, 14.8, 680. */
  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    double magnitude = Math.abs(value);
    String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String kib(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1024.0);
  }

  private static String joined(int[] codes) {
    StringBuilder joined = new StringBuilder();
    for (int code : codes) {
      joined.append(joined.length() == 0 ? "" : ", ").append(code);
    }
    return joined.toString();
  }

  private static String duration(long seconds) {
    return seconds >= 60 ? (seconds / 60) + " min " + (seconds % 60) + " s" : seconds + " s";
  }

  private Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name)).filter(value -> !value.isBlank());
  }

  private static Optional<String> procField(String file, String field) throws IOException {
    Path path = Path.of(file);
    if (!Files.isReadable(path)) {
      return Optional.empty();
    }
    return Files.readAllLines(path).stream()
        .filter(line -> line.startsWith(field))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst();
  }

  private static Optional<String> readLoad() throws IOException {
    Path path = Path.of("/proc/loadavg");
    return Files.isReadable(path) ? Optional.of(Files.readString(path)) : Optional.empty();
  }

  /** {@code "2.83 1.47 0.64 4/116 12387"} -> {@code "2.83, 1.47, 0.64"}. */
  private static String loadFields(String loadavg) {
    String[] fields = loadavg.trim().split("\\s+");
    return fields.length >= 3 ? fields[0] + ", " + fields[1] + ", " + fields[2] : loadavg.trim();
  }

  private static double firstLoad(String loadavg) {
    return Double.parseDouble(loadavg.trim().split("\\s+")[0]);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
