package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The example's classes, the generated ones included, run with the JDK alone.
 *
 * <p>This test's own class path cannot show that: dis-status-annotations is a provided dependency, so it is
 * on the test class path. The tests here load the module's class output through a class loader whose only
 * parent is the JDK's platform loader, which is what the run-time class path amounts to (the enforcer rule in
 * the pom keeps dis-status out of the compile and runtime scopes).
 */
class RunsOnTheJdkAloneTest {

  private static final String STATUS_PACKAGE = "dev.disstatus.example.status.";

  private final Path classes;

  /** The module's class output over the JDK's platform loader, and nothing else. */
  @AutoClose
  private final URLClassLoader jdkOnly;

  RunsOnTheJdkAloneTest() throws Exception {
    URL location = DisClient.class.getProtectionDomain().getCodeSource().getLocation();
    classes = Path.of(location.toURI());
    jdkOnly = new URLClassLoader(new URL[] {location}, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void nothingOfDisStatusIsThere() {
    for (String name : List.of("dev.disstatus.DisStatusCatalog", "dev.disstatus.catalog.StatusCatalog",
        "dev.disstatus.processor.DisStatusProcessor")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name, false, jdkOnly), name);
    }
  }

  @Test
  void everyClassLoadsAndInitializes() throws Exception {
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.map(classes::relativize)
          .map(Path::toString)
          .filter(file -> file.endsWith(".class"))
          .map(file -> file.substring(0, file.length() - ".class".length()).replace(File.separatorChar, '.'))
          .toList();
    }
    assertFalse(names.isEmpty());
    for (String name : names) {
      assertSame(jdkOnly, Class.forName(name, true, jdkOnly).getClassLoader(), name);
    }
  }

  @Test
  void theGeneratedDispatcherWorks() throws Exception {
    Class<?> dispatcher = Class.forName(STATUS_PACKAGE + "DisStatusDispatcher", true, jdkOnly);
    String body = "{\"errorCode\":\"DIS.4100\",\"message\":\"Authorization error.\"}";

    Object exception = dispatcher.getMethod("exceptionFor", int.class, String.class, Map.class)
        .invoke(null, 441, body, Map.of());

    assertEquals(STATUS_PACKAGE + "DisClientErrorException$AuthenticationError", exception.getClass().getName());
    assertSame(jdkOnly, exception.getClass().getClassLoader());
    assertEquals(Optional.of("DIS.4100"), exception.getClass().getMethod("errorCode").invoke(exception));
  }
}
