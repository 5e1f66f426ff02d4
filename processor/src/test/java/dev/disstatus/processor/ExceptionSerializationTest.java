package dev.disstatus.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.disstatus.catalog.StatusCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serialized exceptions as an attacker writes them: streams made with look-alike classes of the same names (as
 * a hand-crafted stream would name them) and objects swapped while writing, read back with the generated
 * classes. A stream either rebuilds exactly what the constructors build or is refused with
 * {@link InvalidObjectException}. The look-alike exception has the fields the exception had while it kept its
 * headers in a {@code TreeMap}; the exception now reads none of its own fields, so any such stream is refused.
 */
class ExceptionSerializationTest {
  private static final String PACKAGE = "com.acme.dis";
  private static final String FORGED = """
      package com.acme.dis;

      import java.util.List;
      import java.util.TreeMap;

      public abstract class DisStatusException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int statusCode;
        private final String responseBody;
        private final TreeMap<String, List<String>> headers;

        protected DisStatusException(int statusCode, String responseBody, TreeMap<String, List<String>> headers) {
          super(null, null, true, true);
          this.statusCode = statusCode;
          this.responseBody = responseBody;
          this.headers = headers;
        }

        public static final class SerializedForm implements java.io.Serializable {
          private static final long serialVersionUID = 1L;
          private final Class<?> exceptionClass;
          private final int statusCode;
          private final String responseBody;
          private final String[] headers;
          private final StackTraceElement[] stackTrace;
          private final Throwable[] suppressed;

          public SerializedForm(Class<?> exceptionClass, int statusCode, String responseBody, String[] headers,
              StackTraceElement[] stackTrace, Throwable[] suppressed) {
            this.exceptionClass = exceptionClass;
            this.statusCode = statusCode;
            this.responseBody = responseBody;
            this.headers = headers;
            this.stackTrace = stackTrace;
            this.suppressed = suppressed;
          }
        }
      }
      """;

  @TempDir static Path temp;

  private static Compiled real;
  private static StatusCalls dis;
  /** The look-alike classes, compiled without the strict options (they are no generated code). */
  private static ClassLoader forged;

  @BeforeAll
  static void compile() {
    GenerationModel model = ExceptionsGeneratorTest.model(StatusCatalog.bundled(), 17, true);
    real = ExceptionsGeneratorTest.compiled(model);
    dis = real.calls(PACKAGE, "Dis");
    forged = compileForged(temp.resolve("forged"), List.of(
        JavaFileObjects.forSourceString(PACKAGE + ".DisStatusException", FORGED),
        JavaFileObjects.forSourceString(PACKAGE + ".DisClientErrorException", """
            package com.acme.dis;

            public class DisClientErrorException extends DisStatusException {
              private static final long serialVersionUID = 1L;

              public DisClientErrorException(int statusCode, String body, java.util.TreeMap<String,
                  java.util.List<String>> headers) {
                super(statusCode, body, headers);
              }

              public static final class NotFound extends DisClientErrorException {
                private static final long serialVersionUID = 1L;

                public NotFound(int statusCode, String body, java.util.TreeMap<String,
                    java.util.List<String>> headers) {
                  super(statusCode, body, headers);
                }
              }
            }
            """)));
  }

  // -------------------------------------------------------------------------------------------------------
  // What users had: a round trip keeps everything

  @Test
  void aRoundTripKeepsClassResponseStackTraceAndSuppressed() throws Exception {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Via", List.of("a", "b"));
    headers.put("retry-after", List.of("5"));
    headers.put("X-Empty", List.of());
    RuntimeException e = dis.exceptionFor(429, "{\"errorCode\":\"DIS.1\"}", headers);
    assertEquals(PACKAGE + ".DisClientErrorException$TooManyRequests", e.getClass().getName());
    e.addSuppressed(new IllegalStateException("closing"));
    RuntimeException copy = (RuntimeException) read(write(e, UnaryOperator.identity()));
    assertSame(e.getClass(), copy.getClass());
    assertEquals(429, dis.statusCode(copy));
    assertEquals("{\"errorCode\":\"DIS.1\"}", dis.responseBody(copy));
    assertEquals(dis.headers(e), dis.headers(copy));
    assertEquals(Optional.of("5"), dis.header(copy, "Retry-After"));
    assertEquals(e.getMessage(), copy.getMessage());
    assertArrayEquals(e.getStackTrace(), copy.getStackTrace());
    assertEquals("closing", copy.getSuppressed()[0].getMessage());
  }

