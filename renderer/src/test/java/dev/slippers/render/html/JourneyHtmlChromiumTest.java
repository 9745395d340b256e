package dev.slippers.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import dev.slippers.render.ChromiumSupport;
import dev.slippers.render.Fixtures;
import dev.slippers.render.JourneyRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The HTML page in real headless Chromium: it loads without console errors, shows the map, shows
 * details when a touchpoint or pain point is hovered, switches personas, draws something, and
 * never runs text from the journey. Screenshots go to {@code target/screenshots} for a human look.
 */
class JourneyHtmlChromiumTest {

  private static final Path OUT = Path.of("target/screenshots");
  private static ChromiumSupport chromium;

  @BeforeAll
  static void startChromium() throws Exception {
    Files.createDirectories(OUT);
    chromium = ChromiumSupport.start();
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  static Stream<Path> journeys() {
    return Fixtures.renderedJourneys().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void pageWorksInChromium(Path file) throws Exception {
    Journey journey = Fixtures.load(file);
    Path page = write(journey);
    chromium.open(page);
    assertEquals(List.of(), chromium.consoleErrors(), "console errors in " + page);

    WebElement map = chromium.driver().findElement(By.id("journey-map"));
    assertTrue(map.isDisplayed(), "the map is not visible");
    assertTrue(map.getSize().getWidth() > 300 && map.getSize().getHeight() > 200, "the map is tiny: " + map.getSize());
    assertTrue(chromium.driver().findElement(By.id("stage-graph")).isDisplayed(), "the graph is not visible");

    WebElement details = chromium.driver().findElement(By.id("details"));
    assertFalse(details.isDisplayed());
    var touchpoint = journey.touchpoints().get(0);
    hover(By.cssSelector("#touchpoint-" + touchpoint.id() + " .card"));
    assertTrue(details.isDisplayed(), "hovering a touchpoint shows no details");
    assertTrue(details.getText().contains(firstWords(touchpoint.action())), details.getText());
    if (!journey.painPoints().isEmpty()) {
      var pain = journey.painPoints().get(0);
      hover(By.cssSelector("#pain-" + pain.id() + " rect"));
      assertTrue(details.isDisplayed(), "hovering a pain point shows no details");
      assertTrue(details.getText().contains(firstWords(pain.description())), details.getText());
    }

    // The bright spots beside the map: one entry per touchpoint the analysis credits, most credit met first.
    List<String> bright = chromium.driver().findElements(By.cssSelector(".bright-spots li")).stream()
        .map(e -> e.getAttribute("data-touchpoint")).toList();
    assertEquals(Fixtures.analysis(journey).brightSpots().stream().map(b -> b.touchpointId()).toList(), bright);

    byte[] screenshot = chromium.screenshot();
    Files.write(OUT.resolve(journey.id() + ".png"), screenshot);
    assertFalse(ChromiumSupport.isBlank(screenshot), "the screenshot is blank");
    assertEquals(List.of(), chromium.consoleErrors(), "console errors after hovering");
  }

  @Test
  void personaSwitchHighlightsOneCurve() throws Exception {
    Journey journey = Fixtures.marketplace();
    chromium.open(write(journey));
    List<WebElement> buttons = chromium.driver().findElements(By.cssSelector(".persona-button"));
    assertEquals(3, buttons.size(), "everyone + two personas");
    buttons.get(2).click();
    String active = chromium.driver().findElement(By.cssSelector("svg .emotion-curve.active")).getAttribute("data-persona");
    assertEquals("explorer", active);
    Object opacity = chromium.driver().executeScript(
        "return getComputedStyle(document.getElementById('emotion-now')).opacity");
    assertEquals("0.12", String.valueOf(opacity));
    assertEquals(List.of(), chromium.consoleErrors());
  }

  @Test
  void printHidesTheControlsAndGivesTheMapTheWholeWidth() throws Exception {
    chromium.open(write(Fixtures.marketplace()));
    chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      assertFalse(chromium.driver().findElement(By.cssSelector(".persona-switch")).isDisplayed());
      assertEquals("block", chromium.driver().executeScript(
          "return getComputedStyle(document.querySelector('.layout')).display"));
      assertEquals("always", chromium.driver().executeScript(
          "return getComputedStyle(document.querySelector('.graph-section')).breakBefore === 'page' ? 'always' : "
              + "getComputedStyle(document.querySelector('.graph-section')).pageBreakBefore"));
      assertTrue(chromium.driver().findElement(By.id("journey-map")).isDisplayed());
      String css = (String) chromium.driver().executeScript(
          "return Array.from(document.styleSheets[0].cssRules).map(r => r.cssText).join('\\n')");
      assertTrue(css.toLowerCase(java.util.Locale.ROOT).contains("@page { size: a3 landscape"), "no A3 landscape page rule");
    } finally {
      chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
  }

  /**
   * The page's "Download PNG" button, clicked with the keyboard as a user would: the browser draws
   * the page's own map into a canvas at twice its size and saves it as {@code <id>.png}. The test
   * records the blob the page hands to {@code URL.createObjectURL} and the name on the link it
   * clicks (and stops the link, so nothing is saved), then checks the bytes: a PNG of twice the
   * SVG's width and height, with a drawing in it.
   */
  @Test
  void downloadPngSavesTheMapAtTwiceItsSize() throws Exception {
    Path file = Fixtures.ROOT.resolve("journeys/pizza-delivery.yaml");
    Journey journey = Fixtures.load(file);
    chromium.open(write(journey));
    var driver = chromium.driver();
    driver.executeScript("""
        window.saved = { blobs: [], names: [] };
        const create = URL.createObjectURL;
        URL.createObjectURL = function (blob) { window.saved.blobs.push(blob); return create.call(URL, blob); };
        HTMLAnchorElement.prototype.click = function () { window.saved.names.push(this.download); };
        """);
    WebElement button = driver.findElement(By.cssSelector(".download-png"));
    assertEquals("Download PNG", button.getText());
    button.sendKeys(org.openqa.selenium.Keys.ENTER);
    Object result = driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const started = Date.now();
        (function wait() {
          const png = window.saved.blobs.find(b => b.type === 'image/png');
          if (png && window.saved.names.length) {
            png.arrayBuffer().then(buffer => {
              let text = '';
              new Uint8Array(buffer).forEach(b => { text += String.fromCharCode(b); });
              done({ name: window.saved.names[0], png: btoa(text) });
            });
          } else if (Date.now() - started > 20000) {
            done({ name: '', png: '', status: document.querySelector('.download-status').textContent });
          } else {
            setTimeout(wait, 50);
          }
        })();
        """);
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> saved = (java.util.Map<String, Object>) result;
    assertEquals(journey.id() + ".png", saved.get("name"), "no PNG was saved: " + saved);
    byte[] png = java.util.Base64.getDecoder().decode((String) saved.get("png"));
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    assertTrue(png.length > 1000 && java.util.Arrays.equals(signature, java.util.Arrays.copyOf(png, 8)),
        "not a PNG: " + png.length + " bytes");

    JourneyRenderer renderer = new JourneyRenderer(journey, Fixtures.analysis(journey));
    String page = renderer.html();
    double svgWidth = attribute(page, "width");
    double svgHeight = attribute(page, "height");
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    assertEquals(Math.round(2 * svgWidth), image.getWidth(), "width: twice the page's map SVG");
    assertEquals(Math.round(2 * svgHeight), image.getHeight(), "height: twice the page's map SVG");
    java.awt.image.BufferedImage rendered = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
        renderer.mapPng(dev.slippers.render.png.PngRenderer.Size.scale(2))));
    assertEquals(0xFF, image.getRGB(0, 0) >>> 24, "opaque, as render's PNG");
    assertEquals(Integer.toHexString(rendered.getRGB(0, 0)), Integer.toHexString(image.getRGB(0, 0)),
        "the same paper colour in the corner as render's PNG");
    assertTrue(ChromiumSupport.distinctColours(png, 64) >= 64, "the PNG has almost nothing drawn in it");
    assertEquals(List.of(), chromium.consoleErrors());
  }

  /** An attribute of the map's {@code <svg id="journey-map" ...>} element on the page. */
  private static double attribute(String page, String name) {
    int start = page.indexOf("<svg", page.indexOf("class=\"picture map"));
    String tag = page.substring(start, page.indexOf('>', start));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + name + "=\"([0-9.]+)\"").matcher(tag);
    assertTrue(m.find(), "no " + name + " on " + tag);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void journeyTextNeverRuns() throws Exception {
    String payload = "<script>window.pwned=1</script><img src=x onerror=\\\"window.pwned=2\\\">";
    Journey journey = Fixtures.parse("""
        slippers: 1
        id: hostile
        title: "%1$s"
        stages:
          - id: a
            name: "%1$s"
            touchpoints:
              - {id: t, action: "%1$s", thought: "%1$s"}
            pain_points:
              - {id: p, description: "%1$s", severity: 3, frequency: 50%%}
          - {id: done, name: "%1$s", outcome: success}
        transitions:
          - {from: a, to: done, label: "%1$s"}
        """.formatted(payload));
    Path page = write(journey);
    chromium.open(page);
    hover(By.cssSelector("#touchpoint-t .card"));
    Object pwned = chromium.driver().executeScript("return window.pwned === undefined ? 'no' : String(window.pwned)");
    assertEquals("no", pwned);
    try {
      chromium.driver().switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    assertTrue(chromium.driver().findElement(By.tagName("h1")).getText().contains("<script>window.pwned=1</script>"));
    assertTrue(chromium.driver().findElement(By.id("details")).getText().contains("<script>"));
    assertTrue(chromium.driver().findElements(By.cssSelector("img")).isEmpty(), "an <img> from the journey became markup");
  }

  private static void hover(By by) {
    WebElement element = chromium.driver().findElement(by);
    chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
    new Actions(chromium.driver()).moveToElement(element).perform();
  }

  private static String firstWords(String text) {
    String line = text.strip().split("\n")[0];
    return line.length() > 20 ? line.substring(0, 20) : line;
  }

  private static Path write(Journey journey) throws Exception {
    Path page = OUT.resolve(journey.id() + ".html");
    Files.writeString(page, new JourneyRenderer(journey, Fixtures.analysis(journey)).html(), StandardCharsets.UTF_8);
    return page;
  }
}
