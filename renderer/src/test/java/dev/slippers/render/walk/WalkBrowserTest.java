package dev.slippers.render.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.render.ChromiumSupport;
import dev.slippers.render.report.ShirtStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The walk in real headless Chromium: navigation, the checklist and its YAML export. */
class WalkBrowserTest {

  @TempDir Path folder;

  private Path writeWalk(String path) throws Exception {
    Journey journey = ShirtStore.journey();
    Walk walk = Walks.of(journey, ShirtStore.analysis(), WalkPaths.choose(journey, ShirtStore.analysis(), path),
        Optional.empty());
    return Files.writeString(folder.resolve("walk.html"), WalkRenderer.html(walk));
  }

  @Test
  void navigatesWithKeysButtonsAndTheAddress() throws Exception {
    Path file = writeWalk("highest-friction");
    try (ChromiumSupport chromium = ChromiumSupport.start()) {
      WebDriver driver = chromium.driver();
      chromium.open(file);
      assertEquals("Step 1 of 8", text(driver, "counter"));
      assertTrue(visible(driver, "step-1"));
      assertFalse(visible(driver, "step-2"));
      assertFalse(driver.findElement(By.id("prev")).isEnabled(), "no way back from the first step");

      new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
      assertEquals("Step 2 of 8", text(driver, "counter"));
      assertTrue(visible(driver, "step-2"));
      assertFalse(visible(driver, "step-1"));
      assertEquals("25%", driver.findElement(By.id("progress-fill")).getAttribute("style").replaceAll(".*width: ([0-9.]+%).*", "$1"));

      driver.findElement(By.id("next")).click();
      assertEquals("Step 3 of 8", text(driver, "counter"));
      driver.findElement(By.id("prev")).click();
      assertEquals("Step 2 of 8", text(driver, "counter"));
      new Actions(driver).sendKeys(Keys.END).perform();
      assertEquals("Step 8 of 8", text(driver, "counter"));
      assertFalse(driver.findElement(By.id("next")).isEnabled());
      assertTrue(driver.getCurrentUrl().endsWith("#step-8"), driver.getCurrentUrl());

      driver.get(file.toUri() + "#step-5");
      driver.navigate().refresh();
      assertEquals("Step 5 of 8", text(driver, "counter"));
      assertEquals("return", driver.findElement(By.id("step-5")).getAttribute("data-stage"));
      chromium.screenshot(Path.of("target/screenshots/walk-step-5.png"));
      assertEquals(List.of(), chromium.consoleErrors());
    }
  }

