package com.example.disclient;

import java.util.function.Supplier;

/** Sends records to DIS, retrying the failures that the status document says may be retried. */
public final class RecordsClient {
  private final Supplier<Response> transport;
  private final int maxAttempts;

  public RecordsClient(Supplier<Response> transport, int maxAttempts) {
    this.transport = transport;
    this.maxAttempts = maxAttempts;
  }

  /** Sends until DIS accepts, or fails with the exception of the last response. */
  public Response send() {
    DisStatusException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      Response response = transport.get();
      try {
        DisStatusDispatcher.throwIfError(response.status(), response.body(), response.headers());
        return response;
      } catch (DisServerErrorException e) {
        last = e;
      } catch (DisClientErrorException e) {
        if (!mayRetry(e.statusCode())) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  private static boolean mayRetry(int code) {
    return DisStatus.find(code)
        .flatMap(DisStatus::guidance)
        .map(guidance -> guidance != DisStatus.Guidance.MODIFY_REQUEST)
        .orElse(false);
  }
}
