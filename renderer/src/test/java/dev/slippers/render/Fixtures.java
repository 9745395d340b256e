package dev.slippers.render;

import dev.slippers.analysis.Contribution;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyPath;
import dev.slippers.analysis.PathRanking;
import dev.slippers.analysis.StageFriction;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Journeys and analyses for renderer tests. */
public final class Fixtures {

  /** The repository root, found from the module folder the tests run in. */
  public static final Path ROOT = findRoot();

  private Fixtures() {}

  /** Loads and validates a journey file; fails the test with the diagnostics when it is invalid. */
  public static Journey load(Path file) {
    LoadResult result = new JourneyLoader(file.toAbsolutePath().getParent()).load(file);
    return result.validJourney().orElseThrow(() -> new AssertionError(file + " is invalid: " + result.diagnostics()));
  }

  /**
   * The journeys every rendering test covers: the bundled ones under {@code journeys/} (when the
   * repository has them) and the test fixture with includes, personas and a loop.
   */
  public static List<Path> renderedJourneys() {
    List<Path> files = new ArrayList<>();
    Path bundled = ROOT.resolve("journeys");
    if (Files.isDirectory(bundled)) {
      try {
        for (Path file : JourneyLoader.discover(bundled)) {
          LoadResult result = new JourneyLoader(bundled).load(file);
          if (!result.isCatalogue()) {
            files.add(file);
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    files.add(ROOT.resolve("core/src/test/resources/valid/marketplace.yaml"));
    return files;
  }

  /** The analysis the renderer is given in production. */
  public static JourneyAnalysis analysis(Journey journey) {
    return new dev.slippers.analysis.JourneyAnalyzer().analyze(journey);
  }

  public static Journey marketplace() {
    return load(ROOT.resolve("core/src/test/resources/valid/marketplace.yaml"));
  }

  public static Journey parse(String yaml) {
    LoadResult result = new JourneyLoader(ROOT).parse("test.yaml", yaml);
    return result.validJourney().orElseThrow(() -> new AssertionError("invalid: " + result.diagnostics()));
  }

  /**
   * A small stand-in analysis built by hand: pain severity x frequency plus negative emotion per
   * stage, every stage reached, the file-order path as both top paths. Enough to exercise every
   * part of a picture without depending on the analyser's exact numbers.
   */
  public static JourneyAnalysis handBuilt(Journey journey) {
    List<StageFriction> stages = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      List<Contribution> parts = new ArrayList<>();
      for (PainPoint pain : stage.painPoints()) {
        parts.add(new Contribution(Contribution.Kind.PAIN, pain.id(), pain.severity() * pain.frequency(),
            "severity " + pain.severity()));
      }
      for (Touchpoint tp : stage.touchpoints()) {
        tp.emotion().filter(e -> e.value() < 0).ifPresent(e ->
            parts.add(new Contribution(Contribution.Kind.EMOTION, tp.id(), -e.value(), "emotion " + e.value())));
      }
      double friction = parts.stream().mapToDouble(Contribution::amount).sum();
      stages.add(new StageFriction(stage.id(), friction, 1.0, 1.0, parts));
    }
    List<String> ids = journey.stages().stream().filter(s -> !s.isOutcome()).map(Stage::id).toList();
    JourneyPath path = new JourneyPath(ids, "lost", 0.5, 1.0);
    return new JourneyAnalysis(journey.id(), Map.of("success", 0.5, "lost", 0.5), 60, stages, List.of(),
        new PathRanking(List.of(path), List.of(path)), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), java.util.Optional.empty(), new dev.slippers.analysis.ExperienceScore(0, 0, 0, 0, 10, 10), List.of(), new dev.slippers.analysis.Attribution("none", 0, 0, 0));
  }

  private static Path findRoot() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve("core/src/test/resources/valid/marketplace.yaml"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }
    return here;
  }
}
