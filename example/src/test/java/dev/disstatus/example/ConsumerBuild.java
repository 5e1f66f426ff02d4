package dev.disstatus.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Maven builds of a project outside this reactor, set up as a user's own: dis-status comes from a local
 * repository that holds only the jars this build made, everything else from the local repository of the build
 * running the test, read as a remote one. So it needs neither the network nor dis-status in {@code ~/.m2}, and
 * it never writes to {@code ~/.m2}.
 *
 * <p>Run it after {@code package} of the whole reactor (failsafe does, in {@code mvn verify}): it reads the
 * jars from the modules' {@code target} folders.
 */
final class ConsumerBuild {
  /** The root of this project: the example module's parent folder. */
  static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
  static final String VERSION = System.getProperty("dis-status.version", "0.1.0-SNAPSHOT");

  private final Path repository;
  private final Path settings;

  private ConsumerBuild(Path repository, Path settings) {
    this.repository = repository;
    this.settings = settings;
  }

  /** A local repository in {@code work} with this build's dis-status artifacts, and settings that use it. */
  static ConsumerBuild in(Path work) throws IOException {
    Path repository = work.resolve("repository");
    install(repository, "dis-status-parent", PROJECT.resolve("pom.xml"), null);
    install(repository, "dis-status-annotations", PROJECT.resolve("annotations/pom.xml"),
        PROJECT.resolve("annotations/target/dis-status-annotations-" + VERSION + ".jar"));
    install(repository, "dis-status-processor", PROJECT.resolve("processor/target/dependency-reduced-pom.xml"),
        PROJECT.resolve("processor/target/dis-status-processor-" + VERSION + ".jar"));
    install(repository, "dis-status-catalog", PROJECT.resolve("catalog/pom.xml"),
        PROJECT.resolve("catalog/target/dis-status-catalog-" + VERSION + ".jar"));
    install(repository, "dis-status-maven-plugin", PROJECT.resolve("maven-plugin/pom.xml"),
        PROJECT.resolve("maven-plugin/target/dis-status-maven-plugin-" + VERSION + ".jar"));
    String outer = System.getProperty("maven.repo.local", "");
    Path outerRepository = outer.isEmpty()
        ? Path.of(System.getProperty("user.home"), ".m2", "repository")
        : Path.of(outer);
    Path settings = work.resolve("settings.xml");
    Files.writeString(settings, """
        <settings>
          <mirrors>
            <mirror>
              <id>the-building-local-repository</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(outerRepository.toUri()));
    return new ConsumerBuild(repository, settings);
  }

  /** The first fenced block of README.md after the first line that contains {@code marker}, as written. */
  static String readmeBlock(String marker) throws IOException {
    String readme = Files.readString(PROJECT.resolve("README.md"));
    int start = readme.indexOf("```", readme.indexOf(marker));
    start = readme.indexOf('\n', start) + 1;
    return readme.substring(start, readme.indexOf("\n```", start) + 1);
  }

  /**
   * A pom with this project's plugin versions added as pluginManagement, so that Maven's default lifecycle
   * takes plugins the reactor build has already downloaded rather than the older ones Maven would pick.
   */
  static String withThisBuildsPluginVersions(String pom) throws IOException {
    String parent = Files.readString(PROJECT.resolve("pom.xml"));
    String management = parent.substring(parent.indexOf("<pluginManagement>"),
        parent.indexOf("</pluginManagement>") + "</pluginManagement>".length());
    int build = pom.indexOf("<build>") + "<build>".length();
    return pom.substring(0, build) + "\n" + management + pom.substring(build);
  }

  /**
   * A new project {@code work/acme} whose package {@code com.acme.dis} has {@code packageInfo} and whose pom
   * is {@code pom} with this build's plugin versions (see {@link #withThisBuildsPluginVersions}).
   */
  static Path acmeProject(Path work, String packageInfo, String pom) throws IOException {
    Path project = work.resolve("acme");
    Path dis = project.resolve("src/main/java/com/acme/dis");
    Files.createDirectories(dis);
    Files.writeString(dis.resolve("package-info.java"), packageInfo);
    Files.writeString(project.resolve("pom.xml"), withThisBuildsPluginVersions(pom));
    return project;
  }

  /** Runs Maven in {@code project} with {@code arguments} and returns its output; fails unless it succeeds. */
  String mvn(Path project, String... arguments) throws Exception {
    Result result = run(project, arguments);
    assertEquals(0, result.exitCode(), "mvn " + String.join(" ", arguments) + " in " + project + ":\n"
        + result.output());
    return result.output();
  }

  /** Runs Maven in {@code project} with {@code arguments}, whatever comes of it. */
  Result run(Path project, String... arguments) throws Exception {
    String home = System.getProperty("maven.home", "");
    String mvn = home.isEmpty() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    List<String> command = new ArrayList<>(List.of(mvn, "-B", "-s", settings.toString(),
        "-Dmaven.repo.local=" + repository));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    // A short build: the JVM's quick compiler is enough, and starts sooner.
    builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    return new Result(process.waitFor(), output);
  }

  /** How a Maven run ended, and what it printed. */
  record Result(int exitCode, String output) {}

  private static void install(Path repository, String artifactId, Path pom, Path jar) throws IOException {
    Path folder = repository.resolve("dev/disstatus").resolve(artifactId).resolve(VERSION);
    Files.createDirectories(folder);
    Files.copy(pom, folder.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      Files.copy(jar, folder.resolve(artifactId + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
