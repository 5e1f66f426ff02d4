package dev.disstatus.example.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import dev.disstatus.example.recipes.SdkRecipes.DisAnswer;
import dev.disstatus.example.recipes.SdkRecipes.LoopbackDis;
import dev.disstatus.example.status.DisStatusDispatcher;
import dev.disstatus.example.status.DisStatusException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * README's recipe for the Huawei Cloud SDK v3 ({@code com.huaweicloud.sdk:huaweicloud-sdk-core:3.1.86}): the
 * exceptions are the ones the SDK really throws, from its own {@code HcClient} (signing, OkHttp, its
 * {@code DefaultExceptionHandler}) against a loopback server with DIS's error answers. The call is declared as
 * the SDK's generated service clients declare theirs ({@code HttpRequestDef} for {@code POST
 * /v2/{project_id}/records}), without the DIS service module's request and response models, which the error
 * handling never reaches.
 */
class HuaweiCloudSdkV3RecipeTest {
  private static LoopbackDis server;
  private static HcClient client;

  /** PutRecords as a generated v3 client declares it, with empty models. */
  private static final HttpRequestDef<PutRecords, PutRecordsResult> PUT_RECORDS =
      HttpRequestDef.builder(HttpMethod.POST, PutRecords.class, PutRecordsResult.class)
          .withName("PutRecords")
          .withUri("/v2/{project_id}/records")
          .withContentType("application/json")
          .build();

  /** The request model; PutRecords's records do not matter for an error answer. */
  public static final class PutRecords {
    /** The SDK makes models by reflection. */
    public PutRecords() {}
  }

  /** The response model, never filled: every answer here is an error. */
  public static final class PutRecordsResult extends SdkResponse {
    /** The SDK makes models by reflection. */
    public PutRecordsResult() {}
  }

  @BeforeAll
  static void startTheServerAndTheSdk() throws IOException {
    server = new LoopbackDis();
    client = new HcClient(HttpConfig.getDefaultHttpConfig())
        .withCredential(new BasicCredentials().withAk("test-ak").withSk("test-sk").withProjectId("demo-project"))
        .withEndpoints(List.of(server.endpoint().toString()));
  }

  @AfterAll
  static void stopTheServer() {
    server.close();
  }

  // README: the Huawei Cloud SDK v3
  /**
   * The typed exception for an error answer the SDK v3 reported. The SDK reads a body's {@code error_code}
   * and {@code error_msg} (the API gateway's form), but not DIS's own {@code errorCode} and {@code message}:
   * then its error code is {@code null} and its error message the whole body, which goes to the dispatcher as
   * the body it is.
   */
  static DisStatusException disStatusOf(ServiceResponseException e) {
    if (e.getErrorCode() != null) {
      return DisStatusDispatcher.exceptionForParsedBody(e.getHttpStatusCode(), e.getErrorCode(), e.getErrorMsg(),
          e.getRequestId());
    }
    Map<String, List<String>> headers = e.getRequestId() == null
        ? Map.of()
        : Map.of("X-Request-Id", List.of(e.getRequestId()));
    return DisStatusDispatcher.exceptionFor(e.getHttpStatusCode(), e.getErrorMsg(), headers);
  }

  /** Each answer with its body in DIS's form, which the recipe passes on whole, and in the API gateway's. */
  static Stream<Arguments> everyErrorAnswerBecomesTheTypedException() {
    return Arrays.stream(DisAnswer.values())
        .flatMap(answer -> Stream.of(Arguments.of(answer, false), Arguments.of(answer, true)));
  }

  @ParameterizedTest(name = "{0}, the API gateway''s form: {1}")
  @MethodSource
  void everyErrorAnswerBecomesTheTypedException(DisAnswer answer, boolean gatewayBody) {
    DisStatusException converted = disStatusOf(putRecordsAgainst(answer, gatewayBody));
    answer.assertConverted(converted);
    assertEquals(Optional.of(server.lastRequestId()), converted.requestId());
  }

  /** What the SDK makes of DIS's body on its own: the issue this recipe works around. */
  @Test
  void theSdkReadsNeitherTheCodeNorTheMessageOfDissOwnBody() {
    ServiceResponseException thrown = putRecordsAgainst(DisAnswer.TRAFFIC_CONTROL, false);
    assertInstanceOf(ClientRequestException.class, thrown);
    assertEquals(400, thrown.getHttpStatusCode());
    assertNull(thrown.getErrorCode());
    assertEquals(DisAnswer.TRAFFIC_CONTROL.disBody(), thrown.getErrorMsg());
    assertEquals(server.lastRequestId(), thrown.getRequestId());
    assertInstanceOf(ServerResponseException.class, putRecordsAgainst(DisAnswer.SYSTEM_ERROR, false));
  }

  /** What {@code HcClient} throws for PutRecords when the server gives {@code answer}. */
  private static ServiceResponseException putRecordsAgainst(DisAnswer answer, boolean gatewayBody) {
    server.answer(answer, gatewayBody);
    return assertThrows(ServiceResponseException.class, () -> client.syncInvokeHttp(new PutRecords(), PUT_RECORDS));
  }
}
