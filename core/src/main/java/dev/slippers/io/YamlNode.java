package dev.slippers.io;

import dev.slippers.diagnostic.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * A YAML node that remembers where it was written. Jackson's {@code JsonNode} keeps no positions,
 * so {@link YamlTreeReader} builds this small tree from the token stream instead.
 *
 * <p>Each node holds its file, line and column as fields and makes its {@link SourceRef} when asked,
 * rather than keeping one: the tree of a 100,000-stage journey has about 9 million nodes and keys,
 * and a position object each was a quarter of the tree's memory (and of the garbage collector's
 * copying while it is read). Only messages ask for positions.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  /** Where the node starts in the source. */
  SourceRef where();

  /** A short name of the node's kind for messages: "text", "number", "list", "mapping"... */
  String kindName();

  /** The type a plain scalar resolved to. Quoted scalars are always {@code STRING}. */
  enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

  /** A scalar: its text as written and the type YAML resolves it to. */
  record Scalar(String text, ScalarType type, String file, int line, int column) implements YamlNode {
    public Scalar(String text, ScalarType type, SourceRef where) {
      this(text, type, where.file(), where.line(), where.column());
    }

    @Override
    public SourceRef where() {
      return new SourceRef(file, line, column);
    }

    @Override
    public String kindName() {
      return switch (type) {
        case STRING -> "text";
        case INTEGER, DECIMAL -> "number";
        case BOOLEAN -> "true/false";
        case NULL -> "an empty value";
      };
    }

    public boolean isNull() {
      return type == ScalarType.NULL;
    }
  }

  /** A sequence (list). */
  record Sequence(List<YamlNode> items, String file, int line, int column) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    public Sequence(List<YamlNode> items, SourceRef where) {
      this(items, where.file(), where.line(), where.column());
    }

    @Override
    public SourceRef where() {
      return new SourceRef(file, line, column);
    }

    @Override
    public String kindName() {
      return "a list";
    }
  }

  /** A key of a mapping, with its own position. */
  record Entry(String key, String file, int line, int column, YamlNode value) {
    public Entry(String key, SourceRef keyWhere, YamlNode value) {
      this(key, keyWhere.file(), keyWhere.line(), keyWhere.column(), value);
    }

    public SourceRef keyWhere() {
      return new SourceRef(file, line, column);
    }
  }

  /** A mapping, entries in file order. Duplicate keys are reported by the tree reader; the first wins. */
  record Mapping(List<Entry> entries, String file, int line, int column) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    public Mapping(List<Entry> entries, SourceRef where) {
      this(entries, where.file(), where.line(), where.column());
    }

    @Override
    public SourceRef where() {
      return new SourceRef(file, line, column);
    }

    public Optional<Entry> entry(String key) {
      // A loop, not a stream: every field read looks a key up, hundreds of thousands of times on a big journey.
      for (Entry entry : entries) {
        if (entry.key().equals(key)) {
          return Optional.of(entry);
        }
      }
      return Optional.empty();
    }

    public Optional<YamlNode> get(String key) {
      return entry(key).map(Entry::value);
    }

    @Override
    public String kindName() {
      return "a mapping";
    }
  }
}
