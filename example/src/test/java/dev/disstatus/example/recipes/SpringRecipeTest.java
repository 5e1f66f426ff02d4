package dev.disstatus.example.recipes;

import static dev.disstatus.example.recipes.Recipes.PUT_RECORDS;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.disstatus.example.FakeDisServer;
import dev.disstatus.example.status.DisStatusDispatcher;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/** README's recipes for Spring's {@code RestClient} and {@code RestTemplate}, against the DIS-like server. */
class SpringRecipeTest {
  @AutoClose
  private final FakeDisServer server = FakeDisServer.start();

  // README: Spring RestClient
  private final RestClient restClient = RestClient.builder()
      .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
        throw DisStatusDispatcher.exceptionFor(response.getStatusCode().value(),
            new String(response.getBody().readAllBytes(), UTF_8), response.getHeaders());
      })
      .build();

  // README: Spring RestTemplate
  private final RestTemplate restTemplate = new RestTemplate();

  SpringRecipeTest() throws IOException {
    restTemplate.setErrorHandler(new ResponseErrorHandler() {
      @Override
      public boolean hasError(ClientHttpResponse response) throws IOException {
        return response.getStatusCode().isError();
      }

      @Override
      public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
        throw DisStatusDispatcher.exceptionFor(response.getStatusCode().value(),
            new String(response.getBody().readAllBytes(), UTF_8), response.getHeaders());
      }
    });
  }

  @Test
  void restClient() throws Exception {
    Recipes.assertRecipe(server, this::restClientPut);
  }

  @Test
  void restTemplate() throws Exception {
    Recipes.assertRecipe(server, this::restTemplatePut);
  }

  private String restClientPut(String body) {
    return restClient.post()
        .uri(server.endpoint().resolve(PUT_RECORDS))
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .body(String.class);
  }

  private String restTemplatePut(String body) {
    return restTemplate.postForObject(server.endpoint().resolve(PUT_RECORDS), body, String.class);
  }
}
