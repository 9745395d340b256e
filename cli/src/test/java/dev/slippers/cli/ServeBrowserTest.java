package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.render.ChromiumSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview end to end in a real headless Chromium: the author keeps the map open, edits the
 * YAML file, and the page changes by itself; breaks it, and the located problem appears; fixes it,
 * and the map is back. Skipped where Chromium is not installed (failed with {@code CI=true}).
 */
class ServeBrowserTest {

  @Test
  void theOpenMapFollowsEveryEditOfTheFileWithoutAManualReload(@TempDir Path dir) throws Exception {
    Path journeys = PreviewServerTest.journeys(dir);
    Path file = journeys.resolve("pizza.yaml");
    try (PreviewServer server = PreviewServer.start(List.of(journeys), null, 0);
        ChromiumSupport chromium = ChromiumSupport.start()) {
      var driver = chromium.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      driver.get(server.uri().resolve("/pizza/map").toString());
      assertTrue(driver.getPageSource().contains("Orders a pizza"));
      // A mark on this very page: it is gone only if the page reloaded, which the test never asks for.
      ((JavascriptExecutor) driver).executeScript("window.slippersTestMark = 'before the edit';");

      Files.writeString(file, PreviewServerTest.JOURNEY.replace("Orders a pizza", "Orders two pizzas"));
      wait.until(d -> d.getPageSource().contains("Orders two pizzas"));
      assertFalse(driver.getPageSource().contains("Orders a pizza"));
      assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.slippersTestMark;"));
      assertFalse(ChromiumSupport.isBlank(chromium.screenshot()), "the reloaded map is drawn");

      Files.writeString(file, PreviewServerTest.JOURNEY.replace("{from: order, to: wait}", "{from: order, to: wiat}"));
      wait.until(d -> !d.findElements(By.id("problems")).isEmpty());
      String problem = driver.findElement(By.cssSelector("#problems .problem")).getText();
      assertTrue(problem.contains(file + ":22:23: error [reference.unknown]"), problem);
      assertTrue(problem.contains("unknown stage 'wiat'"), problem);
      assertTrue(problem.contains("did you mean 'wait'?"), problem);
      assertFalse(driver.getPageSource().contains("Orders a pizza"), "no stale picture beside the problems");

      Files.writeString(file, PreviewServerTest.JOURNEY.replace("Orders a pizza", "Orders a calzone"));
      wait.until(d -> d.getPageSource().contains("Orders a calzone"));
      assertTrue(driver.findElements(By.id("problems")).isEmpty());
      List<String> errors = chromium.consoleErrors();
      assertTrue(errors.stream().noneMatch(e -> e.contains("Uncaught")), errors.toString());
    }
  }

  @Test
  void theIndexLinksToEveryViewAndReloadsWhenAJourneyIsAdded(@TempDir Path dir) throws Exception {
    Path journeys = PreviewServerTest.journeys(dir);
    try (PreviewServer server = PreviewServer.start(List.of(journeys), null, 0);
        ChromiumSupport chromium = ChromiumSupport.start()) {
      var driver = chromium.driver();
      driver.get(server.uri().toString());
      List<String> links = driver.findElements(By.cssSelector("[data-key=pizza] .links a")).stream()
          .map(a -> a.getText()).toList();
      assertEquals(List.of("map", "stage graph", "report", "walk"), links);
      driver.findElement(By.linkText("walk")).click();
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().startsWith(server.uri().resolve("/pizza/walk").toString()));
      assertTrue(driver.getPageSource().contains("Watches the map"));
      driver.findElement(By.linkText("index")).click();
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().equals(server.uri().toString()));

      Files.writeString(journeys.resolve("lunch.yaml"), PreviewServerTest.JOURNEY.replace("id: pizza", "id: lunch")
          .replace("Pizza to the door", "Lunch at the desk"));
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getPageSource().contains("Lunch at the desk"));
    }
  }
}
