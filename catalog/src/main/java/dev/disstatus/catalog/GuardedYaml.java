package dev.disstatus.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes a catalog's text into YAML nodes, refusing tags, aliases and deep nesting while it parses, so that
 * nothing is ever constructed from the file and a hostile one stops at its first such construct.
 */
final class GuardedYaml {
  private GuardedYaml() {}

  /** The one document's root node, or empty once the reason (syntax, a refused construct, no document) is reported. */
  static Optional<Node> compose(String text, Problems problems) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(CatalogLoader.MAX_BYTES);
      options.setNestingDepthLimit(CatalogLoader.MAX_DEPTH + 1);
      options.setMaxAliasesForCollections(0);
      options.setProcessComments(false);
      Parser parser = new GuardedParser(new ParserImpl(PrintableTextReader.of(text), options), problems);
      // Not getSingleNode(): its "another document" error is told apart from syntax errors only by its wording.
      Composer composer = new Composer(parser, new RepeatingResolver(), options);
      root = composer.checkNode() ? composer.getNode() : null;
      if (composer.checkNode()) {
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
   * SnakeYAML's resolver, which resolves each short plain scalar once per file: a catalog writes the same few
   * (its keys, its status codes) hundreds of times, and each resolution runs up to three regexes. The tag is a
   * function of the text alone, so every node gets the tag it would get anyway.
   */
  private static final class RepeatingResolver extends Resolver {
    /** Keys and codes are shorter; longer plain texts are rare and seldom repeat. */
    private static final int MAX_REMEMBERED = 24;

    private final Map<String, Tag> plainScalars = new HashMap<>();

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
      if (kind != NodeId.scalar || !implicit || value.length() > MAX_REMEMBERED) {
        return super.resolve(kind, value, implicit);
      }
      Tag tag = plainScalars.get(value);
      if (tag == null) {
        tag = super.resolve(kind, value, true);
        plainScalars.put(value, tag);
      }
      return tag;
    }
  }

  /** Stops the parse at the first construct a catalog never needs, once it has been reported. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  /** Passes parser events to the composer, refusing tags, aliases and deep nesting as they stream by. */
  private static final class GuardedParser implements Parser {
    private final Parser delegate;
    private final Problems problems;
    private int depth;

    GuardedParser(Parser delegate, Problems problems) {
      this.delegate = delegate;
      this.problems = problems;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return delegate.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event event = delegate.getEvent();
      if (event instanceof AliasEvent) {
        refuse(event, CatalogMessages.alias());
      }
      String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
          : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
      if (tag != null) {
        refuse(event, CatalogMessages.tag(tag));
      }
      if (event instanceof CollectionStartEvent && ++depth > CatalogLoader.MAX_DEPTH) {
        refuse(event, CatalogMessages.tooDeep(CatalogLoader.MAX_DEPTH));
      }
      if (event instanceof CollectionEndEvent) {
        depth--;
      }
      return event;
    }

    private void refuse(Event event, String message) {
      problems.report(event.getStartMark(), message);
      throw new Refused();
    }
  }
}
