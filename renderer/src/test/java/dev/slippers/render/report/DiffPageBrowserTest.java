package dev.slippers.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import dev.slippers.render.ChromiumSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The diff page in real headless Chromium: the verdict is what a reader meets first after the
 * heading, nothing fails in the console, and a journey title made of markup is shown as text and
 * runs nothing. Screenshots go to {@code target/screenshots/diff*.png} for looking at the page.
 */
class DiffPageBrowserTest {

  @TempDir Path folder;

  @Test
  void theVerdictComesFirstAndHostileTextRunsNothing() throws Exception {
    Path page = Files.writeString(folder.resolve("diff.html"), DiffRendererTest.storeToMarketplace());
    Journey hostile = ShirtStore.parse(Files.readString(ShirtStore.JOURNEYS.resolve("shirt-store.yaml"))
        .replace("title: A shirt for a family party from a mass-market store (as-is)",
            "title: \"<script>document.title='pwned'</script><img src=x onerror=\\\"document.title='pwned'\\\">\""))
        .validJourney().orElseThrow();
    Path hostilePage = Files.writeString(folder.resolve("hostile.html"),
        DiffRendererTest.html(ShirtStore.journey(), hostile));

    try (ChromiumSupport chromium = ChromiumSupport.start()) {
      org.openqa.selenium.chrome.ChromeDriver driver = chromium.driver();
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1400));
      chromium.open(page);
      assertEquals("Journey diff: shirt-store → shirt-marketplace", driver.getTitle());
      // The first block after the heading and the two journeys' names is the verdict.
      String firstAfterList = (String) driver.executeScript(
          "return document.querySelector('h1 + ul + p').id;");
      assertEquals("verdict", firstAfterList);
      assertTrue(driver.findElement(By.id("verdict")).getText().startsWith("No regression:"),
          driver.findElement(By.id("verdict")).getText());
      assertEquals(List.of("Value", "Success", "Experience", "Friction"),
          driver.findElements(By.cssSelector("#figures tbody th")).stream()
              .map(e -> e.getText().lines().findFirst().orElse("")).toList());
      assertEquals(List.of(), chromium.consoleErrors());
      assertFalse(ChromiumSupport.isBlank(chromium.screenshot()));
      chromium.screenshot(Path.of("target/screenshots/diff.png"));

      Journey banquet = ShirtStore.load(ShirtStore.JOURNEYS.resolve("banquet.yaml"));
      Journey fewerReturn = ShirtStore.parse(Files.readString(ShirtStore.JOURNEYS.resolve("banquet.yaml"))
          .replace("{from: pay, to: comes-back, share: 5%}", "{from: pay, to: comes-back, share: 2%}")
          .replace("{from: pay, to: never-again, share: 15%}", "{from: pay, to: never-again, share: 18%}"))
          .validJourney().orElseThrow();
      chromium.open(Files.writeString(folder.resolve("banquet.html"), DiffRendererTest.html(banquet, fewerReturn)));
      assertTrue(driver.findElement(By.id("verdict")).getText().startsWith("Регрессия: ухудшилось: ценность, успех, опыт;"),
          driver.findElement(By.id("verdict")).getText());
      assertEquals(List.of(), chromium.consoleErrors());
      chromium.screenshot(Path.of("target/screenshots/diff-regression-ru.png"));

      chromium.open(hostilePage);
      assertEquals("Journey diff: shirt-store → shirt-store", driver.getTitle(), "no script changed the title");
      assertEquals(0L, driver.executeScript("return document.scripts.length + document.images.length;"));
      assertTrue(driver.findElement(By.cssSelector(".journeys-compared li:last-child b")).getText()
          .startsWith("<script>document.title='pwned'</script><img"), "the title is shown as written");
    }
  }
}
