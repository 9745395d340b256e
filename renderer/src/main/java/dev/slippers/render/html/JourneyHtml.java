package dev.slippers.render.html;

import dev.slippers.analysis.Contribution;
import dev.slippers.analysis.StageFriction;
import dev.slippers.model.Stage;
import dev.slippers.render.Formats;
import dev.slippers.render.JourneyView;
import dev.slippers.render.Labels;
import dev.slippers.render.svg.Palette;
import dev.slippers.render.template.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page per journey (FreeMarker template {@code journey.ftlh}): the map
 * and the graph inline as SVG, details on hover, a persona switch where emotions are given per
 * persona, the friction ranking beside the map and a print stylesheet for A3 landscape. Styles and
 * script are inline and nothing is fetched, so the page opens offline.
 */
public final class JourneyHtml {

  private static final List<String> LABEL_KEYS =
      List.of("persona", "everyone", "map", "ranking", "graph", "empty", "friction", "reach",
          "zoom", "zoom.fit", "zoom.in", "zoom.out", "zoom.hint", "png.download", "png.failed", "png.smaller", "bright", "bright.reached",
          "table", "table.stage", "count.touchpoints", "count.pains");

  /** The scale of the page's "Download PNG" against the map's own size: the CLI's default PNG scale. */
  public static final String PNG_SCALE = "2";

  private JourneyHtml() {}

  /**
   * Renders the page.
   *
   * @param mapSvg   the journey map from {@code JourneyMapSvg}
   * @param graphSvg the stage graph from {@code StageGraphSvg}
   */
  public static String render(JourneyView view, String mapSvg, String graphSvg) {
    Labels labels = view.labels();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", view.journey().language().code());
    model.put("title", view.journey().title());
    model.put("description", view.journey().description());
    model.put("summary", summary(view, labels));
    // Beside the success figure it qualifies: the flow solve stopped at its bound in work.
    model.put("approximation", view.analysis().approximation()
        .map(a -> a.reason(view.journey().language())).map(r -> r.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
            + r.substring(1) + ".").orElse(""));
    Map<String, String> words = new LinkedHashMap<>();
    LABEL_KEYS.forEach(key -> words.put(key, labels.get(key)));
    model.put("labels", words);
    model.put("mapSvg", inline(mapSvg));
    model.put("graphSvg", inline(graphSvg));
    // The "Download PNG" button: the browser draws the page's map at the scale `render` gives a PNG
    // by default, so `build` need not encode one for every journey.
    model.put("pngFile", view.journey().id() + ".png");
    model.put("pngScale", PNG_SCALE);
    model.put("personas", personas(view));
    model.put("ranking", ranking(view));
    model.put("table", table(view));
    model.put("brightSpots", brightSpots(view));
    return Templates.shared().render("journey.ftlh", model);
  }

  /** The SVG without its XML declaration, ready to sit inside HTML. */
  static String inline(String svg) {
    String text = svg.strip();
    if (text.startsWith("<?xml")) {
      text = text.substring(text.indexOf("?>") + 2).strip();
    }
    return text;
  }

  private static String summary(JourneyView view, Labels labels) {
    StringBuilder text = new StringBuilder();
    text.append(labels.get("count.stages")).append(": ").append(view.journey().stages().size())
        .append(" \u00b7 ").append(labels.get("count.touchpoints")).append(": ").append(view.journey().touchpoints().size())
        .append(" \u00b7 ").append(labels.get("count.pains")).append(": ").append(view.journey().painPoints().size());
    if (!view.analysis().outcomes().isEmpty()) {
      text.append(" \u00b7 ").append(labels.get("count.success")).append(": ")
          .append(Formats.percent(view.analysis().successProbability(), view.journey().language()));
    }
    return text.toString();
  }


  private static List<Map<String, String>> personas(JourneyView view) {
    List<Map<String, String>> personas = new ArrayList<>();
    List<JourneyView.CurveOwner> owners = view.curveOwners();
    for (int i = 0; i < owners.size(); i++) {
      if (owners.get(i).personaId().isEmpty()) {
        continue;
      }
      personas.add(Map.of("id", owners.get(i).personaId(), "name", owners.get(i).name(), "colour", Palette.persona(i)));
    }
    return personas;
  }

  private static List<Map<String, String>> ranking(JourneyView view) {
    Map<String, Stage> stages = view.journey().stagesById();
    List<Map<String, String>> items = new ArrayList<>();
    for (StageFriction friction : view.frictionRanking()) {
      Stage stage = stages.get(friction.stageId());
      if (stage == null) {
        continue;
      }
      Map<String, String> item = new LinkedHashMap<>();
      item.put("id", stage.id());
      item.put("name", stage.displayName());
      item.put("friction", Formats.friction(friction.friction(), view.journey().language()));
      item.put("colour", Palette.heat(view.heat(stage.id())));
      item.put("reason", friction.contributions().stream().findFirst().map(JourneyHtml::reason).orElse(""));
      items.add(item);
    }
    return items;
  }

  /**
   * The map's text alternative: one row per stage in flow order, with its touchpoints and pain points
   * as text. The SVG is a picture to screen readers ({@code role="img"}); this table is what they
   * follow, and anyone can open it to read or copy the journey.
   */
  private static List<Map<String, Object>> table(JourneyView view) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Stage stage : view.flowOrder()) {
      List<String> touchpoints = new ArrayList<>();
      for (dev.slippers.model.Touchpoint t : stage.touchpoints()) {
        String action = t.action().isBlank() ? t.id() : t.action().strip();
        touchpoints.add(t.channel().map(c -> c + ": " + action).orElse(action));
      }
      List<String> pains = new ArrayList<>();
      for (dev.slippers.model.PainPoint p : stage.painPoints()) {
        pains.add((p.description().isBlank() ? p.id() : p.description().strip()) + " (" + p.severity() + "/5)");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", stage.id());
      row.put("name", stage.displayName());
      row.put("touchpoints", touchpoints);
      row.put("pains", pains);
      rows.add(row);
    }
    return rows;
  }

  /**
   * The touchpoints customers feel good about, as the analysis finds them (most credit met first):
   * what the business does well, beside what hurts, so a redesign keeps them.
   */
  private static List<Map<String, String>> brightSpots(JourneyView view) {
    Map<String, Stage> stages = view.journey().stagesById();
    Map<String, String> actions = new LinkedHashMap<>();
    view.journey().stages().forEach(st -> st.touchpoints().forEach(tp -> actions.putIfAbsent(tp.id(), tp.action())));
    List<Map<String, String>> items = new ArrayList<>();
    for (dev.slippers.analysis.BrightSpot spot : view.analysis().brightSpots()) {
      Stage stage = stages.get(spot.stageId());
      Map<String, String> item = new LinkedHashMap<>();
      item.put("id", spot.touchpointId());
      item.put("stage", spot.stageId());
      item.put("action", actions.getOrDefault(spot.touchpointId(), spot.touchpointId()));
      item.put("stageName", stage == null ? spot.stageId() : stage.displayName());
      item.put("emotion", "+" + spot.emotion());
      item.put("reach", Formats.percent(spot.reachProbability(), view.journey().language()));
      items.add(item);
    }
    return items;
  }

  private static String reason(Contribution contribution) {
    return contribution.detail().isBlank() ? contribution.sourceId() : contribution.detail();
  }
}
