package dev.slippers.io;

import dev.slippers.diagnostic.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * A YAML node that remembers where it was written. Jackson's {@code JsonNode} keeps no positions,
 * so {@link YamlTreeReader} builds this small tree from the token stream instead.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  /** Where the node starts in the source. */
  SourceRef where();

  /** A short name of the node's kind for messages: "text", "number", "list", "mapping"... */
  String kindName();

  /** The type a plain scalar resolved to. Quoted scalars are always {@code STRING}. */
  enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

  /** A scalar: its text as written and the type YAML resolves it to. */
  record Scalar(String text, ScalarType type, SourceRef where) implements YamlNode {
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
  record Sequence(List<YamlNode> items, SourceRef where) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kindName() {
      return "a list";
    }
  }

  /** A key of a mapping, with its own position. */
  record Entry(String key, SourceRef keyWhere, YamlNode value) {}

  /** A mapping, entries in file order. Duplicate keys are reported by the tree reader; the first wins. */
  record Mapping(List<Entry> entries, SourceRef where) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
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
