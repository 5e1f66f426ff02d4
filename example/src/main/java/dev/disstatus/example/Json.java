package dev.disstatus.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JSON for PutRecords: writing a string literal, reading one string or integer field, and cutting
 * an array of flat objects ({@code "records":[{...},...]}) into its objects.
 *
 * <p>The example keeps its run-time class path to the JDK alone, so there is no JSON library; the bodies
 * involved are small and flat. Reading takes the first field of that name anywhere in the text, which is
 * right for these bodies and for nothing more general.
 */
final class Json {

  private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";

  private Json() {}

  /** {@code value} as a JSON string literal, quotes included. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** The value of the first string field called {@code name}, unescaped, if there is one. */
  static Optional<String> stringField(String json, String name) {
    Matcher m = field(name, STRING).matcher(json);
    return m.find() ? Optional.of(unescape(m.group(1))) : Optional.empty();
  }

  /** The value of the first integer field called {@code name}, if there is one that fits an int. */
  static OptionalInt intField(String json, String name) {
    Matcher m = field(name, "(-?\\d{1,9})(?![\\d.eE])").matcher(json);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /**
   * The objects of the first array field called {@code name}, each as its own text, in order: empty if there is
   * no such array. The objects are taken to be flat (no object or array inside), as PutRecords' are; text in
   * strings, braces and brackets included, is skipped as such.
   *
   * @throws IllegalArgumentException if the array is not a list of flat objects or does not end
   */
  static List<String> objects(String json, String name) {
    Matcher m = field(name, "\\[").matcher(json);
    List<String> objects = new ArrayList<>();
    if (!m.find()) {
      return objects;
    }
    int start = -1;
    boolean inString = false;
    for (int i = m.end(); i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"' && start >= 0) {
        inString = true;
      } else if (c == '{' && start < 0) {
        start = i;
      } else if (c == '}' && start >= 0) {
        objects.add(json.substring(start, i + 1));
        start = -1;
      } else if (c == ']' && start < 0) {
        return objects;
      } else if (start < 0 ? c != ',' && !Character.isWhitespace(c) : c == '{' || c == '[' || c == ']') {
        break;
      }
    }
    throw new IllegalArgumentException("\"" + name + "\" is not an array of flat objects: " + json);
  }

  private static Pattern field(String name, String valuePattern) {
    return Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*" + valuePattern);
  }

  private static String unescape(String literal) {
    StringBuilder out = new StringBuilder(literal.length());
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = literal.charAt(++i);
      switch (escaped) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          // The string pattern lets a malformed u-escape through; it is kept as written.
          String hex = literal.substring(i + 1, Math.min(i + 5, literal.length()));
          if (hex.matches("[0-9a-fA-F]{4}")) {
            out.append((char) Integer.parseInt(hex, 16));
            i += 4;
          } else {
            out.append("\\u");
          }
        }
        default -> out.append(escaped); // \" \\ \/
      }
    }
    return out.toString();
  }
}
