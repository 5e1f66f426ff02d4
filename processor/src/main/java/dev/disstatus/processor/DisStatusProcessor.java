package dev.disstatus.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.disstatus.DisStatusCatalog;
import dev.disstatus.catalog.CatalogException;
import dev.disstatus.catalog.CatalogLoader;
import dev.disstatus.catalog.NamingRule;
import dev.disstatus.catalog.Problem;
import dev.disstatus.catalog.ReservedNames;
import dev.disstatus.catalog.StatusCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.annotation.IncompleteAnnotationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Generates the status enum, the exceptions and the dispatcher into every package annotated with
 * {@link DisStatusCatalog}.
 *
 * <p>Per package it reads the annotation, loads and checks the catalog, builds a {@link GenerationModel}, runs
 * each generator in memory and only then writes the files, so a package with any error gets no file at all.
 * Nothing is thrown out of {@link #process}: every failure is a compile error on the annotation.
 */
@AutoService(Processor.class)
public final class DisStatusProcessor extends AbstractProcessor {
  private static final String ANNOTATION = DisStatusCatalog.class.getCanonicalName();

  /** The {@code @Generated} types our output carries, asked for so that they can be claimed (see process). */
  private static final Set<String> GENERATED = Set.of("javax.annotation.processing.Generated",
      "javax.annotation.Generated");

  /** Packages whose annotation holds a value javac has not resolved yet, to be tried again next round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new java.util.HashSet<>(GENERATED);
    supported.add(ANNOTATION);
    return supported;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation == null) {
      return false;
    }
    Set<Element> elements = new LinkedHashSet<>(round.getElementsAnnotatedWith(annotation));
    deferred.stream().map(processingEnv.getElementUtils()::getPackageElement).filter(Objects::nonNull)
        .forEach(elements::add);
    deferred.clear();
    for (Element element : elements) {
      Optional<AnnotationMirror> mirror = mirrorOf(element);
      try {
        processPackage(element, mirror.orElse(null), round);
      } catch (Abort abort) {
        // Reported where it was found; the other packages go on.
      } catch (RuntimeException | StackOverflowError e) {
        error(element, mirror.orElse(null), null, ProcessorMessages.internalError(e.toString()));
      }
    }
    return claims(annotations, round);
  }

  /**
   * Whether to claim this round's annotations. Unlike AutoValue we claim them, because an unclaimed annotation
   * is a {@code -Xlint:processing} warning that breaks consumers who build with {@code -Xlint:all -Werror}; but
   * only when every element carrying them is ours (an annotated package, or a type we generated), so that
   * another processor still sees a {@code @Generated} that some other generator wrote.
   */
  private boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (GENERATED.contains(annotation.getQualifiedName().toString())) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (!(element instanceof TypeElement type) || !isGeneratedByUs(type)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private void processPackage(Element element, AnnotationMirror mirror, RoundEnvironment round) {
    if (!(element instanceof PackageElement pkg)) {
      throw error(element, mirror, null, ProcessorMessages.notAPackage());
    }
    if (pkg.isUnnamed()) {
      throw error(pkg, mirror, null, ProcessorMessages.unnamedPackage());
    }
    Optional<Attributes> read = Attributes.read(pkg, mirror);
    if (read.isEmpty() || namesUnknownAttribute(pkg, mirror)) {
      // A value such as Names.PREFIX that javac cannot resolve yet may be generated by another processor. In the
      // last round javac reports what is still unresolved itself, at the attribute, better than we could; and it
      // reports an attribute the annotation does not have, such as a misspelt prefx.
      if (!round.processingOver()) {
        deferred.add(pkg.getQualifiedName().toString());
      }
      return;
    }
    Attributes attributes = read.get();
    TypeNames names = new TypeNames(pkg.getQualifiedName().toString(), attributes.prefix());
    // Every check runs before the package stops, so that one compile reports all of its problems.
    boolean namesFree = checkPrefix(pkg, mirror, attributes)
        && checkTypesFree(pkg, mirror, attributes, names.shared());
    Optional<StatusCatalog> catalog = loadCatalog(pkg, mirror, attributes, new ReservedJavaNames(names));
    if (!namesFree || catalog.isEmpty()) {
      throw new Abort();
    }
    GenerationModel model = new GenerationModel(names.packageName(), names.prefix(), attributes.stackTraces(),
        catalog.get(), attributes.catalogName(), generatedAnnotation(pkg), releaseLevel(), canUseHttpClient(pkg),
        typesOf(pkg));
    if (!checkTypesFree(pkg, mirror, attributes, model.errorEntries().stream().map(model::exceptionOf).toList())) {
      throw new Abort();
    }
    write(pkg, mirror, generate(model));
  }

  /**
   * Whether the annotation as written names an attribute it does not have. javac leaves such an attribute out
   * of the mirror and reports it itself, so without a look at the source the package would be generated from
   * the defaults. Under a compiler without the javac Tree API this is not known, and taken as no.
   */
  private boolean namesUnknownAttribute(PackageElement pkg, AnnotationMirror mirror) {
    Tree tree;
    try {
      tree = mirror == null ? null : Trees.instance(processingEnv).getTree(pkg, mirror);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (!(tree instanceof AnnotationTree annotation)) {
      return false;
    }
    Set<String> known = new java.util.HashSet<>();
    mirror.getAnnotationType().asElement().getEnclosedElements()
        .forEach(member -> known.add(member.getSimpleName().toString()));
    for (ExpressionTree argument : annotation.getArguments()) {
      // A bare value, @DisStatusCatalog("x"), stands for value = "x".
      String name = argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree identifier
          ? identifier.getName().toString() : "value";
      if (!known.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Every file of the package, made in memory; a generator that fails leaves nothing written. */
  private static List<GeneratedFiles.SourceFile> generate(GenerationModel model) {
    List<GeneratedFiles.SourceFile> files = new ArrayList<>();
    files.add(GeneratedFiles.SourceFile.of(StatusEnumGenerator.generate(model)));
    ExceptionsGenerator.generate(model).forEach(file -> files.add(GeneratedFiles.SourceFile.of(file)));
    files.add(GeneratedFiles.support(model));
    files.add(GeneratedFiles.SourceFile.of(DispatcherGenerator.generate(model)));
    return files;
  }

  /**
   * Creates every file before writing any: the Filer refuses a name that another processor has generated in this
   * compile only when it is created, and a file created but never opened is not written, so such a clash leaves
   * the package without any file rather than with some of them.
   */
  private void write(PackageElement pkg, AnnotationMirror mirror, List<GeneratedFiles.SourceFile> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFiles.SourceFile file : files) {
      try {
        sources.add(processingEnv.getFiler().createSourceFile(file.typeName(), pkg));
      } catch (IOException e) {
        throw error(pkg, mirror, null, ProcessorMessages.writeFailed(file.typeName(), e.getMessage()));
      }
    }
    for (int i = 0; i < files.size(); i++) {
      try (Writer writer = sources.get(i).openWriter()) {
        writer.write(files.get(i).text());
      } catch (IOException e) {
        throw error(pkg, mirror, null, ProcessorMessages.writeFailed(files.get(i).typeName(), e.getMessage()));
      }
    }
  }

  /** The simple names of the types the package has already, from its sources and its class path. */
  private static Set<String> typesOf(PackageElement pkg) {
    Set<String> names = new java.util.HashSet<>();
    pkg.getEnclosedElements().forEach(type -> names.add(type.getSimpleName().toString()));
    return names;
  }

  /** Whether the prefix is valid, after reporting it if not. */
  private boolean checkPrefix(PackageElement pkg, AnnotationMirror mirror, Attributes attributes) {
    Optional<String> problem = NamingRule.typeProblem(attributes.prefix());
    problem.ifPresent(p -> error(pkg, mirror, attributes.value("prefix"),
        ProcessorMessages.invalidPrefix(attributes.prefix(), p)));
    return problem.isEmpty();
  }

  /** The catalog, or empty once every problem found in it, or in finding it, is reported. */
  private Optional<StatusCatalog> loadCatalog(PackageElement pkg, AnnotationMirror mirror, Attributes attributes,
      ReservedNames reserved) {
    AnnotationValue at = attributes.value("catalog");
    String path = attributes.catalog();
    try {
      if (path.isEmpty()) {
        try (InputStream in = DisStatusProcessor.class.getClassLoader()
            .getResourceAsStream(StatusCatalog.BUNDLED_RESOURCE)) {
          if (in == null) {
            error(pkg, mirror, at, ProcessorMessages.catalogNotFound(StatusCatalog.BUNDLED_RESOURCE,
                List.of("the processor's own class path")));
            return Optional.empty();
          }
          return Optional.of(CatalogLoader.load(in, StatusCatalog.BUNDLED_RESOURCE, reserved));
        }
      }
      if (!isResourcePath(path)) {
        error(pkg, mirror, at, ProcessorMessages.catalogPathInvalid(path));
        return Optional.empty();
      }
      List<String> tried = new ArrayList<>();
      for (StandardLocation location : List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_OUTPUT,
          StandardLocation.CLASS_PATH)) {
        Optional<InputStream> in = open(location, path, tried);
        if (in.isPresent()) {
          try (InputStream stream = in.get()) {
            return Optional.of(CatalogLoader.load(stream, path, reserved));
          }
        }
      }
      error(pkg, mirror, at, ProcessorMessages.catalogNotFound(path, tried));
    } catch (CatalogException e) {
      for (Problem problem : e.problems()) {
        error(pkg, mirror, at, problem.toString());
      }
    } catch (IOException e) {
      error(pkg, mirror, at, ProcessorMessages.catalogUnreadable(path, e.toString()));
    }
    return Optional.empty();
  }

  /**
   * Whether a path is one the Filer can open, as javac reads a relative URI: names between single slashes, none
   * of them {@code .} or {@code ..}, without characters a URI path cannot hold as they are (a space, a backslash,
   * {@code :} which would make a scheme, {@code #}, {@code ?}, {@code %}, ...). Anything else is refused with
   * what a path must be, rather than looked for and reported as not found.
   */
  private static boolean isResourcePath(String path) {
    for (String name : path.split("/", -1)) {
      if (name.isEmpty() || name.equals(".") || name.equals("..") || name.codePoints().anyMatch(
          c -> Character.isWhitespace(c) || Character.isISOControl(c) || "\\:#?%\"<>[]^`{|}".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** The catalog at one location, or empty with what was tried added to {@code tried}. */
  private Optional<InputStream> open(StandardLocation location, String path, List<String> tried) {
    String where = switch (location) {
      case SOURCE_PATH -> "the source path";
      case CLASS_OUTPUT -> "the class output";
      default -> "the class path";
    };
    try {
      FileObject file = processingEnv.getFiler().getResource(location, "", path);
      try {
        return Optional.of(file.openInputStream());
      } catch (IOException | RuntimeException e) {
        tried.add(where + " (" + file.toUri() + ")");
        return Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      tried.add(where + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
      return Optional.empty();
    }
  }

  /** Whether none of these types exists already (unless we generated it), after reporting each that does. */
  private boolean checkTypesFree(PackageElement pkg, AnnotationMirror mirror, Attributes attributes,
      List<ClassName> types) {
    Elements elements = processingEnv.getElementUtils();
    boolean free = true;
    for (ClassName type : types) {
      TypeElement existing = elements.getTypeElement(type.canonicalName());
      if (existing != null && !isGeneratedByUs(existing)) {
        error(pkg, mirror, attributes.value("prefix"),
            ProcessorMessages.typeExists(type.canonicalName(), attributes.prefix()));
        free = false;
      }
    }
    return free;
  }

  private boolean isGeneratedByUs(TypeElement type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Generated")) {
        for (AnnotationValue value : annotation.getElementValues().values()) {
          if (value.toString().contains(GenerationModel.PROCESSOR_NAME)) {
            return true;
          }
        }
      }
    }
    String doc = processingEnv.getElementUtils().getDocComment(type);
    return doc != null && doc.contains(GeneratedFiles.MARKER);
  }

  /**
   * The {@code @Generated} the consumer's compile can see: {@code javax.annotation.processing.Generated} (Java 9
   * and later, module java.compiler), else {@code javax.annotation.Generated} (Java 8), else none.
   *
   * <p>In a named module the first is used only if the module {@code requires transitive java.compiler}: an
   * exported public type annotated with a type of a module that is not re-exported is an {@code -Xlint:exports}
   * warning, which would break {@code -Werror} builds. Without it the Javadoc still says the type is generated.
   */
  private Optional<ClassName> generatedAnnotation(PackageElement pkg) {
    Elements elements = processingEnv.getElementUtils();
    ModuleElement module = elements.getModuleOf(pkg);
    boolean named = module != null && !module.isUnnamed();
    if (releaseLevel() >= 9 && elements.getTypeElement("javax.annotation.processing.Generated") != null
        && (!named || readsTransitively(module, "java.compiler", 0))) {
      return Optional.of(ClassName.get("javax.annotation.processing", "Generated"));
    }
    if (!named && elements.getTypeElement("javax.annotation.Generated") != null) {
      return Optional.of(ClassName.get("javax.annotation", "Generated"));
    }
    return Optional.empty();
  }

  /**
   * Whether the dispatcher may take a {@code java.net.http.HttpResponse}: release 11 or later, and, in a named
   * module, {@code requires transitive java.net.http} (a public signature naming a type of a module that is not
   * re-exported is an {@code -Xlint:exports} warning).
   */
  private boolean canUseHttpClient(PackageElement pkg) {
    Elements elements = processingEnv.getElementUtils();
    ModuleElement module = elements.getModuleOf(pkg);
    boolean named = module != null && !module.isUnnamed();
    return releaseLevel() >= 11 && elements.getTypeElement("java.net.http.HttpResponse") != null
        && (!named || readsTransitively(module, "java.net.http", 0));
  }

  /** Whether a module {@code requires transitive} another, directly or through modules it so requires. */
  private static boolean readsTransitively(ModuleElement module, String name, int depth) {
    if (depth > 8) {
      return false;
    }
    for (ModuleElement.Directive directive : module.getDirectives()) {
      if (directive instanceof ModuleElement.RequiresDirective requires && requires.isTransitive()) {
        ModuleElement required = requires.getDependency();
        if (required.getQualifiedName().contentEquals(name) || readsTransitively(required, name, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The release the consumer compiles for: 8 for {@code RELEASE_8}, 17 for {@code RELEASE_17}. */
  private int releaseLevel() {
    return processingEnv.getSourceVersion().ordinal();
  }

  private Optional<AnnotationMirror> mirrorOf(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(ANNOTATION)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private Abort error(Element element, AnnotationMirror mirror, AnnotationValue value, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element, mirror, value);
    return new Abort();
  }

  /** Stops one package once its error is reported. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  /**
   * The annotation's attributes, defaults included, with the values written in the source kept so that an
   * error can point at the attribute.
   */
  private record Attributes(String catalog, String prefix, boolean stackTraces,
      Map<String, AnnotationValue> written) {

    /** The attributes, or empty if one of them is a value javac could not resolve. */
    static Optional<Attributes> read(PackageElement pkg, AnnotationMirror mirror) {
      DisStatusCatalog annotation = pkg.getAnnotation(DisStatusCatalog.class);
      Map<String, AnnotationValue> written = new java.util.HashMap<>();
      if (mirror != null) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
            : mirror.getElementValues().entrySet()) {
          written.put(entry.getKey().getSimpleName().toString(), entry.getValue());
        }
      }
      try {
        return Optional.of(
            new Attributes(annotation.catalog(), annotation.prefix(), annotation.stackTraces(), written));
      } catch (AnnotationTypeMismatchException | IncompleteAnnotationException e) {
        return Optional.empty();
      }
    }

    /** The attribute's value as written, for pointing an error at it; null if it was left at its default. */
    AnnotationValue value(String name) {
      return written.get(name);
    }

    /** How the catalog is named in messages and Javadoc. */
    String catalogName() {
      return catalog.isEmpty() ? StatusCatalog.BUNDLED_RESOURCE : catalog;
    }
  }
}
