package dev.disstatus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/** The scanner reads the same tokens at the same marks from the in-memory reader as from SnakeYAML's own. */
class PrintableTextReaderTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "a: 1\nb: \"two\"\n",
      "a: 1\r\nb: 'two'\r\nc:\r  - x\r",
      "a: \"line\u0085next\u2028and\u2029more\"\nb: plain \uFEFF text\n",
      "\uFEFFkey: \"\uD83D\uDE00 smile\"\nplain: \uD83D\uDE00 too\n",
      "a: [1, 2, {b: c}]\nd: |\n  block\n  text\ne: >-\n  folded\n\n  more\n",
      "a: \"esc \\t \\u00e9 \\x41 \\\n  continued\"\n",
      "ends with cr: x\r",
      "a: b: c\n",
      "a: \"unterminated\n",
  })
  void givesTheScannerWhatSnakeYamlsReaderGives(String text) {
    assertEquals(tokens(new StreamReader(new StringReader(text))), tokens(PrintableTextReader.of(text)));
  }

  @Test
  void givesTheSameMarksAcrossSnakeYamlsReadWindows() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("- \"\uD83D\uDE00 entry ").append(i).append(" \u00e9\u20ac\"\r\n");
    }
    String yaml = text.toString();
    assertInstanceOf(PrintableTextReader.class, PrintableTextReader.of(yaml));
    assertEquals(tokens(new StreamReader(new StringReader(yaml))), tokens(PrintableTextReader.of(yaml)));
  }

  @Test
  void leavesATextWithAForbiddenCharToSnakeYamlsReader() {
    assertNotEquals(PrintableTextReader.class, PrintableTextReader.of("a: \u0007\n").getClass());
  }

  /** Each token, or the syntax error that ends the text, as one line of what the scanner saw. */
  private static List<String> tokens(StreamReader reader) {
    Scanner scanner = new ScannerImpl(reader, new LoaderOptions());
    List<String> seen = new ArrayList<>();
    try {
      while (scanner.checkToken()) {
        Token token = scanner.getToken();
        String value = token instanceof ScalarToken scalar ? " " + scalar.getValue() : "";
        seen.add(token.getTokenId() + value + " " + at(token.getStartMark()) + "-" + at(token.getEndMark()));
      }
    } catch (MarkedYAMLException e) {
      seen.add(e.getProblem() + " " + at(e.getProblemMark()) + " " + e.getContext() + " " + at(e.getContextMark()));
    }
    return seen;
  }

  private static String at(Mark mark) {
    return mark == null ? "-" : mark.getLine() + ":" + mark.getColumn() + "@" + mark.getIndex();
  }
}
