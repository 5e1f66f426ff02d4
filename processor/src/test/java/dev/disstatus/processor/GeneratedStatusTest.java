package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.catalog.StatusEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compiles the bundled DIS catalog once and calls the generated enum and dispatcher for every code. */
class GeneratedStatusTest {
  private static final String STATUS = "com.acme.dis.DisStatus";
  private static final String DISPATCHER = "com.acme.dis.DisStatusDispatcher";
  private static final Class<?>[] INT = {int.class};
  private static final Class<?>[] RESPONSE = {int.class, String.class, Map.class};
  private static final StatusCatalog CATALOG = StatusCatalog.bundled();

  private static Compiled compiled;

  @BeforeAll
  static void compile() {
    compiled = Compiled.compile(List.of("-Xlint:all", "-Werror"),
        "com.acme.dis.package-info", Compiled.packageInfo("com.acme.dis", ""));
    assertThat(compiled.compilation).succeededWithoutWarnings();
  }

  @Test
  void everyCatalogCodeHasItsConstantInDocumentOrder() throws Throwable {
    Object[] constants = compiled.type(STATUS).getEnumConstants();
    assertEquals(43, constants.length);
    for (int i = 0; i < constants.length; i++) {
      StatusEntry entry = CATALOG.statuses().get(i);
      Object constant = constants[i];
      assertEquals(entry.constantName(), ((Enum<?>) constant).name());
      assertEquals(entry.code(), Compiled.call(constant, "code"));
      assertEquals(entry.name(), Compiled.call(constant, "reasonPhrase"));
      assertEquals(String.join("\n\n", entry.description()), Compiled.call(constant, "description"));
      assertEquals(entry.guidance().map(Enum::name), ((Optional<?>) Compiled.call(constant, "guidance"))
          .map(g -> ((Enum<?>) g).name()));
      assertSame(constant, compiled.callStatic(STATUS, "valueOf", INT, entry.code()));
      assertEquals(Optional.of(constant), compiled.callStatic(STATUS, "find", INT, entry.code()));
    }
  }

  @Test
  void namesFollowTheDocument() throws Throwable {
    Object noContent = compiled.callStatic(STATUS, "valueOf", INT, 204);
    assertEquals("NO_CONTENT", ((Enum<?>) noContent).name());
    assertEquals("NoContent", Compiled.call(noContent, "reasonPhrase"));
    assertEquals("REQUEST_TIME_OUT", ((Enum<?>) compiled.callStatic(STATUS, "valueOf", INT, 408)).name());
    Object authentication = compiled.callStatic(STATUS, "valueOf", INT, 441);
    assertEquals("AUTHENTICATION_ERROR", ((Enum<?>) authentication).name());
    assertEquals("Authentication fails.", Compiled.call(authentication, "description"));
    assertEquals("The server has successfully processed the request, but does not return any content.\n\n"
        + "The status code is returned in response to an HTTPS OPTIONS request.",
        Compiled.call(noContent, "description"));
  }

  @Test
  void categoriesFollowTheFirstDigit() throws Throwable {
    for (Object constant : compiled.type(STATUS).getEnumConstants()) {
      int code = (Integer) Compiled.call(constant, "code");
      assertEquals(code / 100 == 1, Compiled.call(constant, "isInformational"), constant.toString());
      assertEquals(code / 100 == 2, Compiled.call(constant, "isSuccess"), constant.toString());
      assertEquals(code / 100 == 3, Compiled.call(constant, "isRedirection"), constant.toString());
      assertEquals(code / 100 == 4, Compiled.call(constant, "isClientError"), constant.toString());
      assertEquals(code / 100 == 5, Compiled.call(constant, "isServerError"), constant.toString());
      assertEquals(code >= 400, Compiled.call(constant, "isError"), constant.toString());
    }
  }

  @Test
  void guidanceCarriesTheDocumentsSentence() throws Throwable {
    Object badRequest = compiled.callStatic(STATUS, "valueOf", INT, 400);
    Object guidance = ((Optional<?>) Compiled.call(badRequest, "guidance")).orElseThrow();
    assertEquals("MODIFY_REQUEST", ((Enum<?>) guidance).name());
    assertEquals("The client should modify the request instead of re-initiating it.",
        Compiled.call(guidance, "text"));
    assertEquals(Optional.empty(), Compiled.call(compiled.callStatic(STATUS, "valueOf", INT, 500), "guidance"));
  }

