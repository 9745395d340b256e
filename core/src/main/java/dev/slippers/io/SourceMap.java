package dev.slippers.io;

import dev.slippers.diagnostic.SourceRef;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each part of a loaded journey was written. Each model element knows its JSON pointer
 * ({@code /stages/2/touchpoints/0/channel}) and a pointer is resolved against the located YAML tree
 * only when a message needs a position, so the model itself stays free of positions and a valid
 * journey pays for no index. (An eager index of every pointer once cost more than parsing on large
 * journeys.)
 */
public final class SourceMap {

  private final String file;
  private YamlNode root;
  private final Map<String, SourceMap> foreign = new HashMap<>();
  private final Map<Object, String> pointers = new IdentityHashMap<>();
  private final java.util.List<java.nio.file.Path> includes = new java.util.ArrayList<>();

  public SourceMap(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  /** Keeps the located tree the pointers are resolved against. */
  void index(YamlNode node) {
    this.root = node;
  }

  void element(Object element, String pointer) {
    pointers.put(element, pointer);
  }

  /** Notes a file the journey included (read, whatever it held). */
  void included(java.nio.file.Path file) {
    includes.add(file);
  }

  /** The files the journey included, as found: inputs a command must not overwrite. */
  public java.util.List<java.nio.file.Path> includes() {
    return java.util.List.copyOf(includes);
  }

  /** Takes over the positions of elements read from another file, such as an included catalogue. */
  void adopt(SourceMap other, Object element) {
    String pointer = other.pointers.get(element);
    if (pointer != null) {
      pointers.put(element, other.file + "#" + pointer);
      foreign.putIfAbsent(other.file, other);
    }
  }

  /**
   * A mapping key as one pointer segment: {@code ~} as {@code ~0} and {@code /} as {@code ~1}, as
   * JSON Pointer (RFC 6901) writes them, and {@code #}, which separates an included file from its
   * pointer here, as {@code ~2}. Keys the user chose (persona ids in an emotion, metric names) go
   * through this; the format's own keys need not.
   */
  public static String segment(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0 && key.indexOf('#') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1").replace("#", "~2");
  }

  private static String unescape(String segment) {
    if (segment.indexOf('~') < 0) {
      return segment;
    }
    return segment.replace("~2", "#").replace("~1", "/").replace("~0", "~");
  }

  /** The pointer of a model element, or the document root when the element is unknown. */
  public String pointer(Object element) {
    return pointers.getOrDefault(element, "");
  }

  /**
   * The position of the value at the pointer; where nothing was written there (an optional field
   * left out), the position of the closest enclosing value.
   */
  public SourceRef at(String pointer) {
    return locate(pointer, false);
  }

  /** The position of the key at the pointer, falling back to its value's position. */
  public SourceRef keyAt(String pointer) {
    return locate(pointer, true);
  }

  /** The position of a model element. */
  public SourceRef of(Object element) {
    return at(pointer(element));
  }

  /** The position of one field of a model element, or of the element when the field is absent. */
  public SourceRef of(Object element, String field) {
    return at(pointer(element) + "/" + field);
  }

  /** The position of the {@code index}-th item of a list field of a model element. */
  public SourceRef of(Object element, String field, int index) {
    return at(pointer(element) + "/" + field + "/" + index);
  }

  private SourceRef locate(String pointer, boolean wantKey) {
    // The last '#': a file name may hold one, an escaped pointer never does.
    int hash = pointer.lastIndexOf('#');
    if (hash >= 0) {
      String other = pointer.substring(0, hash);
      SourceMap included = foreign.get(other);
      return included == null ? SourceRef.file(other) : included.locate(pointer.substring(hash + 1), wantKey);
    }
    if (root == null) {
      return SourceRef.file(file);
    }
    YamlNode node = root;
    SourceRef keyWhere = null;
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      YamlNode next = null;
      keyWhere = null;
      if (node instanceof YamlNode.Mapping mapping) {
        var entry = mapping.entry(unescape(segment));
        if (entry.isPresent()) {
          next = entry.get().value();
          keyWhere = entry.get().keyWhere();
        }
      } else if (node instanceof YamlNode.Sequence sequence) {
        int index = index(segment);
        if (index >= 0 && index < sequence.items().size()) {
          next = sequence.items().get(index);
        }
      }
      if (next == null) {
        return node.where();
      }
      node = next;
    }
    return wantKey && keyWhere != null ? keyWhere : node.where();
  }

  private static int index(String segment) {
    try {
      return Integer.parseInt(segment);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
