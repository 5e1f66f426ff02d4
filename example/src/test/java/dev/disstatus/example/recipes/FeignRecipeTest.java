package dev.disstatus.example.recipes;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.disstatus.example.FakeDisServer;
import dev.disstatus.example.status.DisStatusDispatcher;
import feign.Feign;
import feign.Headers;
import feign.RequestLine;
import feign.Response;
import feign.Util;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** README's recipe for OpenFeign (an {@code ErrorDecoder}), against the DIS-like server. */
class FeignRecipeTest {
  @AutoClose
  private final FakeDisServer server = FakeDisServer.start();

  FeignRecipeTest() throws IOException {}

  /** DIS's PutRecords, as a Feign interface. */
  interface Dis {
    @RequestLine("POST /v2/demo-project/records")
    @Headers("Content-Type: application/json")
    String putRecords(String body);
  }

  // README: OpenFeign
  static final class DisErrorDecoder implements ErrorDecoder {
    @Override
    public Exception decode(String methodKey, Response response) {
      try {
        String body = response.body() == null ? "" : Util.toString(response.body().asReader(UTF_8));
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        return DisStatusDispatcher.exceptionFor(response.status(), body, headers);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void errorDecoder() throws Exception {
    Dis dis = Feign.builder()
        .errorDecoder(new DisErrorDecoder())
        .target(Dis.class, server.endpoint().toString());

    Recipes.assertRecipe(server, dis::putRecords);
  }
}
