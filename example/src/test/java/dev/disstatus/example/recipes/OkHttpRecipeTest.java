package dev.disstatus.example.recipes;

import static dev.disstatus.example.recipes.Recipes.PUT_RECORDS;

import dev.disstatus.example.FakeDisServer;
import dev.disstatus.example.status.DisStatusDispatcher;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** README's recipe for OkHttp, against the DIS-like server. */
class OkHttpRecipeTest {
  @AutoClose
  private final FakeDisServer server = FakeDisServer.start();
  private final OkHttpClient client = new OkHttpClient();

  OkHttpRecipeTest() throws IOException {}

  @AfterEach
  void stopTheClientsThreads() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Test
  void okHttp() throws Exception {
    Recipes.assertRecipe(server, this::put);
  }

  private String put(String json) throws IOException {
    Request request = new Request.Builder()
        .url(server.endpoint().resolve(PUT_RECORDS).toURL())
        .post(RequestBody.create(json, MediaType.get("application/json")))
        .build();
    // README: OkHttp
    try (Response response = client.newCall(request).execute()) {
      String body = response.body().string();
      DisStatusDispatcher.throwIfError(response.code(), body, response.headers().toMultimap());
      return body;
    }
  }
}
