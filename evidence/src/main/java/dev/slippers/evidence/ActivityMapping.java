package dev.slippers.evidence;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which stage each activity of a log belongs to, resolved in Java from the journey before the
 * engine runs ({@code JourneyMapping}), so that engines only join on exact names. An activity not
 * in the map is unmapped: counted, listed, and left out of the sequences.
 *
 * @param stageOf activity name to stage id
 */
public record ActivityMapping(Map<String, String> stageOf) {

  public ActivityMapping {
    stageOf = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(stageOf));
  }

  public Optional<String> stage(String activity) {
    return Optional.ofNullable(stageOf.get(activity));
  }
}
