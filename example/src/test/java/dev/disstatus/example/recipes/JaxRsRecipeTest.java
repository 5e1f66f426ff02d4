package dev.disstatus.example.recipes;

import static dev.disstatus.example.recipes.Recipes.PUT_RECORDS;

import dev.disstatus.example.FakeDisServer;
import dev.disstatus.example.status.DisStatusDispatcher;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** README's recipe for the Jakarta REST (JAX-RS) client, here Jersey's, against the DIS-like server. */
class JaxRsRecipeTest {
  @AutoClose
  private final FakeDisServer server = FakeDisServer.start();
  @AutoClose
  private final Client client = ClientBuilder.newClient();

  JaxRsRecipeTest() throws IOException {}

  @Test
  void jaxRsClient() throws Exception {
    Recipes.assertRecipe(server, this::put);
  }

  private String put(String json) {
    URI uri = server.endpoint().resolve(PUT_RECORDS);
    // README: JAX-RS client
    try (Response response = client.target(uri).request().post(Entity.json(json))) {
      String body = response.hasEntity() ? response.readEntity(String.class) : "";
      DisStatusDispatcher.throwIfError(response.getStatus(), body, response.getStringHeaders());
      return body;
    }
  }
}
