package dev.slippers.render.map;

import dev.slippers.render.Formats;
import dev.slippers.render.JourneyView;
import dev.slippers.render.Labels;
import dev.slippers.render.svg.Palette;
import dev.slippers.render.svg.SvgDocument;
import dev.slippers.render.text.TextMeasure;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The legend under the map: heat, pain severity, metric marks and emotion curves. Items flow left
 * to right and start a new row where the map ends, so a narrow map keeps its legend inside.
 */
final class MapLegend {

  private static final double SIZE = 10.5;
  private static final double ROW = 24;

  private final SvgDocument svg;
  private final Element g;
  private final double right;
  private double x = MapGrid.MARGIN;
  private double row;

  private MapLegend(SvgDocument svg, Element g, double top, double right) {
    this.svg = svg;
    this.g = g;
    this.row = top + 12;
    this.right = right;
  }

  /** Draws the legend with its top at {@code y} and returns its bottom. */
  static double draw(SvgDocument svg, Element root, Labels labels, JourneyView view, double y, double right) {
    MapLegend legend = new MapLegend(svg, svg.group(root, "legend", "legend"), y, right);
    legend.heat(labels);
    legend.severity(labels);
    legend.metrics(labels);
    legend.newRow();
    legend.emotions(labels, view);
    return legend.row + 8;
  }

  /** The fixed heat scale: five swatches for friction 0, 3, 6, 9 and 12 or more. */
  private void heat(Labels labels) {
    int steps = 4;
    double swatch = 26;
    double width = widthOf(labels.get("legend.heat"), true) + 10 + (steps + 1) * swatch + 16;
    room(width);
    caption(labels.get("legend.heat"));
    for (int i = 0; i <= steps; i++) {
      double friction = JourneyView.HEAT_SCALE_MAX * i / steps;
      svg.rect(g, x + i * swatch, row - 11, swatch, 14, Palette.heat(JourneyView.heatOf(friction)), "stroke",
          Palette.CARD_EDGE);
      String tick = Long.toString(Math.round(friction)) + (i == steps ? "+" : "");
      svg.text(g, x + i * swatch + swatch / 2, row - 0.5, tick, 9, Palette.INK, "text-anchor", "middle");
    }
    x += (steps + 1) * swatch + 22;
  }

  private void severity(Labels labels) {
    room(widthOf(labels.get("legend.severity"), true) + 10 + 5 * 21);
    caption(labels.get("legend.severity"));
    for (int s = 1; s <= 5; s++) {
      svg.rect(g, x, row - 11, 18, 14, Palette.severity(s), "rx", "2");
      svg.text(g, x + 9, row - 0.5, Integer.toString(s), 10, s >= 4 ? "#ffffff" : Palette.INK,
          "text-anchor", "middle", "font-weight", "bold");
      x += 21;
    }
    x += 22;
  }

  private void metrics(Labels labels) {
    String met = labels.get("target") + " " + labels.get("met");
    String breached = labels.get("target") + " " + labels.get("breached");
    room(14 + widthOf(met, false) + 6);
    svg.text(g, x, row, "\u2713", 12, Palette.MET, "font-weight", "bold");
    x += 14;
    label(met, Palette.MUTED);
    x += 8;
    room(14 + widthOf(breached, false) + 6);
    svg.text(g, x, row, "\u2717", 12, Palette.BREACHED, "font-weight", "bold");
    x += 14;
    label(breached, Palette.MUTED);
  }

  private void emotions(Labels labels, JourneyView view) {
    List<JourneyView.CurveOwner> owners = view.curveOwners();
    caption(labels.get("legend.emotion"));
    for (int i = 0; i < owners.size(); i++) {
      String name = TextMeasure.fit(owners.get(i).name(), 220, SIZE, false);
      room(28 + widthOf(name, false));
      Element item = svg.group(g, "", "legend-persona");
      item.setAttribute("data-persona", owners.get(i).personaId().isEmpty() ? "everyone" : owners.get(i).personaId());
      svg.line(item, x, row - 4, x + 22, row - 4, Palette.persona(i), "stroke-width", "3");
      x += 28;
      svg.text(item, x, row, name, SIZE, Palette.INK);
      x += widthOf(name, false) + 18;
    }
    if (view.curvePath().isEmpty()) {
      return;
    }
    String along = String.format(java.util.Locale.ROOT, labels.get("legend.curvePath"),
        Formats.percent(view.curvePath().get().probability(), view.journey().language()));
    room(widthOf(along, false) + 6);
    label(along, Palette.MUTED);
    x += 10;
    String off = labels.get("legend.offPath");
    room(14 + widthOf(off, false) + 6);
    svg.add(g, "circle", "cx", SvgDocument.num(x + 4), "cy", SvgDocument.num(row - 4), "r", "3.5", "fill", "#ffffff",
        "stroke", Palette.MUTED, "stroke-width", "1.5");
    x += 14;
    label(off, Palette.MUTED);
  }

  /** Starts a new row unless {@code width} more fits on this one. */
  private void room(double width) {
    if (x > MapGrid.MARGIN && x + width > right) {
      newRow();
    }
  }

  private void newRow() {
    x = MapGrid.MARGIN;
    row += ROW;
  }

  private void caption(String text) {
    svg.text(g, x, row, text, SIZE, Palette.INK, "font-weight", "bold");
    x += widthOf(text, true) + 10;
  }

  private void label(String text, String colour) {
    svg.text(g, x, row, text, SIZE, colour);
    x += widthOf(text, false) + 6;
  }

  private static double widthOf(String text, boolean bold) {
    return TextMeasure.width(text, SIZE, bold);
  }
}
