package dev.slippers.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.diagnostic.SourceRef;
import dev.slippers.text.SafeText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Builds a located {@link YamlNode} tree from Jackson's YAML token stream.
 *
 * <p>Hostile input is bounded: nesting depth, document size and the number of nodes that aliases
 * may stand for are capped, so an alias bomb or a deeply nested file ends with a {@code yaml.limits}
 * problem instead of exhausting memory. Aliases are resolved by sharing the anchored node (never
 * copied), and every use is charged with the anchored node's size against the cap.
 */
public final class YamlTreeReader {

  /** Deeper than any journey needs (about eight levels), shallow enough for a recursive reader. */
  public static final int MAX_DEPTH = 64;
  /**
   * Nodes one document may expand to, aliases counted at their full size: a 100,000-stage journey
   * has about 9 million, an alias bomb far more. Aliases share the anchored node (nothing is
   * copied), so this bounds the work of walking the tree, not its memory.
   */
  public static final int MAX_NODES = 32_000_000;
  /**
   * Aliases to mappings and sequences in one document. SnakeYAML's own setting of the same name
   * applies only to its composer, which Jackson's streaming parser does not use, so the reader counts
   * them itself (LimitsTest found the setting alone let 1,001 through).
   */
  public static final int MAX_COLLECTION_ALIASES = 1_000;
  /** Characters in one document: as many as {@link JourneyLoader#MAX_FILE_BYTES} holds bytes. */
  public static final int MAX_CHARS = 128 * 1024 * 1024;

  private static final YAMLFactory FACTORY = createFactory();
  /** Up to this many keys a mapping finds its duplicates by looking through its entries. */
  private static final int SMALL_MAPPING = 12;

  private final String fileName;
  private final Map<String, Anchored> anchors = new HashMap<>();
  private final Map<YamlNode, Integer> sizes = new java.util.IdentityHashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<String, String> keys = new HashMap<>();
  private long nodes;
  private int collectionAliases;

  private YamlTreeReader(String fileName) {
    this.fileName = fileName;
  }

  private record Anchored(YamlNode node, int size) {}

