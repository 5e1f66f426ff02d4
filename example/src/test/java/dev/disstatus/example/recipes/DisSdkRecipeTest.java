package dev.disstatus.example.recipes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.huaweicloud.dis.DISClient;
import com.huaweicloud.dis.DISConfig;
import com.huaweicloud.dis.exception.DISClientException;
import com.huaweicloud.dis.exception.DISClientRetriableException;
import com.huaweicloud.dis.exception.DISStreamNotExistsException;
import com.huaweicloud.dis.exception.DISTrafficControlException;
import com.huaweicloud.dis.http.exception.RestClientResponseException;
import com.huaweicloud.dis.iface.data.request.PutRecordsRequest;
import com.huaweicloud.dis.iface.data.request.PutRecordsRequestEntry;
import dev.disstatus.example.recipes.SdkRecipes.DisAnswer;
import dev.disstatus.example.recipes.SdkRecipes.LoopbackDis;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * README's recipe for the DIS Java SDK ({@code com.huaweicloud.dis:huaweicloud-sdk-java-dis:1.3.19}): the
 * exceptions are the ones the SDK really throws, from its own {@code DISClient.putRecords} against a loopback
 * server with DIS's error answers, through its own HTTP client, response error handler and {@code handleError}.
 */
class DisSdkRecipeTest {
  /** The message the SDK writes for an error answer, {@code "<status> : <body>"}. */
  private static final Pattern STATUS_AND_BODY = Pattern.compile("([45]\\d\\d) : (.*)", Pattern.DOTALL);

  private static LoopbackDis server;
  private static DISClient client;

  @BeforeAll
  static void startTheServerAndTheSdk() throws IOException {
    server = new LoopbackDis();
    DISConfig config = DISConfig.buildDefaultConfig()
        .setEndpoint(server.endpoint().toString())
        .setAK("test-ak")
        .setSK("test-sk")
        .setProjectId("demo-project")
        .setRegion("cn-north-4");
    // The SDK resends a 5xx five times with backoff before it throws; the test wants the exception at once.
    config.set(DISConfig.PROPERTY_PRODUCER_EXCEPTION_RETRIES, "0");
    client = new DISClient(config);
  }

  @AfterAll
  static void stopTheServer() {
    server.close();
  }

  // README: the DIS SDK
  /**
   * The typed exception for one the DIS SDK threw, if an error answer caused it: status and body from the
   * SDK's {@code HttpClientErrorException} or {@code HttpServerErrorException} behind it, or else from its
   * message, {@code "<status> : <body>"}. The SDK keeps no headers, so there are none to pass.
   */
  static Optional<DisStatusException> disStatusOf(DISClientException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof RestClientResponseException) {
        RestClientResponseException response = (RestClientResponseException) cause;
        int status = response.getRawStatusCode();
        return status >= 400 && status <= 599
            ? Optional.of(DisStatusDispatcher.exceptionFor(status, response.getResponseBodyAsString(), null))
            : Optional.empty();
      }
    }
    Matcher answer = STATUS_AND_BODY.matcher(String.valueOf(e.getMessage()));
    return answer.matches()
        ? Optional.of(DisStatusDispatcher.exceptionFor(Integer.parseInt(answer.group(1)), answer.group(2), null))
        : Optional.empty();
  }

  @ParameterizedTest
  @EnumSource
  void everyErrorAnswerBecomesTheTypedException(DisAnswer answer) {
    DISClientException thrown = putRecordsAgainst(answer);
    answer.assertConverted(disStatusOf(thrown).orElseThrow());
  }

  @ParameterizedTest
  @EnumSource
  void theMessageAloneGivesTheSameException(DisAnswer answer) {
    DISClientException thrown = putRecordsAgainst(answer);
    // As after a wrapper or a log line that kept the message only.
    DISClientException withoutCause = new DISClientException(thrown.getMessage());
    assertNull(withoutCause.getCause());
    answer.assertConverted(disStatusOf(withoutCause).orElseThrow());
  }

  /** What the SDK makes of these answers on its own, which the conversion corrects or completes. */
  @Test
  void theSdksOwnTypesGoByTheBodysTextAndTheStatus401() {
    assertInstanceOf(DISTrafficControlException.class, putRecordsAgainst(DisAnswer.TRAFFIC_CONTROL));
    assertInstanceOf(DISStreamNotExistsException.class, putRecordsAgainst(DisAnswer.NO_SUCH_STREAM));
    // 441 is DIS's authentication failure, but the SDK's DISAuthenticationException is for 401 only.
    assertEquals(DISClientException.class, putRecordsAgainst(DisAnswer.UNAUTHENTICATED).getClass());
    assertEquals(DISClientRetriableException.class, putRecordsAgainst(DisAnswer.SYSTEM_ERROR).getClass());
    assertEquals("400 : " + DisAnswer.TRAFFIC_CONTROL.disBody(),
        putRecordsAgainst(DisAnswer.TRAFFIC_CONTROL).getMessage());
  }

  @Test
  void anExceptionWithoutAnErrorAnswerHasNone() {
    assertEquals(Optional.empty(), disStatusOf(new DISClientException("connect timed out")));
    assertEquals(Optional.empty(), disStatusOf(new DISClientException("302 : moved")));
    assertEquals(Optional.empty(), disStatusOf(new DISClientException((String) null)));
  }

  /** What {@code putRecords} throws when the server gives {@code answer}. */
  private static DISClientException putRecordsAgainst(DisAnswer answer) {
    server.answer(answer, false);
    PutRecordsRequestEntry record = new PutRecordsRequestEntry();
    record.setData(ByteBuffer.wrap("hello".getBytes(UTF_8)));
    PutRecordsRequest request = new PutRecordsRequest();
    request.setStreamName("demo");
    request.setRecords(List.of(record));
    return assertThrows(DISClientException.class, () -> client.putRecords(request));
  }
}
