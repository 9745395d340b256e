package dev.slippers.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.Attribution;
import dev.slippers.analysis.ExperienceScore;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.PathRanking;
import dev.slippers.analysis.StageFriction;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyDiffTest {

  private static final Path VALID = Path.of("src/test/resources/valid");

  static Journey load(String yaml) {
    LoadResult result = new JourneyLoader(VALID).parse(VALID.resolve("edited.yaml").toString(), yaml);
    assertEquals(List.of(), result.diagnostics());
    return result.journey().orElseThrow();
  }

  static String marketplaceYaml() throws Exception {
    return Files.readString(VALID.resolve("marketplace.yaml"));
  }

  /**
   * An analysis with the given friction per stage (one visit each) and outcomes, nothing else; every
   * customer counts as finishing, so the experience cost is the friction plus 10 per failure or loss.
   */
  static JourneyAnalysis analysis(String id, Map<String, Double> friction, Map<String, Double> outcomes) {
    List<StageFriction> stages = friction.entrySet().stream()
        .map(e -> new StageFriction(e.getKey(), e.getValue(), 1.0, 1.0, List.of())).toList();
    double total = friction.values().stream().mapToDouble(Double::doubleValue).sum();
    double churn = outcomes.getOrDefault("failure", 0.0) + outcomes.getOrDefault("lost", 0.0);
    return new JourneyAnalysis(id, outcomes, 0, stages, List.of(), new PathRanking(List.of(), List.of()), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
        new ExperienceScore(total + 10 * churn, total, 0, churn, 10, 10), List.of(),
        new Attribution(Attribution.NONE, 0, 0, 0));
  }

  @Test
  void listsAddedRemovedAndChangedElementsWithTheirFields() throws Exception {
    String yaml = marketplaceYaml();
    Journey before = load(yaml);
    String edited = yaml
        .replace("severity: 2\n", "severity: 4\n")
        .replace("frequency: 40%", "frequency: 25%")
        .replace("name: Примеряет в пункте выдачи", "name: Примеряет дома")
        .replace("conversion: {value: 82%, target: 85%}", "conversion: {value: 88%, target: 85%}")
        .replace("      - {id: try-on, channel: pickup, action: Tries on, duration: 10m, emotion: 2}\n",
            "      - {id: try-on, channel: pickup, action: Tries on, duration: 10m, emotion: 2}\n"
                + "      - {id: courier, channel: app, action: Calls a courier for returns, duration: 2m}\n")
        .replace("  - {from: fitting, to: order, share: 10%, label: none fits}\n", "");
    Journey after = load(edited);
    JourneyDiff diff = JourneyDiffer.diff(before, analysis("a", Map.of(), Map.of()), after,
        analysis("b", Map.of(), Map.of()));

    List<String> lines = diff.changes().stream()
        .map(c -> c.kind() + " " + c.element() + " " + c.id() + " [" + c.stageId() + "] " + c.details()).toList();
    assertEquals(List.of(
        "CHANGED STAGE fitting [] [name Примеряет в пункте выдачи -> Примеряет дома]",
        "ADDED TOUCHPOINT courier [fitting] []",
        "CHANGED PAIN_POINT size-uncertainty [order] [severity 2 -> 4, frequency 40% -> 25%]",
        "REMOVED TRANSITION fitting->order [] []",
        "CHANGED METRIC conversion [order] [value 82% -> 88%]"), lines);
    assertEquals(1, diff.metricMoves().size());
    MetricMove move = diff.metricMoves().get(0);
    assertEquals("conversion", move.metricKey());
    assertTrue(move.nowMet());
    assertEquals(0.82, move.before(), 1e-12);
    assertEquals(0.88, move.after(), 1e-12);
  }

  @Test
  void identicalJourneysHaveNoChangesAndDoNotRegress() throws Exception {
    Journey journey = load(marketplaceYaml());
    JourneyAnalysis analysis = analysis("m", Map.of("order", 1.5), Map.of("success", 0.9, "failure", 0.1));
    JourneyDiff diff = JourneyDiffer.diff(journey, analysis, journey, analysis);
    assertEquals(List.of(), diff.changes());
    assertEquals(List.of(), diff.metricMoves());
    assertFalse(diff.regressed());
  }

  @Test
  void aWorseExperienceOrASuccessDropIsARegression() throws Exception {
    Journey journey = load(marketplaceYaml());
    JourneyAnalysis calm = analysis("m", Map.of("order", 1.0, "fitting", 0.5), Map.of("success", 0.9, "failure", 0.1));
    JourneyAnalysis rougher = analysis("m", Map.of("order", 1.0, "fitting", 0.7), Map.of("success", 0.9, "failure", 0.1));
    JourneyAnalysis lessSuccess = analysis("m", Map.of("order", 1.0, "fitting", 0.5), Map.of("success", 0.8, "failure", 0.2));

    JourneyDiff rougherDiff = JourneyDiffer.diff(journey, calm, journey, rougher);
    assertTrue(rougherDiff.frictionGrew());
    assertTrue(rougherDiff.experienceWorsened(), "the customers who finish meet more friction");
    assertTrue(rougherDiff.regressed());
    assertFalse(rougherDiff.successFell());
    StageDelta fitting = rougherDiff.stages().stream().filter(s -> s.stageId().equals("fitting")).findFirst().orElseThrow();
    assertEquals(0.2, fitting.change(), 1e-12);

    JourneyDiff lessSuccessDiff = JourneyDiffer.diff(journey, calm, journey, lessSuccess);
    assertTrue(lessSuccessDiff.regressed());
    assertEquals(List.of(new OutcomeDelta("failure", 0.1, 0.2), new OutcomeDelta("success", 0.9, 0.8)),
        lessSuccessDiff.outcomes());

    assertFalse(JourneyDiffer.diff(journey, rougher, journey, calm).regressed(), "the reverse is an improvement");
  }

  @Test
  void metricThatStopsMeetingItsTargetIsANewBreach() throws Exception {
    String yaml = marketplaceYaml();
    Journey before = load(yaml);
    Journey after = load(yaml.replace("csat: {value: 4.6, target: 4.5, source: survey}",
        "csat: {value: 4.1, target: 4.5, source: survey}"));
    JourneyDiff diff = JourneyDiffer.diff(before, analysis("a", Map.of(), Map.of()), after, analysis("b", Map.of(), Map.of()));
    assertEquals(List.of(new MetricMove("order", "csat", 4.6, 4.1, 4.5, false)), diff.newlyBreached());
  }

  @Test
  void jsonKeepsADocumentedOrderAndTheNumbers() throws Exception {
    String yaml = marketplaceYaml();
    Journey before = load(yaml);
    Journey after = load(yaml.replace("severity: 2\n", "severity: 4\n"));
    JourneyDiff diff = JourneyDiffer.diff(before, analysis("a", Map.of("order", 1.0), Map.of("success", 0.9)), after,
        analysis("b", Map.of("order", 1.8), Map.of("success", 0.9)));
    String json = DiffJson.write(diff);
    assertEquals(json, DiffJson.write(diff), "the same diff writes the same bytes");
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(List.of("format", "old", "new", "regressed", "friction", "success", "experience", "regressions", "changes",
        "stages", "outcomes", "metricMoves"),
        iterate(root.fieldNames()));
    assertEquals("slippers-diff/2", root.get("format").asText());
    assertEquals(List.of("before", "after", "churnPenalty"), iterate(root.get("experience").fieldNames()));
    assertEquals(List.of("stage", "before", "after", "weightedBefore", "weightedAfter"),
        iterate(root.at("/stages/0").fieldNames()));
    assertTrue(root.get("regressed").asBoolean());
    assertEquals(1.0, root.at("/friction/before").asDouble());
    assertEquals(1.8, root.at("/friction/after").asDouble());
    assertEquals("pain_point", root.at("/changes/0/element").asText());
    assertEquals("severity 2 -> 4", root.at("/changes/0/details/0").asText());
    assertTrue(root.at("/stages/1/before").isNull(), "fitting has no friction in the hand-made analysis");
  }

  private static List<String> iterate(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
