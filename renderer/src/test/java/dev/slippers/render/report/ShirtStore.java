package dev.slippers.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slippers.analysis.Breach;
import dev.slippers.analysis.ChannelSwitch;
import dev.slippers.analysis.Contribution;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyPath;
import dev.slippers.analysis.Loop;
import dev.slippers.analysis.PainImpact;
import dev.slippers.analysis.PathRanking;
import dev.slippers.analysis.StageFriction;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Better;
import dev.slippers.model.Journey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The bundled as-is shirt journey with an analysis written by hand, so that report and walk tests
 * can assert that every number shown is the analysis's own, independent of the analyser.
 */
public final class ShirtStore {

  public static final Path JOURNEYS = Path.of("../journeys");

  private ShirtStore() {}

  public static Journey journey() {
    return load(JOURNEYS.resolve("shirt-store.yaml"));
  }

  public static Journey load(Path file) {
    LoadResult result = new JourneyLoader(JOURNEYS).load(file);
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.isError()).toList());
    return result.journey().orElseThrow();
  }

  /** Journey text parsed as if it were a file among the bundled journeys. */
  public static LoadResult parse(String yaml) {
    return new JourneyLoader(JOURNEYS).parse(JOURNEYS.resolve("edited.yaml").toString(), yaml);
  }

  public static JourneyAnalysis analysis() {
    return analysis("shirt-store");
  }

  public static JourneyAnalysis analysis(String journeyId) {
    List<StageFriction> stages = List.of(
        stage("need", 0.9, 1.0, new Contribution(Contribution.Kind.PAIN, "size-uncertainty", 0.9, "severity 3 x 60%")),
        stage("order", 1.2, 0.7),
        stage("collect", 3.1, 0.63,
            new Contribution(Contribution.Kind.PAIN, "pay-before-fitting", 2.0, "severity 4 x 100%"),
            new Contribution(Contribution.Kind.EFFORT, "travel", 1.1, "40m trip")),
        stage("fitting", 1.65, 0.63),
        stage("return", 5.2, 0.3465),
        stage("come-back", 4.0, 0.2079),
        stage("refund", 3.0, 0.28),
        stage("wearing", 0, 0.2835),
        stage("no-shirt", 0, 0.28),
        stage("gave-up", 0, 0.03465));
    List<PainImpact> pains = List.of(
        new PainImpact("pay-before-fitting", "collect", 0.63, 2.52, true, 0, 0, java.util.OptionalDouble.of(1_250_000), java.util.OptionalDouble.of(1_250_000)),
        new PainImpact("written-claim", "return", 0.3465, 1.386, true, 0, 0, java.util.OptionalDouble.of(300_000), java.util.OptionalDouble.of(300_000)),
        new PainImpact("passport-required", "return", 0.24255, 1.21275, true, 0, 0, java.util.OptionalDouble.of(280_000), java.util.OptionalDouble.of(280_000)),
        new PainImpact("lunch-break-trip", "collect", 0.504, 1.512, false, 0, 0, java.util.OptionalDouble.of(0), java.util.OptionalDouble.of(0)),
        new PainImpact("wrong-fit", "fitting", 0.3465, 1.0395, false, 0, 0, java.util.OptionalDouble.of(0), java.util.OptionalDouble.of(0)),
        new PainImpact("refund-wait", "refund", 0.28, 0.84, false, 0, 0, java.util.OptionalDouble.of(0), java.util.OptionalDouble.of(0)));
    PathRanking paths = new PathRanking(
        List.of(new JourneyPath(List.of("need", "order", "collect", "fitting", "wearing"), "success", 0.2835, 6.85)),
        List.of(new JourneyPath(List.of("need", "order", "collect", "fitting", "return", "come-back", "refund",
            "no-shirt"), "failure", 0.1102, 18.05)));
    return new JourneyAnalysis(journeyId,
        Map.of("success", 0.2835, "failure", 0.3465, "lost", 0.37),
        5 * 86_400.0, stages, List.of(), paths,
        List.of(new Loop(List.of("return", "come-back"), 0.25, 0.33)),
        List.of(), List.of(), List.of(),
        List.of(new ChannelSwitch("ask-refund", "wait-refund", "store", "email", 0.28)),
        List.of(new Breach("return", "fcr", 0.3, 0.8, 0.5, 0.5, Better.HIGHER),
            new Breach("refund", "resolution_time", 345_600, 86_400, 259_200, 3.0, Better.LOWER)),
        List.of(), pains, java.util.Optional.empty(), new dev.slippers.analysis.ExperienceScore(0, 0, 0, 0, 10, 10), List.of(), new dev.slippers.analysis.Attribution("none", 0, 0, 0));
  }

  private static StageFriction stage(String id, double friction, double reach, Contribution... contributions) {
    return new StageFriction(id, friction, reach, reach, List.of(contributions));
  }
}