  @Test
  void aRangeExceptionForACataloguedCodeStaysOne() throws Exception {
    RuntimeException e = dis.rangeException(404, null, null);
    assertEquals(PACKAGE + ".DisClientErrorException", e.getClass().getName());
    RuntimeException copy = (RuntimeException) read(write(e, UnaryOperator.identity()));
    assertSame(e.getClass(), copy.getClass());
    assertEquals(404, dis.statusCode(copy));
  }

  // -------------------------------------------------------------------------------------------------------
  // A stream of the exception itself, however consistent, is refused

  @Test
  void aStreamOfTheExceptionItselfIsRefused() {
    TreeMap<String, List<String>> consistent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    consistent.put("Retry-After", Collections.unmodifiableList(List.of("5")));
    assertRefused(forgedException(404, consistent), UnaryOperator.identity());
  }

  @Test
  void headerNamesOutOfOrderAreRefused() {
    TreeMap<String, List<String>> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.put("a-header", List.of("1"));
    reversed.put("b-header", List.of("2"));
    assertRefused(forgedException(404, reversed), comparatorMadeCaseInsensitive());
  }

  @Test
  void twoNamesDifferingInCaseAreRefused() {
    TreeMap<String, List<String>> natural = new TreeMap<>(Comparator.naturalOrder());
    natural.put("Retry-After", List.of("1"));
    natural.put("retry-after", List.of("2"));
    assertRefused(forgedException(429, natural), comparatorMadeCaseInsensitive());
  }

  @Test
  void nullOrAMutableListAmongTheValuesIsRefused() {
    TreeMap<String, List<String>> withNull = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    withNull.put("Via", Arrays.asList("a", null));
    assertRefused(forgedException(404, withNull), UnaryOperator.identity());
    TreeMap<String, List<String>> mutable = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    mutable.put("Via", new ArrayList<>(List.of("a")));
    assertRefused(forgedException(404, mutable), UnaryOperator.identity());
  }

  @Test
  void aNameThatIsNoStringOrAHashMapIsRefused() {
    TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("made-an-integer", List.of("1"));
    assertRefused(forgedException(404, headers), o -> "made-an-integer".equals(o) ? Integer.valueOf(7) : o);
    assertRefused(forgedException(404, headers), o -> o instanceof TreeMap<?, ?> map ? new HashMap<>(map) : o);
  }

  @Test
  void aStatusCodeThatContradictsTheClassIsRefused() {
    TreeMap<String, List<String>> none = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    assertRefused(forgedException(503, none), UnaryOperator.identity());
    assertRefused(forgedException(200, none), UnaryOperator.identity());
  }

  // -------------------------------------------------------------------------------------------------------
  // The serialized form is read through the constructors

  @Test
  void aSerializedFormIsRebuiltExactlyAsTheConstructorBuildsIt() throws Exception {
    String[] pairs = {"b-header", "1", "A-Header", "2", "a-header", "3", "Via", null};
    RuntimeException copy = (RuntimeException) read(write(form(notFound(), 404, null, pairs,
        new StackTraceElement[0], new Throwable[0]), UnaryOperator.identity()));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("b-header", List.of("1"));
    headers.put("A-Header", List.of("2", "3"));
    headers.put("Via", Arrays.asList((String) null));
    RuntimeException built = dis.exceptionFor(404, null, headers);
    assertSame(built.getClass(), copy.getClass());
    assertEquals(dis.headers(built), dis.headers(copy));
    assertEquals(List.of("A-Header", "b-header", "Via"), new ArrayList<>(dis.headers(copy).keySet()));
    assertEquals(Optional.of("1"), dis.header(copy, "B-HEADER"));
    assertEquals("", dis.responseBody(copy));
    List<String> values = dis.headers(copy).get("a-header");
    assertThrows(UnsupportedOperationException.class, values::clear);
  }

