package dev.slippers.io;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.model.Better;
import dev.slippers.model.Channel;
import dev.slippers.model.Economics;
import dev.slippers.model.Emotion;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Metric;
import dev.slippers.model.MetricKind;
import dev.slippers.model.MetricUnit;
import dev.slippers.model.Opportunity;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Persona;
import dev.slippers.model.Scoring;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Maps a located YAML tree to the model, version 1 of the format ({@code docs/format.md}). Every
 * structural problem is reported with its position and reading goes on, so one run shows them all;
 * what cannot be read is left out of the model. Cross-references are checked later, by the rules in
 * {@code dev.slippers.validation}.
 */
final class JourneyReader {

  static final int FORMAT_VERSION = 1;

  static final Set<String> JOURNEY_KEYS = Set.of("slippers", "id", "title", "description", "language", "include",
      "persona", "personas", "channels", "entry", "stages", "transitions", "scoring", "economics");
  static final Set<String> CATALOGUE_KEYS = Set.of("slippers", "catalogue", "title", "description", "personas", "channels");
  static final Set<String> PERSONA_KEYS = Set.of("id", "name", "type", "description");
  static final Set<String> CHANNEL_KEYS = Set.of("id", "name", "kind");
  static final Set<String> STAGE_KEYS = Set.of("id", "name", "description", "outcome", "touchpoints",
      "pain_points", "opportunities", "metrics", "events", "departures", "source");
  static final Set<String> TOUCHPOINT_KEYS = Set.of("id", "channel", "actor", "action", "duration", "emotion",
      "thought", "evidence", "frontstage", "backstage", "support", "initiated_by", "events", "source");
  static final Set<String> PAIN_KEYS = Set.of("id", "description", "severity", "frequency", "touchpoint", "evidence", "drives",
      "causes");
  static final Set<String> DRIVE_KEYS = Set.of("to", "share");
  static final Set<String> CAUSE_KEYS = Set.of("pain", "share");
  static final Set<String> OPPORTUNITY_KEYS = Set.of("id", "description", "addresses");
  static final Set<String> METRIC_KEYS = Set.of("value", "target", "source", "unit", "better");
  static final Set<String> TRANSITION_KEYS = Set.of("from", "to", "share", "label", "count", "source");
  static final Set<String> SCORING_KEYS = Set.of("pain", "emotion", "effort", "breach", "channel_switch",
      "churn_penalty", "bright_spot");
  static final Set<String> ECONOMICS_KEYS = Set.of("customers", "period", "value_per_success", "currency",
      "outcome_values");
  static final Set<String> CHANNEL_KINDS = Set.of("digital", "physical", "phone", "person");

  private static final String COUNT_SCALE =
      "'count' is how many departures from 'from' took this transition: a whole number, 0 or more";
  private static final String DEPARTURES_SCALE =
      "'departures' is how many times customers left the stage in total: a whole number, 0 or more";
  private static final String EMOTION_SCALE = "emotion goes from -2 (very negative) to 2 (very positive)";

  private final SourceMap sources;
  private final Consumer<Diagnostic> problems;

  JourneyReader(SourceMap sources, Consumer<Diagnostic> problems) {
    this.sources = sources;
    this.problems = problems;
  }

  /** The format version, checked first: a file of an unknown version is not read further. */
  boolean checkVersion(Fields root) {
    Optional<YamlNode> version = root.node("slippers");
    if (version.isEmpty()) {
      root.error("key.missing", root.where(), "the file does not say its format version",
          "start it with 'slippers: " + FORMAT_VERSION + "'");
      return true;
    }
    if (version.get() instanceof YamlNode.Scalar scalar && scalar.text().equals(String.valueOf(FORMAT_VERSION))) {
      return true;
    }
    root.error("version.unknown", version.get().where(), "unknown format version '"
        + (version.get() instanceof YamlNode.Scalar s ? s.text() : version.get().kindName()) + "'",
        "this Slippers reads 'slippers: " + FORMAT_VERSION + "'");
    return false;
  }

