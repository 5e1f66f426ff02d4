package dev.disstatus.example;

import dev.disstatus.example.FakeDisServer.Scenario;
import dev.disstatus.example.status.DisStatus;
import dev.disstatus.example.status.DisStatusException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs {@link DisClient} against a {@link FakeDisServer} once per scenario and prints what happened as a
 * table: the statuses the server sent, the generated constant and exception, the DIS error code, and the
 * client's retries. The waits are real, so the run takes a few seconds.
 */
public final class Main {

  private static final String PROJECT_ID = "demo-project";
  private static final List<String> HEADINGS =
      List.of("scenario", "HTTP", "DisStatus", "exception", "DIS error", "retried", "attempts");

  private Main() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    List<List<String>> rows = new ArrayList<>();
    try (FakeDisServer server = FakeDisServer.start()) {
      HttpClient http = HttpClient.newHttpClient();
      DisClient.RetryPolicy policy = DisClient.RetryPolicy.DEFAULT;
      System.out.printf("PutRecords against a DIS-like server on %s: at most %d attempts, backoff from %s,"
          + " no wait over %s%n%n", server.endpoint(), policy.maxAttempts(), seconds(policy.firstBackoff()),
          seconds(policy.maxWait()));
      for (Scenario scenario : Scenario.values()) {
        rows.add(run(server, http, scenario));
      }
    }
    print(System.out, rows);
  }

  /** One row: calls PutRecords on the scenario's stream and describes the outcome. */
  private static List<String> run(FakeDisServer server, HttpClient http, Scenario scenario)
      throws IOException, InterruptedException {
    List<Duration> waits = new ArrayList<>();
    DisClient client = new DisClient(http, server.endpoint(), PROJECT_ID, DisClient.RetryPolicy.DEFAULT,
        wait -> {
          waits.add(wait);
          DisClient.Sleeper.REAL.sleep(wait);
        });
    String status;
    String exception = "-";
    String errorCode = "-";
    try {
      DisClient.Result result =
          client.putRecords(scenario.stream(), List.of("hello".getBytes(StandardCharsets.UTF_8)));
      status = constant(result.statusCode());
    } catch (DisStatusException e) {
      status = constant(e.statusCode());
      // DisClientErrorException.TooManyRequests: the nested name as the code writes it.
      exception = e.getClass().getName().substring(DisStatusException.class.getPackageName().length() + 1)
          .replace('$', '.');
      errorCode = e.errorCode().orElse("-");
    }
    List<Integer> sent = server.statusesSent(scenario.stream());
    return List.of(
        scenario.stream(),
        sent.stream().map(String::valueOf).collect(Collectors.joining(" > ")),
        status,
        exception,
        errorCode,
        waits.isEmpty() ? "no" : "after " + waits.stream().map(Main::seconds).collect(Collectors.joining(", ")),
        String.valueOf(sent.size()));
  }

  private static String constant(int code) {
    return DisStatus.find(code).map(DisStatus::name).orElse("(none)");
  }

  private static String seconds(Duration wait) {
    return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
  }

  /** Prints the rows under {@link #HEADINGS}, each column as wide as its widest cell. */
  static void print(PrintStream out, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(HEADINGS);
    all.addAll(rows);
    int[] widths = new int[HEADINGS.size()];
    for (List<String> row : all) {
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < widths.length; column++) {
        line.append(String.format("%-" + widths[column] + "s", row.get(column))).append("  ");
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