  @ParameterizedTest
  @ValueSource(ints = {418, 599, 600, 99, -1, 0, 207, 451, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void unknownCodesAreNotFound(int code) throws Throwable {
    assertEquals(Optional.empty(), compiled.callStatic(STATUS, "find", INT, code));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> compiled.callStatic(STATUS, "valueOf", INT, code));
    assertEquals("HTTP status code " + code + " is not in the status catalog dis_02_0022 (\"Status Codes\")",
        e.getMessage());
  }

  @Test
  void findReturnsTheSameOptionalEveryTime() throws Throwable {
    assertSame(compiled.callStatic(STATUS, "find", INT, 404), compiled.callStatic(STATUS, "find", INT, 404));
  }

  @Test
  void everyErrorCodeGetsItsOwnException() throws Throwable {
    int count = 0;
    for (StatusEntry entry : CATALOG.statuses()) {
      if (!entry.isError()) {
        continue;
      }
      count++;
      RuntimeException exception = (RuntimeException) compiled.callStatic(DISPATCHER, "exceptionFor", RESPONSE,
          entry.code(), "{}", Map.of());
      assertEquals("com.acme.dis.Dis" + entry.typeName() + "Exception", exception.getClass().getName());
      assertEquals(entry.code(), Compiled.call(exception, "statusCode"));
      String parent = entry.code() < 500 ? "com.acme.dis.DisClientErrorException"
          : "com.acme.dis.DisServerErrorException";
      assertEquals(parent, exception.getClass().getSuperclass().getName());
      RuntimeException thrown = assertThrows(RuntimeException.class,
          () -> compiled.callStatic(DISPATCHER, "throwIfError", RESPONSE, entry.code(), null, null));
      assertEquals(exception.getClass(), thrown.getClass());
    }
    assertEquals(27, count);
    assertEquals("com.acme.dis.DisAuthenticationErrorException",
        compiled.callStatic(DISPATCHER, "exceptionFor", RESPONSE, 441, null, null).getClass().getName());
    assertEquals("com.acme.dis.DisServerTimeoutException",
        compiled.callStatic(DISPATCHER, "exceptionFor", RESPONSE, 504, null, null).getClass().getName());
  }

  @ParameterizedTest
  @ValueSource(ints = {418, 452, 499, 400 + 30})
  void unknownClientErrorsGetTheClientErrorException(int code) throws Throwable {
    Object exception = compiled.callStatic(DISPATCHER, "exceptionFor", RESPONSE, code, null, null);
    assertEquals("com.acme.dis.DisClientErrorException", exception.getClass().getName());
    assertEquals(code, Compiled.call(exception, "statusCode"));
  }

  @ParameterizedTest
  @ValueSource(ints = {506, 550, 599})
  void unknownServerErrorsGetTheServerErrorException(int code) throws Throwable {
    Object exception = compiled.callStatic(DISPATCHER, "exceptionFor", RESPONSE, code, "", Map.of());
    assertEquals("com.acme.dis.DisServerErrorException", exception.getClass().getName());
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 200, 204, 306, 399, 600, 99, -1, 0})
  void nonErrorsHaveNoException(int code) throws Throwable {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> compiled.callStatic(DISPATCHER, "exceptionFor", RESPONSE, code, null, null));
    assertEquals("HTTP status code " + code + " is not an error: only 4xx and 5xx responses have an exception",
        e.getMessage());
    assertEquals(null, compiled.callStatic(DISPATCHER, "throwIfError", RESPONSE, code, null, null));
  }

  @Test
  void theDispatcherTakesAJavaNetHttpResponse() throws Throwable {
    java.net.http.HttpResponse<?> response = response(441, "{\"errorCode\":\"DIS.4100\"}",
        Map.of("retry-after", List.of("3")));
    Class<?>[] httpResponse = {java.net.http.HttpResponse.class};
    Object exception = compiled.callStatic(DISPATCHER, "exceptionFor", httpResponse, response);
    assertEquals("com.acme.dis.DisAuthenticationErrorException", exception.getClass().getName());
    assertEquals(Optional.of("DIS.4100"), Compiled.call(exception, "errorCode"));
    assertEquals(Optional.of("3"), exception.getClass().getMethod("header", String.class)
        .invoke(exception, "Retry-After"));
    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> compiled.callStatic(DISPATCHER, "throwIfError", httpResponse, response));
    assertEquals(exception.getClass(), thrown.getClass());
    assertEquals(null, compiled.callStatic(DISPATCHER, "throwIfError", httpResponse, response(200, "", Map.of())));
  }

  /** A java.net.http response with a code, a body and headers; nothing else of it is used. */
  private static java.net.http.HttpResponse<?> response(int code, String body, Map<String, List<String>> headers) {
    return (java.net.http.HttpResponse<?>) java.lang.reflect.Proxy.newProxyInstance(
        GeneratedStatusTest.class.getClassLoader(), new Class<?>[] {java.net.http.HttpResponse.class},
        (proxy, method, arguments) -> switch (method.getName()) {
          case "statusCode" -> code;
          case "body" -> body;
          case "headers" -> java.net.http.HttpHeaders.of(headers, (name, value) -> true);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void dispatcherIsASwitchWithOneCasePerErrorCode() {
    String source = GoldenFiles.source(compiled.compilation, DISPATCHER);
    for (StatusEntry entry : CATALOG.statuses()) {
      String line = "case " + entry.code() + ": return new Dis" + entry.typeName() + "Exception(body, headers);";
      assertEquals(entry.isError() ? 1 : 0, source.split(java.util.regex.Pattern.quote(line), -1).length - 1,
          line);
    }
    assertTrue(source.contains("switch (code) {"));
  }
}
