package dev.disstatus.example;

import dev.disstatus.example.FakeDisServer.Scenario;
import dev.disstatus.example.status.DisRetryPolicy;
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
import java.util.stream.IntStream;

/**
 * Runs {@link DisClient} against a {@link FakeDisServer} once per scenario and prints what happened as a
 * table: the statuses and DIS error codes the server sent, the generated constant and exception, the client's
 * retries and how many records DIS took; then, record by record, the call in which DIS took some records and
 * refused others. The waits are real and the backoff random (the generated {@link DisRetryPolicy#DEFAULT}), so
 * the run takes a few seconds and its backoff waits differ from run to run.
 */
public final class Main {

  private static final String PROJECT_ID = "demo-project";
  /** Five records per call, so that PutRecords can take some and refuse others. */
  static final List<byte[]> RECORDS = IntStream.range(0, 5)
      .mapToObj(i -> ("record-" + i).getBytes(StandardCharsets.UTF_8))
      .toList();
  private static final List<String> HEADINGS =
      List.of("scenario", "HTTP", "DisStatus", "exception", "DIS error", "retried", "attempts", "taken");
  private static final List<String> RECORD_HEADINGS = List.of("record", "sends", "result");

  private Main() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    DisRetryPolicy policy = DisRetryPolicy.DEFAULT;
    System.out.printf("PutRecords of %d records against a DIS-like server: at most %d attempts, backoff from %s"
        + " with jitter, no wait over %s%n%n", RECORDS.size(), policy.maxAttempts(), seconds(policy.firstBackoff()),
        seconds(policy.maxWait()));
    report(System.out, policy, DisClient.Sleeper.REAL);
  }

  /** Runs every scenario against a server of its own with this policy, and prints the tables. */
  static void report(PrintStream out, DisRetryPolicy policy, DisClient.Sleeper sleeper)
      throws IOException, InterruptedException {
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> partlyFailed = List.of();
    try (FakeDisServer server = FakeDisServer.start()) {
      HttpClient http = HttpClient.newHttpClient();
      for (Scenario scenario : Scenario.values()) {
        List<Duration> waits = new ArrayList<>();
        DisClient client = new DisClient(http, server.endpoint(), PROJECT_ID, policy, wait -> {
          waits.add(wait);
          sleeper.sleep(wait);
        });
        String status;
        String exception = "-";
        String taken = "0 of " + RECORDS.size();
        try {
          DisClient.Result result = client.putRecords(scenario.stream(), RECORDS);
          status = constant(result.statusCode());
          taken = (RECORDS.size() - result.failedRecordCount()) + " of " + RECORDS.size();
          if (scenario == Scenario.PARTLY_FAILED) {
            partlyFailed = recordRows(result);
          }
        } catch (DisStatusException e) {
          status = constant(e.statusCode());
          // DisClientErrorException.TooManyRequests: the nested name as the code writes it.
          exception = e.getClass().getName().substring(DisStatusException.class.getPackageName().length() + 1)
              .replace('$', '.');
        }
        rows.add(row(server, scenario, status, exception, waits, taken));
      }
    }
    print(out, HEADINGS, rows);
    out.println();
    out.println(Scenario.PARTLY_FAILED.stream() + ", record by record (DIS.4303 is resent after a backoff,"
        + " any other code reported):");
    out.println();
    print(out, RECORD_HEADINGS, partlyFailed);
  }

  /** One row of the first table, from what the server sent for the scenario's stream and what the client did. */
  private static List<String> row(FakeDisServer server, Scenario scenario, String status, String exception,
      List<Duration> waits, String taken) {
    List<FakeDisServer.Exchange> sent = server.exchanges().stream()
        .filter(exchange -> exchange.stream().equals(scenario.stream()))
        .toList();
    return List.of(
        scenario.stream(),
        sent.stream().map(exchange -> String.valueOf(exchange.status())).collect(Collectors.joining(" > ")),
        status,
        exception,
        sent.stream().allMatch(exchange -> exchange.errorCodes().isEmpty()) ? "-"
            : sent.stream().map(Main::errorCodes).collect(Collectors.joining(" > ")),
        waits.isEmpty() ? "no" : "after " + waits.stream().map(Main::seconds).collect(Collectors.joining(", ")),
        String.valueOf(sent.size()),
        taken);
  }

  /** The DIS error codes of one answer, each once, such as {@code DIS.4303+DIS.5000}; "-" for none. */
  private static String errorCodes(FakeDisServer.Exchange exchange) {
    List<String> codes = exchange.errorCodes().stream().distinct().toList();
    return codes.isEmpty() ? "-" : String.join("+", codes);
  }

  private static List<List<String>> recordRows(DisClient.Result result) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < result.records().size(); i++) {
      DisClient.RecordResult record = result.records().get(i);
      String outcome = record.taken()
          ? "taken, sequence number " + record.sequenceNumber().orElse("?")
          : "failed, reported: " + record.errorCode().orElse("?") + " " + record.errorMessage().orElse("");
      rows.add(List.of(String.valueOf(i), String.valueOf(record.sends()), outcome));
    }
    return rows;
  }

  private static String constant(int code) {
    return DisStatus.find(code).map(DisStatus::name).orElse("(none)");
  }

  private static String seconds(Duration wait) {
    return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
  }

  /** Prints the rows under the headings, each column as wide as its widest cell. */
  static void print(PrintStream out, List<String> headings, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(headings);
    all.addAll(rows);
    int[] widths = new int[headings.size()];
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
