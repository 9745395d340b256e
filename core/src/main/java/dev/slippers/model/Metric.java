package dev.slippers.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A measurement at a stage, ideally against a target.
 *
 * <p>Values are stored in canonical units: fractions for percentages, seconds for durations (see
 * {@link MetricUnit}).
 *
 * @param key    the YAML key: a known metric ({@code csat}) or a custom one
 * @param kind   the known metric, or {@link MetricKind#CUSTOM}
 * @param unit   how the value is written and stored
 * @param better which direction is good
 * @param value  the measured value
 * @param target the target, empty when none is set
 * @param label  unit label of a custom metric ("RUB", "visits"); empty for known metrics
 * @param source where the figure comes from (survey, analytics, mystery shopper...); may be empty
 */
public record Metric(
    String key,
    MetricKind kind,
    MetricUnit unit,
    Better better,
    double value,
    OptionalDouble target,
    String label,
    String source) {

  /** True when a target is set and the value misses it. */
  public boolean breached() {
    return target.isPresent() && !better.meets(value, target.getAsDouble());
  }

  /** The shortfall against the target in the metric's own units, empty without a target. */
  public OptionalDouble gap() {
    return target.isPresent() ? OptionalDouble.of(better.shortfall(value, target.getAsDouble())) : OptionalDouble.empty();
  }

  /** The display name: the known metric's label or the custom key. */
  public String displayName() {
    return displayName(Language.EN);
  }

  /** The display name in the language of a journey's generated text; a custom key stays as written. */
  public String displayName(Language language) {
    return kind == MetricKind.CUSTOM ? key : kind.label(language);
  }

  public Optional<String> sourceText() {
    return source.isEmpty() ? Optional.empty() : Optional.of(source);
  }
}
