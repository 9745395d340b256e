package dev.slippers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.model.MetricKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The schema and the reader know the same keys: a key added to the reader (or the schema) alone
 * fails here, so the editor never refuses what validate accepts, nor offers what it refuses.
 */
class SchemaKeysTest {

  private static final JsonNode SCHEMA = read();

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(Schema.json());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> properties(String definition) {
    Set<String> keys = new TreeSet<>();
    SCHEMA.at("/$defs/" + definition + "/properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void everyMappingOfTheReaderHasTheSameKeysInTheSchema() {
    Map<String, Set<String>> reader = Map.ofEntries(
        Map.entry("journey", JourneyReader.JOURNEY_KEYS),
        Map.entry("catalogue", JourneyReader.CATALOGUE_KEYS),
        Map.entry("persona", JourneyReader.PERSONA_KEYS),
        Map.entry("channel", JourneyReader.CHANNEL_KEYS),
        Map.entry("stage", JourneyReader.STAGE_KEYS),
        Map.entry("touchpoint", JourneyReader.TOUCHPOINT_KEYS),
        Map.entry("painPoint", JourneyReader.PAIN_KEYS),
        Map.entry("opportunity", JourneyReader.OPPORTUNITY_KEYS),
        Map.entry("customMetric", JourneyReader.METRIC_KEYS),
        Map.entry("transition", JourneyReader.TRANSITION_KEYS),
        Map.entry("scoring", JourneyReader.SCORING_KEYS),
        Map.entry("economics", JourneyReader.ECONOMICS_KEYS));
    reader.forEach((definition, keys) -> assertEquals(new TreeSet<>(keys), properties(definition), definition));
  }

  @Test
  void theKnownMetricsAndChannelKindsAreTheSame() {
    Set<String> known = new TreeSet<>();
    Arrays.stream(MetricKind.values()).filter(k -> k != MetricKind.CUSTOM).forEach(k -> known.add(k.key()));
    assertEquals(known, properties("metrics"));
    Set<String> kinds = new TreeSet<>();
    SCHEMA.at("/$defs/channel/properties/kind/anyOf/0/enum").forEach(k -> kinds.add(k.asText()));
    assertEquals(new TreeSet<>(JourneyReader.CHANNEL_KINDS), kinds);
  }

  @Test
  void theJarShipsTheSchemaOfTheDocsWithItsId() throws Exception {
    assertEquals(Files.readString(Path.of("../docs/slippers.schema.json")), Schema.json());
    assertEquals(Schema.ID, SCHEMA.get("$id").asText());
  }
}