  Journey journey(Fields root, List<Catalogue> included) {
    String id = root.id("id");
    String title = root.required("title");
    Language language = root.text("language").map(code -> language(root, code)).orElse(Language.EN);
    List<Persona> personas = new ArrayList<>();
    List<Channel> channels = new ArrayList<>();
    included.forEach(c -> personas.addAll(c.personas()));
    included.forEach(c -> channels.addAll(c.channels()));
    personas.addAll(personas(root));
    channels.addAll(channels(root));
    List<Stage> stages = list(root, "stages", "stage", this::stage);
    if (stages.isEmpty()) {
      // An empty list is as useless as a missing key; items that failed to read were reported already.
      boolean listedNothing = root.node("stages").map(n -> n instanceof YamlNode.Sequence seq && seq.items().isEmpty())
          .orElse(true);
      if (listedNothing && !root.misspelt("stages")) {
        root.error("key.missing", root.node("stages").map(YamlNode::where).orElse(root.where()),
            "the journey has no stages", "add 'stages:' with at least one stage");
      }
    }
    String entry = root.reference("entry").orElse(stages.isEmpty() ? "" : stages.get(0).id());
    List<Transition> transitions = list(root, "transitions", "transition", this::transition);
    Scoring scoring = root.node("scoring").map(n -> scoring(Fields.of(n, root.child("scoring"), "scoring",
        SCORING_KEYS, problems))).orElse(Scoring.DEFAULT);
    Optional<Economics> economics = root.node("economics").map(n -> economics(Fields.of(n, root.child("economics"),
        "economics", ECONOMICS_KEYS, problems)));
    return new Journey(FORMAT_VERSION, id, title, language, root.reference("persona"), personas, channels, entry,
        stages, transitions, scoring, economics, root.text("description", ""));
  }

  Catalogue catalogue(Fields root) {
    return new Catalogue(root.id("catalogue"), root.text("title", ""), personas(root), channels(root));
  }

  List<String> includes(Fields root) {
    return root.texts("include");
  }

  private List<Persona> personas(Fields root) {
    return list(root, "personas", "persona", f -> new Persona(f.id("id"), f.required("name"), f.text("type", ""),
        f.text("description", "")), PERSONA_KEYS);
  }

  private List<Channel> channels(Fields root) {
    return list(root, "channels", "channel", f -> {
      String kind = f.text("kind", "");
      if (!kind.isEmpty() && !CHANNEL_KINDS.contains(kind)) {
        f.error("value.range", f.node("kind").orElseThrow().where(), "unknown channel kind '" + kind + "'",
            Suggestions.hint(kind, CHANNEL_KINDS, "kinds"));
      }
      return new Channel(f.id("id"), f.required("name"), kind);
    }, CHANNEL_KEYS);
  }

  private Stage stage(Fields f) {
    Optional<String> outcome = f.reference("outcome");
    outcome.filter(o -> !Fields.ID.matcher(o).matches()).ifPresent(o -> f.error("id.invalid",
        f.node("outcome").orElseThrow().where(), "'" + o + "' is not a valid outcome name",
        "use success, failure, or a name of latin letters, digits and '-'"));
    Map<String, Metric> metrics = new LinkedHashMap<>();
    f.node("metrics").ifPresent(node -> {
      if (node instanceof YamlNode.Mapping mapping) {
        for (YamlNode.Entry entry : mapping.entries()) {
          metric(entry, f.child("metrics") + "/" + SourceMap.segment(entry.key())).ifPresent(m -> metrics.put(m.key(), m));
        }
      } else {
        f.error("value.type", node.where(), "'metrics' must be a mapping such as 'csat: {value: 4.2, target: 4.5}', not "
            + node.kindName(), "write one metric per line under 'metrics:'");
      }
    });
    return new Stage(f.id("id"), f.required("name"), f.text("description", ""), outcome,
        list(f, "touchpoints", "touchpoint", this::touchpoint, TOUCHPOINT_KEYS),
        list(f, "pain_points", "pain point", this::painPoint, PAIN_KEYS),
        list(f, "opportunities", "opportunity", this::opportunity, OPPORTUNITY_KEYS),
        metrics, f.texts("events"), f.count("departures", DEPARTURES_SCALE), f.text("source", ""));
  }

