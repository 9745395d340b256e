package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import dev.slippers.model.Metric;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled journeys demonstrate the decision model honestly: what comes from the source articles
 * names the article's claim, everything else says it is an illustrative assumption, and the causal
 * pains do what their case says.
 */
class BundledJourneysTest {

  private static final Path JOURNEYS = Path.of("../journeys");

  static Stream<String> journeys() throws Exception {
    try (Stream<Path> files = Files.list(JOURNEYS)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("catalogue.yaml"))
          .sorted().toList().stream();
    }
  }

  private static boolean marked(String text) {
    return text.contains("article: ") || text.contains("статья: ") || text.contains("illustrative")
        || text.contains("иллюстративн");
  }

  @ParameterizedTest
  @MethodSource("journeys")
  void nothingInventedIsPresentedAsMeasured(String file) {
    Journey journey = Fixtures.load(JOURNEYS, file);
    List<String> unmarked = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      for (var e : stage.metrics().entrySet()) {
        Metric metric = e.getValue();
        if (!marked(metric.source())) {
          unmarked.add(stage.id() + "." + e.getKey() + " source: " + metric.source());
        }
      }
    }
    for (PainPoint pain : journey.painPoints()) {
      if (pain.evidence().isEmpty() || pain.evidence().stream().noneMatch(BundledJourneysTest::marked)) {
        unmarked.add(pain.id() + " evidence: " + pain.evidence());
      }
    }
    assertEquals(List.of(), unmarked, file + ": name the article's claim or say it is an illustrative assumption");
  }

  @Test
  void fixingTheCurtainStainsWinsBackEveryComplaint() {
    Journey journey = Fixtures.load(JOURNEYS, "curtain-cleaning.yaml");
    JourneyAnalysis a = new JourneyAnalyzer().analyze(journey);
    PainImpact stains = a.painPoints().stream().filter(p -> p.painPointId().equals("stains")).findFirst().orElseThrow();
    // stains: 6% of return-hang's customers, all of whom complain (the whole 6% transition). Fixed, the
    // transition keeps nobody and return-hang sends 100% to resolved: success becomes 1.
    assertTrue(stains.effectDeclared());
    assertEquals(1 - a.successProbability(), stains.successIfFixed(), 1e-9);
    assertTrue(stains.successIfFixed() > 0.04, "fixing the stains gains success: " + stains.successIfFixed());
    // 300 customers x 25,000 RUB x the success gained.
    assertEquals(OptionalDouble.of(300 * 25_000 * stains.successIfFixed()).getAsDouble(),
        stains.valueIfFixed().getAsDouble(), 1e-3);
    WhatIf fixed = WhatIf.of(journey, AnalysisOptions.DEFAULT.withFixes(List.of("stains")));
    assertEquals(1.0, fixed.after().successProbability(), 1e-12);
    PainImpact tellAgain = a.painPoints().stream().filter(p -> p.painPointId().equals("tell-again")).findFirst()
        .orElseThrow();
    assertEquals(0, tellAgain.valueAttributed().getAsDouble(), 0, "no declared effect, no money");
  }

  @ParameterizedTest
  @MethodSource("journeys")
  void theTextSummaryOfARussianJourneyIsRussian(String file) {
    Journey journey = Fixtures.load(JOURNEYS, file);
    if (journey.language() != dev.slippers.model.Language.RU) {
      return;
    }
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    List<String> fixes = analysis.painPoints().stream().limit(2).map(PainImpact::painPointId).toList();
    String text = dev.slippers.analysis.text.AnalysisText.render(journey, analysis,
        java.util.Optional.of(WhatIf.of(journey, AnalysisOptions.DEFAULT.withFixes(fixes))));
    // Ids, channel ids and the currency code are the journey's own; the metric acronyms are what Russian
    // teams say too, and x is the multiplication sign; every other Latin word is one Slippers added in
    // English.
    java.util.Set<String> own = new java.util.HashSet<>(List.of("RUB", "json", "format", "x", "CSAT", "CES", "NPS",
        "FCR", journey.id()));
    journey.stages().forEach(st -> {
      own.add(st.id());
      own.addAll(st.metrics().keySet());
      st.touchpoints().forEach(tp -> {
        own.add(tp.id());
        tp.channel().ifPresent(own::add);
      });
    });
    journey.painPoints().forEach(p -> own.add(p.id()));
    journey.personas().forEach(p -> own.add(p.id()));
    List<String> english = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z_-]*[A-Za-z]|[A-Za-z]").matcher(text);
    while (m.find()) {
      String word = m.group();
      boolean ownWord = own.contains(word) || own.stream().anyMatch(id -> id.contains(word) && id.matches(".*[-_].*"));
      if (!ownWord) {
        english.add(word);
      }
    }
    assertEquals(List.of(), english, text);
    assertTrue(text.matches("(?s).*\\d,\\d.*"), "decimal commas: " + text);
    assertTrue(text.contains("млн") || text.contains("тыс."), "money in Russian words: " + text);
  }
}
