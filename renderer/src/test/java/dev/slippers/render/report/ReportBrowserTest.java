package dev.slippers.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.render.ChromiumSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The report, the portfolio and the index in real headless Chromium: no console errors, links that work. */
class ReportBrowserTest {

  @TempDir Path folder;

  @Test
  void indexLeadsToThePortfolioAndTheReportWithoutConsoleErrors() throws Exception {
    FrictionReport report = FrictionReports.of(ShirtStore.journey(), ShirtStore.analysis(),
        Map.of("pay-before-fitting", new FixGain("pay-before-fitting", 20.0, 17.5, 0.2835, 0.31)));
    Portfolio portfolio = Portfolio.of(List.of(report));
    Files.writeString(folder.resolve("shirt-store-report.html"), ReportRenderer.html(report));
    Files.writeString(folder.resolve("portfolio.html"), ReportRenderer.html(portfolio));
    SiteIndex index = new SiteIndex(List.of(new SiteIndex.Entry("shirt-store", report.title(), Numbers.score(report.friction(), report.language()),
        Numbers.percent(report.success(), report.language()), "", List.of(new SiteIndex.Link("report", "shirt-store-report.html")))), "portfolio.html");
    Path indexFile = Files.writeString(folder.resolve("index.html"), index.html());

    try (ChromiumSupport chromium = ChromiumSupport.start()) {
      WebDriver driver = chromium.driver();
      chromium.open(indexFile);
      assertEquals(List.of(), chromium.consoleErrors());
      driver.findElement(By.id("portfolio-link")).click();
      assertEquals("Journey portfolio", driver.getTitle());
      assertEquals(List.of(), chromium.consoleErrors());
      driver.findElement(By.cssSelector("#portfolio a[href='shirt-store-report.html']")).click();
      assertTrue(driver.getTitle().startsWith("Friction report: "), driver.getTitle());
      assertEquals("28.3%", driver.findElement(By.cssSelector("#card-success b")).getText());
      List<String> ranked = driver.findElements(By.cssSelector("section.pain")).stream()
          .map(e -> e.getAttribute("id")).toList();
      assertEquals("pain-pay-before-fitting", ranked.get(0));
      assertEquals(5, ranked.size());
      assertTrue(driver.findElement(By.cssSelector("#pain-pay-before-fitting .gain")).getText()
          .contains("success +2.7 pp"));
      assertFalse(ChromiumSupport.isBlank(chromium.screenshot()));
      chromium.screenshot(Path.of("target/screenshots/report.png"));
      assertEquals(List.of(), chromium.consoleErrors());
    }
  }
}
