package dev.disstatus.benchmarks;

import dev.disstatus.benchmarks.dis.DisStatusException;
import feign.FeignException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.HttpClientErrorException;

/** Error responses as DIS sends them, for the dispatch benchmark, and the check that each contender read them. */
final class DisResponses {
  /** The request the responses answer, for Feign, whose response needs one. */
  static final String URL = "https://dis.cn-north-4.myhuaweicloud.com/v2/0a1b2c3d4e5f/records";

  private DisResponses() {}

  /** DIS's JSON error body for a status. */
  static String body(int code) {
    return switch (code) {
      case 400 -> error("DIS.4303", "Exceeded traffic control limit.");
      case 404 -> error("DIS.4301", "The stream does not exist. [stream_name: bench-stream]");
      case 429 -> error("DIS.4350", "Request rate exceeds the stream's partition limit. [partition_id: 0]");
      case 441 -> error("DIS.4116", "Invalid token. [token expired]");
      default -> throw new IllegalArgumentException("no DIS response written for " + code);
    };
  }

  /**
   * The response headers for a status, the eight a DIS response behind its gateway carries: in the map
   * {@code java.net.http.HttpHeaders.map()} gives, sorted and case-insensitive. {@code Retry-After} is on every
   * status, so that all of them copy the same headers.
   */
  static Map<String, List<String>> headers(int code) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Content-Type", List.of("application/json;charset=UTF-8"));
    headers.put("Content-Length", List.of(Integer.toString(body(code).length())));
    headers.put("Connection", List.of("keep-alive"));
    headers.put("Date", List.of("Tue, 24 Nov 2026 19:00:00 GMT"));
    headers.put("Server", List.of("api-gateway"));
    headers.put("X-Request-Id", List.of("6f0c3a56b3f2e1d4c7a8b9e0f1a2b3c4"));
    headers.put("Retry-After", List.of("1"));
    headers.put("Strict-Transport-Security", List.of("max-age=31536000; includeSubdomains"));
    return Collections.unmodifiableMap(headers);
  }

  /** The same headers as Spring's {@code HttpHeaders}, the form {@code HttpClientErrorException.create} takes. */
  static HttpHeaders springHeaders(Map<String, List<String>> headers) {
    HttpHeaders springHeaders = new HttpHeaders();
    headers.forEach(springHeaders::addAll);
    return springHeaders;
  }

  private static String error(String errorCode, String message) {
    return "{\"errorCode\":\"" + errorCode + "\",\"message\":\"" + message + "\"}";
  }

  /**
   * Fails unless every contender made an exception for the code, and the generated ones filled in a stack trace
   * exactly when asked to: otherwise the benchmark would time something else than it says.
   */
  static void checkSameKind(int code, RuntimeException withStack, RuntimeException withoutStack,
      RuntimeException spring, RuntimeException feign) {
    check(((DisStatusException) withStack).statusCode() == code, withStack);
    check(withStack.getStackTrace().length > 0, withStack);
    check(((dev.disstatus.benchmarks.nostack.DisStatusException) withoutStack).statusCode() == code, withoutStack);
    check(withoutStack.getStackTrace().length == 0, withoutStack);
    check(((HttpClientErrorException) spring).getStatusCode().value() == code, spring);
    check(((FeignException) feign).status() == code, feign);
  }

  private static void check(boolean condition, RuntimeException made) {
    if (!condition) {
      throw new IllegalStateException("unexpected exception for the benchmark: " + made, made);
    }
  }
}
