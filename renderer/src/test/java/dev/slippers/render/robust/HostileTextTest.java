package dev.slippers.render.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.render.JourneyRenderer;
import dev.slippers.render.png.PngRenderer;
import dev.slippers.render.report.FrictionReports;
import dev.slippers.render.report.ReportRenderer;
import dev.slippers.render.text.TextMeasure;
import dev.slippers.render.walk.WalkPaths;
import dev.slippers.render.walk.WalkRenderer;
import dev.slippers.render.walk.Walks;
import dev.slippers.text.SafeText;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Text that once crashed the renderers: emoji, and characters XML cannot hold in a model built in code. */
class HostileTextTest {

  private static final Path PIZZA = Path.of("../journeys/pizza-delivery.yaml");

  private static Journey load(String yaml) {
    LoadResult result = new JourneyLoader(Path.of("../journeys")).parse("../journeys/hostile.yaml", yaml);
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.isError()).toList());
    return result.journey().orElseThrow();
  }

  private static void assertWellFormed(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** Every output of the journey; none may throw, the SVGs must parse as XML, the PNG must decode. */
  private static List<String> renderAll(Journey journey) throws Exception {
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    JourneyRenderer renderer = new JourneyRenderer(journey, analysis);
    List<String> texts = new ArrayList<>();
    texts.add(renderer.mapSvg());
    texts.add(renderer.graphSvg());
    texts.forEach(svg -> {
      try {
        assertWellFormed(svg);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    texts.add(renderer.html());
    var image = ImageIO.read(new ByteArrayInputStream(renderer.mapPng(PngRenderer.Size.width(400))));
    assertTrue(image.getHeight() > 0 && image.getWidth() == 400);
    var report = FrictionReports.of(journey, analysis, Map.of());
    texts.add(ReportRenderer.html(report));
    texts.add(ReportRenderer.markdown(report));
    texts.add(ReportRenderer.json(report));
    var walk = Walks.of(journey, analysis, WalkPaths.choose(journey, analysis, WalkPaths.MOST_LIKELY), Optional.empty());
    texts.add(WalkRenderer.html(walk));
    return texts;
  }

  @Test
  void emojiAreDrawnAsWrittenInEveryOutput() throws Exception {
    String pizza = "Orders a pizza \uD83C\uDF55";
    String yaml = Files.readString(PIZZA)
        .replace("name: Chooses pizzas in the app", "name: \"" + pizza + " \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"
            + "\uD83C\uDF55".repeat(40) + "\"");
    List<String> outputs = renderAll(load(yaml));
    assertTrue(outputs.get(0).contains(pizza), "the map draws the emoji as written");
    outputs.forEach(text -> assertTrue(SafeText.firstNonXml(text).isEmpty(), "no half of an emoji in any output"));
  }

  @Test
  void aWordOfEmojiWrapsWithoutSplittingOne() {
    String word = "\uD83C\uDF55".repeat(60);
    for (double width : new double[] {5, 30, 100}) {
      List<String> lines = TextMeasure.wrap(word, width, 12, false, 100);
      assertEquals(word, String.join("", lines));
      lines.forEach(line -> assertTrue(SafeText.firstNonXml(line).isEmpty(), line));
    }
  }

  @Test
  void anEmojiIsMeasuredAsWideAsALetterNotAsTheFontsEmptyBox() {
    assertEquals(12, TextMeasure.width("\uD83C\uDF55", 12, false), 1e-6);
    assertTrue(TextMeasure.width("ab\uD83C\uDF55", 12, false) > TextMeasure.width("ab", 12, false) + 11);
  }

  @Test
  void charactersXmlCannotHoldAreReplacedVisiblyWhenAModelCarriesThem() throws Exception {
    Journey valid = load(Files.readString(PIZZA));
    List<Stage> stages = new ArrayList<>(valid.stages());
    Stage first = stages.get(0);
    stages.set(0, new Stage(first.id(), "bell\u0007 esc\u001b[2J half\uD800 end\uFFFE", first.description(),
        first.outcome(), first.touchpoints(), first.painPoints(), first.opportunities(), first.metrics()));
    Journey hostile = new Journey(valid.formatVersion(), valid.id(), "\uFFFF", valid.language(), valid.persona(),
        valid.personas(), valid.channels(), valid.entry(), stages, valid.transitions(), valid.scoring(),
        valid.economics(), valid.description());
    List<String> outputs = renderAll(hostile);
    assertTrue(outputs.get(0).contains("bell\uFFFD esc\uFFFD[2J half\uFFFD end\uFFFD"), "replaced, and visible");
    assertFalse(outputs.get(0).contains("\u001b"));
    assertTrue(TextMeasure.wrap("\uFFFF", 100, 12, false, 3).size() == 1);
  }

  @Test
  void aNarrowPngOfAFlatPictureKeepsOneRow() throws Exception {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20000\" height=\"100\" viewBox=\"0 0 20000 100\">"
        + "<rect width=\"20000\" height=\"100\" fill=\"red\"/></svg>";
    var image = ImageIO.read(new ByteArrayInputStream(PngRenderer.render(svg, PngRenderer.Size.width(16))));
    assertEquals(16, image.getWidth());
    assertTrue(image.getHeight() >= 1);
  }
}