  /** Outcome of reading one document: the root, or the problems that stopped it. */
  public record Result(java.util.Optional<YamlNode> root, List<Diagnostic> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads one YAML document. Never throws for bad input: syntax errors and exceeded limits come back
   * as problems with the position where the parser stopped.
   */
  public static Result read(String fileName, String text) {
    YamlTreeReader reader = new YamlTreeReader(fileName);
    try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        reader.problems.add(Diagnostic.error("yaml.syntax", new SourceRef(fileName, 1, 1),
            "the file is empty", "a journey starts with 'slippers: 1'"));
        return new Result(java.util.Optional.empty(), reader.problems);
      }
      YamlNode root = reader.node(parser, 1);
      if (parser.nextToken() != null) {
        reader.problems.add(Diagnostic.error("yaml.syntax", reader.at(parser.currentTokenLocation()),
            "the file holds more than one YAML document", "keep one journey per file and remove the '---' separator"));
      }
      return new Result(java.util.Optional.of(root), reader.problems);
    } catch (LimitExceeded e) {
      reader.problems.add(Diagnostic.error("yaml.limits", e.where, e.getMessage(), e.hint));
    } catch (JsonProcessingException e) {
      reader.problems.add(reader.syntaxProblem(e));
    } catch (IOException e) {
      reader.problems.add(Diagnostic.error("yaml.syntax", SourceRef.file(fileName),
          "the file could not be parsed: " + e.getMessage(), ""));
    }
    return new Result(java.util.Optional.empty(), reader.problems);
  }

  private YamlNode node(YAMLParser parser, int depth) throws IOException {
    JsonToken token = parser.currentToken();
    SourceRef where = at(parser.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      throw new LimitExceeded(where, "the YAML is nested deeper than " + MAX_DEPTH + " levels",
          "a journey needs fewer than ten levels; check the indentation");
    }
    String anchor = parser.getObjectId();
    if (parser.isCurrentAlias()) {
      return alias(parser.getText(), where);
    }
    count(where, 1);
    long before = nodes;
    YamlNode built = switch (token) {
      case START_OBJECT -> mapping(parser, depth, where);
      case START_ARRAY -> sequence(parser, depth, where);
      case VALUE_STRING -> new YamlNode.Scalar(checked(parser.getText(), where), YamlNode.ScalarType.STRING, where);
      case VALUE_NUMBER_INT -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.INTEGER, where);
      case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.DECIMAL, where);
      case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.BOOLEAN, where);
      case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.ScalarType.NULL, where);
      default -> new YamlNode.Scalar(checked(parser.getText(), where), YamlNode.ScalarType.STRING, where);
    };
    if (anchor != null) {
      anchors.put(anchor, new Anchored(built, (int) Math.min(Integer.MAX_VALUE, nodes - before + 1)));
    }
    return built;
  }

  private YamlNode alias(String name, SourceRef where) {
    Anchored anchored = anchors.get(name);
    if (anchored == null) {
      problems.add(Diagnostic.error("yaml.syntax", where, "the alias *" + name + " refers to no anchor",
          "define '&" + name + "' before using '*" + name + "'"));
      return new YamlNode.Scalar("", YamlNode.ScalarType.NULL, where);
    }
    if (!(anchored.node() instanceof YamlNode.Scalar) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
      throw new LimitExceeded(where, "the YAML has more than " + MAX_COLLECTION_ALIASES + " aliases to mappings or lists",
          "write the values out, or share them through an included catalogue");
    }
    count(where, anchored.size());
    return anchored.node();
  }

  private YamlNode.Mapping mapping(YAMLParser parser, int depth, SourceRef where) throws IOException {
    List<YamlNode.Entry> entries = new ArrayList<>();
    // Duplicate keys are looked for in the entries themselves while the mapping is small (nearly
    // every mapping of a journey has under ten keys), and through a map once it is not, so that a
    // hand-made mapping of thousands of keys stays linear. (A map per mapping was a tenth of the
    // reading time of a 10,000-stage journey.)
    Map<String, SourceRef> seen = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      SourceRef keyWhere = at(parser.currentTokenLocation());
      String key = key(checked(parser.currentName(), keyWhere));
      parser.nextToken();
      YamlNode value = node(parser, depth + 1);
      SourceRef earlier = null;
      if (seen != null) {
        earlier = seen.putIfAbsent(key, keyWhere);
      } else {
        for (YamlNode.Entry entry : entries) {
          if (entry.key().equals(key)) {
            earlier = entry.keyWhere();
            break;
          }
        }
      }
      if (earlier != null) {
        problems.add(Diagnostic.error("yaml.duplicate-key", keyWhere,
            "the key '" + key + "' is repeated (first at line " + earlier.line() + ")",
            "remove one of them; YAML keeps only one"));
      } else {
        entries.add(new YamlNode.Entry(key, keyWhere, value));
        if (seen == null && entries.size() > SMALL_MAPPING) {
          seen = new HashMap<>();
          for (YamlNode.Entry entry : entries) {
            seen.put(entry.key(), entry.keyWhere());
          }
        }
      }
    }
    return new YamlNode.Mapping(entries, where);
  }

  /**
   * One string for each distinct key: a journey repeats a few dozen keys hundreds of thousands of
   * times, and the tree keeps every one of them for as long as the journey is loaded.
   */
  private String key(String key) {
    String known = keys.putIfAbsent(key, key);
    return known == null ? key : known;
  }

  private YamlNode.Sequence sequence(YAMLParser parser, int depth, SourceRef where) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(node(parser, depth + 1));
    }
    return new YamlNode.Sequence(items, where);
  }

  /**
   * Text as written, with a {@code text.invalid-character} problem when it holds a character that no
   * output can carry (XML 1.0 refuses C0 controls other than tab and line breaks, U+FFFE, U+FFFF and
   * lone surrogates; YAML lets them in through escapes such as {@code "\x01"}). The text is kept, so
   * reading goes on and the other problems are found; the journey is invalid and never drawn.
   */
  private String checked(String text, SourceRef where) {
    java.util.OptionalInt bad = SafeText.firstNonXml(text);
    if (bad.isPresent()) {
      int index = bad.getAsInt();
      int codePoint = text.codePointAt(index);
      problems.add(Diagnostic.error("text.invalid-character", where,
          "character " + (text.codePointCount(0, index) + 1) + " of this text is " + SafeText.codePointName(codePoint)
              + ", which maps, pages and reports cannot hold",
          "remove it; tabs, line breaks and every printable character, emoji included, are fine"));
    }
    return text;
  }

  private void count(SourceRef where, int size) {
    nodes += size;
    if (nodes > MAX_NODES) {
      throw new LimitExceeded(where, "the YAML expands to more than " + MAX_NODES + " nodes",
          "aliases (*name) multiply the document; write the values out or split the journey");
    }
  }

  private SourceRef at(JsonLocation location) {
    if (location == null || location.getLineNr() <= 0) {
      return SourceRef.file(fileName);
    }
    return new SourceRef(fileName, location.getLineNr(), Math.max(location.getColumnNr(), 1));
  }

  private Diagnostic syntaxProblem(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    SourceRef where = at(e.getLocation());
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException marked) {
      message = marked.getProblem() != null ? marked.getProblem() : marked.getMessage();
      if (marked.getProblemMark() != null) {
        where = new SourceRef(fileName, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
      }
    } else if (cause != null && cause.getMessage() != null) {
      message = cause.getMessage();
    }
    String firstLine = message == null ? "invalid YAML" : message.lines().findFirst().orElse("invalid YAML").strip();
    if (firstLine.contains("limit") || firstLine.contains("exceeds")) {
      return Diagnostic.error("yaml.limits", where, "the YAML exceeds a safety limit: " + firstLine,
          "journey files are small text files; split very large ones");
    }
    return Diagnostic.error("yaml.syntax", where, "invalid YAML: " + firstLine,
        "check the indentation and quoting around this spot");
  }

  private static YAMLFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_DEPTH + 2);
    options.setCodePointLimit(MAX_CHARS);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setAllowDuplicateKeys(true);
    // An empty plain value ('metrics:') is null, as YAML says and as editors read it; a quoted '' stays text.
    YAMLFactory factory = new ScalarAnchorFactory(YAMLFactory.builder().loaderOptions(options)
        .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL));
    factory.setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH + 2)
        .maxStringLength(MAX_CHARS)
        .build());
    return factory;
  }

  /**
   * A factory whose parsers also report the anchor of a scalar ({@code name: &n Shirt}, then
   * {@code *n}). Jackson's YAMLParser (2.17 to 2.21 at least) gives {@code getObjectId()} for
   * mappings and sequences only, so a scalar alias met "refers to no anchor"; the anchor is in the
   * SnakeYAML event the parser keeps, which a subclass may read. Nothing else changes.
   */
  private static final class ScalarAnchorFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    ScalarAnchorFactory(com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(java.io.Reader reader, com.fasterxml.jackson.core.io.IOContext context) {
      return new ScalarAnchorParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
  }

  private static final class ScalarAnchorParser extends YAMLParser {
    /**
     * The first characters for which SnakeYAML's resolver may give a plain scalar a type other than
     * text ({@code true}, {@code 12}, {@code ~}...), read from the resolver itself; empty when its
     * resolvers that apply to every first character are not just the one for the empty value, and
     * then every scalar goes through the resolver.
     */
    private static final java.util.Set<Character> TYPED_STARTS = TypedStarts.of();

    ScalarAnchorParser(com.fasterxml.jackson.core.io.IOContext context, int parserFeatures, int yamlFeatures,
        LoaderOptions options, com.fasterxml.jackson.core.ObjectCodec codec, java.io.Reader reader) {
      super(context, parserFeatures, yamlFeatures, options, codec, reader);
    }

    @Override
    public String getObjectId() throws IOException {
      String id = super.getObjectId();
      if (id == null && currentToken() != null && currentToken().isScalarValue()
          && _lastEvent instanceof org.yaml.snakeyaml.events.ScalarEvent scalar) {
        return scalar.getAnchor();
      }
      return id;
    }

    /**
     * Plain scalars whose first character starts no implicit type are text, as the resolver would
     * say after matching its patterns: Jackson asks SnakeYAML's resolver for every scalar, and its
     * regular expressions were about a tenth of reading a large journey. Everything else, quoted,
     * tagged, empty or starting like a number, true/false or null, goes through Jackson as before.
     */
    @Override
    protected JsonToken _decodeScalar(org.yaml.snakeyaml.events.ScalarEvent scalar) throws IOException {
      String value = scalar.getValue();
      String tag = scalar.getTag();
      if (!TYPED_STARTS.isEmpty() && !value.isEmpty() && (tag == null || tag.equals("!"))
          && scalar.getImplicit().canOmitTagInPlainScalar() && !TYPED_STARTS.contains(value.charAt(0))) {
        _textValue = value;
        _cleanedTextValue = null;
        return JsonToken.VALUE_STRING;
      }
      return super._decodeScalar(scalar);
    }
  }

  /** Reads the first characters SnakeYAML's resolver has implicit types for (see {@link ScalarAnchorParser}). */
  private static final class TypedStarts extends org.yaml.snakeyaml.resolver.Resolver {
    static java.util.Set<Character> of() {
      TypedStarts resolver = new TypedStarts();
      java.util.List<?> anyStart = resolver.yamlImplicitResolvers.get(null);
      boolean onlyEmpty = anyStart == null || anyStart.stream()
          .allMatch(tuple -> tuple.toString().contains("regexp=" + EMPTY.pattern() + " "));
      if (!onlyEmpty) {
        return java.util.Set.of();
      }
      java.util.Set<Character> starts = new java.util.HashSet<>(resolver.yamlImplicitResolvers.keySet());
      starts.remove(null);
      return java.util.Set.copyOf(starts);
    }
  }

  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourceRef where;
    private final String hint;

    LimitExceeded(SourceRef where, String message, String hint) {
      super(message, null, false, false);
      this.where = where;
      this.hint = hint;
    }
  }
}
