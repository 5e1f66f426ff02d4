package dev.disstatus.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Makes the next compile regenerate every package whose catalog changed since its last compile read it.
 *
 * <p>maven-compiler-plugin recompiles when a Java source or a dependency changed; it never looks at a catalog in
 * the project's own resources (it skips its own class output, and counts only {@code .class} and {@code .jar}
 * files), so without this goal an edited catalog leaves the generated code as it was. The goal compares each
 * catalog with the record the processor left beside the generated sources and, for each package whose catalog
 * differs or is gone, deletes the package's {@code package-info.class}: the compiler then finds
 * {@code package-info.java} stale and compiles again, which runs the processor. It runs after
 * {@code resources:resources} has copied the catalog, and reads nothing when there is nothing generated yet.
 */
@Mojo(name = "check-catalogs", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CheckCatalogsMojo extends AbstractMojo {

  /** Where the compiler writes generated sources: maven-compiler-plugin's {@code generatedSourcesDirectory}. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations", required = true)
  private File generatedSourcesDirectory;

  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true, readonly = true)
  private File outputDirectory;

  @Parameter(defaultValue = "${project.compileSourceRoots}", required = true, readonly = true)
  private List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.compileClasspathElements}", required = true, readonly = true)
  private List<String> classpathElements;

  /** Skips the check. */
  @Parameter(property = "dis-status.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || !generatedSourcesDirectory.isDirectory()) {
      return;
    }
    Path output = outputDirectory.toPath();
    List<StaleCatalogs.Stale> stale;
    try {
      stale = new StaleCatalogs(output, paths(compileSourceRoots), paths(classpathElements))
          .find(generatedSourcesDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("dis-status: could not compare the catalogs with what the last compile"
          + " read (" + e + "); run mvn clean to regenerate everything", e);
    }
    for (StaleCatalogs.Stale each : stale) {
      String name = each.folder().toString().replace(File.separatorChar, '.');
      String catalog = each.record() == null ? "its catalog" : each.record().catalog();
      Path packageInfo = output.resolve(each.folder()).resolve("package-info.class");
      try {
        Files.deleteIfExists(packageInfo);
      } catch (IOException e) {
        throw new MojoFailureException("dis-status: " + catalog + " changed since " + name + " was generated"
            + " from it (" + each.now() + "), and " + packageInfo + " could not be deleted to make the"
            + " compiler regenerate it (" + e + "); run mvn clean");
      }
      getLog().info("dis-status: " + catalog + " changed since " + name + " was generated from it ("
          + each.now() + "); the compiler regenerates " + name + ".");
    }
  }

  private static List<Path> paths(List<String> names) {
    return names.stream().map(Path::of).toList();
  }
}