  private Touchpoint touchpoint(Fields f) {
    return new Touchpoint(f.id("id"), f.reference("channel"), f.text("actor", "customer"), f.required("action"),
        f.duration("duration"), emotion(f), f.text("thought", ""), f.texts("evidence"), f.texts("frontstage"),
        f.texts("backstage"), f.texts("support"), initiatedBy(f), f.texts("events"), f.text("source", ""));
  }

  private String initiatedBy(Fields f) {
    String who = f.text("initiated_by", Touchpoint.CUSTOMER);
    if (!who.equals(Touchpoint.CUSTOMER) && !who.equals(Touchpoint.BUSINESS)) {
      f.error("value.range", f.node("initiated_by").orElseThrow().where(), "'initiated_by' must be 'customer' or 'business', not '"
          + who + "'", "write 'initiated_by: business' where the business reaches out (a push, a call, a courier)");
      return Touchpoint.CUSTOMER;
    }
    return who;
  }

  private Optional<Emotion> emotion(Fields f) {
    Optional<YamlNode> node = f.node("emotion");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlNode.Mapping mapping) {
      Map<String, Integer> perPersona = new LinkedHashMap<>();
      Fields values = Fields.of(mapping, f.child("emotion"), "emotion",
          Set.copyOf(mapping.entries().stream().map(YamlNode.Entry::key).toList()), problems);
      for (YamlNode.Entry entry : mapping.entries()) {
        values.integer(entry.key(), Emotion.MIN, Emotion.MAX, EMOTION_SCALE).ifPresent(v -> perPersona.put(entry.key(), v));
      }
      return perPersona.isEmpty() ? Optional.empty() : Optional.of(new Emotion(OptionalInt.empty(), perPersona));
    }
    OptionalInt value = f.integer("emotion", Emotion.MIN, Emotion.MAX, EMOTION_SCALE);
    return value.isPresent() ? Optional.of(Emotion.of(value.getAsInt())) : Optional.empty();
  }

  private PainPoint painPoint(Fields f) {
    String id = f.id("id");
    String description = f.required("description");
    if (!f.has("severity")) {
      f.error("key.missing", f.where(), "pain point '" + id + "' needs 'severity'", "add 'severity: N' from 1 (minor) to 5 (critical)");
    }
    int severity = f.integer("severity", PainPoint.MIN_SEVERITY, PainPoint.MAX_SEVERITY,
        "severity goes from 1 (minor) to 5 (critical)").orElse(1);
    double frequency = f.share("frequency").orElse(1.0);
    List<PainPoint.Drive> drives = effects(f, "drives", "drive", DRIVE_KEYS,
        e -> new PainPoint.Drive(e.required("to").strip(), requiredShare(e,
            "a drive needs 'share': of the customers who meet the pain, how many take this transition because of it")));
    List<PainPoint.Cause> causes = effects(f, "causes", "cause", CAUSE_KEYS,
        e -> new PainPoint.Cause(e.required("pain").strip(), requiredShare(e,
            "a cause needs 'share': how many of the other pain's occurrences happen because of this one")));
    return new PainPoint(id, description, severity, frequency, f.reference("touchpoint"), f.texts("evidence"), drives,
        causes);
  }

  /** {@code drives:} or {@code causes:}: one mapping, or a list of them. */
  private <T> List<T> effects(Fields f, String key, String what, Set<String> allowed,
      java.util.function.Function<Fields, T> read) {
    Optional<YamlNode> node = f.node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof YamlNode.Mapping) {
      T effect = read.apply(Fields.of(node.get(), f.child(key), what, allowed, problems));
      sources.element(effect, f.child(key));
      return List.of(effect);
    }
    return list(f, key, what, read, allowed);
  }

  private static double requiredShare(Fields f, String missing) {
    if (!f.has("share")) {
      f.error("key.missing", f.where(), missing, "add 'share: 40%'");
    }
    return f.share("share").orElse(0.0);
  }

  private Opportunity opportunity(Fields f) {
    return new Opportunity(f.id("id"), f.required("description"), f.texts("addresses"));
  }

  private Transition transition(Fields f) {
    return new Transition(f.required("from").strip(), f.required("to").strip(), f.share("share"), f.text("label", ""),
        f.count("count", COUNT_SCALE), f.text("source", ""));
  }

  private Optional<Metric> metric(YamlNode.Entry entry, String pointer) {
    String key = entry.key();
    Optional<MetricKind> known = MetricKind.known(key);
    YamlNode node = entry.value();
    Fields f = node instanceof YamlNode.Mapping
        ? Fields.of(node, pointer, "metric '" + key + "'", METRIC_KEYS, problems)
        : Fields.of(new YamlNode.Mapping(List.of(new YamlNode.Entry("value", entry.keyWhere(), node)), node.where()),
            pointer, "metric '" + key + "'", METRIC_KEYS, problems);
    MetricUnit unit;
    Better better;
    String label = f.text("unit", "");
    if (known.isPresent()) {
      unit = known.get().unit();
      better = known.get().better();
      if (f.has("better")) {
        f.error("key.unknown", f.node("better").orElseThrow().where(), "'" + key + "' is a known metric; its good direction is fixed",
            "remove 'better'; declare a custom metric under another name to change it");
      }
      if (f.has("unit")) {
        f.error("key.unknown", f.node("unit").orElseThrow().where(), "'" + key + "' is a known metric; its unit is fixed",
            "remove 'unit'; declare a custom metric under another name to measure it differently");
      }
    } else {
      Optional<String> betterText = f.text("better");
      if (betterText.isEmpty() || label.isEmpty()) {
        problems.accept(Diagnostic.error("metric.custom-incomplete", entry.keyWhere(),
            "'" + key + "' is not a known metric, so it must declare 'unit' and 'better'",
            Suggestions.closest(key, knownKeys()).map(k -> "did you mean '" + k + "'?")
                .orElse("add 'unit: ...' and 'better: higher' or 'better: lower'")));
        return Optional.empty();
      }
      if (!Set.of("higher", "lower").contains(betterText.get())) {
        f.error("value.range", f.node("better").orElseThrow().where(), "'better' must be 'higher' or 'lower', not '"
            + betterText.get() + "'", "say which direction of the metric is good");
        return Optional.empty();
      }
      better = Better.valueOf(betterText.get().toUpperCase(Locale.ROOT));
      unit = label.equals("%") ? MetricUnit.PERCENT : MetricUnit.NUMBER;
    }
    MetricKind kind = known.orElse(MetricKind.CUSTOM);
    OptionalDouble value = metricValue(f, "value", kind, unit);
    if (!f.has("value")) {
      f.error("key.missing", entry.keyWhere(), "metric '" + key + "' needs a 'value'", "add 'value: ...'");
    }
    OptionalDouble target = metricValue(f, "target", kind, unit);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Metric(key, kind, unit, better, value.getAsDouble(), target,
        known.isPresent() ? "" : label, f.text("source", "")));
  }

  private OptionalDouble metricValue(Fields f, String field, MetricKind kind, MetricUnit unit) {
    Optional<YamlNode> node = f.node(field);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (kind == MetricKind.CSAT && node.get() instanceof YamlNode.Scalar scalar && scalar.text().strip().endsWith("%")) {
      return csatPercent(f, field);
    }
    OptionalDouble value = switch (unit) {
      case PERCENT -> f.share(field);
      case DURATION -> f.duration(field).map(d -> OptionalDouble.of(Quantities.seconds(d))).orElse(OptionalDouble.empty());
      default -> f.number(field);
    };
    if (value.isPresent() && (value.getAsDouble() < kind.min() || value.getAsDouble() > kind.max())) {
      f.error("value.range", node.get().where(), kind.label() + " " + ((YamlNode.Scalar) node.get()).text()
          + " is out of range", kind.label() + " goes from " + format(kind.min()) + " to " + format(kind.max()));
      return OptionalDouble.empty();
    }
    return value;
  }

  /**
   * CSAT written as a percentage ({@code csat: 80%}) is the share of satisfied customers (4 or 5 out
   * of 5); it is put on the 1-5 scale linearly, 0% as 1 and 100% as 5 (80% is 4.2), so that targets
   * and friction treat both forms alike (docs/format.md).
   */
  private static OptionalDouble csatPercent(Fields f, String field) {
    OptionalDouble share = f.share(field);
    return share.isPresent() ? OptionalDouble.of(CSAT_FROM_SHARE.applyAsDouble(share.getAsDouble())) : share;
  }

  /** Where a CSAT share lands on the 1-5 scale. */
  static final java.util.function.DoubleUnaryOperator CSAT_FROM_SHARE = share -> 1 + 4 * share;

  private Scoring scoring(Fields f) {
    Scoring d = Scoring.DEFAULT;
    return new Scoring(weight(f, "pain", d.pain()), weight(f, "emotion", d.emotion()), weight(f, "effort", d.effort()),
        weight(f, "breach", d.breach()), weight(f, "channel_switch", d.channelSwitch()),
        weight(f, "churn_penalty", d.churnPenalty()), weight(f, "bright_spot", d.brightSpot()));
  }

  private double weight(Fields f, String key, double fallback) {
    OptionalDouble value = f.number(key);
    if (value.isPresent() && value.getAsDouble() < 0) {
      f.error("value.range", f.node(key).orElseThrow().where(), "weight '" + key + "' is negative",
          "weights are 0 (ignore this part) or more");
      return fallback;
    }
    return value.orElse(fallback);
  }

  private Economics economics(Fields f) {
    if (!f.has("customers")) {
      f.error("key.missing", f.where(), "economics needs 'customers'", "add 'customers: 1000' (customers per period)");
    }
    double customers = f.number("customers").orElse(0);
    if (customers < 0) {
      f.error("value.range", f.node("customers").orElseThrow().where(), "'customers' is negative", "count customers per period");
    }
    OptionalDouble value = f.number("value_per_success");
    Map<String, Double> outcomeValues = new LinkedHashMap<>();
    f.node("outcome_values").ifPresent(node -> {
      if (node instanceof YamlNode.Mapping mapping) {
        Fields values = Fields.of(mapping, f.child("outcome_values"), "outcome_values",
            Set.copyOf(mapping.entries().stream().map(YamlNode.Entry::key).toList()), problems);
        for (YamlNode.Entry entry : mapping.entries()) {
          values.number(entry.key()).ifPresent(v -> outcomeValues.put(entry.key(), v));
        }
      } else {
        f.error("value.type", node.where(), "'outcome_values' must be a mapping such as '{success: 2990, failure: -6000}', not "
            + node.kindName(), "write one outcome and its value per line");
      }
    });
    return new Economics(Math.max(customers, 0), f.text("period", "month"), value, f.text("currency", ""), outcomeValues);
  }

  private Language language(Fields root, String code) {
    Optional<Language> language = Language.fromCode(code);
    if (language.isEmpty()) {
      root.error("value.range", root.node("language").orElseThrow().where(), "unknown language '" + code + "'",
          "Slippers labels its outputs in 'en' or 'ru'");
    }
    return language.orElse(Language.EN);
  }

  private <T> List<T> list(Fields parent, String key, String what, java.util.function.Function<Fields, T> read,
      Set<String> allowed) {
    List<T> result = new ArrayList<>();
    List<YamlNode> items = parent.items(key);
    for (int i = 0; i < items.size(); i++) {
      String pointer = parent.child(key) + "/" + i;
      if (!(items.get(i) instanceof YamlNode.Mapping)) {
        parent.error("value.type", items.get(i).where(), "each item of '" + key + "' must be a " + what
            + " written as a mapping, not " + items.get(i).kindName(), "write '- id: ...' and its keys below");
        continue;
      }
      T element = read.apply(Fields.of(items.get(i), pointer, what, allowed, problems));
      sources.element(element, pointer);
      result.add(element);
    }
    return result;
  }

  private <T> List<T> list(Fields parent, String key, String what, java.util.function.Function<Fields, T> read) {
    Set<String> allowed = key.equals("stages") ? STAGE_KEYS : TRANSITION_KEYS;
    return list(parent, key, what, read, allowed);
  }

  private static List<String> knownKeys() {
    return java.util.Arrays.stream(MetricKind.values()).filter(k -> k != MetricKind.CUSTOM).map(MetricKind::key).toList();
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
