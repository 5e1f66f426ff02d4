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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A {@link ConsumerProject} compiled in this JVM by one warm javac ({@link InMemoryCompiler}): with the processor,
 * and with a processor that does nothing over the same sources plus the processor's output, the floor under it.
 * The figures are those of an incremental build in a warm daemon, not of a cold {@code mvn compile}, whose JVM
 * start and javac warm-up dwarf both.
 *
 * <p>The benchmark classes name the project; JMH runs the methods declared here for each of them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// javac takes a few hundred compiles to warm up (10 s on a quiet machine, where one takes 50 to 150 ms); the
// iterations are short to keep the suite, twelve forks of these, under 10 minutes. A fixed heap keeps the heap's
// growth out of the figures.
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(org.openjdk.jmh.annotations.Scope.Thread)
public abstract class CompileBenchmark {
  private ConsumerProject project;
  private InMemoryCompiler compiler;

  /** The consumer's sources and the processor's output, for the compiles without the processor. */
  private List<JavaFileObject> sourcesAndOutput;

  /** The {@link ConsumerProject} to compile, as {@link ConsumerProject#create} names it. */
  protected abstract String consumer();

  @Setup
  public void setUp() throws IOException {
    project = ConsumerProject.create(consumer());
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

  /**
   * The processor's output compiled as ordinary sources, with annotation processing on but a processor that does
   * nothing: what javac itself spends on running any processor, the floor under {@link #withProcessor}.
   */
  @Benchmark
  public void noOpProcessor(Blackhole blackhole) {
    blackhole.consume(compiler.compile(sourcesAndOutput, List.of(new NoOpProcessor())).requireSuccess());
  }

  /** The processor's output compiled as ordinary sources with {@code -proc:none}, as if written by hand. */
  final InMemoryCompiler.Result compileWithoutProcessor() {
    return compiler.compile(sourcesAndOutput, List.of()).requireSuccess();
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
