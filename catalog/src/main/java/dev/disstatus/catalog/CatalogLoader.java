package dev.disstatus.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a status catalog from YAML and checks all of it, so that a catalog either loads whole or fails with
 * every problem in it, each at its line and column.
 *
 * <p>The YAML is composed into nodes and walked by hand; nothing is ever constructed from a tag, so a
 * catalog cannot instantiate a class. Tags, aliases, deep nesting and large inputs are refused before any of
 * that, so a hostile file costs no more than reading its first {@link #MAX_BYTES} bytes.
 */
public final class CatalogLoader {
  /** The largest catalog read, in bytes; DIS's own is about 16 KiB. */
  public static final int MAX_BYTES = 1 << 20;

  /** How deep lists and mappings may nest; a catalog needs 4 (root, statuses, entry, description). */
  public static final int MAX_DEPTH = 8;

  /**
   * The longest text of one kind, in chars: a source id or title, a name, a description with its paragraphs.
   * Generated code holds each in a string constant, and a class file allows 65,535 bytes of modified UTF-8 per
   * constant, up to three per char; the longest constant, which quotes the source id and title together, stays
   * below that. DIS's own texts are a few hundred chars.
   */
  public static final int MAX_TEXT = 10_000;

  /** The keys of a catalog's top level, in the order messages list them. */
  public static final List<String> ROOT_KEYS = List.of("source", "statuses");

  /** The keys of its {@code source}. */
  public static final List<String> SOURCE_KEYS = List.of("id", "title");

  /** The keys of a status entry. */
  public static final List<String> ENTRY_KEYS =
      List.of("code", "name", "description", "guidance", "javaConstant", "javaType");

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(0|[1-9][0-9]*)");

  private final String source;
  private final ReservedNames reserved;
  private final List<Problem> problems = new ArrayList<>();

  private CatalogLoader(String source, ReservedNames reserved) {
    this.source = source;
    this.reserved = reserved;
  }

  /**
   * Loads a catalog.
   *
   * @param in the YAML, UTF-8 with or without a byte order mark; read to its end (or past {@link #MAX_BYTES})
   *     but not closed
   * @param sourceName the name to give in messages, usually the file or resource path
   * @return the catalog, every check passed
   * @throws CatalogException listing every problem found, each with {@code sourceName:line:column}
   * @throws IOException if the stream cannot be read
   */
  public static StatusCatalog load(InputStream in, String sourceName) throws IOException, CatalogException {
    return load(in, sourceName, ReservedNames.NONE);
  }

  /**
   * Loads a catalog for code that keeps some Java names for itself: an entry that takes one is a problem like
   * any other of the file.
   *
   * @param in the YAML, as for {@link #load(InputStream, String)}
   * @param sourceName the name to give in messages
   * @param reserved the names the entries may not take
   * @return the catalog, every check passed
   * @throws CatalogException listing every problem found, each with {@code sourceName:line:column}
   * @throws IOException if the stream cannot be read
   */
  public static StatusCatalog load(InputStream in, String sourceName, ReservedNames reserved)
      throws IOException, CatalogException {
    CatalogLoader loader = new CatalogLoader(sourceName, reserved);
    Optional<StatusCatalog> catalog = loader.read(in);
    if (!loader.problems.isEmpty() || catalog.isEmpty()) {
      loader.problems.sort(Comparator.comparingInt((Problem p) -> p.position().line())
          .thenComparingInt(p -> p.position().column()));
      throw new CatalogException(loader.problems);
    }
    return catalog.get();
  }

  private Optional<StatusCatalog> read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      report(1, 1, CatalogMessages.tooLarge(MAX_BYTES));
      return Optional.empty();
    }
    Optional<String> text = decode(bytes);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(MAX_BYTES);
      options.setNestingDepthLimit(MAX_DEPTH + 1);
      options.setMaxAliasesForCollections(0);
      options.setProcessComments(false);
      Parser parser = new GuardedParser(new ParserImpl(new StreamReader(new StringReader(text.get())), options));
      // Not getSingleNode(): its "another document" error is told apart from syntax errors only by its wording.
      Composer composer = new Composer(parser, new Resolver(), options);
      root = composer.checkNode() ? composer.getNode() : null;
      if (composer.checkNode()) {
        report(parser.peekEvent().getStartMark(), CatalogMessages.moreThanOneDocument());
        return Optional.empty();
      }
    } catch (Refused refused) {
      return Optional.empty();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      report(mark, CatalogMessages.syntax(problem == null ? e.getMessage() : problem));
      return Optional.empty();
    } catch (ReaderException e) {
      Position at = positionOfCodePoint(text.get(), e.getPosition());
      report(at.line(), at.column(), CatalogMessages.notPrintable(e.getCodePoint()));
      return Optional.empty();
    } catch (YAMLException e) {
      report(1, 1, CatalogMessages.yamlLimit(e.getMessage()));
      return Optional.empty();
    }
    // "---" alone is a document holding an empty scalar, placed after the marker: as empty as no document.
    if (root == null || root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
        && scalar.getValue().isEmpty()) {
      report(1, 1, CatalogMessages.empty());
      return Optional.empty();
    }
    return readCatalog(root);
  }

  /** Strict UTF-8 with an optional byte order mark; a bad byte is reported at its line and column. */
  private Optional<String> decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      String before = output.flip().toString();
      Position at = positionOfCodePoint(before, before.codePointCount(0, before.length()));
      report(at.line(), at.column(), CatalogMessages.notUtf8(bytes[input.position()] & 0xFF));
      return Optional.empty();
    }
    return Optional.of(output.flip().toString());
  }

  /**
   * The line and column of the code point at an index, counting line breaks as SnakeYAML's marks do (LF, a CR
   * not followed by LF, NEL, LS and PS), so that the positions of one file all count lines alike.
   */
  private static Position positionOfCodePoint(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < text.length() && index < codePointIndex; index++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean lineBreak = c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || c == '\r' && (i == text.length() || text.charAt(i) != '\n');
      if (lineBreak) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }

  private Optional<StatusCatalog> readCatalog(Node root) {
    Optional<Map<String, NodeTuple>> keys = mapping(root, CatalogMessages.CATALOG, ROOT_KEYS);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    Optional<String[]> header = required(root, keys.get(), CatalogMessages.CATALOG, "source")
        .flatMap(this::readSource);
    List<StatusEntry> entries = required(root, keys.get(), CatalogMessages.CATALOG, "statuses")
        .map(this::readEntries)
        .orElse(List.of());
    if (header.isEmpty() || entries.isEmpty() || !problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new StatusCatalog(header.get()[0], header.get()[1], entries));
  }

  private Optional<String[]> readSource(Node node) {
    Optional<Map<String, NodeTuple>> keys = mapping(node, CatalogMessages.SOURCE, SOURCE_KEYS);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> id = required(node, keys.get(), CatalogMessages.SOURCE, "id")
        .flatMap(value -> limited(value, "id", text(value, "id")));
    Optional<String> title = required(node, keys.get(), CatalogMessages.SOURCE, "title")
        .flatMap(value -> limited(value, "title", text(value, "title")));
    return id.isPresent() && title.isPresent()
        ? Optional.of(new String[] {id.get(), title.get()})
        : Optional.empty();
  }

  private List<StatusEntry> readEntries(Node node) {
    if (!(node instanceof SequenceNode sequence)) {
      report(node, CatalogMessages.statusesNotList(describe(node)));
      return List.of();
    }
    if (sequence.getValue().isEmpty()) {
      report(node, CatalogMessages.emptyStatuses());
      return List.of();
    }
    List<StatusEntry> entries = new ArrayList<>();
    Map<Integer, Draft> byCode = new HashMap<>();
    Map<String, Draft> byConstant = new HashMap<>();
    Map<String, Draft> byType = new HashMap<>();
    for (Node item : sequence.getValue()) {
      Optional<Draft> read = readEntry(item);
      if (read.isEmpty()) {
        continue;
      }
      Draft draft = read.get();
      draft.entry().ifPresent(entries::add);
      // Entries with problems of their own are compared too, so that fixing those brings up no new problem.
      if (draft.code().isEmpty() || draft.name().isEmpty()) {
        continue;
      }
      int code = draft.code().get();
      Draft sameCode = byCode.putIfAbsent(code, draft);
      if (sameCode != null) {
        report(draft.position(), CatalogMessages.duplicateCode(code, sameCode.name().get(), sameCode.position()));
        continue;
      }
      Draft sameConstant = draft.constant().map(constant -> byConstant.putIfAbsent(constant, draft)).orElse(null);
      // Type names name files, and two that differ only in case are one file on Windows and macOS.
      Draft sameType = draft.type()
          .map(type -> byType.putIfAbsent(type.toLowerCase(Locale.ROOT), draft)).orElse(null);
      if (sameConstant != null) {
        report(draft.position(), CatalogMessages.nameClash(CatalogMessages.CONSTANT, draft.constant().get(),
            sameConstant.name().get(), sameConstant.code().get(), sameConstant.position()));
      } else if (sameType != null && sameType.type().equals(draft.type())) {
        report(draft.position(), CatalogMessages.nameClash(CatalogMessages.TYPE_NAME, draft.type().get(),
            sameType.name().get(), sameType.code().get(), sameType.position()));
      } else if (sameType != null) {
        report(draft.position(), CatalogMessages.typeNameCaseClash(draft.type().get(), sameType.type().get(),
            sameType.name().get(), sameType.code().get(), sameType.position()));
      }
    }
    return entries;
  }

  /** What could be read of one entry: each part that is valid, and the entry itself if all of them are. */
  private record Draft(Optional<Integer> code, Optional<String> name, Optional<String> constant,
      Optional<String> type, Position position, Optional<StatusEntry> entry) {}

  private Optional<Draft> readEntry(Node node) {
    Optional<Map<String, NodeTuple>> keys = mapping(node, CatalogMessages.ENTRY, ENTRY_KEYS);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    Map<String, NodeTuple> entry = keys.get();
    int before = problems.size();
    Optional<Integer> code = required(node, entry, CatalogMessages.ENTRY, "code").flatMap(this::code);
    Optional<String> name = required(node, entry, CatalogMessages.ENTRY, "name")
        .flatMap(value -> limited(value, "name", text(value, "name")));
    Optional<List<String>> description =
        required(node, entry, CatalogMessages.ENTRY, "description").flatMap(this::paragraphs);
    Optional<Guidance> guidance = optional(entry, "guidance").flatMap(this::guidance);
    Optional<String> constant = optional(entry, "javaConstant").flatMap(value -> text(value, "javaConstant"))
        .flatMap(value -> override(entry.get("javaConstant").getValueNode(), "javaConstant", value,
            NamingRule.constantProblem(value)));
    Optional<String> type = optional(entry, "javaType").flatMap(value -> text(value, "javaType"))
        .flatMap(value -> override(entry.get("javaType").getValueNode(), "javaType", value,
            NamingRule.typeProblem(value)));
    if (name.isPresent()) {
      Node nameNode = entry.get("name").getValueNode();
      if (!entry.containsKey("javaConstant")) {
        constant = derived(nameNode, name.get(), CatalogMessages.CONSTANT, NamingRule.constantName(name.get()),
            NamingRule.constantProblem(NamingRule.constantName(name.get())));
      }
      if (!entry.containsKey("javaType") && (entry.containsKey("javaConstant") || constant.isPresent())) {
        type = derived(nameNode, name.get(), CatalogMessages.TYPE_NAME, NamingRule.typeName(name.get()),
            NamingRule.typeProblem(NamingRule.typeName(name.get())));
      }
    }
    Optional<Node> constantAt = optional(entry, "javaConstant").or(() -> optional(entry, "name"));
    constant = constant.flatMap(value -> unless(constantAt.get(), value, reserved.constantProblem(value)));
    if (code.isPresent()) {
      int status = code.get();
      Optional<Node> typeAt = optional(entry, "javaType").or(() -> optional(entry, "name"));
      type = type.flatMap(value -> unless(typeAt.get(), value, reserved.typeProblem(status, value)));
    }
    Optional<StatusEntry> complete = Optional.empty();
    if (problems.size() == before && code.isPresent() && name.isPresent() && description.isPresent()
        && constant.isPresent() && type.isPresent()) {
      complete = Optional.of(new StatusEntry(code.get(), name.get(), description.get(), guidance, constant.get(),
          type.get(), position(node)));
    }
    return Optional.of(new Draft(code, name, constant, type, position(node), complete));
  }

  /** The value, or empty once its problem is reported. */
  private Optional<String> unless(Node at, String value, Optional<String> problem) {
    problem.ifPresent(p -> report(at, p));
    return problem.isPresent() ? Optional.empty() : Optional.of(value);
  }

  private Optional<String> derived(Node at, String name, String kind, String derived, Optional<String> problem) {
    if (NamingRule.words(name).isEmpty()) {
      report(at, CatalogMessages.derivedName(name, kind, derived, CatalogMessages.nameWithoutWords()));
      return Optional.empty();
    }
    problem.ifPresent(p -> report(at, CatalogMessages.derivedName(name, kind, derived, p)));
    return problem.isPresent() ? Optional.empty() : Optional.of(derived);
  }

  private Optional<String> override(Node at, String key, String value, Optional<String> problem) {
    problem.ifPresent(p -> report(at, CatalogMessages.invalidOverride(key, value, p)));
    return problem.isPresent() ? Optional.empty() : Optional.of(value);
  }

  private Optional<Integer> code(Node node) {
    if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.INT)
        || !DECIMAL.matcher(scalar.getValue()).matches()) {
      report(node, CatalogMessages.codeNotInteger(describe(node)));
      return Optional.empty();
    }
    String digits = scalar.getValue();
    if (digits.length() > 4 || Integer.parseInt(digits) < 100 || Integer.parseInt(digits) > 599) {
      report(node, CatalogMessages.codeOutOfRange(digits));
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }

  private Optional<String> text(Node node, String key) {
    if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.STR)) {
      report(node, CatalogMessages.notText(key, describe(node)));
      return Optional.empty();
    }
    if (scalar.getValue().isBlank()) {
      report(node, CatalogMessages.blank(key));
      return Optional.empty();
    }
    return Optional.of(scalar.getValue());
  }

  /** A description: one string (one paragraph) or a list of them. */
  private Optional<List<String>> paragraphs(Node node) {
    Optional<List<String>> paragraphs = allParagraphs(node);
    Optional<String> joined = limited(node, "description", paragraphs.map(all -> String.join("\n\n", all)));
    return joined.isPresent() ? paragraphs : Optional.empty();
  }

  private Optional<List<String>> allParagraphs(Node node) {
    if (node instanceof ScalarNode) {
      return text(node, "description").map(List::of);
    }
    if (!(node instanceof SequenceNode sequence)) {
      report(node, CatalogMessages.descriptionNotList(describe(node)));
      return Optional.empty();
    }
    if (sequence.getValue().isEmpty()) {
      report(node, CatalogMessages.emptyList("description"));
      return Optional.empty();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      text(item, "description").ifPresent(paragraphs::add);
    }
    return paragraphs.size() == sequence.getValue().size() ? Optional.of(paragraphs) : Optional.empty();
  }

  /** The text, unless it is longer than {@link #MAX_TEXT}, which is then reported. */
  private Optional<String> limited(Node node, String key, Optional<String> text) {
    if (text.isPresent() && text.get().length() > MAX_TEXT) {
      report(node, CatalogMessages.textTooLong(key, text.get().length(), MAX_TEXT));
      return Optional.empty();
    }
    return text;
  }

  private Optional<Guidance> guidance(Node node) {
    Optional<String> key = text(node, "guidance");
    Optional<Guidance> guidance = key.flatMap(Guidance::ofKey);
    if (key.isPresent() && guidance.isEmpty()) {
      report(node, CatalogMessages.unknownGuidance(key.get()));
    }
    return guidance;
  }

  /** The keys of a mapping, after reporting its duplicate and unknown keys; empty if it is no mapping. */
  private Optional<Map<String, NodeTuple>> mapping(Node node, String what, List<String> known) {
    if (!(node instanceof MappingNode mapping)) {
      report(node, CatalogMessages.notMapping(what, describe(node)));
      return Optional.empty();
    }
    Map<String, NodeTuple> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar)) {
        report(keyNode, CatalogMessages.keyNotText(describe(keyNode)));
        continue;
      }
      String key = scalar.getValue();
      NodeTuple first = keys.putIfAbsent(key, tuple);
      if (first != null) {
        report(keyNode, CatalogMessages.duplicateKey(key, position(first.getKeyNode())));
      } else if (!known.contains(key)) {
        report(keyNode, CatalogMessages.unknownKey(key, what, known, closest(key, known)));
      }
    }
    return Optional.of(keys);
  }

  private Optional<Node> required(Node owner, Map<String, NodeTuple> keys, String what, String key) {
    NodeTuple tuple = keys.get(key);
    if (tuple == null) {
      report(owner, CatalogMessages.missingKey(what, key));
      return Optional.empty();
    }
    return Optional.of(tuple.getValueNode());
  }

  private static Optional<Node> optional(Map<String, NodeTuple> keys, String key) {
    return Optional.ofNullable(keys.get(key)).map(NodeTuple::getValueNode);
  }

  /** The known key a misspelt one most likely means: at most two edits away, or differing only in case. */
  private static String closest(String key, List<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      int distance = candidate.equalsIgnoreCase(key) ? 0 : editDistance(key, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String describe(Node node) {
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

  private static Position position(Node node) {
    Mark mark = node.getStartMark();
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private void report(Node node, String message) {
    problems.add(new Problem(source, position(node), message));
  }

  private void report(Position position, String message) {
    problems.add(new Problem(source, position, message));
  }

  private void report(Mark mark, String message) {
    report(mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, message);
  }

  private void report(int line, int column, String message) {
    problems.add(new Problem(source, new Position(line, column), message));
  }

  /** Stops the parse at the first construct a catalog never needs, once it has been reported. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  /** Passes parser events to the composer, refusing tags, aliases and deep nesting as they stream by. */
  private final class GuardedParser implements Parser {
    private final Parser delegate;
    private int depth;

    GuardedParser(Parser delegate) {
      this.delegate = delegate;
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
      if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
        refuse(event, CatalogMessages.tooDeep(MAX_DEPTH));
      }
      if (event instanceof CollectionEndEvent) {
        depth--;
      }
      return event;
    }

    private void refuse(Event event, String message) {
      report(event.getStartMark(), message);
      throw new Refused();
    }
  }
}
