package dev.disstatus.example.recipes;

import static dev.disstatus.example.recipes.Recipes.PUT_RECORDS;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import dev.disstatus.example.FakeDisServer;
import dev.disstatus.example.status.DisStatusDispatcher;
import java.io.IOException;
import java.util.Arrays;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** README's recipe for Apache HttpClient 5 (classic), against the DIS-like server. */
class ApacheHttpClientRecipeTest {
  @AutoClose
  private final FakeDisServer server = FakeDisServer.start();
  @AutoClose
  private final CloseableHttpClient client = HttpClients.createDefault();

  ApacheHttpClientRecipeTest() throws IOException {}

  @Test
  void httpClient5() throws Exception {
    Recipes.assertRecipe(server, this::put);
  }

  private String put(String json) throws IOException {
    HttpPost post = new HttpPost(server.endpoint().resolve(PUT_RECORDS));
    post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
    // README: Apache HttpClient 5
    return client.execute(post, response -> {
      String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), UTF_8);
      DisStatusDispatcher.throwIfError(response.getCode(), body, Arrays.stream(response.getHeaders())
          .collect(groupingBy(Header::getName, mapping(Header::getValue, toList()))));
      return body;
    });
  }
}
