package dev.slippers.render.map;

import dev.slippers.analysis.JourneyPath;
import dev.slippers.model.Emotion;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.render.JourneyView;
import dev.slippers.render.svg.Palette;
import dev.slippers.render.svg.SvgDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The "feels" lane: a scale from -2 to +2 and one curve per persona (or one for everyone) along one
 * path, {@link JourneyView#curvePath()} (the most likely path to an outcome): a line through the
 * emotions of the touchpoints of its stages, in the path's order. Emotions at stages off that path
 * are hollow points joined to nothing, because no customer lives two parallel branches. Curves of
 * several personas are offset by three pixels from each other so that equal values stay visible
 * side by side.
 */
final class EmotionCurves {

  private static final double INSET = 14;

  private EmotionCurves() {}

  static void draw(SvgDocument svg, Element root, JourneyView view, MapGrid grid, MapGrid.Lane lane) {
    Element group = svg.group(root, "emotions", "emotions");
    for (int value = Emotion.MIN; value <= Emotion.MAX; value++) {
      double y = y(lane, value);
      svg.line(group, grid.gridLeft(), y, grid.gridRight(), y, value == 0 ? "#9aa5b1" : Palette.GRID,
          "stroke-width", value == 0 ? "1" : "0.8", "stroke-dasharray", value == 0 ? "none" : "3 3");
      svg.text(group, MapGrid.MARGIN + MapGrid.HEADER_WIDTH - 8, y + 3.5, JourneyMapSvg.signed(value), 9.5,
          Palette.MUTED, "text-anchor", "end");
    }
    List<JourneyView.CurveOwner> owners = view.curveOwners();
    for (int i = 0; i < owners.size(); i++) {
      JourneyView.CurveOwner owner = owners.get(i);
      double offset = owners.size() == 1 ? 0 : (i - (owners.size() - 1) / 2.0) * 3.0;
      drawCurve(svg, group, view, grid, lane, owner, Palette.persona(i), offset);
    }
  }

  private static void drawCurve(SvgDocument svg, Element parent, JourneyView view, MapGrid grid, MapGrid.Lane lane,
      JourneyView.CurveOwner owner, String colour, double offset) {
    String id = owner.personaId().isEmpty() ? "everyone" : owner.personaId();
    Element g = svg.group(parent, "emotion-" + id, "emotion-curve");
    g.setAttribute("data-persona", id);
    svg.title(g, owner.name());
    Map<String, Stage> stages = view.journey().stagesById();
    List<String> path = view.curvePath().map(JourneyPath::stages).orElse(List.of());
    Set<String> onPath = new HashSet<>(path);
    List<Point> line = new ArrayList<>();
    for (String stageId : path) {
      Stage stage = stages.get(stageId);
      if (stage != null) {
        points(view, grid, lane, owner, offset, stage, true, line);
      }
    }
    List<Point> apart = new ArrayList<>();
    for (Stage stage : view.flowOrder()) {
      if (!onPath.contains(stage.id())) {
        points(view, grid, lane, owner, offset, stage, false, apart);
      }
    }
    if (line.size() > 1) {
      StringBuilder d = new StringBuilder();
      for (Point p : line) {
        d.append(d.length() == 0 ? "M" : " L").append(SvgDocument.num(p.x())).append(' ').append(SvgDocument.num(p.y()));
      }
      svg.add(g, "path", "d", d.toString(), "fill", "none", "stroke", colour, "stroke-width", "2.5",
          "stroke-linejoin", "round", "stroke-linecap", "round");
    }
    for (Point p : line) {
      Element dot = svg.add(g, "circle", "cx", SvgDocument.num(p.x()), "cy", SvgDocument.num(p.y()), "r", "4.5",
          "fill", colour, "stroke", "#ffffff", "stroke-width", "1.5", "class", "emotion-point");
      svg.title(dot, p.tip());
    }
    // Off the drawn path: hollow points, joined to nothing, so no line suggests one customer lived both branches.
    for (Point p : apart) {
      Element dot = svg.add(g, "circle", "cx", SvgDocument.num(p.x()), "cy", SvgDocument.num(p.y()), "r", "3.5",
          "fill", "#ffffff", "stroke", colour, "stroke-width", "1.5", "class", "emotion-point off-path");
      svg.title(dot, p.tip() + " (" + view.labels().get("curve.offPath") + ")");
    }
  }

  /** One point per touchpoint of the stage that has an emotion, in the stage's order. */
  private static void points(JourneyView view, MapGrid grid, MapGrid.Lane lane, JourneyView.CurveOwner owner,
      double offset, Stage stage, boolean onPath, List<Point> into) {
    for (Touchpoint tp : stage.touchpoints()) {
      if (tp.emotion().isEmpty()) {
        continue;
      }
      int value = tp.emotion().get().forPersona(owner.persona());
      double x = grid.touchpointX(tp.id()) + MapGrid.CELL_WIDTH / 2 + offset;
      into.add(new Point(x, y(lane, value) + offset, owner.name() + " \u00b7 "
          + (tp.action().isBlank() ? tp.id() : tp.action()) + ": " + JourneyMapSvg.signed(value)));
    }
  }

  private record Point(double x, double y, String tip) {}

  private static double y(MapGrid.Lane lane, int value) {
    double usable = lane.height() - 2 * INSET;
    return lane.y() + INSET + (Emotion.MAX - value) * usable / (Emotion.MAX - Emotion.MIN);
  }
}
