package dev.disstatus.processor;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.CatalogSource;
import dev.disstatus.catalog.Guidance;
import dev.disstatus.catalog.NamingRule;
import dev.disstatus.catalog.Position;
import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.catalog.StatusEntry;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated exceptions as files, and compiled at {@code --release 8} as a strict consumer compiles them
 * (every warning and Javadoc problem an error).
 *
 * <p>What the exceptions do (headers, {@code Retry-After}, the body's JSON, the message, serialization) is
 * tested where a user meets them, on the code generated for the example module ({@code GeneratedExceptionsTest}
 * there, at release 17, calling the generated types directly);
 * {@link #theCodeBelowRelease17IsTheCodeFor17WithoutSealing} makes those tests hold for releases 8 and 11 too.
 * Here, the tests call the compiled code through {@link StatusCalls}.
 */
class ExceptionsGeneratorTest {
  private static final String PACKAGE = "com.acme.dis";
  private static final StatusCatalog DIS = StatusCatalog.bundled();
  private static final String DIS_BODY = "{\"errorCode\":\"DIS.4301\",\"message\":\"Stream does not exist.\"}";

  @TempDir static Path temp;

  private static Compiled java8;
  private static StatusCalls dis8;

  @BeforeAll
  static void compile() {
    java8 = compiled(model(DIS, 8, true));
    dis8 = java8.calls(PACKAGE, "Dis");
  }

  static GenerationModel model(StatusCatalog catalog, int release, boolean stackTraces) {
    return new GenerationModel(PACKAGE, "Dis", stackTraces, catalog, "dis_02_0022", Optional.empty(), release);
  }

  /** The exceptions (their support type nested in the base), and the enums, dispatcher and retry policy. */
  static List<JavaFileObject> sources(GenerationModel model) {
    List<GeneratedFiles.SourceFile> files = new ArrayList<>(ExceptionsGenerator.generate(model));
    files.add(StatusEnumGenerator.generate(model));
    ErrorCodeEnumGenerator.generate(model).ifPresent(files::add);
    files.add(DispatcherGenerator.generate(model));
    files.add(GeneratedFiles.retryPolicy(model));
    return Compiled.sources(files);
  }

  /** The sources compiled as the strictest consumer compiles them, with the {@link StatusCalls} that call them. */
  static Compiled compiled(GenerationModel model) {
    List<JavaFileObject> sources = sources(model);
    sources.addAll(Compiled.statusCalls(PACKAGE, "Dis"));
    return Compiled.strict(model.releaseLevel(), sources);
  }

  // -------------------------------------------------------------------------------------------------------
  // Shape: the classes, the hierarchy, sealing

  @Test
  void generatesBaseAndRangesWithOneNestedClassPerErrorEntryInOrder() {
    List<GeneratedFiles.SourceFile> files = ExceptionsGenerator.generate(model(DIS, 17, true));
    assertEquals(List.of("DisStatusException", "DisClientErrorException", "DisServerErrorException"),
        files.stream().map(file -> file.typeName().substring(PACKAGE.length() + 1)).toList());
    List<String> nested = new ArrayList<>();
    // Declared in the source's order: each class's nested classes, as a user reads them in the file.
    files.forEach(file -> {
      String name = file.typeName().substring(PACKAGE.length() + 1);
      Matcher declaration = Pattern.compile("\n  (?:private |public )static final class (\\w+) ")
          .matcher(file.text());
      while (declaration.find()) {
        nested.add(name + "." + declaration.group(1));
      }
    });
    List<String> expected = new ArrayList<>(List.of("DisStatusException.SerializedForm"));
    DIS.statuses().stream().filter(StatusEntry::isError).forEach(entry -> expected.add(
        (entry.code() < 500 ? "DisClientErrorException." : "DisServerErrorException.") + entry.typeName()));
    assertEquals(expected, nested);
    assertEquals(1 + 27, nested.size());
    assertTrue(nested.contains("DisClientErrorException.AuthenticationError"));
  }

  /**
   * Below release 17 the exceptions are the release-17 ones without {@code sealed} and {@code permits}, text for
   * text, so the behaviour tests of the example's release-17 code hold for them too.
   */
  @ParameterizedTest
  @ValueSource(ints = {8, 11})
  void theCodeBelowRelease17IsTheCodeFor17WithoutSealing(int release) {
    List<GeneratedFiles.SourceFile> older = ExceptionsGenerator.generate(model(DIS, release, true));
    List<GeneratedFiles.SourceFile> sealed = ExceptionsGenerator.generate(model(DIS, 17, true));
    assertEquals(sealed.size(), older.size());
    for (int i = 0; i < sealed.size(); i++) {
      assertEquals(withoutSealing(sealed.get(i).text()), older.get(i).text(), sealed.get(i).typeName());
    }
    assertTrue(sealed.get(0).text().contains(" sealed class DisStatusException "), "release 17 seals");
  }

  /** Java source with the {@code sealed}, {@code non-sealed} and {@code permits ...} of its classes taken out. */
  private static String withoutSealing(String source) {
    return source.replaceAll("\\b(non-)?sealed ", "").replaceAll("\\s+permits [^{]*\\{", " {");
  }

  @Test
  void everyErrorEntryHasAFinalClassWithItsCodeAtRelease8() {
    Class<?> base = java8.type(PACKAGE + ".DisStatusException");
    for (StatusEntry entry : DIS.statuses()) {
      if (!entry.isError()) {
        continue;
      }
      RuntimeException exception = dis8.exceptionFor(entry.code(), null, null);
      Class<?> type = exception.getClass();
      String parent = entry.code() < 500 ? "DisClientErrorException" : "DisServerErrorException";
      assertAll(entry.code() + " " + entry.name(),
          () -> assertEquals(entry.typeName(), type.getSimpleName()),
          () -> assertTrue(Modifier.isFinal(type.getModifiers()) && Modifier.isPublic(type.getModifiers())
              && Modifier.isStatic(type.getModifiers())),
          () -> assertEquals(parent, type.getSuperclass().getSimpleName()),
          () -> assertEquals(type.getSuperclass(), type.getEnclosingClass()),
          () -> assertTrue(base.isInstance(exception)),
          () -> assertEquals(entry.code(), type.getField("CODE").getInt(null)),
          () -> assertEquals(entry.code(), dis8.statusCode(exception)),
          () -> assertEquals(Optional.of(entry.constantName()), dis8.status(exception)),
          () -> assertTrue(exception.getMessage().startsWith(entry.code() + " " + entry.name() + ": "
              + entry.description().get(0))));
    }
  }

  @Test
  void nothingIsSealedBelowRelease17() {
    for (String name : List.of("DisStatusException", "DisClientErrorException", "DisServerErrorException")) {
      Class<?> type = java8.type(PACKAGE + "." + name);
      assertFalse(type.isSealed(), name);
      assertFalse(Modifier.isFinal(type.getModifiers()), name);
    }
    String base = ExceptionsGenerator.generate(model(DIS, 11, true)).get(0).text();
    assertFalse(base.contains("sealed"), base);
    assertTrue(base.contains("public abstract class DisStatusException extends RuntimeException {"), base);
  }

  @Test
  void aRangeWithoutCataloguedCodesIsFinalAndEveryClassIsSerializable() throws Exception {
    StatusCatalog custom = new StatusCatalog(new CatalogSource("custom", "Custom"), List.of(
        entry(404, "NotFound", Guidance.MODIFY_REQUEST),
        entry(408, "Request Time-out", Guidance.RETRY_UNCHANGED)));
    GenerationModel model = new GenerationModel(PACKAGE, "Dis", true, custom, "codes/*/\u00e9\"x.yaml",
        Optional.empty(), 17);
    Compiled code = compiled(model);
    StatusCalls calls = code.calls(PACKAGE, "Dis");
    Class<?> server = code.type(PACKAGE + ".DisServerErrorException");
    assertTrue(Modifier.isFinal(server.getModifiers()) && !server.isSealed());
    assertEquals(2, code.type(PACKAGE + ".DisClientErrorException").getPermittedSubclasses().length);

    RuntimeException unlisted = calls.exceptionFor(500, null, null);
    assertEquals(server, unlisted.getClass());
    assertEquals("500: not in the status catalog custom (\"Custom\")", unlisted.getMessage());
    RuntimeException timeout = calls.exceptionFor(408, null, null);
    assertEquals(PACKAGE + ".DisClientErrorException$RequestTimeOut", timeout.getClass().getName());
    assertEquals(true, calls.isRetryable(timeout));

    for (String name : List.of("DisStatusException", "DisClientErrorException", "DisServerErrorException",
        "DisClientErrorException$NotFound", "DisClientErrorException$RequestTimeOut")) {
      Class<?> type = code.type(PACKAGE + "." + name);
      Field uid = type.getDeclaredField("serialVersionUID");
      uid.setAccessible(true);
      assertTrue(Serializable.class.isAssignableFrom(type), name);
      assertEquals(1L, uid.getLong(null), name);
      assertTrue(Modifier.isPrivate(uid.getModifiers()) && Modifier.isStatic(uid.getModifiers()), name);
    }
  }

  /** {@code error()} and {@code is(code)} name the error-code enum, so only a catalog with error codes has them. */
  @Test
  void onlyACatalogWithErrorCodesGetsErrorAndIs() throws Exception {
    Class<?> errorCode = java8.type(PACKAGE + ".DisErrorCode");
    Class<?> base = java8.type(PACKAGE + ".DisStatusException");
    assertEquals(boolean.class, base.getMethod("is", errorCode).getReturnType());
    assertEquals(Optional.class, base.getMethod("error").getReturnType());

    StatusCatalog withoutErrorCodes = new StatusCatalog(new CatalogSource("custom", "Custom"), List.of(
        entry(404, "NotFound", Guidance.MODIFY_REQUEST)));
    Compiled code = compiled(new GenerationModel(PACKAGE, "Dis", true, withoutErrorCodes, "codes.yaml",
        Optional.empty(), 8));
    List<String> methods = Arrays.stream(code.type(PACKAGE + ".DisStatusException").getDeclaredMethods())
        .map(Method::getName).toList();
    assertTrue(methods.contains("errorCode"), methods.toString());
    assertFalse(methods.contains("error") || methods.contains("is"), methods.toString());
  }

  private static StatusEntry entry(int code, String name, Guidance guidance) {
    return new StatusEntry(code, name, List.of("Described."), Optional.of(guidance),
        NamingRule.constantName(name), NamingRule.typeName(name),
        new Position(1, 1));
  }

  @Test
  void everyTypeCarriesTheGeneratedAnnotationAndMarker() {
    GenerationModel model = new GenerationModel(PACKAGE, "Dis", true, DIS, "dis_02_0022",
        Optional.of(ClassName.get("javax.annotation.processing", "Generated")), 17);
    List<GeneratedFiles.SourceFile> files = ExceptionsGenerator.generate(model);
    for (GeneratedFiles.SourceFile file : files) {
      assertTrue(file.text().contains("@Generated(\"dev.disstatus.processor.DisStatusProcessor\")\npublic "),
          file.typeName());
      String typeJavadoc = file.text().substring(0, file.text().indexOf("\n@Generated("));
      assertTrue(typeJavadoc.substring(typeJavadoc.lastIndexOf("/**")).contains(GeneratedFiles.MARKER),
          file.typeName());
    }
    // The support type is nested in the base exception, last, static, with its Javadoc and without @Generated.
    String base = files.get(0).text();
    String support = base.substring(base.lastIndexOf("\n  /**\n   * The code every status exception"));
    assertTrue(support.contains("\n   * <p>Generated by dis-status, the same for every catalog; do not edit it.\n   */\n"
        + "  static final class DisStatusSupport {\n"), support);
    assertTrue(support.endsWith("\n  }\n}\n"), support);
    String retryPolicy = GeneratedFiles.retryPolicy(model).text();
    assertTrue(retryPolicy.contains("@javax.annotation.processing.Generated(\"dev.disstatus.processor.DisStatusProcessor\")"
        + "\npublic final class DisRetryPolicy {"), retryPolicy);
    assertTrue(retryPolicy.contains("public Optional<Duration> waitBefore(int attempt, DisStatusException error) {"));
    assertTrue(retryPolicy.contains(GeneratedFiles.MARKER));
    assertTrue(retryPolicy.startsWith("package " + PACKAGE + ";\n"));
    compiled(model);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void javadocFindsNothingToReport(int release) {
    Compiled.javadoc(temp.resolve("javadoc" + release), release, sources(model(DIS, release, true)));
  }

  @Test
  void recordsNoStackTraceWhenToldNot() {
    Compiled cheap = compiled(model(DIS, 8, false));
    RuntimeException e = cheap.calls(PACKAGE, "Dis").exceptionFor(404, DIS_BODY, null);
    assertEquals(0, e.getStackTrace().length);
    e.addSuppressed(new IllegalStateException());
    assertEquals(0, e.getSuppressed().length);
    assertTrue(e.getMessage().endsWith("[DIS.4301: Stream does not exist.] Solution: Ensure that the stream exists."));
    RuntimeException copy = cheap.serializedAndBack(e);
    assertEquals(0, copy.getStackTrace().length);
    assertEquals(e.getMessage(), copy.getMessage());
  }
}
