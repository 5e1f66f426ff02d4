package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's setup, copied verbatim into a project of its own, builds as README says: for Java 17 with the whole
 * API, without a warning under {@code -Xlint:all -Werror} when the project has a JUnit test, and with the
 * Javadoc of the generated types by README's command.
 */
class ReadmeSetupIT {

  @Test
  void readmesPomBuildsTheWholeApiAndATestWithoutWarnings(@TempDir Path work) throws Exception {
    ConsumerBuild maven = ConsumerBuild.in(work);
    String pom = ConsumerBuild.readmeBlock("A whole `pom.xml`");
    // What a user adds for tests: JUnit, and one test that uses the generated types.
    pom = pom.replace("  </dependencies>", """
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>%s</version>
              <scope>test</scope>
            </dependency>
          </dependencies>""".formatted(System.getProperty("junit.version")));
    Path project = ConsumerBuild.acmeProject(work,
        ConsumerBuild.readmeBlock("`src/main/java/com/acme/dis/package-info.java`:"), pom);
    // Main code that uses a generated type, which the Javadoc run must resolve.
    Files.writeString(project.resolve("src/main/java/com/acme/dis/Statuses.java"), """
        package com.acme.dis;

        /** Statuses by code. */
        public final class Statuses {
          private Statuses() {}

          /**
           * The status of a code.
           *
           * @param code an HTTP status code
           * @return its status
           */
          public static DisStatus of(int code) {
            return DisStatus.valueOf(code);
          }
        }
        """);
    Path tests = project.resolve("src/test/java/com/acme/dis");
    Files.createDirectories(tests);
    Files.writeString(tests.resolve("DisStatusTest.java"), """
        package com.acme.dis;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class DisStatusTest {
          @Test
          void authenticationError() {
            assertEquals(DisStatus.AUTHENTICATION_ERROR, DisStatus.valueOf(441));
          }
        }
        """);

    // README's Javadoc command, in the same run (javadoc:javadoc alone cannot see the generated types).
    maven.mvn(project, "-q", "test-compile", "javadoc:javadoc", "-Dmaven.compiler.failOnWarning=true");

    Path generated = project.resolve("target/generated-sources/annotations/com/acme/dis");
    assertTrue(Files.readString(generated.resolve("DisStatusException.java")).contains("public abstract sealed class"),
        "release 17: the exception tree is sealed");
    assertTrue(Files.readString(generated.resolve("DisStatusDispatcher.java")).contains("HttpResponse<String>"),
        "release 11 and up: the java.net.http overloads");
    assertTrue(Files.exists(project.resolve("target/test-classes/com/acme/dis/DisStatusTest.class")));
    assertTrue(Files.exists(project.resolve("target/reports/apidocs/com/acme/dis/DisStatus.html")));
  }
}
