package dev.disstatus.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes a catalog's text into YAML nodes, refusing tags, aliases and deep nesting while it parses, so that
 * nothing is ever constructed from the file and a hostile one stops at its first such construct.
 *
 * <p>It composes the nodes itself rather than with SnakeYAML's {@code Composer}: with tags and aliases refused
 * and comments not read, what is left of composing is a node per event, which the {@code Composer} wraps in
 * comment collection, anchor and recursion bookkeeping at every node. The nodes are those it would compose.
 */
final class GuardedYaml {
  private GuardedYaml() {}

  /** The one document's root node, or empty once the reason (syntax, a refused construct, no document) is reported. */
  static Optional<Node> compose(String text, Problems problems) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(CatalogLoader.MAX_BYTES);
      options.setProcessComments(false);
      Parser parser = new ParserImpl(PrintableTextReader.of(text), options);
      root = new Composition(parser, problems).document();
      if (!parser.checkEvent(Event.ID.StreamEnd)) {
        problems.report(parser.peekEvent().getStartMark(), CatalogMessages.moreThanOneDocument());
        return Optional.empty();
      }
    } catch (Refused refused) {
      return Optional.empty();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      problems.report(mark, CatalogMessages.syntax(problem == null ? e.getMessage() : problem));
      return Optional.empty();
    } catch (ReaderException e) {
      problems.report(Utf8Text.positionOfCodePoint(text, e.getPosition()), CatalogMessages.notPrintable(e.getCodePoint()));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.report(new Position(1, 1), CatalogMessages.yamlLimit(e.getMessage()));
      return Optional.empty();
    }
    // "---" alone is a document holding an empty scalar, placed after the marker: as empty as no document.
    if (root == null || root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
        && scalar.getValue().isEmpty()) {
      problems.report(new Position(1, 1), CatalogMessages.empty());
      return Optional.empty();
    }
    return Optional.of(root);
  }

  /**
   * The tags of a file's scalars as SnakeYAML's resolver (YAML 1.1) gives them, deciding each short plain scalar
   * once per file: a catalog writes the same few (its keys, its status codes) hundreds of times, and each
   * resolution runs up to four regexes. The tag is a function of the text alone, so every node gets the tag it
   * would get anyway.
   */
  private static final class ScalarTags {
    /** SnakeYAML's resolver, which holds nothing of a file once built. */
    private static final Yaml11Resolver RESOLVER = new Yaml11Resolver();

    /** Keys and codes are shorter; longer plain texts are rare and seldom repeat. */
    private static final int MAX_REMEMBERED = 24;

    private final Map<String, Tag> plainScalars = new HashMap<>();

    Tag of(ScalarEvent scalar) {
      String value = scalar.getValue();
      boolean plain = scalar.getImplicit().canOmitTagInPlainScalar();
      if (!plain || value.length() > MAX_REMEMBERED) {
        return RESOLVER.resolve(NodeId.scalar, value, plain);
      }
      // A decimal number, as every status code is, is an int by the first of the resolver's rules for its first
      // char (int, float, timestamp), without running one.
      if (NodeReader.isDecimal(value)) {
        return Tag.INT;
      }
      // A text whose first char starts none of the rules, as an error code's DIS.4604, is a string.
      if (!value.isEmpty() && !RESOLVER.hasRulesFor(value.charAt(0))) {
        return Tag.STR;
      }
      Tag tag = plainScalars.get(value);
      if (tag == null) {
        tag = RESOLVER.resolve(NodeId.scalar, value, true);
        plainScalars.put(value, tag);
      }
      return tag;
    }
  }

  /** SnakeYAML's resolver, telling which first chars of a plain text any of its rules may match. */
  private static final class Yaml11Resolver extends Resolver {
    /**
     * Whether a rule tried on texts of any first char may match a plain text whose first char has no rules of its
     * own. SnakeYAML's two such rules cannot: the empty text's, and the null rule, whose texts start with a space
     * (which a plain text never does) or with ~, n or N, which have rules of their own. Set while the super
     * constructor adds the rules, hence no initializer.
     */
    private boolean anyFirstChar;

    Yaml11Resolver() {
      if (!(yamlImplicitResolvers.containsKey('~') && yamlImplicitResolvers.containsKey('n')
          && yamlImplicitResolvers.containsKey('N'))) {
        anyFirstChar = true;
      }
    }

    @Override
    public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
      super.addImplicitResolver(tag, regexp, first, limit);
      if ((first == null || first.indexOf('\0') >= 0) && regexp != EMPTY && regexp != NULL) {
        anyFirstChar = true;
      }
    }

    boolean hasRulesFor(char first) {
      return anyFirstChar || yamlImplicitResolvers.containsKey(first);
    }
  }

  /** Stops the parse at the first construct a catalog never needs, once it has been reported. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  /** Composes the nodes of one document from the parser's events, refusing each construct as it is read. */
  private static final class Composition {
    private final Parser parser;
    private final Problems problems;
    private final ScalarTags tags = new ScalarTags();
    private int depth;

    Composition(Parser parser, Problems problems) {
      this.parser = parser;
      this.problems = problems;
    }

    /** The first document's root node, or null if the text holds none. */
    Node document() {
      parser.getEvent(); // the stream's start
      if (parser.checkEvent(Event.ID.StreamEnd)) {
        return null;
      }
      parser.getEvent(); // the document's start
      Node root = node();
      parser.getEvent(); // the document's end
      return root;
    }

    private Node node() {
      Event event = parser.getEvent();
      if (event instanceof AliasEvent) {
        refuse(event, CatalogMessages.alias());
      }
      if (event instanceof ScalarEvent scalar) {
        refuseTag(event, scalar.getTag());
        return new ScalarNode(tags.of(scalar), true, scalar.getValue(), scalar.getStartMark(), scalar.getEndMark(),
            scalar.getScalarStyle());
      }
      CollectionStartEvent start = (CollectionStartEvent) event;
      refuseTag(event, start.getTag());
      if (++depth > CatalogLoader.MAX_DEPTH) {
        refuse(event, CatalogMessages.tooDeep(CatalogLoader.MAX_DEPTH));
      }
      CollectionNode<?> collection = start instanceof SequenceStartEvent ? sequence(start) : mapping(start);
      collection.setEndMark(parser.getEvent().getEndMark());
      depth--;
      return collection;
    }

    private SequenceNode sequence(CollectionStartEvent start) {
      List<Node> items = new ArrayList<>();
      while (!parser.checkEvent(Event.ID.SequenceEnd)) {
        items.add(node());
      }
      return new SequenceNode(Tag.SEQ, true, items, start.getStartMark(), null, start.getFlowStyle());
    }

    private MappingNode mapping(CollectionStartEvent start) {
      List<NodeTuple> tuples = new ArrayList<>();
      while (!parser.checkEvent(Event.ID.MappingEnd)) {
        Node key = node();
        tuples.add(new NodeTuple(key, node()));
      }
      return new MappingNode(Tag.MAP, true, tuples, start.getStartMark(), null, start.getFlowStyle());
    }

    private void refuseTag(Event event, String tag) {
      if (tag != null) {
        refuse(event, CatalogMessages.tag(tag));
      }
    }

    private void refuse(Event event, String message) {
      problems.report(event.getStartMark(), message);
      throw new Refused();
    }
  }
}
