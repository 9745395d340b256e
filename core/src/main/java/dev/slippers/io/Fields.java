package dev.slippers.io;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.diagnostic.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the fields of one YAML mapping, reporting every problem (unknown keys with a suggestion,
 * missing keys, wrong types, values out of range) instead of stopping at the first.
 */
final class Fields {

  static final String DURATION_FORMS = "write 30s, 5m, 2h, 3d, 1w, 6mo, 1y, 1h30m or ISO-8601 such as PT5M or P1Y";

  /**
   * The largest number a journey may hold (a metric, a weight, customers): products and differences
   * of two such numbers stay finite and exact enough for two decimals.
   */
  static final double MAX_NUMBER = 1e15;

  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private final YamlNode.Mapping mapping;
  private final String pointer;
  private final String what;
  private final Consumer<Diagnostic> problems;
  /**
   * Keys an unknown key of this mapping looks like a misspelling of: their absence is that unknown
   * key's consequence, already reported with "did you mean", so it is not reported again as missing.
   */
  private final Set<String> misspelt = new java.util.HashSet<>();

  private Fields(YamlNode.Mapping mapping, String pointer, String what, Consumer<Diagnostic> problems) {
    this.mapping = mapping;
    this.pointer = pointer;
    this.what = what;
    this.problems = problems;
  }

