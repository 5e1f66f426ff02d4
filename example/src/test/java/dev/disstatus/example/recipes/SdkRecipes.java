package dev.disstatus.example.recipes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.disstatus.example.status.DisClientErrorException;
import dev.disstatus.example.status.DisErrorCode;
import dev.disstatus.example.status.DisServerErrorException;
import dev.disstatus.example.status.DisStatusException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the recipes for the two Huawei Cloud SDKs share: DIS's error answers, a loopback server that gives one
 * of them to whatever an SDK sends, and the typed exception each answer must become.
 */
final class SdkRecipes {
  private SdkRecipes() {}

  /** DIS's error answers the recipes convert, each with the typed exception it must become. */
  enum DisAnswer {
    /** 400 with DIS's flow control: the request may be sent again after backing off. */
    TRAFFIC_CONTROL(400, "DIS.4303", "Exceeded traffic control limit."),
    /** 400 for a stream that does not exist: the request must change. */
    NO_SUCH_STREAM(400, "DIS.4301", "Stream does not exist. [demo]"),
    /** 441, DIS's own status for a failed authentication (the DIS SDK waits for a 401). */
    UNAUTHENTICATED(441, "DIS.4100", "Authorization error."),
    /** 500 with DIS's system error. */
    SYSTEM_ERROR(500, "DIS.5000", "System error.");

    final int status;
    final String errorCode;
    final String message;

    DisAnswer(int status, String errorCode, String message) {
      this.status = status;
      this.errorCode = errorCode;
      this.message = message;
    }

    /** The body as DIS writes it: {@code {"errorCode":"DIS.4303","message":"..."}}. */
    String disBody() {
      return "{\"errorCode\":\"" + errorCode + "\",\"message\":\"" + message + "\"}";
    }

    /** The body in the form of Huawei Cloud's API gateway, which the SDK v3 reads. */
    String gatewayBody(String requestId) {
      return "{\"error_code\":\"" + errorCode + "\",\"error_msg\":\"" + message + "\",\"request_id\":\""
          + requestId + "\"}";
    }

    /**
     * That {@code error} is what this answer must become: the class the dispatcher gives for the status, both
     * keys of DIS's error read, and {@code isRetryable()} from both.
     */
    void assertConverted(DisStatusException error) {
      assertEquals(status, error.statusCode());
      assertEquals(Optional.of(errorCode), error.errorCode());
      assertEquals(Optional.of(message), error.errorMessage());
      switch (this) {
        case TRAFFIC_CONTROL -> {
          assertInstanceOf(DisClientErrorException.BadRequest.class, error);
          assertTrue(error.is(DisErrorCode.EXCEEDED_TRAFFIC_CONTROL_LIMIT));
          assertTrue(error.isRetryable(), "DIS.4303: back off and send again");
          assertTrue(error.getMessage().endsWith("[DIS.4303: Exceeded traffic control limit.] Solution: Add the "
              + "stream or reduce the upload rate."), error.getMessage());
        }
        case NO_SUCH_STREAM -> {
          assertInstanceOf(DisClientErrorException.BadRequest.class, error);
          assertTrue(error.is(DisErrorCode.STREAM_DOES_NOT_EXIST));
          assertFalse(error.isRetryable(), "DIS.4301: the same request fails again");
        }
        case UNAUTHENTICATED -> {
          assertInstanceOf(DisClientErrorException.AuthenticationError.class, error);
          // DIS.4100 is not on DIS's page of error codes.
          assertEquals(Optional.empty(), error.error());
          assertFalse(error.isRetryable());
        }
        case SYSTEM_ERROR -> {
          assertInstanceOf(DisServerErrorException.InternalServerError.class, error);
          assertTrue(error.is(DisErrorCode.SYSTEM_ERROR));
          assertFalse(error.isRetryable(), "the document gives 500 and DIS.5000 no guidance");
        }
      }
    }
  }

  /**
   * A server on loopback that answers every request with one DIS error answer and its own {@code X-Request-Id}
   * ({@code sdk-1}, {@code sdk-2}, ...), the body in DIS's form or the API gateway's.
   */
  static final class LoopbackDis implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile DisAnswer answer = DisAnswer.TRAFFIC_CONTROL;
    private volatile boolean gatewayBody;

    LoopbackDis() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> {
        try (exchange; InputStream request = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
          request.readAllBytes();
          String requestId = "sdk-" + requests.incrementAndGet();
          byte[] body = (gatewayBody ? answer.gatewayBody(requestId) : answer.disBody()).getBytes(UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-Request-Id", requestId);
          exchange.sendResponseHeaders(answer.status, body.length);
          out.write(body);
        }
      });
      server.start();
    }

    /** Answers from now on with {@code answer}, its body in the API gateway's form if {@code gatewayBody}. */
    void answer(DisAnswer answer, boolean gatewayBody) {
      this.answer = answer;
      this.gatewayBody = gatewayBody;
    }

    /** The {@code X-Request-Id} of the last answer. */
    String lastRequestId() {
      return "sdk-" + requests.get();
    }

    /** Where the server listens, such as {@code http://127.0.0.1:40123}. */
    URI endpoint() {
      InetSocketAddress address = server.getAddress();
      return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
