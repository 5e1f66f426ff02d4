package dev.disstatus.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java constants of every error code in DIS's "Error Codes" page, written out by hand, and the edges of the
 * rule that reads them from the message ({@link NamingRule#errorConstantName(String)}).
 */
class ErrorCodeNamesTest {
  /** One row of the page with the constant a reader expects for it; the table is the specification. */
  record Names(String code, String constant) {}

  /** All but DIS.4226 come from the rule; DIS.4226's 14-word first sentence is overridden in the catalog. */
  private static final List<Names> DOCUMENT = List.of(
      new Names("DIS.4117", "INVALID_PROJECT_ID"),
      new Names("DIS.4200", "INVALID_REQUEST"),
      new Names("DIS.4201", "INVALID_PARTITION_ID"),
      new Names("DIS.4202", "EMPTY_REQUEST"),
      new Names("DIS.4203", "INVALID_MONITORING_PERIOD"),
      new Names("DIS.4204", "MONITORING_PERIOD_CANNOT_BE_LONGER_THAN_7_DAYS"),
      new Names("DIS.4205", "STREAM_IS_NOT_RUNNING"),
      new Names("DIS.4208", "MRS_CLUSTER_IS_INVALID"),
      new Names("DIS.4209", "INVALID_METRICS_LABEL"),
      new Names("DIS.4215", "INVALID_CURSOR_TYPE"),
      new Names("DIS.4216", "INVALID_SEQUENCE_NUMBER"),
      new Names("DIS.4217", "INVALID_PARTITION_CURSOR"),
      new Names("DIS.4224", "SEQUENCE_NUMBER_OUT_OF_RANGE"),
      new Names("DIS.4225", "EXPIRED_PARTITION_CURSOR"),
      new Names("DIS.4226", "PARTITION_ITERATOR_ERROR"),
      new Names("DIS.4300", "REQUEST_ERROR"),
      new Names("DIS.4301", "STREAM_DOES_NOT_EXIST"),
      new Names("DIS.4302", "PARTITION_DOES_NOT_EXIST"),
      new Names("DIS.4303", "EXCEEDED_TRAFFIC_CONTROL_LIMIT"),
      new Names("DIS.4305", "TOO_MANY_STREAM_REQUESTS"),
      new Names("DIS.4306", "BUCKET_DOES_NOT_EXIST"),
      new Names("DIS.4307", "STREAM_ALREADY_EXISTS"),
      new Names("DIS.4308", "INSUFFICIENT_QUOTA"),
      new Names("DIS.4309", "TOO_MANY_REQUEST_FAILURES"),
      new Names("DIS.4310", "OBS_ACCESS_ERROR"),
      new Names("DIS.4319", "PARTITION_IS_EXPIRED"),
      new Names("DIS.4329", "APP_QUOTA_EXCEEDED"),
      new Names("DIS.4330", "APP_ALREADY_EXIST"),
      new Names("DIS.4331", "APP_IS_USING"),
      new Names("DIS.4332", "APP_NOT_FOUND"),
      new Names("DIS.4335", "INVALID_IAM_AGENCY"),
      new Names("DIS.4336", "INVALID_HDFS_PATH"),
      new Names("DIS.4337", "DLI_DATABASE_DOES_NOT_EXIST"),
      new Names("DIS.4338", "DLI_TABLE_DOES_NOT_EXIST"),
      new Names("DIS.4339", "CONSUMER_QUOTA_EXCEEDED"),
      new Names("DIS.4341", "CLOUD_TABLE_CLUSTER_DOES_NOT_EXIST"),
      new Names("DIS.4342", "CLOUD_TABLE_TABLE_DOES_NOT_EXIST"),
      new Names("DIS.4343", "CLOUD_TABLE_TABLE_FAMILY_DOES_NOT_EXIST"),
      new Names("DIS.4345", "INVALID_CLOUD_TABLE_SCHEMA"),
      new Names("DIS.4348", "INVALID_CLOUD_TABLE_OPEN_TSDB_SCHEMA"),
      new Names("DIS.4350", "INVALID_DWS_CLUSTER"),
      new Names("DIS.4351", "INVALID_KMS_USER_KEY"),
      new Names("DIS.4354", "TRANSFER_TASK_DOES_NOT_EXIST"),
      new Names("DIS.4355", "TRANSFER_TASK_ALREADY_EXISTS"),
      new Names("DIS.4357", "EXCEEDED_TRANSFER_TASK_QUOTA"),
      new Names("DIS.4360", "INVALID_DATA_SCHEMA"),
      new Names("DIS.4375", "APP_DOES_NOT_COMMIT_CHECKPOINT"),
      new Names("DIS.4601", "NUMBER_OF_RESOURCE_TAGS_HAS_REACHED_THE_MAXIMUM"),
      new Names("DIS.4602", "INVALID_RESOURCE_TYPE"),
      new Names("DIS.4603", "RESOURCE_DOES_NOT_EXIST"),
      new Names("DIS.4604", "KEY_DOES_NOT_EXIST"),
      new Names("DIS.4605", "ACTION_IS_NOT_SUPPORTED"),
      new Names("DIS.4116", "INVALID_RBAC"),
      new Names("DIS.5000", "SYSTEM_ERROR"));

  @Test
  void bundledCatalogCarriesExactlyTheseConstants() {
    List<Names> bundled = StatusCatalog.bundled().errorCodes().orElseThrow().entries().stream()
        .map(entry -> new Names(entry.code(), entry.constantName()))
        .toList();
    assertEquals(DOCUMENT.size(), bundled.size());
    assertAll(IntStream.range(0, DOCUMENT.size()).mapToObj(i -> () -> assertEquals(DOCUMENT.get(i), bundled.get(i))));
  }

  @Test
  void everyConstantButOneComesFromTheMessage() {
    List<String> overridden = StatusCatalog.bundled().errorCodes().orElseThrow().entries().stream()
        .filter(entry -> !entry.constantName().equals(NamingRule.errorConstantName(entry.message())))
        .map(ErrorCodeEntry::code)
        .toList();
    assertEquals(List.of("DIS.4226"), overridden);
  }

  /** The table of the 54 codes in ERROR-CODES.md says what the catalog says, row for row. */
  @Test
  void errorCodesDocumentTableMatchesTheCatalog() throws IOException {
    List<String> rows = Files.readAllLines(Path.of("ERROR-CODES.md")).stream()
        .filter(line -> line.startsWith("| DIS."))
        .toList();
    List<String> expected = StatusCatalog.bundled().errorCodes().orElseThrow().entries().stream()
        .map(entry -> "| " + entry.code() + " | " + entry.status() + " | " + entry.message() + " | `"
            + entry.constantName() + "` | " + entry.guidance().map(ErrorGuidance::key).orElse("") + " |")
        .toList();
    assertEquals(expected, rows);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Exceeded traffic control limit.                    | EXCEEDED_TRAFFIC_CONTROL_LIMIT",
      "The stream does not exist. %s                      | STREAM_DOES_NOT_EXIST",
      "Too many request failures. Please try again later. | TOO_MANY_REQUEST_FAILURES",
      "Invalid partition_id. %s                           | INVALID_PARTITION_ID",
      "Invalid CloudTable openTSDB schema.                | INVALID_CLOUD_TABLE_OPEN_TSDB_SCHEMA",
      "The app does not commit checkpoint                 | APP_DOES_NOT_COMMIT_CHECKPOINT",
      "A quota of 5.5 GB is exceeded.                     | QUOTA_OF_5.5_GB_IS_EXCEEDED",
      "An error: %s                                       | ERROR:",
      "Theory of errors.                                  | THEORY_OF_ERRORS",
      "the stream is gone.                                | STREAM_IS_GONE",
  })
  void constantIsTheFirstSentenceWithoutPlaceholdersPeriodAndArticle(String message, String constant) {
    assertEquals(constant, NamingRule.errorConstantName(message));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"'%s'", "'.'", "'The.'", "' %s. Details follow.'"})
  void messageWithoutWordsGivesNoConstant(String message) {
    assertEquals(List.of(), NamingRule.errorWords(message));
    assertEquals(Optional.of(CatalogMessages.identifierEmpty()),
        NamingRule.constantProblem(NamingRule.errorConstantName(message)));
  }
}
