package dev.slippers.render.map;

import dev.slippers.analysis.StageFriction;
import dev.slippers.model.Stage;
import dev.slippers.render.Formats;
import dev.slippers.render.JourneyView;
import dev.slippers.render.Labels;
import dev.slippers.render.svg.Palette;
import dev.slippers.render.svg.SvgDocument;
import dev.slippers.render.text.TextMeasure;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The whole journey at a glance, above the detailed map of a long journey: every stage as a small
 * heat cell in flow order, in rows, the stages with the most friction numbered and named beside
 * the cells. A map of hundreds of stages is a strip far wider than any screen; this is the part of
 * it that can be read at once.
 */
final class MapOverview {

  /** Maps with more stages than this get an overview. */
  static final int STAGES = 40;
  /** How many of the stages with most friction are marked. */
  static final int MARKED = 5;

  private static final double CELL = 14;
  private static final double CELL_GAP = 2;
  private static final int PER_ROW = 50;
  private static final double LIST_GAP = 36;
  private static final double LIST_WIDTH = 520;

  private MapOverview() {}

  static boolean wanted(JourneyView view) {
    return view.flowOrder().size() > STAGES;
  }

  /** Draws the overview with its top-left corner at ({@code x}, {@code y}) and returns where it ends below. */
  static double draw(SvgDocument svg, Element root, JourneyView view, Labels labels, double x, double y) {
    List<Stage> stages = view.flowOrder();
    List<StageFriction> top = view.analysis().stages().stream()
        .filter(s -> s.friction() > 0)
        .sorted(Comparator.comparingDouble(StageFriction::friction).reversed().thenComparing(StageFriction::stageId))
        .limit(MARKED)
        .toList();
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < top.size(); i++) {
      rank.put(top.get(i).stageId(), i + 1);
    }
    // Positions by id: a Stage record's equals compares every touchpoint and pain of it.
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      position.put(stages.get(i).id(), i + 1);
    }
    Element g = svg.group(root, "overview", "map-overview");
    String heading = String.format(java.util.Locale.ROOT, labels.get("overview"), stages.size());
    svg.text(g, x, y + 12, heading, 12, Palette.INK, "font-weight", "bold");
    double top0 = y + 22;
    int rows = (stages.size() + PER_ROW - 1) / PER_ROW;
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      double cx = x + (i % PER_ROW) * (CELL + CELL_GAP);
      double cy = top0 + (i / PER_ROW) * (CELL + CELL_GAP);
      Element cell = svg.group(g, "", "overview-cell");
      svg.title(cell, (i + 1) + ". " + stage.displayName() + "\n" + view.frictionAndReach(stage.id()));
      Integer marked = rank.get(stage.id());
      if (marked == null) {
        svg.rect(cell, cx, cy, CELL, CELL, Palette.heat(view.heat(stage.id())), "stroke", "#d5d9e0", "stroke-width", "0.5");
      } else {
        svg.rect(cell, cx, cy, CELL, CELL, Palette.heat(view.heat(stage.id())), "stroke", Palette.INK,
            "stroke-width", "1.5");
        svg.text(cell, cx + CELL / 2, cy + CELL - 3.5, String.valueOf(marked), 9, Palette.INK, "text-anchor", "middle",
            "font-weight", "bold");
      }
    }
    double cellsBottom = top0 + rows * (CELL + CELL_GAP);
    double listX = x + Math.min(stages.size(), PER_ROW) * (CELL + CELL_GAP) + LIST_GAP;
    double listY = top0 + 10;
    svg.text(g, listX, listY, labels.get("overview.top"), 11, Palette.MUTED, "font-weight", "bold");
    for (int i = 0; i < top.size(); i++) {
      StageFriction friction = top.get(i);
      Stage stage = view.journey().stagesById().get(friction.stageId());
      String line = (i + 1) + ". " + stage.displayName() + " \u2014 " + labels.get("friction") + " "
          + Formats.friction(friction.friction()) + ", " + labels.get("position") + " "
          + position.getOrDefault(stage.id(), 0) + "/" + stages.size();
      List<String> lines = TextMeasure.wrap(line, LIST_WIDTH, 11, false, JourneyMapSvg.LONG_TEXT_LINES);
      listY += 16;
      svg.text(g, listX, listY, lines, 11, 14, Palette.INK);
      listY += (lines.size() - 1) * 14;
    }
    return Math.max(cellsBottom, listY + 6) + 14;
  }
}
