package dev.disstatus.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads values of the kinds every part of a catalog is made of (mappings with known keys, lists, text) out of
 * YAML nodes; a value of the wrong kind is reported at its place and read as empty, so that reading goes on and
 * one load finds every problem.
 */
final class NodeReader {
  private final Problems problems;

  NodeReader(Problems problems) {
    this.problems = problems;
  }

  /** Where the problems go, for the checks of one part that need more than reading. */
  Problems problems() {
    return problems;
  }

  /**
   * The keys of a mapping, after reporting its duplicate keys and those it does not know (with the known key a
   * misspelt one likely means); empty if the node is no mapping.
   *
   * @param what the mapping as messages name it, such as {@link CatalogMessages#ENTRY}
   * @param known its keys, in the order messages list them
   */
  Optional<Fields> mapping(Node node, String what, List<String> known) {
    if (!(node instanceof MappingNode mapping)) {
      problems.report(node, CatalogMessages.notMapping(what, describe(node)));
      return Optional.empty();
    }
    Map<String, NodeTuple> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar)) {
        problems.report(keyNode, CatalogMessages.keyNotText(describe(keyNode)));
        continue;
      }
      String key = scalar.getValue();
      NodeTuple first = keys.putIfAbsent(key, tuple);
      if (first != null) {
        problems.report(keyNode, CatalogMessages.duplicateKey(key, position(first.getKeyNode())));
      } else if (!known.contains(key)) {
        problems.report(keyNode,
            CatalogMessages.unknownKey(key, what, known, Spelling.closest(key, known).orElse(null)));
      }
    }
    return Optional.of(new Fields(node, what, keys));
  }

  /** The value of a key the mapping must have, or empty once its absence is reported at the mapping. */
  Optional<Node> required(Fields fields, String key) {
    Optional<Node> value = fields.optional(key);
    if (value.isEmpty()) {
      problems.report(fields.node(), CatalogMessages.missingKey(fields.what(), key));
    }
    return value;
  }

  /**
   * The items of a list, or empty once it is reported as no list or as an empty one.
   *
   * @param notList the message for a node that is no list, given what was found instead
   * @param empty the message for an empty list, made only for one
   */
  Optional<List<Node>> list(Node node, Function<String, String> notList, Supplier<String> empty) {
    if (!(node instanceof SequenceNode sequence)) {
      problems.report(node, notList.apply(describe(node)));
      return Optional.empty();
    }
    if (sequence.getValue().isEmpty()) {
      problems.report(node, empty.get());
      return Optional.empty();
    }
    return Optional.of(sequence.getValue());
  }

  /** A text that is not blank, written as a YAML string. */
  Optional<String> text(Node node, String key) {
    if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.STR)) {
      problems.report(node, CatalogMessages.notText(key, describe(node)));
      return Optional.empty();
    }
    if (scalar.getValue().isBlank()) {
      problems.report(node, CatalogMessages.blank(key));
      return Optional.empty();
    }
    return Optional.of(scalar.getValue());
  }

  /** A text of at most {@link CatalogLoader#MAX_TEXT} chars, which is the limit of every catalog text. */
  Optional<String> limitedText(Node node, String key) {
    Optional<String> text = text(node, key);
    return text.isPresent() && withinLimit(node, key, text.get().length()) ? text : Optional.empty();
  }

  /** Paragraphs: one string (one paragraph) or a list of them, together at most {@link CatalogLoader#MAX_TEXT}. */
  Optional<List<String>> paragraphs(Node node, String key) {
    Optional<List<String>> paragraphs = allParagraphs(node, key);
    if (paragraphs.isEmpty()) {
      return paragraphs;
    }
    // Counted as the generated code joins them, with a blank line between two; counted, not joined, to check.
    int joinedLength = 2 * (paragraphs.get().size() - 1);
    for (String paragraph : paragraphs.get()) {
      joinedLength += paragraph.length();
    }
    return withinLimit(node, key, joinedLength) ? paragraphs : Optional.empty();
  }

  /** Whether a text of this length is within {@link CatalogLoader#MAX_TEXT}; if not, that is reported. */
  private boolean withinLimit(Node node, String key, int length) {
    if (length > CatalogLoader.MAX_TEXT) {
      problems.report(node, CatalogMessages.textTooLong(key, length, CatalogLoader.MAX_TEXT));
      return false;
    }
    return true;
  }

  private Optional<List<String>> allParagraphs(Node node, String key) {
    if (node instanceof ScalarNode) {
      return text(node, key).map(List::of);
    }
    Optional<List<Node>> items = list(node, CatalogMessages::descriptionNotList, () -> CatalogMessages.emptyList(key));
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Node item : items.get()) {
      text(item, key).ifPresent(paragraphs::add);
    }
    return paragraphs.size() == items.get().size() ? Optional.of(paragraphs) : Optional.empty();
  }

  /**
   * One of a few values written as text, such as a guidance, or empty once an unknown one is reported.
   *
   * @param lookup the value a text names, if any
   * @param unknown the message for a text that names none, given the text
   */
  <T> Optional<T> oneOf(Node node, String key, Function<String, Optional<T>> lookup, Function<String, String> unknown) {
    Optional<String> text = text(node, key);
    Optional<T> value = text.flatMap(lookup);
    if (text.isPresent() && value.isEmpty()) {
      problems.report(node, unknown.apply(text.get()));
    }
    return value;
  }

  /** An HTTP status code, 100 to 599, written as a plain whole number. */
  Optional<Integer> httpStatus(Node node, String key) {
    if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.INT)
        || !isDecimal(scalar.getValue())) {
      problems.report(node, CatalogMessages.statusNotInteger(key, describe(node)));
      return Optional.empty();
    }
    String digits = scalar.getValue();
    if (digits.length() > 4 || Integer.parseInt(digits) < 100 || Integer.parseInt(digits) > 599) {
      problems.report(node, CatalogMessages.codeOutOfRange(digits));
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }

  /**
   * Whether a text is a whole number written in decimal ({@code [+-]?(0|[1-9][0-9]*)}): not in octal,
   * hexadecimal, base 60 or with {@code _}, which YAML 1.1 reads as numbers too.
   */
  static boolean isDecimal(String text) {
    int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    if (start == text.length() || text.charAt(start) == '0' && text.length() > start + 1) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value, or empty once its problem, if it has one, is reported at the node. */
  <T> Optional<T> unless(Node at, T value, Optional<String> problem) {
    problem.ifPresent(p -> problems.report(at, p));
    return problem.isPresent() ? Optional.empty() : Optional.of(value);
  }

  /**
   * A Java name an entry sets by a key such as {@code javaConstant}, if written and valid by the rule.
   *
   * @param rule what keeps a string from being such a name, as {@link NamingRule} gives it
   */
  Optional<String> javaName(Fields entry, String key, Function<String, Optional<String>> rule) {
    Optional<Node> at = entry.optional(key);
    return at.flatMap(node -> text(node, key)).flatMap(value -> unless(at.get(), value,
        rule.apply(value).map(problem -> CatalogMessages.invalidOverride(key, value, problem))));
  }

  /**
   * A Java name {@link NamingRule} derives from an entry's name, if valid; a problem is reported at the name.
   *
   * @param kind {@link CatalogMessages#CONSTANT} or {@link CatalogMessages#TYPE_NAME}
   * @param derived the name the rule gives, empty exactly when the entry's name has no words
   */
  Optional<String> derivedJavaName(Node at, String name, String kind, String derived,
      Function<String, Optional<String>> rule) {
    Optional<String> problem = derived.isEmpty()
        ? Optional.of(CatalogMessages.nameWithoutWords())
        : rule.apply(derived);
    return unless(at, derived, problem.map(p -> CatalogMessages.derivedName(name, kind, derived, p)));
  }

  /** What a node holds, for messages that end in "found ...". */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return CatalogMessages.foundMapping();
    }
    if (node instanceof SequenceNode) {
      return CatalogMessages.foundList();
    }
    ScalarNode scalar = (ScalarNode) node;
    Tag tag = scalar.getTag();
    String value = scalar.getValue();
    if (tag.equals(Tag.NULL)) {
      return CatalogMessages.foundNothing();
    }
    if (tag.equals(Tag.STR)) {
      return CatalogMessages.foundText(value);
    }
    if (tag.equals(Tag.BOOL)) {
      return CatalogMessages.foundBoolean(value);
    }
    if (tag.equals(Tag.FLOAT)) {
      return CatalogMessages.foundDecimal(value);
    }
    return CatalogMessages.foundValue(value);
  }

  /** Where a node starts, 1-based. */
  static Position position(Node node) {
    Mark mark = node.getStartMark();
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /**
   * The keys of one mapping, each with its value node.
   *
   * @param node the mapping, where a missing key is reported
   * @param what the mapping as messages name it
   */
  record Fields(Node node, String what, Map<String, NodeTuple> keys) {
    /** Whether the key is written, whatever its value. */
    boolean has(String key) {
      return keys.containsKey(key);
    }

    /** The value of a key that may be left out. */
    Optional<Node> optional(String key) {
      return Optional.ofNullable(keys.get(key)).map(NodeTuple::getValueNode);
    }
  }
}
