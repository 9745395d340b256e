package dev.slippers.io;

import dev.slippers.diagnostic.SourceRef;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each part of a loaded journey was written. Positions are kept by JSON pointer
 * ({@code /stages/2/touchpoints/0/channel}) and each model element knows its pointer, so the model
 * itself stays free of positions.
 */
public final class SourceMap {

  private final String file;
  private final Map<String, SourceRef> values = new HashMap<>();
  private final Map<String, SourceRef> keys = new HashMap<>();
  private final Map<Object, String> pointers = new IdentityHashMap<>();

  public SourceMap(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  /** Records the position of every value and key below {@code node}, by pointer. */
  void index(YamlNode node, String pointer) {
    value(pointer, node.where());
    if (node instanceof YamlNode.Mapping mapping) {
      for (YamlNode.Entry entry : mapping.entries()) {
        String child = pointer + "/" + entry.key();
        key(child, entry.keyWhere());
        index(entry.value(), child);
      }
    } else if (node instanceof YamlNode.Sequence sequence) {
      for (int i = 0; i < sequence.items().size(); i++) {
        index(sequence.items().get(i), pointer + "/" + i);
      }
    }
  }

  void value(String pointer, SourceRef where) {
    values.putIfAbsent(pointer, where);
  }

  void key(String pointer, SourceRef where) {
    keys.putIfAbsent(pointer, where);
  }

  void element(Object element, String pointer) {
    pointers.put(element, pointer);
  }

  /** Takes over the positions of elements read from another file, such as an included catalogue. */
  void adopt(SourceMap other, Object element) {
    String pointer = other.pointers.get(element);
    if (pointer != null) {
      String foreign = other.file + "#" + pointer;
      pointers.put(element, foreign);
      other.values.forEach((p, where) -> {
        if (p.startsWith(pointer)) {
          values.putIfAbsent(other.file + "#" + p, where);
        }
      });
    }
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
    int hash = pointer.indexOf('#');
    String prefix = hash < 0 ? "" : pointer.substring(0, hash + 1);
    String current = pointer.substring(prefix.length());
    while (true) {
      SourceRef found = values.get(prefix + current);
      if (found != null) {
        return found;
      }
      int slash = current.lastIndexOf('/');
      if (slash < 0) {
        return SourceRef.file(prefix.isEmpty() ? file : prefix.substring(0, prefix.length() - 1));
      }
      current = current.substring(0, slash);
    }
  }

  /** The position of the key at the pointer, falling back to its value's position. */
  public SourceRef keyAt(String pointer) {
    SourceRef key = keys.get(pointer);
    return key != null ? key : at(pointer);
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
}
