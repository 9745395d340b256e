package dev.slippers.render.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.render.ChromiumSupport;
import dev.slippers.render.report.FrictionReport;
import dev.slippers.render.report.FrictionReports;
import dev.slippers.render.report.ReportRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Every bundled journey, analysed for real: its walk follows the analysis's most likely path and
 * can be walked to the end, and its walk and report open in Chromium without console errors.
 */
class BundledJourneysBrowserTest {

  private static final Path JOURNEYS = Path.of("../journeys");

  @TempDir Path folder;

  @Test
  void everyBundledWalkAndReportOpensAndNavigates() throws Exception {
    List<Journey> journeys = new ArrayList<>();
    JourneyLoader loader = new JourneyLoader(JOURNEYS);
    for (Path file : JourneyLoader.discover(JOURNEYS)) {
      LoadResult result = loader.load(file);
      result.validJourney().ifPresent(journeys::add);
    }
    assertTrue(journeys.size() >= 2, "the bundled journeys are found");
    try (ChromiumSupport chromium = ChromiumSupport.start()) {
      for (Journey journey : journeys) {
        JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
        WalkPaths.Choice path = WalkPaths.choose(journey, analysis, WalkPaths.MOST_LIKELY);
        assertEquals(analysis.paths().mostLikely().orElseThrow().stages(), path.stages());
        Walk walk = Walks.of(journey, analysis, path, Optional.empty());
        Path walkFile = Files.writeString(folder.resolve(journey.id() + "-walk.html"), WalkRenderer.html(walk));
        chromium.open(walkFile);
        int steps = path.stages().size();
        for (int i = 1; i < steps; i++) {
          new Actions(chromium.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertEquals(dev.slippers.render.report.PageText.get(journey.language(), "stepOf", "n", "" + steps, "m", "" + steps),
            chromium.driver().findElement(By.id("counter")).getText(), journey.id());
        assertTrue(chromium.driver().findElement(By.id("step-" + steps)).isDisplayed(), journey.id());
        assertEquals(List.of(), chromium.consoleErrors(), journey.id() + " walk");

        FrictionReport report = FrictionReports.of(journey, analysis, Map.of());
        Path reportFile = Files.writeString(folder.resolve(journey.id() + "-report.html"), ReportRenderer.html(report));
        chromium.open(reportFile);
        assertEquals(Math.min(FrictionReports.TOP_PAINS, (int) analysis.painPoints().stream().filter(p -> p.impact() > 0).count()),
            chromium.driver().findElements(By.cssSelector("section.pain")).size(), journey.id());
        assertEquals(List.of(), chromium.consoleErrors(), journey.id() + " report");
      }
    }
  }
}
