package dev.disstatus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void quoteEscapesWhatJsonRequires() {
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.quote("a\"b\\c\nd\u0001"));
  }

  @Test
  void stringFieldReadsBackWhatQuoteWrote() {
    String value = "Stream does not exist. [\"odd\\name\"]\t\u00e9";
    assertEquals(Optional.of(value), Json.stringField("{\"message\" : " + Json.quote(value) + "}", "message"));
  }

  @Test
  void stringFieldUnescapesUnicodeAndKeepsAMalformedEscapeAsWritten() {
    assertEquals(Optional.of("\u00e9/\\uZZ"), Json.stringField("{\"m\":\"\\u00e9\\/\\uZZ\"}", "m"));
  }

  @Test
  void stringFieldIsEmptyWhenTheFieldIsMissingOrNotAString() {
    assertEquals(Optional.empty(), Json.stringField("{\"other\":\"x\"}", "message"));
    assertEquals(Optional.empty(), Json.stringField("{\"message\":3}", "message"));
  }

  @Test
  void intFieldReadsIntegersOnly() {
    assertEquals(OptionalInt.of(0), Json.intField("{\"failed_record_count\":0,\"records\":[]}", "failed_record_count"));
    assertEquals(OptionalInt.of(-2), Json.intField("{\"n\": -2}", "n"));
    assertEquals(OptionalInt.empty(), Json.intField("{\"n\":1.5}", "n"));
    assertEquals(OptionalInt.empty(), Json.intField("{\"n\":\"1\"}", "n"));
  }

  @Test
  void objectsCutsAnArrayOfFlatObjectsWhateverItsStringsHold() {
    String body = "{\"failed_record_count\":1,\"records\" : [ {\"sequence_number\":\"1\"},"
        + "{\"error_code\":\"DIS.4303\",\"error_message\":\"a } ] { \\\" [ b\"} ]}";
    assertEquals(List.of("{\"sequence_number\":\"1\"}",
        "{\"error_code\":\"DIS.4303\",\"error_message\":\"a } ] { \\\" [ b\"}"), Json.objects(body, "records"));
    assertEquals(Optional.of("a } ] { \" [ b"), Json.stringField(Json.objects(body, "records").get(1), "error_message"));
  }

  @Test
  void objectsIsEmptyForAnEmptyOrMissingArray() {
    assertEquals(List.of(), Json.objects("{\"records\":[]}", "records"));
    assertEquals(List.of(), Json.objects("{\"errorCode\":\"DIS.4301\"}", "records"));
    assertEquals(List.of(), Json.objects("", "records"));
  }

  @Test
  void objectsRefusesWhatIsNotAListOfFlatObjects() {
    for (String body : List.of("{\"records\":[1]}", "{\"records\":[{\"a\":{}}]}", "{\"records\":[{\"a\":[]}]}",
        "{\"records\":[{\"a\":1}", "{\"records\":[{\"a\":\"}")) {
      assertThrows(IllegalArgumentException.class, () -> Json.objects(body, "records"), body);
    }
  }
}
