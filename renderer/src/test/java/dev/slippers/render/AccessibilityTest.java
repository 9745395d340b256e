package dev.slippers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.diff.JourneyDiffer;
import dev.slippers.render.report.DiffRenderer;
import dev.slippers.render.report.FrictionReport;
import dev.slippers.render.report.FrictionReports;
import dev.slippers.render.report.Numbers;
import dev.slippers.render.report.Portfolio;
import dev.slippers.render.report.ReportRenderer;
import dev.slippers.render.report.SiteIndex;
import dev.slippers.render.walk.WalkPaths;
import dev.slippers.render.walk.WalkRenderer;
import dev.slippers.render.walk.Walks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core in real headless Chromium over every kind of page Slippers writes, for every bundled
 * journey: the map page, the report, the walk, the portfolio and the site index, and the diff page
 * of the as-is store against the to-be marketplace (and back, a regression) and of a Russian journey
 * against an edited copy of itself. Each must have no violation at all (every rule axe runs by
 * default, WCAG 2.x A and AA included).
 *
 * <p>axe-core comes from npm ({@code renderer/src/test/node}, installed by {@code npm ci} in
 * .ci/run); without it, or without Chromium, the test is skipped, and fails on CI.
 */
class AccessibilityTest {

  static final Path AXE = Path.of("src/test/node/node_modules/axe-core/axe.min.js");
  private static final Path JOURNEYS = Path.of("../journeys");

  @TempDir static Path folder;
  /** Page file by name, in the order built. */
  private static final Map<String, Path> PAGES = new LinkedHashMap<>();

  @BeforeAll
  static void buildEveryPage() throws IOException {
    JourneyLoader loader = new JourneyLoader(JOURNEYS);
    List<FrictionReport> reports = new ArrayList<>();
    List<SiteIndex.Entry> entries = new ArrayList<>();
    for (Path file : JourneyLoader.discover(JOURNEYS)) {
      LoadResult result = loader.load(file);
      if (result.validJourney().isEmpty()) {
        continue;
      }
      Journey journey = result.validJourney().get();
      JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
      String id = journey.id();
      page(id + ".html", new JourneyRenderer(journey, analysis).html());
      FrictionReport report = FrictionReports.of(journey, analysis, Map.of());
      reports.add(report);
      page(id + "-report.html", ReportRenderer.html(report));
      WalkPaths.Choice path = WalkPaths.choose(journey, analysis, WalkPaths.MOST_LIKELY);
      page(id + "-walk.html", WalkRenderer.html(Walks.of(journey, analysis, path, Optional.empty())));
      entries.add(new SiteIndex.Entry(id, journey.title(), Numbers.score(report.friction(), report.language()),
          Numbers.percent(report.success(), report.language()), "",
          List.of(new SiteIndex.Link("map", id + ".html"), new SiteIndex.Link("report", id + "-report.html"),
              new SiteIndex.Link("walk", id + "-walk.html"))));
    }
    page("portfolio.html", ReportRenderer.html(Portfolio.of(reports)));
    page("index.html", new SiteIndex(entries, "portfolio.html").html());
    Journey store = loader.load(JOURNEYS.resolve("shirt-store.yaml")).validJourney().orElseThrow();
    Journey marketplace = loader.load(JOURNEYS.resolve("shirt-marketplace.yaml")).validJourney().orElseThrow();
    page("diff-store-marketplace.html", diff(store, marketplace));
    page("diff-marketplace-store.html", diff(marketplace, store));
    Journey banquet = loader.load(JOURNEYS.resolve("banquet.yaml")).validJourney().orElseThrow();
    page("diff-banquet.html", diff(banquet, editedBanquet(loader)));
  }

  /**
   * The bundled banquet (Russian) with fewer guests coming back and more never coming again: a
   * regression, so the page shows the red verdict and every kind of line.
   */
  static Journey editedBanquet(JourneyLoader loader) throws IOException {
    String yaml = Files.readString(JOURNEYS.resolve("banquet.yaml"))
        .replace("{from: pay, to: comes-back, share: 5%}", "{from: pay, to: comes-back, share: 2%}")
        .replace("{from: pay, to: never-again, share: 15%}", "{from: pay, to: never-again, share: 18%}");
    return loader.parse(JOURNEYS.resolve("banquet-edited.yaml").toString(), yaml).validJourney().orElseThrow();
  }

  static String diff(Journey before, Journey after) {
    JourneyAnalyzer analyzer = new JourneyAnalyzer();
    return DiffRenderer.html(JourneyDiffer.diff(before, analyzer.analyze(before), after, analyzer.analyze(after)),
        before, after);
  }

  /**
   * Writes one page; with {@code -Dslippers.pages=DIR} also into DIR, for screenshots and looking at
   * the pages by hand.
   */
  private static void page(String name, String html) throws IOException {
    PAGES.put(name, Files.writeString(folder.resolve(name), html, StandardCharsets.UTF_8));
    String keep = System.getProperty("slippers.pages", "");
    if (!keep.isBlank()) {
      Files.createDirectories(Path.of(keep));
      Files.writeString(Path.of(keep).resolve(name), html, StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyPageOfEveryBundledJourneyHasNoAxeViolation() throws IOException {
    ChromiumSupport.requireInstalled(Files.isRegularFile(AXE),
        "the accessibility test needs axe-core: (cd renderer/src/test/node && npm ci)");
    assertTrue(PAGES.size() >= 3 * 5 + 2 + 3, "pages built: " + PAGES.keySet());
    String axe = Files.readString(AXE);
    Map<String, List<String>> violations = new LinkedHashMap<>();
    try (ChromiumSupport chromium = ChromiumSupport.start()) {
      for (Map.Entry<String, Path> page : PAGES.entrySet()) {
        List<String> found = Axe.violations(chromium, page.getValue(), axe);
        if (!found.isEmpty()) {
          violations.put(page.getKey(), found);
        }
      }
    }
    assertEquals(Map.of(), violations, "axe-core violations by page");
  }
}
