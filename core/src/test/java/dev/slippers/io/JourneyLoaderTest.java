package dev.slippers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Metric;
import dev.slippers.model.MetricUnit;
import dev.slippers.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyLoaderTest {

  private static final Path VALID = Path.of("src/test/resources/valid");

  private static Journey marketplace() {
    LoadResult result = new JourneyLoader(VALID).load(VALID.resolve("marketplace.yaml"));
    assertEquals(List.of(), result.diagnostics());
    return result.journey().orElseThrow();
  }

  @Test
  void readsEveryPartOfTheFormat() {
    Journey journey = marketplace();
    assertEquals("shirt-marketplace", journey.id());
    assertEquals(Language.RU, journey.language());
    assertEquals("Рубашка на маркетплейсе", journey.title());
    assertEquals("order", journey.entry());
    assertEquals(List.of("order", "fitting", "paid", "gave-up"), journey.stages().stream().map(Stage::id).toList());
    Stage order = journey.stage("order").orElseThrow();
    var touchpoint = order.touchpoints().get(0);
    assertEquals(Optional.of(Duration.ofMinutes(5)), touchpoint.duration());
    assertEquals(1, touchpoint.emotion().orElseThrow().forPersona(Optional.of("now")));
    assertEquals(-1, touchpoint.emotion().orElseThrow().forPersona(Optional.of("explorer")));
    assertEquals(List.of("Warehouse reserves the items"), touchpoint.backstage());
    assertEquals(0.4, order.painPoints().get(0).frequency(), 1e-12);
    Metric responseTime = order.metrics().get("response_time");
    assertEquals(180.0, responseTime.value());
    assertEquals(300.0, responseTime.target().getAsDouble());
    assertFalse(responseTime.breached());
    Metric conversion = order.metrics().get("conversion");
    assertEquals(MetricUnit.PERCENT, conversion.unit());
    assertTrue(conversion.breached());
    assertEquals(0.03, conversion.gap().getAsDouble(), 1e-12);
    assertEquals("reviews/month", order.metrics().get("reviews").label());
    assertEquals(0.04, journey.transitions().get(1).share().getAsDouble(), 1e-12);
    assertTrue(journey.transitions().get(2).share().isEmpty());
    assertEquals(2.0, journey.scoring().pain());
    assertEquals(0.0, journey.scoring().channelSwitch());
    assertEquals(2500.0, journey.economics().orElseThrow().valuePerSuccess().getAsDouble());
  }

  @Test
  void includedCataloguesComeFirstAndKeepTheirOwnPositions() {
    LoadResult result = new JourneyLoader(VALID).load(VALID.resolve("marketplace.yaml"));
    Journey journey = result.journey().orElseThrow();
    assertEquals(List.of("now", "explorer"), journey.personas().stream().map(p -> p.id()).toList());
    assertEquals(List.of("app", "pickup"), journey.channels().stream().map(c -> c.id()).toList());
    var pickup = journey.channelsById().get("pickup");
    assertEquals(VALID.resolve("shared/catalogue.yaml") + ":8:10", result.sources().of(pickup, "id").toString());
  }

  @Test
  void anIdRepeatedFromACatalogueIsReportedAtTheJourneysCopy(@TempDir Path root) throws Exception {
    Files.copy(VALID.resolve("shared/catalogue.yaml"), root.resolve("catalogue.yaml"));
    Path journey = root.resolve("j.yaml");
    Files.writeString(journey, String.join("\n",
        "slippers: 1", "id: j", "title: J", "include: catalogue.yaml",
        "channels:", "  - {id: app, name: Our app}",
        "stages:", "  - {id: a, name: A, outcome: success}", ""));
    List<Diagnostic> problems = new JourneyLoader(root).load(journey).diagnostics();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(journey + ":6:10: error: the channel id 'app' is already used (" + root.resolve("catalogue.yaml")
        + ":7:10) (give each channel its own id) [id.duplicate]", problems.get(0).format());
  }

  @Test
  void writingAndReadingBackGivesAnEqualJourney() {
    Journey journey = marketplace();
    String yaml = JourneyWriter.write(journey);
    LoadResult reread = new JourneyLoader(VALID).parse("written.yaml", yaml);
    assertEquals(List.of(), reread.diagnostics(), yaml);
    assertEquals(journey, reread.journey().orElseThrow());
    assertEquals(yaml, JourneyWriter.write(reread.journey().orElseThrow()), "the writer is not canonical");
  }

  @Test
  void observedEvidenceIsReadWrittenAndReadBack() {
    String yaml = """
        slippers: 1
        id: j
        title: J
        stages:
          - id: order
            name: Order
            events: [order_placed, 'basket_*']
            departures: 3000000000
            source: events 2026-09-01..2026-10-31, n = 23950
            touchpoints: [{id: pay, action: Pays, events: [card_*]}]
          - {id: done, name: Done, outcome: success}
        transitions:
          - {from: order, to: done, share: 90%, count: 2700000000, source: "events 2026-09-01..2026-10-31, n = 23950"}
        """;
    LoadResult read = new JourneyLoader(VALID).parse("observed.yaml", yaml);
    assertEquals(List.of(), read.diagnostics());
    Journey journey = read.journey().orElseThrow();
    Stage order = journey.stages().get(0);
    assertEquals(List.of("order_placed", "basket_*"), order.events());
    assertEquals(3_000_000_000L, order.departures().getAsLong());
    assertEquals("events 2026-09-01..2026-10-31, n = 23950", order.source());
    assertEquals(List.of("card_*"), order.touchpoints().get(0).events());
    assertEquals(2_700_000_000L, journey.transitions().get(0).count().getAsLong());
    assertEquals(order.source(), journey.transitions().get(0).source());
    assertTrue(journey.stages().get(1).departures().isEmpty(), "absent is empty, not 0");
    String written = JourneyWriter.write(journey);
    assertEquals(journey, new JourneyLoader(VALID).parse("written.yaml", written).journey().orElseThrow(), written);
  }

  @Test
  void aCatalogueValidatesOnItsOwn() {
    LoadResult result = new JourneyLoader(VALID).load(VALID.resolve("shared/catalogue.yaml"));
    assertTrue(result.isCatalogue());
    assertEquals(List.of(), result.diagnostics());
    assertEquals(2, result.catalogue().orElseThrow().channels().size());
  }
}