  @Test
  void checklistAnswersExportAsPainPointsThatValidateInTheJourney() throws Exception {
    Path file = writeWalk("highest-friction");
    String findings;
    try (ChromiumSupport chromium = ChromiumSupport.start()) {
      WebDriver driver = chromium.driver();
      chromium.open(file);
      driver.findElement(By.cssSelector("a[href='#step-3']")).click();
      assertEquals("collect", driver.findElement(By.id("step-3")).getAttribute("data-stage"));
      driver.findElement(By.cssSelector("#step-3 input[data-pain='pay-before-fitting']")).click();
      driver.findElement(By.cssSelector("#step-3 textarea.notes"))
          .sendKeys("The queue at the till took \"20 minutes\"", Keys.ENTER, "No fitting room: free # none");
      new Select(driver.findElement(By.cssSelector("#step-3 select.severity"))).selectByValue("4");
      chromium.screenshot(Path.of("target/screenshots/walk-step-3.png"));
      driver.findElement(By.cssSelector("a[href='#step-5']")).click();
      driver.findElement(By.cssSelector("#step-5 textarea.notes")).sendKeys("Staff were rude: 'ask someone else'");
      new Select(driver.findElement(By.cssSelector("#step-5 select.frequency"))).selectByVisibleText("10%");
      driver.findElement(By.id("show-export")).click();
      driver.findElement(By.id("reviewer")).sendKeys("Ops team");
      assertTrue(visible(driver, "export"));
      assertFalse(visible(driver, "step-5"));
      findings = driver.findElement(By.id("findings")).getAttribute("value");
      chromium.screenshot(Path.of("target/screenshots/walk-findings.png"));
      assertEquals(List.of(), chromium.consoleErrors());
    }
    assertTrue(findings.contains("#   stage collect, pay-before-fitting: \"slippers walk "), findings);
    assertTrue(findings.contains("(Ops team), step 3\""), findings);

    String yaml = Files.readString(ShirtStore.JOURNEYS.resolve("shirt-store.yaml"));
    String pasted = paste(paste(yaml, findings, "collect"), findings, "return");
    LoadResult result = ShirtStore.parse(pasted);
    assertEquals(List.of(), result.diagnostics(), pasted);
    Journey journey = result.journey().orElseThrow();
    List<PainPoint> collect = journey.stage("collect").orElseThrow().painPoints();
    PainPoint queue = collect.stream().filter(p -> p.id().equals("walk-collect-1")).findFirst().orElseThrow();
    assertEquals("The queue at the till took \"20 minutes\"", queue.description());
    assertEquals(4, queue.severity());
    assertEquals(0.5, queue.frequency(), 1e-12);
    assertTrue(queue.evidence().get(0).matches("slippers walk \\d{4}-\\d\\d-\\d\\d \\(Ops team\\), step 3"), queue.evidence().toString());
    assertEquals("No fitting room: free # none",
        collect.stream().filter(p -> p.id().equals("walk-collect-2")).findFirst().orElseThrow().description());
    PainPoint rude = journey.stage("return").orElseThrow().painPoints().stream()
        .filter(p -> p.id().equals("walk-return-1")).findFirst().orElseThrow();
    assertEquals("Staff were rude: 'ask someone else'", rude.description());
    assertEquals(0.1, rude.frequency(), 1e-12);
    assertEquals(3, rude.severity());
  }

  @Test
  void printsOneStepPerPage() throws Exception {
    Path file = writeWalk("most-likely");
    try (ChromiumSupport chromium = ChromiumSupport.start()) {
      chromium.open(file);
      org.openqa.selenium.Pdf pdf = chromium.driver().print(new org.openqa.selenium.print.PrintOptions());
      String text = new String(java.util.Base64.getDecoder().decode(pdf.getContent()), java.nio.charset.StandardCharsets.ISO_8859_1);
      java.util.regex.Matcher pages = java.util.regex.Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
      int count = 0;
      while (pages.find()) {
        count++;
      }
      assertEquals(5, count, "the most likely path of the shirt store has five stages");
      assertEquals(List.of(), chromium.consoleErrors());
    }
  }

  /**
   * Pastes a stage's exported entries under that stage's {@code pain_points:} in the journey, as a
   * person would: the lines after the block's {@code pain_points:} header, indented to the list.
   */
  static String paste(String journeyYaml, String findings, String stageId) {
    int block = findings.indexOf("# stage: " + stageId + "\npain_points:\n");
    assertTrue(block >= 0, "a block for " + stageId + " in\n" + findings);
    int start = findings.indexOf("pain_points:\n", block) + "pain_points:\n".length();
    int end = findings.indexOf("\n\n", start);
    String entries = (end < 0 ? findings.substring(start) : findings.substring(start, end + 1)).stripTrailing() + "\n";
    String indented = entries.lines().map(l -> "    " + l).reduce("", (a, b) -> a + b + "\n");
    int stage = journeyYaml.indexOf("  - id: " + stageId + "\n");
    int list = journeyYaml.indexOf("    pain_points:\n", stage) + "    pain_points:\n".length();
    return journeyYaml.substring(0, list) + indented + journeyYaml.substring(list);
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private static boolean visible(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).isDisplayed();
  }
}
