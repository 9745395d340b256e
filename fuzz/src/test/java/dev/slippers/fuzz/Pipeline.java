package dev.slippers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.analysis.json.AnalysisJson;
import dev.slippers.analysis.text.AnalysisText;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.diff.JourneyDiff;
import dev.slippers.diff.JourneyDiffer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.mermaid.MermaidExport;
import dev.slippers.model.Journey;
import dev.slippers.render.JourneyRenderer;
import dev.slippers.render.report.DiffRenderer;
import dev.slippers.render.report.FrictionReport;
import dev.slippers.render.report.FrictionReports;
import dev.slippers.render.report.Portfolio;
import dev.slippers.render.report.ReportRenderer;
import dev.slippers.render.report.SiteIndex;
import dev.slippers.render.walk.WalkPaths;
import dev.slippers.render.walk.WalkRenderer;
import dev.slippers.render.walk.Walks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Everything Slippers does with one journey, in the order the CLI does it, with the invariants every
 * fuzz input must keep: loading yields a journey or located problems (never an exception); a valid
 * journey is analysed with outcomes adding up to 1; the map and graph SVGs parse as XML; the HTML
 * pages, the report in three formats, the walk, the Mermaid export and the diff against itself and
 * against a bundled journey are all produced. The only exception allowed is the documented one:
 * {@link WalkPaths#choose} refusing a journey without a path to an outcome
 * ({@link IllegalArgumentException} with a message for the user).
 *
 * <p>PNG is left out: Batik's rasteriser takes about 100 ms a picture, which would cut the inputs per
 * second a hundredfold, and it draws the same SVG that is checked here.
 */
final class Pipeline {

  /** Inputs are cut here: the loader's own limit is 10 MiB, but mutation finds its bugs in small inputs. */
  static final int MAX_INPUT_BYTES = 64 * 1024;

  private static final JourneyLoader LOADER = new JourneyLoader(Path.of("fuzz-root"));
  /** The journey every input is also diffed against: a bundled one, so the diff has a real "before". */
  private static final Journey REFERENCE = new JourneyLoader(Path.of("../journeys"))
      .load(Path.of("../journeys/pizza-delivery.yaml")).validJourney().orElseThrow();
  private static final JourneyAnalysis REFERENCE_ANALYSIS = new JourneyAnalyzer().analyze(REFERENCE);

  /** Longest one input may take in regression mode; the slowest seed takes about 2 s on a busy machine. */
  static final java.time.Duration INPUT_TIMEOUT = java.time.Duration.ofSeconds(30);

  private Pipeline() {}

  /**
   * Runs one input, failing it when it takes longer than {@link #INPUT_TIMEOUT} in regression mode.
   * While fuzzing ({@code JAZZER_FUZZ} set) it runs directly: libFuzzer's own {@code -timeout} reports
   * the hang with the input, and a thread per input would only slow the fuzzer down.
   */
  static void bounded(Runnable input) {
    if (System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty()) {
      input.run();
    } else {
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(INPUT_TIMEOUT, input::run,
          "an input ran past " + INPUT_TIMEOUT.toSeconds() + " s: a hang");
    }
  }

  /** Runs the whole pipeline over one input; returns the journey when it was valid. */
  static Optional<Journey> run(byte[] input) {
    byte[] bounded = input.length > MAX_INPUT_BYTES ? java.util.Arrays.copyOf(input, MAX_INPUT_BYTES) : input;
    String yaml = new String(bounded, StandardCharsets.UTF_8);
    LoadResult result = LOADER.parse("fuzz.yaml", yaml);
    for (Diagnostic d : result.diagnostics()) {
      assertFalse(d.message().isBlank(), "a problem without a message");
      assertTrue(d.format().startsWith("fuzz.yaml") || d.format().startsWith("fuzz-root"), d.format());
    }
    Optional<Journey> valid = result.validJourney();
    valid.ifPresent(Pipeline::render);
    return valid;
  }

  static void render(Journey journey) {
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    double total = analysis.outcomes().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, total, 1e-6, "outcomes add up to 1");
    AnalysisText.render(journey, analysis, Optional.empty());
    AnalysisJson.write(analysis);

    JourneyRenderer renderer = new JourneyRenderer(journey, analysis);
    assertWellFormed(renderer.mapSvg(), "map");
    assertWellFormed(renderer.graphSvg(), "graph");
    assertTrue(renderer.html().startsWith("<!DOCTYPE html>"), "map page");

    FrictionReport report = FrictionReports.of(journey, analysis, Map.of());
    ReportRenderer.html(report);
    ReportRenderer.markdown(report);
    ReportRenderer.json(report);
    Portfolio portfolio = Portfolio.of(List.of(report));
    ReportRenderer.html(portfolio);
    new SiteIndex(List.of(new SiteIndex.Entry(journey.id(), journey.title(), "1", "2", "",
        List.of(new SiteIndex.Link("map", journey.id() + ".html")))), "portfolio.html").html();

    MermaidExport.both(journey, analysis);
    walk(journey, analysis, WalkPaths.MOST_LIKELY);
    walk(journey, analysis, WalkPaths.HIGHEST_FRICTION);

    JourneyDiff self = JourneyDiffer.diff(journey, analysis, journey, analysis);
    assertFalse(self.regressed(), "a journey does not regress against itself");
    JourneyDiff across = JourneyDiffer.diff(REFERENCE, REFERENCE_ANALYSIS, journey, analysis);
    DiffRenderer.text(across, REFERENCE, journey);
    DiffRenderer.markdown(across, REFERENCE, journey);
    DiffRenderer.json(across);
    String page = DiffRenderer.html(across, REFERENCE, journey);
    assertTrue(page.startsWith("<!DOCTYPE html>"), "diff page");
    assertFalse(page.contains("<script"), "the diff page has no script, whatever the journey says");
  }

  private static void walk(Journey journey, JourneyAnalysis analysis, String spec) {
    WalkPaths.Choice path;
    try {
      path = WalkPaths.choose(journey, analysis, spec);
    } catch (IllegalArgumentException documented) {
      assertFalse(documented.getMessage().isBlank());
      return;
    }
    assertTrue(WalkRenderer.html(Walks.of(journey, analysis, path, Optional.empty())).startsWith("<!DOCTYPE html>"));
  }

  static void assertWellFormed(String svg, String what) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(what + " SVG is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
