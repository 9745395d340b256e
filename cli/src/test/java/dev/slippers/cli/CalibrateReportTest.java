package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code slippers calibrate -o DIR}: the HTML drift report on the hand-worked log of
 * {@link CalibrateCommandTest}. The page is written as polyglot XHTML, so an XML parser checks it is
 * well-formed; the figures are the ones worked out there (pay -> done 1 of 3 departures).
 */
class CalibrateReportTest {

  @Test
  void writesTheDriftReportWithTheFigures(@TempDir Path dir) throws Exception {
    Path[] f = CalibrateCommandTest.files(dir, CalibrateCommandTest.LOG);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Path page = out.resolve("shop-calibration.html");
    assertTrue(run.err().contains("wrote " + page), run.err());
    String html = Files.readString(page);
    Document doc = parse(html);
    // Drift first: pay -> done, 1/3 = 33.3% (Wilson 6.1%..79.2%) against 100% designed.
    Element first = (Element) rows(doc, "transitions-table").item(0);
    assertEquals("drift", first.getAttribute("class"));
    String text = first.getTextContent();
    assertTrue(text.contains("Pays → Done"), text);
    assertTrue(text.contains("100.0%") && text.contains("33.3%") && text.contains("1 / 3"), text);
    assertTrue(text.contains("6.1%") && text.contains("79.2%") && text.contains("-66.7 pp"), text);
    // Wilson 95% for 1/3: centre 0.4269, half-width 0.3654, so 6.15%..79.23%, a bar 73.08% wide.
    assertTrue(html.contains("style=\"left:6.15%;width:73.08%\"") && html.contains("style=\"left:33.33%\""),
        "interval bar drawn");
    // browse -> pay: 3 of 4 departures of browse, 30.06%..95.44% around the designed 50%: no drift.
    assertEquals("fits", ((Element) rows(doc, "transitions-table").item(1)).getAttribute("class"));
    String unmodelled = byId(doc, "unmodelled-table").getTextContent();
    assertTrue(unmodelled.contains("pay → browse") && unmodelled.contains("33.3%"), unmodelled);
    assertTrue(byId(doc, "conformance").getNextSibling().getNextSibling().getTextContent().contains("66.7%"));
    assertTrue(byId(doc, "unmapped-table").getTextContent().contains("ping"));
    String outcomes = byId(doc, "outcomes-table").getTextContent();
    // Observed: c1 ends at done (1/3), c2 and c3 are lost (2/3); predicted by the analysis: 50% success, 50% lost.
    assertEquals("success Done | 33.3% | 50.0% | -16.7 pp", cells(rows(doc, "outcomes-table").item(0)), outcomes);
    assertEquals("lost | 66.7% | 50.0% | +16.7 pp", cells(rows(doc, "outcomes-table").item(1)), outcomes);
    assertTrue(byId(doc, "stages-table").getTextContent().contains("Browses"));
    // The graph, with observed shares beside the designed ones on the edges.
    assertEquals(1, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
    assertTrue(html.contains("Pays → Done: DRIFT designed 100.0% · observed 33.3% · [6.1–79.2%]</title>"),
        "edge label with the observed share");
    // The same map on its own, for a slide or a wiki: observed shares and times beside the designed ones.
    Path graph = out.resolve("shop-calibration-graph.svg");
    assertTrue(run.err().contains("wrote " + graph), run.err());
    String svg = Files.readString(graph);
    assertTrue(svg.startsWith("<?xml") && svg.contains("DRIFT designed 100.0% · observed 33.3% · [6.1–79.2%]"), svg);
    assertTrue(svg.contains("observed median "), svg);
    assertTrue(html.contains(svg.substring(svg.indexOf("<svg")).strip()), "the page's graph is the same map");
    assertFalse(html.contains("<script"), "self-contained, no script");
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/", "").contains("http://"), "no external file");
  }

  @Test
  void theGraphDrawsTheMovesTheJourneyLacks(@TempDir Path dir) throws Exception {
    // The bundled log's true journey sends 5% of order's departures back to need, a move the design lacks:
    // 139 of 2859 departures = 4.86%.
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("calibrate", "../journeys/shirt-store.yaml", "--events",
        "../examples/evidence/shirt-store-events.csv", "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String svg = Files.readString(out.resolve("shirt-store-calibration-graph.svg"));
    Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    Element extra = byId(doc, "extra-0-order-need");
    assertEquals("transition extra", extra.getAttribute("class"));
    assertTrue(extra.getTextContent().contains("not in the journey · 139 (4.9%)"), extra.getTextContent());
    Element edge = (Element) extra.getElementsByTagName("path").item(0);
    assertEquals("url(#arrow-extra)", edge.getAttribute("marker-end"));
    assertFalse(edge.getAttribute("stroke-dasharray").isEmpty(), "dashed");
    assertTrue(edge.getAttribute("d").split(" L").length >= 2, "routed: " + edge.getAttribute("d"));
    assertTrue(svg.contains("seen in the log, not in the journey"), "legend entry");
    // Only the one unmodelled move is extra.
    assertEquals(1, svg.split("class=\"transition extra\"", -1).length - 1);
  }

  @Test
  void activityNamesAreEscaped(@TempDir Path dir) throws Exception {
    Path[] f = CalibrateCommandTest.files(dir, CalibrateCommandTest.LOG + "c3,<script>alert(1)</script>,2026-09-01T11:40:00Z\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(out.resolve("shop-calibration.html"));
    assertFalse(html.contains("<script>"), "the activity stays text");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped once");
    assertTrue(byId(parse(html), "unmapped-table").getTextContent().contains("<script>alert(1)</script>"));
  }

  @Test
  void neverOverwritesAFileTheUserWrote(@TempDir Path dir) throws Exception {
    Path[] f = CalibrateCommandTest.files(dir, CalibrateCommandTest.LOG);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path mine = Files.writeString(out.resolve("shop-calibration.html"), "mine");
    CliRun run = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "-o", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("mine", Files.readString(mine));
    assertFalse(run.err().contains("\tat "), run.err());
    assertEquals("", run.out(), "the folder is checked before the report is printed");
  }

  @Test
  void anUnusableFolderFailsBeforeAnythingIsPrinted(@TempDir Path dir) throws Exception {
    Path[] f = CalibrateCommandTest.files(dir, CalibrateCommandTest.LOG);
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    CliRun run = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "-o", file.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("is a file, not a folder"), run.err());
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element #" + id);
  }

  /** A table row's cells, separated by " | ", each with its white space collapsed. */
  private static String cells(org.w3c.dom.Node row) {
    NodeList tds = ((Element) row).getElementsByTagNameNS("*", "td");
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < tds.getLength(); i++) {
      texts.add(tds.item(i).getTextContent().replaceAll("\\s+", " ").strip());
    }
    return String.join(" | ", texts);
  }

  private static NodeList rows(Document doc, String table) {
    return ((Element) byId(doc, table).getElementsByTagNameNS("*", "tbody").item(0)).getElementsByTagNameNS("*", "tr");
  }
}
