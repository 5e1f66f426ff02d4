package dev.disstatus.benchmarks;

import dev.disstatus.DisStatusCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the processor adds to a compile: the {@link ConsumerProject} compiled with the processor, against the
 * same sources plus the processor's output compiled without it, as if that output had been written by hand.
 *
 * <p>Both compile in this JVM with one warm javac ({@link InMemoryCompiler}), so the figures are those of an
 * incremental build in a warm daemon, not of a cold {@code mvn compile}, whose JVM start and javac warm-up
 * dwarf both. The {@code example} consumer is the example module, which the target is about; the
 * {@code every-code} one (500 codes) shows how the processor's time and its output grow with the catalog, and its
 * compile succeeding that the output stays within the class-file limits.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// javac takes a few hundred compiles to warm up; a fixed heap keeps the heap's growth out of the figures.
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class ProcessorCostBenchmark {
  /**
   * The {@link ConsumerProject} compiled: the example module, or the stand-in with the 500-code catalog (the
   * stand-in with DIS's catalog is left out to keep the suite under 10 minutes; {@code -p consumer=dis} runs it).
   */
  @Param({ConsumerProject.EXAMPLE, ConsumerProject.EVERY_CODE})
  public String consumer;

  private ConsumerProject project;
  private InMemoryCompiler compiler;

  /** The consumer's sources and the processor's output, for the compile without the processor. */
  private List<JavaFileObject> sourcesAndOutput;

  @Setup
  public void setUp() throws IOException {
    project = ConsumerProject.create(consumer);
    compiler = new InMemoryCompiler(project.classPath());
    InMemoryCompiler.Result first = compiler.compile(project.sources(), List.of(project.newProcessor()))
        .requireSuccess();
    sourcesAndOutput = new ArrayList<>(project.sources());
    sourcesAndOutput.addAll(first.generatedSourceFiles());
  }

  @TearDown
  public void tearDown() throws IOException {
    compiler.close();
    project.close();
  }

  @Benchmark
  public void withProcessor(Blackhole blackhole) {
    blackhole.consume(compiler.compile(project.sources(), List.of(project.newProcessor())).requireSuccess());
  }

  @Benchmark
  public void withoutProcessor(Blackhole blackhole) {
    blackhole.consume(compiler.compile(sourcesAndOutput, List.of()).requireSuccess());
  }

  /**
   * The compile of {@link #withoutProcessor} with annotation processing on, but a processor that does nothing:
   * what javac itself spends on running any processor, the floor under {@link #withProcessor}.
   */
  @Benchmark
  public void noOpProcessor(Blackhole blackhole) {
    blackhole.consume(compiler.compile(sourcesAndOutput, List.of(new NoOpProcessor())).requireSuccess());
  }

  /** A processor for the annotations dis-status's processor asks for, that does nothing with them. */
  private static final class NoOpProcessor extends AbstractProcessor {
    private final Set<String> supported;

    NoOpProcessor() {
      supported = Set.of(DisStatusCatalog.class.getName(), "javax.annotation.processing.Generated",
          "javax.annotation.Generated");
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return supported;
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
