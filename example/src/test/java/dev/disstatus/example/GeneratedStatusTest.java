package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disstatus.catalog.StatusCatalog;
import dev.disstatus.catalog.StatusEntry;
import dev.disstatus.example.status.DisClientErrorException;
import dev.disstatus.example.status.DisServerErrorException;
import dev.disstatus.example.status.DisStatus;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The enum and dispatcher generated for this module from the bundled DIS catalog, called as a user calls them:
 * every code of the catalog has its constant and, if it is an error, its exception.
 */
class GeneratedStatusTest {
  private static final StatusCatalog CATALOG = StatusCatalog.bundled();
  private static final String PACKAGE = "dev.disstatus.example.status.";

  @Test
  void everyCatalogCodeHasItsConstantInDocumentOrder() {
    DisStatus[] constants = DisStatus.values();
    assertEquals(43, constants.length);
    for (int i = 0; i < constants.length; i++) {
      StatusEntry entry = CATALOG.statuses().get(i);
      DisStatus constant = constants[i];
      assertEquals(entry.constantName(), constant.name());
      assertEquals(entry.code(), constant.code());
      assertEquals(entry.name(), constant.reasonPhrase());
      assertEquals(String.join("\n\n", entry.description()), constant.description());
      assertEquals(entry.guidance().map(Enum::name), constant.guidance().map(Enum::name));
      assertSame(constant, DisStatus.valueOf(entry.code()));
      assertEquals(Optional.of(constant), DisStatus.find(entry.code()));
    }
  }

  @Test
  void namesFollowTheDocument() {
    assertEquals(DisStatus.NO_CONTENT, DisStatus.valueOf(204));
    assertEquals("NoContent", DisStatus.NO_CONTENT.reasonPhrase());
    assertEquals(DisStatus.REQUEST_TIME_OUT, DisStatus.valueOf(408));
    assertEquals(DisStatus.AUTHENTICATION_ERROR, DisStatus.valueOf(441));
    assertEquals("Authentication fails.", DisStatus.AUTHENTICATION_ERROR.description());
    assertEquals("The server has successfully processed the request, but does not return any content.\n\n"
        + "The status code is returned in response to an HTTPS OPTIONS request.", DisStatus.NO_CONTENT.description());
  }

  @Test
  void categoriesFollowTheFirstDigit() {
    for (DisStatus constant : DisStatus.values()) {
      int code = constant.code();
      assertEquals(code / 100 == 1, constant.isInformational(), constant.toString());
      assertEquals(code / 100 == 2, constant.isSuccess(), constant.toString());
      assertEquals(code / 100 == 3, constant.isRedirection(), constant.toString());
      assertEquals(code / 100 == 4, constant.isClientError(), constant.toString());
      assertEquals(code / 100 == 5, constant.isServerError(), constant.toString());
      assertEquals(code >= 400, constant.isError(), constant.toString());
    }
  }

  @Test
  void guidanceCarriesTheDocumentsSentence() {
    DisStatus.Guidance guidance = DisStatus.valueOf(400).guidance().orElseThrow();
    assertEquals(DisStatus.Guidance.MODIFY_REQUEST, guidance);
    assertEquals("The client should modify the request instead of re-initiating it.", guidance.text());
    assertEquals(Optional.empty(), DisStatus.valueOf(500).guidance());
  }