  /**
   * Fields of {@code node}, which must be a mapping holding only {@code allowed} keys; a node of
   * another kind is reported and read as an empty mapping.
   */
  static Fields of(YamlNode node, String pointer, String what, Set<String> allowed, Consumer<Diagnostic> problems) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problems.accept(Diagnostic.error("value.type", node.where(),
          what + " must be a mapping of keys to values, not " + node.kindName(), "write 'key: value' lines under it"));
      return new Fields(new YamlNode.Mapping(List.of(), node.where()), pointer, what, problems);
    }
    Fields fields = new Fields(mapping, pointer, what, problems);
    for (YamlNode.Entry entry : mapping.entries()) {
      if (!allowed.contains(entry.key())) {
        Suggestions.closest(entry.key(), allowed).ifPresent(meant -> fields.misspelt.add(meant));
        problems.accept(Diagnostic.error("key.unknown", entry.keyWhere(),
            "unknown key '" + entry.key() + "' in " + what
                + LookAlikes.describe(entry.key(), Suggestions.closest(entry.key(), allowed)),
            Suggestions.hint(entry.key(), allowed, "keys")));
      }
    }
    return fields;
  }

  SourceRef where() {
    return mapping.where();
  }

  String pointer() {
    return pointer;
  }

  String child(String key) {
    return pointer + "/" + key;
  }

  boolean has(String key) {
    return node(key).isPresent();
  }

  /** The value under {@code key}; an explicit {@code null} counts as absent. */
  Optional<YamlNode> node(String key) {
    return mapping.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull()));
  }

  void error(String rule, SourceRef where, String message, String hint) {
    problems.accept(Diagnostic.error(rule, where, message, hint));
  }

  /** A scalar as text (numbers and booleans as written); a list or mapping is reported. */
  Optional<String> text(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlNode.Scalar scalar) {
      return Optional.of(scalar.text());
    }
    error("value.type", node.get().where(), "'" + key + "' in " + what + " must be text, not " + node.get().kindName(),
        "write it on one line after '" + key + ":', quoted if it holds ':' or '#'");
    return Optional.empty();
  }

  String text(String key, String fallback) {
    return text(key).orElse(fallback);
  }

  /** True when the key is absent and an unknown key of this mapping looks like it (reported with "did you mean"). */
  boolean misspelt(String key) {
    return misspelt.contains(key) && mapping.get(key).isEmpty();
  }

  /** Text that must be present and not blank. */
  String required(String key) {
    Optional<String> text = text(key);
    if (text.isEmpty() && !mapping.get(key).map(n -> !(n instanceof YamlNode.Scalar)).orElse(false)) {
      if (misspelt(key)) {
        return "";
      }
      error("key.missing", mapping.where(), what + " needs '" + key + "'", "add '" + key + ": ...'");
      return "";
    }
    if (text.isPresent() && text.get().isBlank()) {
      error("key.missing", mapping.get(key).orElseThrow().where(), "'" + key + "' in " + what + " is empty",
          "write a value after '" + key + ":'");
    }
    return text.orElse("");
  }

  /** An id: present, and made of latin letters, digits, '_', '.' and '-'. */
  String id(String key) {
    String id = required(key);
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      error("id.invalid", node(key).orElseThrow().where(), "'" + id + "' is not a valid id"
          + LookAlikes.describe(id, Optional.empty()),
          "ids are used in links and file names: use latin letters, digits, '-', '_' or '.', e.g. '"
              + suggestId(id) + "'");
    }
    return id;
  }

  /** An optional reference to another element's id. */
  Optional<String> reference(String key) {
    return text(key).filter(s -> !s.isBlank()).map(String::strip);
  }

  /** A list of text items; a single text is taken as a list of one. */
  List<String> texts(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof YamlNode.Scalar scalar) {
      return List.of(scalar.text());
    }
    if (node.get() instanceof YamlNode.Sequence sequence) {
      List<String> items = new ArrayList<>();
      for (YamlNode item : sequence.items()) {
        if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
          items.add(scalar.text());
        } else {
          error("value.type", item.where(), "items of '" + key + "' in " + what + " must be text, not " + item.kindName(),
              "write each item as '- text'");
        }
      }
      return items;
    }
    error("value.type", node.get().where(), "'" + key + "' in " + what + " must be a list of text, not "
        + node.get().kindName(), "write '" + key + ": [first, second]'");
    return List.of();
  }

  /** The items of a list field; a missing field is an empty list, anything else is reported. */
  List<YamlNode> items(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof YamlNode.Sequence sequence) {
      return sequence.items();
    }
    error("value.type", node.get().where(), "'" + key + "' in " + what + " must be a list, not " + node.get().kindName(),
        "start each item with '- '");
    return List.of();
  }

  /** A whole number within {@code min..max}; {@code scale} is the hint that explains the range. */
  OptionalInt integer(String key, int min, int max, String scale) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return OptionalInt.empty();
    }
    if (node.get() instanceof YamlNode.Scalar scalar && isWhole(scalar)) {
      long value;
      try {
        value = scalar.type() == YamlNode.ScalarType.INTEGER
            ? Long.parseLong(scalar.text().replace("_", "").replace("+", ""))
            : (long) Double.parseDouble(scalar.text().replace("_", ""));
      } catch (NumberFormatException e) {
        value = Long.MAX_VALUE;
      }
      if (value < min || value > max) {
        error("value.range", scalar.where(), "'" + key + "' " + scalar.text() + " is out of range",
            scale);
        return OptionalInt.empty();
      }
      return OptionalInt.of((int) value);
    }
    error("value.type", node.get().where(), "'" + key + "' in " + what + " must be a whole number, not "
        + describe(node.get()), scale);
    return OptionalInt.empty();
  }

  /**
   * A count: a whole number from 0 to {@link #MAX_NUMBER}, such as the observed departures behind a
   * share. Wider than {@link #integer}, since event logs hold more than two billion events.
   */
  OptionalLong count(String key, String scale) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return OptionalLong.empty();
    }
    if (node.get() instanceof YamlNode.Scalar scalar && isWhole(scalar)) {
      long value;
      try {
        value = scalar.type() == YamlNode.ScalarType.INTEGER
            ? Long.parseLong(scalar.text().replace("_", "").replace("+", ""))
            : (long) Double.parseDouble(scalar.text().replace("_", ""));
      } catch (NumberFormatException e) {
        value = Long.MAX_VALUE;
      }
      if (value < 0 || value > MAX_NUMBER) {
        error("value.range", scalar.where(), "'" + key + "' " + scalar.text() + " is out of range", scale);
        return OptionalLong.empty();
      }
      return OptionalLong.of(value);
    }
    error("value.type", node.get().where(), "'" + key + "' in " + what + " must be a whole number, not "
        + describe(node.get()), scale);
    return OptionalLong.empty();
  }

  /**
   * A whole number, also when written {@code 3.0}: JSON Schema (and so the editor) cannot tell
   * {@code 3.0} from {@code 3}, so the reader does not either.
   */
  private static boolean isWhole(YamlNode.Scalar scalar) {
    if (scalar.type() == YamlNode.ScalarType.INTEGER) {
      return true;
    }
    if (scalar.type() != YamlNode.ScalarType.DECIMAL) {
      return false;
    }
    try {
      double value = Double.parseDouble(scalar.text().replace("_", ""));
      return Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A number (whole or decimal). */
  OptionalDouble number(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (node.get() instanceof YamlNode.Scalar scalar
        && (scalar.type() == YamlNode.ScalarType.INTEGER || scalar.type() == YamlNode.ScalarType.DECIMAL)) {
      try {
        double value = Double.parseDouble(scalar.text().replace("_", ""));
        if (Double.isFinite(value) && Math.abs(value) > MAX_NUMBER) {
          error("value.range", scalar.where(), "'" + key + "' " + scalar.text() + " is too large",
              "numbers in a journey go up to a million billion (1e15); give it in a larger unit");
          return OptionalDouble.empty();
        }
        if (Double.isFinite(value)) {
          return OptionalDouble.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    error("value.type", node.get().where(), "'" + key + "' in " + what + " must be a number, not " + describe(node.get()),
        "write digits, e.g. '" + key + ": 12'");
    return OptionalDouble.empty();
  }

  /** A share: {@code 40%} or a number from 0 to 1. */
  OptionalDouble share(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (!(node.get() instanceof YamlNode.Scalar scalar) || scalar.type() == YamlNode.ScalarType.BOOLEAN) {
      error("share.invalid", node.get().where(), "'" + key + "' in " + what + " must be a share, not "
          + node.get().kindName(), "write a percentage such as 40% or a number from 0 to 1");
      return OptionalDouble.empty();
    }
    OptionalDouble share = Quantities.share(scalar.text());
    if (share.isEmpty()) {
      error("share.invalid", scalar.where(), "'" + scalar.text() + "' is not a share",
          "write a percentage such as 40% or a number from 0 to 1");
      return OptionalDouble.empty();
    }
    double value = share.getAsDouble();
    boolean percent = scalar.text().strip().endsWith("%");
    if (!percent && value > 1) {
      error("value.range", scalar.where(), "'" + key + "' " + scalar.text() + " is over 1",
          scalar.type() == YamlNode.ScalarType.INTEGER
              ? "write " + scalar.text() + "% for a percentage, or a number from 0 to 1"
              : "write a percentage such as 40%, or a number from 0 to 1");
      return OptionalDouble.empty();
    }
    if (value < 0 || value > 1) {
      error("value.range", scalar.where(), "'" + key + "' " + scalar.text() + " is out of range",
          "a share goes from 0% to 100%");
      return OptionalDouble.empty();
    }
    return share;
  }

  /** A duration such as {@code 5m} or {@code PT5M}. */
  Optional<java.time.Duration> duration(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlNode.Scalar scalar && scalar.type() != YamlNode.ScalarType.BOOLEAN) {
      Optional<java.time.Duration> duration = Quantities.duration(scalar.text());
      if (duration.isPresent() && duration.get().compareTo(Quantities.MAX_DURATION) > 0) {
        error("value.range", scalar.where(), "'" + scalar.text() + "' is longer than 100 years",
            "a journey's durations are seconds to months; write the time it really takes");
        return Optional.empty();
      }
      if (duration.isPresent()) {
        return duration;
      }
      String hint = scalar.type() == YamlNode.ScalarType.INTEGER
          ? "add a unit: " + scalar.text() + "m for minutes, " + scalar.text() + "s for seconds"
          : DURATION_FORMS;
      error("duration.invalid", scalar.where(), "'" + scalar.text() + "' is not a duration", hint);
      return Optional.empty();
    }
    error("duration.invalid", node.get().where(), "'" + key + "' in " + what + " must be a duration, not "
        + node.get().kindName(), DURATION_FORMS);
    return Optional.empty();
  }

  private static String describe(YamlNode node) {
    return node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.STRING
        ? "'" + scalar.text() + "'"
        : node.kindName();
  }

  private static String suggestId(String id) {
    String ascii = java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFKD)
        .replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^-+|-+$", "").toLowerCase(java.util.Locale.ROOT);
    return ascii.isEmpty() ? "stage-1" : ascii;
  }
}
