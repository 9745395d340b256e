package dev.slippers.render.map;

import dev.slippers.model.Emotion;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.render.JourneyView;
import dev.slippers.render.svg.Palette;
import dev.slippers.render.svg.SvgDocument;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The "feels" lane: a scale from -2 to +2 and one curve per persona (or one for everyone) through
 * the touchpoints that have an emotion, in map order. Curves of several personas are offset by three
 * pixels from each other so that equal values stay visible side by side.
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
    List<double[]> points = new ArrayList<>();
    List<String> tips = new ArrayList<>();
    for (Stage stage : view.flowOrder()) {
      for (Touchpoint tp : stage.touchpoints()) {
        if (tp.emotion().isEmpty()) {
          continue;
        }
        int value = tp.emotion().get().forPersona(owner.persona());
        double x = grid.touchpointX(tp.id()) + MapGrid.CELL_WIDTH / 2 + offset;
        points.add(new double[] {x, y(lane, value) + offset});
        tips.add(owner.name() + " \u00b7 " + (tp.action().isBlank() ? tp.id() : tp.action()) + ": "
            + JourneyMapSvg.signed(value));
      }
    }
    if (points.size() > 1) {
      StringBuilder path = new StringBuilder();
      for (double[] p : points) {
        path.append(path.length() == 0 ? "M" : " L").append(SvgDocument.num(p[0])).append(' ')
            .append(SvgDocument.num(p[1]));
      }
      svg.add(g, "path", "d", path.toString(), "fill", "none", "stroke", colour, "stroke-width", "2.5",
          "stroke-linejoin", "round", "stroke-linecap", "round");
    }
    for (int i = 0; i < points.size(); i++) {
      Element dot = svg.add(g, "circle", "cx", SvgDocument.num(points.get(i)[0]), "cy",
          SvgDocument.num(points.get(i)[1]), "r", "4.5", "fill", colour, "stroke", "#ffffff", "stroke-width", "1.5",
          "class", "emotion-point");
      svg.title(dot, tips.get(i));
    }
  }

  private static double y(MapGrid.Lane lane, int value) {
    double usable = lane.height() - 2 * INSET;
    return lane.y() + INSET + (Emotion.MAX - value) * usable / (Emotion.MAX - Emotion.MIN);
  }
}
