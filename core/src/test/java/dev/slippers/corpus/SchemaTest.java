package dev.slippers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code docs/slippers.schema.json} gives editors completion and hover help; it must accept every
 * bundled file and refuse what the validator refuses.
 */
class SchemaTest {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    JsonNode node = new ObjectMapper().readTree(Corpus.root().resolve("docs/slippers.schema.json").toFile());
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  private static Set<ValidationMessage> check(String yaml) throws Exception {
    return schema.validate(YAML.readTree(yaml));
  }

  @TestFactory
  List<DynamicTest> everyBundledFileMatchesTheSchema() throws Exception {
    List<Path> files = Corpus.files();
    assertTrue(files.size() >= 8, files.toString());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> assertEquals(Set.of(), schema.validate(YAML.readTree(Files.readString(file)))))).toList();
  }

  @Test
  void theFixturesOfTheReaderMatchTheSchemaToo() throws Exception {
    for (String fixture : List.of("valid/marketplace.yaml", "valid/shared/catalogue.yaml")) {
      String yaml = Files.readString(Path.of("src/test/resources").resolve(fixture));
      assertEquals(Set.of(), check(yaml), fixture);
    }
  }

  private static final String MINIMAL = "slippers: 1\nid: j\ntitle: J\nstages:\n  - id: a\n    name: A\n    outcome: success\n";

  @Test
  void aMinimalJourneyIsAccepted() throws Exception {
    assertEquals(Set.of(), check(MINIMAL));
  }

  @Test
  void anUnknownKeyIsRefused() throws Exception {
    assertFalse(check(MINIMAL.replace("outcome: success", "outcom: success")).isEmpty());
    assertFalse(check(MINIMAL + "colour: red\n").isEmpty());
  }

  @Test
  void aSeverityOfSevenIsRefused() throws Exception {
    String pain = MINIMAL + "    pain_points:\n      - {id: p, description: Hurts, severity: %d}\n";
    assertEquals(Set.of(), check(pain.formatted(5)));
    assertFalse(check(pain.formatted(7)).isEmpty());
  }

  @Test
  void sharesDurationsAndCustomMetricsFollowTheReadersRules() throws Exception {
    String stage = MINIMAL + "    metrics:\n      %s\n";
    assertEquals(Set.of(), check(stage.formatted("fcr: {value: 72%, target: 0.8}")));
    assertFalse(check(stage.formatted("fcr: {value: 120%, target: 80%}")).isEmpty());
    assertEquals(Set.of(), check(stage.formatted("response_time: {value: 1h30m, target: PT5M}")));
    assertFalse(check(stage.formatted("response_time: {value: 5, target: 3m}")).isEmpty());
    assertFalse(check(stage.formatted("csat: {value: 4, target: 4.5, better: lower}")).isEmpty());
    assertFalse(check(stage.formatted("visits: {value: 4, target: 5}")).isEmpty());
    assertEquals(Set.of(), check(stage.formatted("visits: {value: 4, target: 5, unit: visits, better: higher}")));
  }

  @Test
  void aCatalogueIsToldApartFromAJourney() throws Exception {
    String catalogue = "slippers: 1\ncatalogue: c\npersonas:\n  - {id: p, name: P}\n";
    assertEquals(Set.of(), check(catalogue));
    assertFalse(check(catalogue + "stages: []\n").isEmpty());
  }
}
