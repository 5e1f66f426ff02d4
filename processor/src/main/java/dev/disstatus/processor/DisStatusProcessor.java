package dev.disstatus.processor;

import dev.disstatus.DisStatusCatalog;
import dev.disstatus.catalog.StatusCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Generates the status enum, the exceptions, the dispatcher and the retry policy into every package annotated with
 * {@link DisStatusCatalog}.
 *
 * <p>Per package it reads the annotation, locates and loads the catalog, checks every name, builds a
 * {@link GenerationModel}, runs each generator in memory and only then writes the files, so a package with any
 * error gets no file at all. Nothing is thrown out of {@link #process}: every failure is a compile error on the
 * annotation, and one failed package does not stop the others.
 */
public final class DisStatusProcessor extends AbstractProcessor {
  /** The {@code @Generated} types our output carries, asked for so that they can be claimed (see process). */
  private static final Set<String> GENERATED = Set.of("javax.annotation.processing.Generated",
      "javax.annotation.Generated");

  /** Packages whose annotation holds a value javac has not resolved yet, to be tried again next round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  private AnnotationReader annotations;
  private CatalogLocator locator;
  private ConsumerCompile compile;
  private NameValidator validator;
  private PackageWriter writer;
  private CatalogRecords records;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    annotations = new AnnotationReader(env);
    locator = new CatalogLocator(env.getFiler());
    compile = new ConsumerCompile(env);
    validator = new NameValidator(env.getElementUtils(), compile);
    writer = new PackageWriter(env.getFiler());
    records = new CatalogRecords(env.getFiler());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new HashSet<>(GENERATED);
    supported.add(AnnotationReader.ANNOTATION);
    return supported;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> present, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(AnnotationReader.ANNOTATION);
    if (annotation == null) {
      return false;
    }
    Set<Element> elements = new LinkedHashSet<>(round.getElementsAnnotatedWith(annotation));
    deferred.stream().map(processingEnv.getElementUtils()::getPackageElement).filter(Objects::nonNull)
        .forEach(elements::add);
    deferred.clear();
    for (Element element : elements) {
      ErrorReporter reporter = new ErrorReporter(processingEnv.getMessager(), element,
          AnnotationReader.mirrorOf(element).orElse(null));
      try {
        processPackage(element, reporter, round);
      } catch (ErrorReporter.Abort abort) {
        // Reported where it was found; the other packages go on.
      } catch (RuntimeException | StackOverflowError e) {
        reporter.error(ProcessorMessages.internalError(e.toString()));
      }
    }
    return claims(present, round);
  }

  private void processPackage(Element element, ErrorReporter reporter, RoundEnvironment round) {
    PackageElement pkg = AnnotationReader.annotatedPackage(element, reporter);
    Optional<CatalogAnnotation> read = annotations.read(pkg, AnnotationReader.mirrorOf(pkg).orElse(null));
    if (read.isEmpty()) {
      // Not resolved yet: perhaps another processor generates what it names; in the last round javac reports it.
      if (!round.processingOver()) {
        deferred.add(pkg.getQualifiedName().toString());
      }
      return;
    }
    CatalogAnnotation annotation = read.get();
    TypeNames names = new TypeNames(pkg.getQualifiedName().toString(), annotation.prefix());
    // Every check runs before the package stops, so that one compile reports all of its problems.
    boolean namesFree = validator.checkPrefixAndSharedTypes(annotation, names, reporter);
    Optional<CatalogFile> file = locator.locate(annotation, reporter);
    Optional<StatusCatalog> catalog = file.flatMap(
        found -> found.load(validator.reservedNames(names), annotation, reporter));
    if (!namesFree || catalog.isEmpty()
        || !validator.checkEntryTypesFree(annotation, names, catalog.get(), reporter)) {
      throw reporter.abort();
    }
    GenerationModel model = compile.modelFor(pkg, annotation, names, catalog.get());
    writer.write(pkg, generate(model), reporter);
    // What was read, for dis-status-maven-plugin to compare before the next compile.
    file.flatMap(CatalogRecords::of).ifPresent(record -> records.write(pkg, record, reporter));
  }

  /** Every file of the package, made in memory; a generator that fails leaves nothing written. */
  private static List<GeneratedFiles.SourceFile> generate(GenerationModel model) {
    List<GeneratedFiles.SourceFile> files = new ArrayList<>();
    files.add(StatusEnumGenerator.generate(model));
    ErrorCodeEnumGenerator.generate(model).ifPresent(files::add);
    files.addAll(ExceptionsGenerator.generate(model));
    files.add(DispatcherGenerator.generate(model));
    files.add(GeneratedFiles.retryPolicy(model));
    return files;
  }

  /**
   * Whether to claim this round's annotations. javac warns under {@code -Xlint:processing} of every annotation of
   * a round that no processor claims, and a processor claims all of its supported annotations of the round at
   * once, by returning true; so a processor that claimed {@code @Generated} only when every carrier was its own
   * would, beside another doing the same, leave it unclaimed by both. Instead we claim whenever the round holds
   * something of ours: {@code @DisStatusCatalog}, or a type we generated. That removes warnings (another
   * processor's unclaimed {@code @Generated} in the same round) and never adds one; a round with none of ours is
   * left exactly as it would be without us.
   */
  private boolean claims(Set<? extends TypeElement> present, RoundEnvironment round) {
    for (TypeElement annotation : present) {
      if (!GENERATED.contains(annotation.getQualifiedName().toString())) {
        return true;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type && compile.isGeneratedByUs(type)) {
          return true;
        }
      }
    }
    return false;
  }
}
