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
import dev.slippers.io.JourneyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    return schema.validate(asJson(YAML.readTree(yaml)));
  }

  /**
   * The document as JSON, and so the editor, sees it: JavaScript has one number type, so 3.0 is 3.
   * Jackson keeps 3.0 a decimal, which the Java validator would tell apart from an integer.
   */
  static JsonNode asJson(JsonNode node) {
    if (node.isDouble() || node.isFloat() || node.isBigDecimal()) {
      double value = node.asDouble();
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? com.fasterxml.jackson.databind.node.LongNode.valueOf((long) value) : node;
    }
    if (node.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), asJson(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).deepCopy();
      for (int i = 0; i < node.size(); i++) {
        copy.set(i, asJson(node.get(i)));
      }
      return copy;
    }
    return node;
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
  void everyPropertyHasADescriptionForHoverHelp() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Corpus.root().resolve("docs/slippers.schema.json").toFile());
    List<String> bare = new java.util.ArrayList<>();
    undescribed(root, "", bare);
    assertEquals(List.of(), bare);
  }

  private static void undescribed(JsonNode node, String path, List<String> bare) {
    JsonNode properties = node.get("properties");
    if (properties != null) {
      properties.fields().forEachRemaining(p -> {
        if (!p.getValue().has("description")) {
          bare.add(path + "/" + p.getKey());
        }
      });
    }
    node.fields().forEachRemaining(child -> undescribed(child.getValue(), path + "/" + child.getKey(), bare));
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        undescribed(node.get(i), path + "/" + i, bare);
      }
    }
  }

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

  /**
   * Snippets of one stage of a minimal journey, each judged both by the loader and by the schema:
   * they must agree on whether it is valid (only local rules here, the graph stays sound).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "    metrics: {fcr: {value: 72%, target: 0.8}}",
      "    metrics: {fcr: {value: '0.72', target: 80%}}",
      "    metrics: {fcr: {value: 101%, target: 80%}}",
      "    metrics: {fcr: {value: 40, target: 80%}}",
      "    metrics: {nps: {value: -100, target: 100}}",
      "    metrics: {nps: {value: -101, target: 0}}",
      "    metrics: {ces: {value: 0, target: 3}}",
      "    metrics: {response_time: {value: 1h 30m, target: PT5M}}",
      "    metrics: {response_time: {value: 90, target: 5m}}",
      "    metrics: {complaints: {value: -1, target: 0}}",
      "    metrics: {rate: {value: 12%, target: 10%, unit: '%', better: higher}}",
      "    metrics: {rate: {value: 12%, target: 10, unit: visits, better: higher}}",
      "    metrics: {rate: {value: 12, target: 10, unit: visits, better: up}}",
      "    metrics: {csat: {value: 4, target: 5, unit: points}}",
      "    touchpoints: [{id: t, action: A, emotion: {p: 2}}]\npersonas: [{id: p, name: P}]",
      "    touchpoints: [{id: t, action: A, emotion: 3}]",
      "    touchpoints: [{id: t, action: A, emotion: 1.5}]",
      "    touchpoints: [{id: t, action: A, duration: 10}]",
      "    touchpoints: [{id: t, action: A, duration: 2d4h}]",
      "    touchpoints: [{id: t, action: A, evidence: receipt, support: [CRM, 1]}]",
      "    touchpoints: [{id: t, action: A, frontstage: [{a: b}]}]",
      "    touchpoints: [{id: Ошибка, action: A}]",
      "    touchpoints: [{id: 7, action: A}]",
      "    touchpoints: [{id: t}]",
      "    pain_points: [{id: p, description: D, severity: 3, frequency: 0.5}]",
      "    pain_points: [{id: p, description: D, severity: 0}]",
      "    pain_points: [{id: p, description: D}]",
      "    pain_points: [{id: p, description: D, severity: 2, frequency: 1.5}]",
      "    opportunities: [{id: o, description: D, adresses: []}]",
      "    description: 42",
      "language: de",
      "language: ru",
      "scoring: {pain: -1}",
      "scoring: {pain: 0, effort: 2.5}",
      "economics: {period: month}",
      "economics: {customers: 10, period: week, value_per_success: 5, currency: EUR}",
      "channels: [{id: c, name: C, kind: robot}]",
      "channels: [{id: c, name: C, kind: phone}]",
      // Issue 10: an explicit null is absent for both; empty text, 3.0, durations and empty sections.
      "description: ~",
      "    description: ~",
      "    touchpoints: [{id: t, action: A, evidence: ~, emotion: ~, duration: ~, channel: ~, actor: ~}]",
      "    touchpoints: [{id: t, action: A, emotion: {p: ~}}]\npersonas: [{id: p, name: P}]",
      "    pain_points: [{id: p, description: D, severity: 3, frequency: ~, evidence: ~}]",
      "    pain_points: [{id: p, description: D, severity: 3.0}]",
      "    pain_points: [{id: p, description: D, severity: 3.5}]",
      "    pain_points: [{id: p, description: D, severity: ~}]",
      "    pain_points: [{id: p, description: '', severity: 2}]",
      "    touchpoints: [{id: t, action: A, emotion: 2.0}]",
      "    touchpoints: [{id: t, action: '   '}]",
      "    touchpoints: [{id: t, action: ~}]",
      "    description: D\n    pain_points: ~",
      "    metrics:",
      "    touchpoints:",
      "    pain_points:",
      "    opportunities:",
      "personas:",
      "channels:",
      "transitions:",
      "scoring:",
      "economics:",
      "economics: {customers: 10, period: ~, value_per_success: ~}",
      "scoring: {pain: ~}",
      "    metrics: {csat: ~}",
      "    metrics: {csat: {value: 4, target: ~, source: ~}}",
      "    metrics: {csat: {value: ~}}",
      "    metrics: {rate: {value: 3, target: ~, unit: visits, better: lower}}",
      "    metrics: {fcr: {value: 72%, target: ~}}",
      "    touchpoints: [{id: t, action: A, duration: Pizza}]",
      "    touchpoints: [{id: t, action: A, duration: P1Y}]",
      "    touchpoints: [{id: t, action: A, duration: P1Y2M3DT4H}]",
      "    touchpoints: [{id: t, action: A, duration: 1y}]",
      "    touchpoints: [{id: t, action: A, duration: 6mo}]",
      "    touchpoints: [{id: t, action: A, duration: 1y 6mo}]",
      "    touchpoints: [{id: t, action: A, duration: P}]",
      "    touchpoints: [{id: t, action: A, duration: PT}]",
      "    touchpoints: [{id: t, action: A, duration: P1H}]",
      "    touchpoints: [{id: t, action: A, duration: PT-5M}]",
      "    touchpoints: [{id: t, action: A, duration: Pt5m}]",
      "    touchpoints: [{id: t, action: A, duration: 5 mo}]",
      "    touchpoints: [{id: t, action: A, actor: staff}]",
      "    touchpoints: [{id: t, action: A, actor: the courier}]",
      "    metrics: {response_time: {value: P1M, target: 1y}}",
      "    metrics: {csat: {value: 80%, target: 90%}}",
      "entry: ~",
      "persona: ~",
      "include: ~",
      "language: ~",
      // Issue 9: observed evidence on stages, touchpoints and transitions.
      "    events: [order_placed, 'checkout_*']\n    departures: 12\n    source: events 2026-09",
      "    events: order_placed",
      "    events: [{a: b}]",
      "    departures: -1",
      "    departures: 2.5",
      "    departures: 3.0",
      "    departures: many",
      "    departures: ~\n    source: ~\n    events: ~",
      "    touchpoints: [{id: t, action: A, events: [t_*, tap]}]",
      "    touchpoints: [{id: t, action: A, events: 7}]",
      "  - {id: b, name: B, departures: 5}\nentry: b\ntransitions: [{from: b, to: a, count: 3, source: events}]",
      "  - {id: b, name: B, departures: 5}\nentry: b\ntransitions: [{from: b, to: a, count: -3}]",
      "  - {id: b, name: B, departures: 5}\nentry: b\ntransitions: [{from: b, to: a, count: ~, source: ~}]",
      "  - {id: b, name: B, departures: 5}\nentry: b\ntransitions: [{from: b, to: a, count: 1e20}]",
  })
  void theSchemaAndTheValidatorAgree(String snippet) throws Exception {
    String yaml = MINIMAL + snippet + "\n";
    boolean loaderValid = !new JourneyLoader(Path.of(".")).parse("snippet.yaml", yaml).hasErrors();
    Set<ValidationMessage> schemaFindings = check(yaml);
    assertEquals(loaderValid, schemaFindings.isEmpty(), yaml + "\nschema: " + schemaFindings);
  }

  @Test
  void anEmptyTitleAndAMissingOneAreRefusedByBoth() throws Exception {
    for (String title : List.of("title: \"\"", "title: ~", "title:", "title: '  '")) {
      String yaml = MINIMAL.replace("title: J", title);
      assertTrue(new JourneyLoader(Path.of(".")).parse("t.yaml", yaml).hasErrors(), yaml);
      assertFalse(check(yaml).isEmpty(), yaml);
    }
  }

  @Test
  void everyDefinitionHasATitleADescriptionAndExamples() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Corpus.root().resolve("docs/slippers.schema.json").toFile());
    assertTrue(root.path("$id").asText().startsWith("urn:slippers:"), "an $id, so the schema can be used by name");
    List<String> missing = new java.util.ArrayList<>();
    root.get("$defs").fields().forEachRemaining(def -> {
      for (String keyword : List.of("title", "description", "examples")) {
        if (!def.getValue().has(keyword) && !def.getKey().equals("absent")) {
          missing.add(def.getKey() + " has no " + keyword);
        }
      }
      JsonNode properties = def.getValue().get("properties");
      if (properties != null) {
        properties.fields().forEachRemaining(p -> {
          if (!p.getValue().has("title")) {
            missing.add(def.getKey() + "/" + p.getKey() + " has no title");
          }
        });
      }
    });
    assertEquals(List.of(), missing);
    for (String snippetOf : List.of("stage", "touchpoint")) {
      assertTrue(root.at("/$defs/" + snippetOf + "/defaultSnippets/0/body").isObject(), snippetOf + " snippet");
    }
    assertEquals("[1,2,3,4,5]", root.at("/$defs/severity/enum").toString());
    assertEquals("[\"customer\",\"staff\",\"system\"]", root.at("/$defs/actor/anyOf/0/enum").toString());
    assertEquals("[\"success\",\"failure\"]", root.at("/$defs/outcome/anyOf/0/enum").toString());
  }

  @Test
  void bothRefuseAJourneyWithAnEmptyStageList() throws Exception {
    String yaml = "slippers: 1\nid: j\ntitle: J\nstages: []\n";
    assertTrue(new JourneyLoader(Path.of(".")).parse("empty.yaml", yaml).hasErrors());
    assertFalse(check(yaml).isEmpty());
  }

  @Test
  void aCatalogueIsToldApartFromAJourney() throws Exception {
    String catalogue = "slippers: 1\ncatalogue: c\npersonas:\n  - {id: p, name: P}\n";
    assertEquals(Set.of(), check(catalogue));
    assertFalse(check(catalogue + "stages: []\n").isEmpty());
  }
}
