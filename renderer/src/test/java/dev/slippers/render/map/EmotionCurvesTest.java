package dev.slippers.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import dev.slippers.render.Fixtures;
import dev.slippers.render.JourneyView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmotionCurvesTest {

  @Test
  void fivePersonasGetFiveCurvesInFiveColours() {
    Journey journey = Fixtures.parse("""
        slippers: 1
        id: five
        title: Five personas
        personas:
          - {id: p1, name: One}
          - {id: p2, name: Two}
          - {id: p3, name: Three}
          - {id: p4, name: Four}
          - {id: p5, name: Five}
        stages:
          - id: a
            name: A
            touchpoints:
              - {id: t1, action: First, emotion: {p1: 2, p2: 1, p3: 0, p4: -1, p5: -2}}
              - {id: t2, action: Second, emotion: {p1: -2, p2: -1, p3: 0, p4: 1, p5: 2}}
          - {id: done, name: Done, outcome: success}
        transitions:
          - {from: a, to: done}
        """);
    String svg = JourneyMapSvg.render(new JourneyView(journey, Fixtures.analysis(journey)));
    Matcher curves = Pattern.compile("<g [^>]*id=\"emotion-(p\\d)\"[^>]*>").matcher(svg);
    List<String> ids = curves.results().map(m -> m.group(1)).toList();
    assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), ids);
    Set<String> colours = new LinkedHashSet<>();
    Matcher paths = Pattern.compile("<path [^>]*stroke=\"(#[0-9a-f]{6})\"[^>]*stroke-width=\"2.5\"").matcher(svg);
    paths.results().forEach(m -> colours.add(m.group(1)));
    Matcher pathsOtherOrder = Pattern.compile("<path [^>]*stroke-width=\"2.5\"[^>]*stroke=\"(#[0-9a-f]{6})\"").matcher(svg);
    pathsOtherOrder.results().forEach(m -> colours.add(m.group(1)));
    assertEquals(5, colours.size(), colours.toString());
  }

  @Test
  void oneCurveForEveryoneWithoutPerPersonaEmotions() {
    Journey journey = Fixtures.parse("""
        slippers: 1
        id: one
        title: One curve
        stages:
          - id: a
            name: A
            touchpoints:
              - {id: t1, action: First, emotion: 1}
              - {id: t2, action: Second, emotion: -1}
          - {id: done, name: Done, outcome: success}
        transitions:
          - {from: a, to: done}
        """);
    String svg = JourneyMapSvg.render(new JourneyView(journey, Fixtures.analysis(journey)));
    assertEquals(1, Pattern.compile("class=\"emotion-curve\"").matcher(svg).results().count());
    assertEquals(true, svg.contains("id=\"emotion-everyone\""));
  }

  /** Parallel branches b (70%) and c (30%) after a, rejoining at d: one customer lives a, b, d. */
  private static final String BRANCHES = """
      slippers: 1
      id: branches
      title: Branches
      entry: a
      stages:
        - id: a
          name: A
          touchpoints: [{id: ta, action: Start, emotion: 1}]
        - id: c
          name: C
          touchpoints: [{id: tc, action: Rare branch, emotion: 2}]
        - id: b
          name: B
          touchpoints: [{id: tb, action: Common branch, emotion: -2}]
        - id: d
          name: D
          touchpoints: [{id: td, action: Rejoined, emotion: 0}]
        - {id: done, name: Done, outcome: success}
      transitions:
        - {from: a, to: b, share: 70%}
        - {from: a, to: c, share: 30%}
        - {from: b, to: d}
        - {from: c, to: d}
        - {from: d, to: done}
      """;

  @Test
  void theCurveFollowsTheMostLikelyPathAndLeavesOtherBranchesUnjoined() {
    Journey journey = Fixtures.parse(BRANCHES);
    JourneyView view = new JourneyView(journey, Fixtures.analysis(journey));
    assertEquals(List.of("a", "b", "d", "done"), view.curvePath().orElseThrow().stages());
    String svg = JourneyMapSvg.render(view);
    Matcher path = Pattern.compile("<path(?: [a-z-]+=\"[^\"]*\")*? d=\"(M[^\"]+)\"[^>]*>").matcher(svg);
    assertTrue(path.find(), "a curve is drawn");
    List<double[]> points = Pattern.compile("[ML]([0-9.]+) ([0-9.]+)").matcher(path.group(1)).results()
        .map(m -> new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))}).toList();
    assertEquals(3, points.size(), "a, b and d are joined; c is not: " + path.group(1));
    assertTrue(points.get(0)[0] < points.get(1)[0] && points.get(1)[0] < points.get(2)[0], "left to right");
    assertTrue(points.get(1)[1] > points.get(0)[1], "b (-2) is drawn lower than a (+1)");
    assertFalse(path.find(), "one curve only");
    Matcher off = Pattern.compile("<circle [^>]*class=\"emotion-point off-path\"[^>]*>\\s*<title>([^<]*)</title>")
        .matcher(svg);
    List<String> tips = off.results().map(m -> m.group(1)).toList();
    assertEquals(List.of("Everyone \u00b7 Rare branch: +2 (off the drawn path)"), tips);
    assertTrue(svg.contains("curves follow the most likely path (70% of customers)"), "the legend says which path");
  }

  @Test
  void everyPersonaCurveFollowsTheSamePath() {
    String yaml = BRANCHES.replace("title: Branches", "title: Branches\npersonas: [{id: p, name: P}, {id: q, name: Q}]")
        .replace("emotion: 1}", "emotion: {p: 1, q: 2}}").replace("emotion: -2}", "emotion: {p: -2, q: -1}}");
    Journey journey = Fixtures.parse(yaml);
    String svg = JourneyMapSvg.render(new JourneyView(journey, Fixtures.analysis(journey)));
    for (String persona : List.of("p", "q")) {
      int start = svg.indexOf("id=\"emotion-" + persona + "\"");
      int end = svg.indexOf("</g>", start);
      String curve = svg.substring(start, end);
      assertEquals(3, Pattern.compile("class=\"emotion-point\"").matcher(curve).results().count(), persona);
      assertEquals(1, Pattern.compile("class=\"emotion-point off-path\"").matcher(curve).results().count(), persona);
    }
  }
}
