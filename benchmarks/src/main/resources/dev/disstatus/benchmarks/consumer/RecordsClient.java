package com.example.disclient;

import java.time.Duration;
import java.util.function.Supplier;

/** Sends records to DIS, retrying the failures that the status document says may be retried. */
public final class RecordsClient {
  private static final Duration DEFAULT_WAIT = Duration.ofMillis(200);

  private final Supplier<Response> transport;
  private final int maxAttempts;

  public RecordsClient(Supplier<Response> transport, int maxAttempts) {
    this.transport = transport;
    this.maxAttempts = maxAttempts;
  }

  /** Sends until DIS accepts, or fails with the exception of the last response. */
  public Response send() throws InterruptedException {
    DisStatusException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      Response response = transport.get();
      try {
        DisStatusDispatcher.throwIfError(response.status(), response.body(), response.headers());
        return response;
      } catch (DisServerErrorException e) {
        last = e;
      } catch (DisClientErrorException e) {
        if (!e.isRetryable()) {
          throw e;
        }
        last = e;
      }
      Thread.sleep(last.retryAfter().orElse(DEFAULT_WAIT).toMillis());
    }
    throw last;
  }

  /** One line for the application's log: status, DIS's error code and message, request id. */
  static String describe(DisStatusException e) {
    return e.statusCode() + " " + e.errorCode().orElse("-") + " " + e.errorMessage().orElse("")
        + e.requestId().map(id -> " (request " + id + ")").orElse("");
  }
}