  @ParameterizedTest
  @ValueSource(ints = {418, 599, 600, 99, -1, 0, 207, 451, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void unknownCodesAreNotFound(int code) {
    assertEquals(Optional.empty(), DisStatus.find(code));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DisStatus.valueOf(code));
    assertEquals("HTTP status code " + code + " is not in the status catalog dis_02_0022 (\"Status Codes\")",
        e.getMessage());
  }

  @Test
  void findReturnsTheSameOptionalEveryTime() {
    assertSame(DisStatus.find(404), DisStatus.find(404));
  }

  @Test
  void everyErrorCodeGetsItsOwnException() {
    int count = 0;
    for (StatusEntry entry : CATALOG.statuses()) {
      if (!entry.isError()) {
        continue;
      }
      count++;
      DisStatusException exception = DisStatusDispatcher.exceptionFor(entry.code(), "{}", Map.of());
      assertEquals(PACKAGE + (entry.code() < 500 ? "DisClientErrorException$" : "DisServerErrorException$")
          + entry.typeName(), exception.getClass().getName());
      assertEquals(entry.code(), exception.statusCode());
      assertEquals(entry.code() < 500 ? DisClientErrorException.class : DisServerErrorException.class,
          exception.getClass().getSuperclass());
      DisStatusException thrown = assertThrows(DisStatusException.class,
          () -> DisStatusDispatcher.throwIfError(entry.code(), null, null));
      assertEquals(exception.getClass(), thrown.getClass());
    }
    assertEquals(27, count);
    assertInstanceOf(DisClientErrorException.AuthenticationError.class,
        DisStatusDispatcher.exceptionFor(441, null, null));
    assertInstanceOf(DisServerErrorException.ServerTimeout.class, DisStatusDispatcher.exceptionFor(504, null, null));
  }

  @ParameterizedTest
  @ValueSource(ints = {418, 452, 499, 400 + 30})
  void unknownClientErrorsGetTheClientErrorException(int code) {
    DisStatusException exception = DisStatusDispatcher.exceptionFor(code, null, null);
    assertEquals(DisClientErrorException.class, exception.getClass());
    assertEquals(code, exception.statusCode());
  }

  @ParameterizedTest
  @ValueSource(ints = {506, 550, 599})
  void unknownServerErrorsGetTheServerErrorException(int code) {
    assertEquals(DisServerErrorException.class, DisStatusDispatcher.exceptionFor(code, "", Map.of()).getClass());
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 200, 204, 306, 399, 600, 99, -1, 0})
  void nonErrorsHaveNoException(int code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DisStatusDispatcher.exceptionFor(code, null, null));
    assertEquals("HTTP status code " + code + " is not an error: only 4xx and 5xx responses have an exception",
        e.getMessage());
    DisStatusDispatcher.throwIfError(code, null, null);
  }

  @Test
  void theDispatcherTakesAJavaNetHttpResponse() {
    HttpResponse<String> response = response(441, "{\"errorCode\":\"DIS.4100\"}",
        Map.of("retry-after", List.of("3")));
    DisStatusException exception = DisStatusDispatcher.exceptionFor(response);
    assertInstanceOf(DisClientErrorException.AuthenticationError.class, exception);
    assertEquals(Optional.of("DIS.4100"), exception.errorCode());
    assertEquals(Optional.of("3"), exception.header("Retry-After"));
    DisStatusException thrown = assertThrows(DisStatusException.class,
        () -> DisStatusDispatcher.throwIfError(response));
    assertEquals(exception.getClass(), thrown.getClass());
    DisStatusDispatcher.throwIfError(response(200, "", Map.of()));
  }

  /** A java.net.http response with a code, a body and headers; nothing else of it is used. */
  @SuppressWarnings("unchecked")
  private static HttpResponse<String> response(int code, String body, Map<String, List<String>> headers) {
    return (HttpResponse<String>) java.lang.reflect.Proxy.newProxyInstance(
        GeneratedStatusTest.class.getClassLoader(), new Class<?>[] {HttpResponse.class},
        (proxy, method, arguments) -> switch (method.getName()) {
          case "statusCode" -> code;
          case "body" -> body;
          case "headers" -> HttpHeaders.of(headers, (name, value) -> true);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void dispatcherIsASwitchWithOneCasePerErrorCode() throws IOException {
    String source = Files.readString(
        Path.of("target/generated-sources/annotations/dev/disstatus/example/status/DisStatusDispatcher.java"));
    for (StatusEntry entry : CATALOG.statuses()) {
      String line = "case " + entry.code() + ": return new Dis" + (entry.code() < 500 ? "Client" : "Server")
          + "ErrorException." + entry.typeName() + "(body, headers);";
      assertEquals(entry.isError() ? 1 : 0, source.split(Pattern.quote(line), -1).length - 1, line);
    }
    assertEquals(true, source.contains("switch (code) {"));
  }
}
