package dev.disstatus.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disstatus.example.status.DisRetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What README shows of the example is what the example does: its printout, and the loop quoted from DisClient. */
class ReadmeExampleTest {

  /**
   * The tables Main prints, with the default policy's jitter fixed at the top of its range (README says its
   * waits are the full backoff, where a real run draws them lower) and no real sleeping.
   */
  @Test
  void readmeShowsWhatTheExamplePrints() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Duration> waits = new ArrayList<>();
    try (PrintStream out = new PrintStream(bytes, true, UTF_8)) {
      Main.report(out, DisRetryPolicy.DEFAULT.withJitter(() -> 1.0), waits::add);
    }

    assertEquals(ConsumerBuild.readmeBlock("What the example prints"), bytes.toString(UTF_8));
    assertEquals(9, waits.size(), waits.toString());
  }

  /** Every line of code in README's excerpt of DisClient's loop is a line of DisClient, in the same order. */
  @Test
  void readmesExcerptOfTheClientIsItsCode() throws Exception {
    List<String> source = Files.readAllLines(
        ConsumerBuild.PROJECT.resolve("example/src/main/java/dev/disstatus/example/DisClient.java")).stream().map(String::trim).toList();
    int at = 0;
    for (String line : ConsumerBuild.readmeBlock("In use, from").split("\n")) {
      String code = line.replaceFirst("\\s*// .*", "").trim();
      if (code.isEmpty() || code.startsWith("//")) {
        continue;
      }
      int found = source.subList(at, source.size()).indexOf(code);
      assertTrue(found >= 0, "README's line is not in DisClient.java after line " + at + ": " + code);
      at += found + 1;
    }
  }
}
