package dev.slippers.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a touchpoint feels, from -2 (very negative) to 2 (very positive): one value for everyone,
 * or one per persona.
 *
 * @param overall    the value for everyone, empty when only per-persona values are given
 * @param perPersona values by persona id, in file order
 */
public record Emotion(OptionalInt overall, Map<String, Integer> perPersona) {

  public static final int MIN = -2;
  public static final int MAX = 2;

  public Emotion {
    perPersona = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perPersona));
  }

  public static Emotion of(int value) {
    return new Emotion(OptionalInt.of(value), Map.of());
  }

  /**
   * The value a persona feels: its own where given, else the overall value, else the mean of the
   * per-persona values rounded towards negative (a map should not look better than it is).
   */
  public int forPersona(Optional<String> personaId) {
    if (personaId.isPresent() && perPersona.containsKey(personaId.get())) {
      return perPersona.get(personaId.get());
    }
    return overall.orElseGet(this::meanOfPersonas);
  }

  /** The value for everyone: the overall value, or the per-persona mean rounded down. */
  public int value() {
    return overall.orElseGet(this::meanOfPersonas);
  }

  private int meanOfPersonas() {
    if (perPersona.isEmpty()) {
      return 0;
    }
    int sum = perPersona.values().stream().mapToInt(Integer::intValue).sum();
    return Math.floorDiv(sum, perPersona.size());
  }
}
