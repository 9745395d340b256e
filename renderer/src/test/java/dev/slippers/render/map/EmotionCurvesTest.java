package dev.slippers.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
