package dev.slippers.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.slippers.model.Channel;
import dev.slippers.model.Economics;
import dev.slippers.model.Emotion;
import dev.slippers.model.Journey;
import dev.slippers.model.Metric;
import dev.slippers.model.MetricKind;
import dev.slippers.model.MetricUnit;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Persona;
import dev.slippers.model.Scoring;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a journey as canonical format-1 YAML: keys in the documented order, included personas and
 * channels written inline, shares as fractions and durations in the short form. Reading the output
 * back gives an equal journey.
 */
public final class JourneyWriter {

  private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build());

  private JourneyWriter() {}

  public static String write(Journey journey) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("slippers", journey.formatVersion());
    root.put("id", journey.id());
    root.put("title", journey.title());
    putText(root, "description", journey.description());
    root.put("language", journey.language().code());
    journey.persona().ifPresent(p -> root.put("persona", p));
    putList(root, "personas", journey.personas().stream().map(JourneyWriter::persona).toList());
    putList(root, "channels", journey.channels().stream().map(JourneyWriter::channel).toList());
    root.put("entry", journey.entry());
    root.put("stages", journey.stages().stream().map(JourneyWriter::stage).toList());
    putList(root, "transitions", journey.transitions().stream().map(JourneyWriter::transition).toList());
    if (!journey.scoring().equals(Scoring.DEFAULT)) {
      Scoring s = journey.scoring();
      root.put("scoring", ordered("pain", s.pain(), "emotion", s.emotion(), "effort", s.effort(), "breach", s.breach(),
          "channel_switch", s.channelSwitch(), "churn_penalty", s.churnPenalty(), "bright_spot", s.brightSpot()));
    }
    journey.economics().ifPresent(e -> root.put("economics", economics(e)));
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a journey could not be written as YAML", e);
    }
  }

  private static Map<String, Object> persona(Persona p) {
    Map<String, Object> map = ordered("id", p.id(), "name", p.name());
    putText(map, "type", p.type());
    putText(map, "description", p.description());
    return map;
  }

  private static Map<String, Object> channel(Channel c) {
    Map<String, Object> map = ordered("id", c.id(), "name", c.name());
    putText(map, "kind", c.kind());
    return map;
  }

  private static Map<String, Object> stage(Stage s) {
    Map<String, Object> map = ordered("id", s.id(), "name", s.name());
    putText(map, "description", s.description());
    s.outcome().ifPresent(o -> map.put("outcome", o));
    putList(map, "touchpoints", s.touchpoints().stream().map(JourneyWriter::touchpoint).toList());
    putList(map, "pain_points", s.painPoints().stream().map(JourneyWriter::painPoint).toList());
    putList(map, "opportunities", s.opportunities().stream()
        .map(o -> ordered("id", o.id(), "description", o.description(), "addresses", o.addresses())).toList());
    if (!s.metrics().isEmpty()) {
      Map<String, Object> metrics = new LinkedHashMap<>();
      s.metrics().values().forEach(m -> metrics.put(m.key(), metric(m)));
      map.put("metrics", metrics);
    }
    putList(map, "events", s.events());
    s.departures().ifPresent(d -> map.put("departures", d));
    putText(map, "source", s.source());
    return map;
  }

  private static Map<String, Object> touchpoint(Touchpoint t) {
    Map<String, Object> map = ordered("id", t.id());
    t.channel().ifPresent(c -> map.put("channel", c));
    map.put("actor", t.actor());
    map.put("action", t.action());
    t.duration().ifPresent(d -> map.put("duration", Quantities.formatDuration(d)));
    t.emotion().ifPresent(e -> map.put("emotion", emotion(e)));
    putText(map, "thought", t.thought());
    putList(map, "evidence", t.evidence());
    putList(map, "frontstage", t.frontstage());
    putList(map, "backstage", t.backstage());
    putList(map, "support", t.support());
    if (t.businessInitiated()) {
      map.put("initiated_by", t.initiatedBy());
    }
    putList(map, "events", t.events());
    putText(map, "source", t.source());
    return map;
  }

  private static Object emotion(Emotion e) {
    if (e.perPersona().isEmpty()) {
      return e.value();
    }
    return new LinkedHashMap<>(e.perPersona());
  }

  private static Map<String, Object> painPoint(PainPoint p) {
    Map<String, Object> map = ordered("id", p.id(), "description", p.description(), "severity", p.severity(),
        "frequency", p.frequency());
    p.touchpoint().ifPresent(t -> map.put("touchpoint", t));
    putList(map, "evidence", p.evidence());
    putList(map, "drives", p.drives().stream().map(d -> ordered("to", d.to(), "share", d.share())).toList());
    putList(map, "causes", p.causes().stream().map(c -> ordered("pain", c.pain(), "share", c.share())).toList());
    return map;
  }

  private static Map<String, Object> metric(Metric m) {
    Map<String, Object> map = ordered("value", metricValue(m, m.value()));
    m.target().ifPresent(t -> map.put("target", metricValue(m, t)));
    putText(map, "source", m.source());
    if (m.kind() == MetricKind.CUSTOM) {
      map.put("unit", m.unit() == MetricUnit.PERCENT ? "%" : m.label());
      map.put("better", m.better().name().toLowerCase(Locale.ROOT));
    }
    return map;
  }

  private static Object metricValue(Metric m, double value) {
    if (m.unit() == MetricUnit.DURATION) {
      return value == Math.rint(value) ? Quantities.formatDuration(java.time.Duration.ofSeconds((long) value)) : value + "s";
    }
    return value;
  }

  private static Map<String, Object> transition(Transition t) {
    Map<String, Object> map = ordered("from", t.from(), "to", t.to());
    t.share().ifPresent(s -> map.put("share", s));
    putText(map, "label", t.label());
    t.count().ifPresent(c -> map.put("count", c));
    putText(map, "source", t.source());
    return map;
  }

  private static Map<String, Object> economics(Economics e) {
    Map<String, Object> map = ordered("customers", e.customers(), "period", e.period());
    e.valuePerSuccess().ifPresent(v -> map.put("value_per_success", v));
    putText(map, "currency", e.currency());
    if (!e.outcomeValues().isEmpty()) {
      map.put("outcome_values", new LinkedHashMap<>(e.outcomeValues()));
    }
    return map;
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static void putText(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }

  private static void putList(Map<String, Object> map, String key, List<?> values) {
    if (!values.isEmpty()) {
      map.put(key, values);
    }
  }
}