  @Test
  void aSerializedFormWhoseClassContradictsItsCodeIsRefused() {
    Class<?> notFound = notFound();
    Class<?> clientError = forgedType("DisClientErrorException");
    StackTraceElement[] trace = new StackTraceElement[0];
    Throwable[] none = new Throwable[0];
    assertRefused(form(notFound, 503, "", new String[0], trace, none), UnaryOperator.identity());
    assertRefused(form(notFound, 200, "", new String[0], trace, none), UnaryOperator.identity());
    assertRefused(form(clientError, 503, "", new String[0], trace, none), UnaryOperator.identity());
    assertRefused(form(String.class, 404, "", new String[0], trace, none), UnaryOperator.identity());
    assertRefused(form(null, 404, "", new String[0], trace, none), UnaryOperator.identity());
  }

  @Test
  void aSerializedFormWithBrokenPartsIsRefused() {
    Class<?> notFound = notFound();
    StackTraceElement[] trace = new StackTraceElement[0];
    Throwable[] none = new Throwable[0];
    assertRefused(form(notFound, 404, "", new String[] {"Via"}, trace, none), UnaryOperator.identity());
    assertRefused(form(notFound, 404, "", null, trace, none), UnaryOperator.identity());
    assertRefused(form(notFound, 404, "", new String[] {null, "x"}, trace, none), UnaryOperator.identity());
    assertRefused(form(notFound, 404, 7 + "", new String[0], trace, none), o -> "7".equals(o) ? 7 : o);
    assertRefused(form(notFound, 404, "", new String[0], new StackTraceElement[] {null}, none),
        UnaryOperator.identity());
    assertRefused(form(notFound, 404, "", new String[0], trace, new Throwable[] {null}),
        UnaryOperator.identity());
    assertRefused(form(notFound, 404, "", new String[] {"Via", "made-an-integer"}, trace, none),
        o -> "made-an-integer".equals(o) ? Integer.valueOf(7) : o);
  }

  // -------------------------------------------------------------------------------------------------------

  private static ClassLoader compileForged(Path directory, List<JavaFileObject> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, UTF_8)) {
      Files.createDirectories(directory);
      assertTrue(javac.getTask(null, files, null, List.of("--release", "17", "-d", directory.toString()), null,
          sources).call());
      return new URLClassLoader(new URL[] {directory.toUri().toURL()},
          ExceptionSerializationTest.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> forgedType(String simpleName) {
    try {
      return Class.forName(PACKAGE + "." + simpleName, true, forged);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> notFound() {
    return forgedType("DisClientErrorException$NotFound");
  }

  private static Object forgedException(int status, TreeMap<String, List<String>> headers) {
    try {
      return notFound().getConstructor(int.class, String.class, TreeMap.class).newInstance(status, "", headers);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object form(Class<?> type, int status, String body, String[] headers, StackTraceElement[] trace,
      Throwable[] suppressed) {
    try {
      return forgedType("DisStatusException$SerializedForm").getConstructor(Class.class, int.class, String.class,
          String[].class, StackTraceElement[].class, Throwable[].class)
          .newInstance(type, status, body, headers, trace, suppressed);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Writes every comparator as the case-insensitive one, as a stream may claim it whatever the order. */
  private static UnaryOperator<Object> comparatorMadeCaseInsensitive() {
    return o -> o instanceof Comparator<?> && o != String.CASE_INSENSITIVE_ORDER ? String.CASE_INSENSITIVE_ORDER : o;
  }

  private static void assertRefused(Object written, UnaryOperator<Object> swap) {
    byte[] bytes = write(written, swap);
    InvalidObjectException refused = assertThrows(InvalidObjectException.class, () -> read(bytes));
    assertTrue(refused.getMessage() != null && !refused.getMessage().isEmpty());
  }

  /** The object serialized, each object in it first passed through {@code swap}, as a forger can. */
  private static byte[] write(Object object, UnaryOperator<Object> swap) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
      {
        enableReplaceObject(true);
      }

      @Override
      protected Object replaceObject(Object o) {
        return swap.apply(o);
      }
    }) {
      out.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The object read back with the generated classes. */
  private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    ClassLoader loader = real.type(PACKAGE + ".DisStatusException").getClassLoader();
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      protected Class<?> resolveClass(ObjectStreamClass type) throws ClassNotFoundException, IOException {
        return Class.forName(type.getName(), false, loader);
      }
    }) {
      return in.readObject();
    }
  }
}
