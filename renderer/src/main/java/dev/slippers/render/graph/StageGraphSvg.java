package dev.slippers.render.graph;

import dev.slippers.analysis.JourneyPath;
import dev.slippers.io.Quantities;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import dev.slippers.render.Formats;
import dev.slippers.render.JourneyView;
import dev.slippers.render.Labels;
import dev.slippers.render.graph.GraphLayout.EdgeRoute;
import dev.slippers.render.graph.GraphLayout.NodeBox;
import dev.slippers.render.graph.GraphLayout.Point;
import dev.slippers.render.svg.Palette;
import dev.slippers.render.svg.SvgDocument;
import dev.slippers.render.text.TextMeasure;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The stage graph as SVG: stages as boxes coloured by friction, transitions as arrows whose width
 * follows their share, loops in their own colour, the most likely path underlaid in blue and the
 * highest-friction path dashed in orange, outcomes marked by a coloured border and badge.
 */
public final class StageGraphSvg {

  private static final double NODE_WIDTH = 180;
  private static final double NAME_SIZE = 12.5;
  private static final double HEADER = 64;
  /** Lines a stage name, a label or a figure may take before it is cut (the whole text is in its title). */
  private static final int MOST_LINES = 8;
  private static final double LABEL_WIDTH = 150;
  private static final double LABEL_LINE = 12;
  private static final double TITLE_LINE = 20;
  private static final String EDGE = "#7b8794";
  private static final String LOOP = "#7c5cbf";
  /** Edges the journey lacks (GraphNotes.extra): dashed, in a colour no other mark of the graph uses. */
  private static final String EXTRA = "#0e7490";

  private final JourneyView view;
  private final GraphNotes notes;
  /** Each transition's position in the journey's list, by identity (two equal transitions are two edges). */
  private final Map<Transition, Integer> positions = new java.util.IdentityHashMap<>();
  private final Labels labels;
  private final Map<String, Stage> stages;
  /** The notes' extra edges between stages of the journey (others are skipped). */
  private final List<GraphNotes.ExtraEdge> extra;
  private SvgDocument svg;

  private StageGraphSvg(JourneyView view, GraphNotes notes) {
    this.view = view;
    this.notes = notes;
    List<Transition> transitions = view.journey().transitions();
    for (int i = 0; i < transitions.size() && !notes.transitions().isEmpty(); i++) {
      positions.put(transitions.get(i), i);
    }
    this.labels = view.labels();
    this.stages = view.journey().stagesById();
    this.extra = notes.extra().stream().filter(e -> stages.containsKey(e.from()) && stages.containsKey(e.to())).toList();
  }

  /** Renders the stage graph of a journey as a complete SVG document. */
  public static String render(JourneyView view) {
    return render(view, GraphNotes.NONE);
  }

  /**
   * Renders the stage graph with a caller's notes: its labels in place of the transitions' own, lines
   * under the stages' figures (the layout leaves room for both), its legend.
   */
  public static String render(JourneyView view, GraphNotes notes) {
    return new StageGraphSvg(view, notes).draw();
  }

  private String draw() {
    GraphLayout layout = StageGraphLayout.layout(view, this::size, t -> new double[] {labelWidth(t), labelHeight(t)},
        extra.stream().map(e -> new StageGraphLayout.ExtraEdge(e.from(), e.to(), extraWidth(e), extraLines(e).size()
            * LABEL_LINE + 3)).toList());
    double width = Math.max(layout.width(), 760);
    double top = header();
    double height = layout.height() + top;
    svg = new SvgDocument(width, height, view.journey().title() + " \u2014 " + labels.get("graph"));
    Element root = svg.root();
    root.setAttribute("id", "stage-graph");
    root.setAttribute("class", "slippers-graph");
    root.setAttribute("data-journey", view.journey().id());
    Element background = svg.rect(root, 0, 0, width, height, Palette.BACKGROUND);
    defs(root);
    double headerRight = header(root, layout) + 20;
    if (headerRight > width) {
      width = headerRight;
      background.setAttribute("width", SvgDocument.num(width));
      svg.resize(width, height);
    }
    Element content = svg.group(root, "graph-content", "graph-content");
    content.setAttribute("transform", "translate(0," + SvgDocument.num(top) + ")");
    Set<Integer> likely = onPath(view.mostLikelyPath());
    Set<Integer> friction = onPath(view.highestFrictionPath());
    Element edges = svg.group(content, "transitions", "transitions");
    int own = view.journey().transitions().size();
    for (EdgeRoute route : layout.edges()) {
      if (route.index() < own) {
        drawEdge(edges, route, likely.contains(route.index()), friction.contains(route.index()));
      } else {
        drawExtra(edges, route, extra.get(route.index() - own));
      }
    }
    Element nodes = svg.group(content, "graph-stages", "graph-stages");
    for (NodeBox box : layout.nodes()) {
      drawNode(nodes, box);
    }
    return svg.serialise();
  }

  private double[] size(Stage stage) {
    List<String> name = name(stage);
    return new double[] {NODE_WIDTH,
        10 + name.size() * 16 + meta(stage).size() * 13 + 5 + (stage.isOutcome() ? badge(stage).size() * 13 + 5 : 0)
            + (noted(stage).isEmpty() ? 0 : noted(stage).size() * 13 + 5) + 6};
  }

  /** The caller's lines for the stage, wrapped to the box. */
  private List<String> noted(Stage stage) {
    List<String> lines = new java.util.ArrayList<>();
    for (String note : notes.stages().getOrDefault(stage.id(), List.of())) {
      lines.addAll(TextMeasure.wrap(note, NODE_WIDTH - 16, 10, false, MOST_LINES));
    }
    return lines;
  }

  private List<String> name(Stage stage) {
    return TextMeasure.wrap(stage.displayName(), NODE_WIDTH - 16, NAME_SIZE, true, MOST_LINES);
  }

  private List<String> meta(Stage stage) {
    return TextMeasure.wrap(view.frictionAndReach(stage.id()), NODE_WIDTH - 16, 10, false, MOST_LINES);
  }

  private List<String> badge(Stage stage) {
    return TextMeasure.wrap(labels.get("outcome") + ": " + labels.outcome(stage.outcome().orElse("")), NODE_WIDTH - 16,
        10, true, MOST_LINES);
  }

  private List<String> titleLines() {
    return TextMeasure.wrap(view.journey().title(), 700, 16, true, 4);
  }

  /** Height of the title and legend above the graph: one title line more for each wrapped line. */
  private double header() {
    return HEADER + (titleLines().size() - 1) * TITLE_LINE;
  }

  private void defs(Element root) {
    Element defs = svg.add(root, "defs");
    marker(defs, "arrow", EDGE);
    marker(defs, "arrow-loop", LOOP);
    if (!extra.isEmpty()) {
      marker(defs, "arrow-extra", EXTRA);
    }
  }

  private void marker(Element defs, String id, String colour) {
    Element marker = svg.add(defs, "marker", "id", id, "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
        "markerWidth", "11", "markerHeight", "11", "markerUnits", "userSpaceOnUse", "orient", "auto");
    svg.add(marker, "path", "d", "M0 0 L10 5 L0 10 z", "fill", colour);
  }

  /** Draws the title and legend and returns where they end on the right. */
  private double header(Element root, GraphLayout layout) {
    Element g = svg.group(root, "graph-header", "graph-header");
    List<String> title = titleLines();
    svg.text(g, 20, 26, title, 16, TITLE_LINE, Palette.INK, "font-weight", "bold", "class", "graph-title");
    double x = 20;
    double y = 50 + (title.size() - 1) * TITLE_LINE;
    svg.line(g, x, y - 4, x + 26, y - 4, Palette.LIKELY_PATH, "stroke-width", "6", "stroke-opacity", "0.35");
    x += 32;
    svg.text(g, x, y, labels.get("legend.likely"), 10.5, Palette.INK);
    x += TextMeasure.width(labels.get("legend.likely"), 10.5, false) + 18;
    svg.line(g, x, y - 4, x + 26, y - 4, Palette.FRICTION_PATH, "stroke-width", "2.5", "stroke-dasharray", "6 4");
    x += 32;
    svg.text(g, x, y, labels.get("legend.frictionPath"), 10.5, Palette.INK);
    x += TextMeasure.width(labels.get("legend.frictionPath"), 10.5, false) + 18;
    String share = notes.legend().isEmpty() ? labels.get("legend.share") : notes.legend();
    svg.text(g, x, y, share, 10.5, Palette.MUTED);
    x += TextMeasure.width(share, 10.5, false) + 18;
    String loop = "\u21ba " + labels.get("legend.loop");
    svg.text(g, x, y, loop, 10.5, LOOP);
    x += TextMeasure.width(loop, 10.5, false);
    if (!extra.isEmpty() && !notes.extraLegend().isEmpty()) {
      x += 18;
      svg.line(g, x, y - 4, x + 26, y - 4, EXTRA, "stroke-width", "2", "stroke-dasharray", "5 3", "class", "legend-extra");
      x += 32;
      svg.text(g, x, y, notes.extraLegend(), 10.5, EXTRA);
      x += TextMeasure.width(notes.extraLegend(), 10.5, false);
    }
    String note = null;
    if (layout.simplified()) {
      note = String.format(Locale.ROOT, labels.get("graph.tooLarge"), view.journey().stages().size());
    } else if (layout.collapsed() > 0) {
      note = String.format(Locale.ROOT, labels.get("graph.collapsed"), layout.collapsed(),
          Formats.percent(StageGraphLayout.LABELLED_SHARE, view.journey().language()));
    }
    if (note != null) {
      double noteX = 20 + title.stream().mapToDouble(line -> TextMeasure.width(line, 16, true)).max().orElse(0) + 24;
      svg.text(g, noteX, 26, note, 11, Palette.BREACHED, "class", "layout-note");
      x = Math.max(x, noteX + TextMeasure.width(note, 11, false));
    }
    return x;
  }

  private void drawEdge(Element parent, EdgeRoute route, boolean likely, boolean frictionPath) {
    Transition t = view.journey().transitions().get(route.index());
    boolean loop = view.inLoop(t);
    double share = view.share(t);
    StringBuilder classes = new StringBuilder("transition");
    if (likely) {
      classes.append(" likely");
    }
    if (frictionPath) {
      classes.append(" friction-path");
    }
    if (loop) {
      classes.append(" loop");
    }
    Element g = svg.group(parent, "transition-" + route.index() + "-" + t.from() + "-" + t.to(), classes.toString());
    g.setAttribute("data-share", Quantities.formatNumber(share));
    GraphNotes.EdgeNote edgeNote = notes.transitions().get(route.index());
    svg.title(g, name(t.from()) + " \u2192 " + name(t.to()) + ": " + (edgeNote != null ? edgeNote.text().replace("\n", " \u00b7 ")
        : Formats.percent(share, view.journey().language()) + (t.label().isBlank() ? "" : " (" + t.label() + ")")));
    String d = pathData(route.points());
    double width = 1.2 + 7 * Math.max(0, Math.min(1, share));
    if (likely) {
      svg.add(g, "path", "d", d, "fill", "none", "stroke", Palette.LIKELY_PATH, "stroke-opacity", "0.3",
          "stroke-width", SvgDocument.num(width + 7), "stroke-linejoin", "round", "class", "likely-underlay");
    }
    svg.add(g, "path", "d", d, "fill", "none", "stroke", loop ? LOOP : EDGE, "stroke-width", SvgDocument.num(width),
        "stroke-linejoin", "round", "marker-end", loop ? "url(#arrow-loop)" : "url(#arrow)", "class", "edge");
    if (frictionPath) {
      svg.add(g, "path", "d", d, "fill", "none", "stroke", Palette.FRICTION_PATH, "stroke-width", "2.5",
          "stroke-dasharray", "6 4", "class", "friction-overlay");
    }
    Point mid = route.label();
    if (mid == null) {
      return;
    }
    List<String> text = labelLines(t);
    double w = labelWidth(t);
    double h = labelHeight(t);
    GraphNotes.EdgeNote note = notes.transitions().get(route.index());
    boolean alert = note != null && note.alert();
    svg.rect(g, mid.x() - w / 2, mid.y() - h / 2, w, h, "#ffffff", "rx", "3", "fill-opacity", "0.9",
        "stroke", alert ? Palette.BREACHED : loop ? LOOP : "#d0d6dd", "stroke-width", alert ? "1.5" : "0.6");
    svg.text(g, mid.x(), mid.y() - h / 2 + 11, text, 10, LABEL_LINE, alert ? Palette.BREACHED : loop ? LOOP : Palette.INK,
        "text-anchor", "middle", "class", alert ? "share alert" : "share");
  }

  /** An edge the journey lacks: dashed, thin, in its own colour, its label framed in that colour. */
  private void drawExtra(Element parent, EdgeRoute route, GraphNotes.ExtraEdge e) {
    Element g = svg.group(parent, "extra-" + (route.index() - view.journey().transitions().size()) + "-" + e.from() + "-"
        + e.to(), "transition extra");
    svg.title(g, name(e.from()) + " \u2192 " + name(e.to()) + ": " + e.text().replace("\n", " \u00b7 "));
    svg.add(g, "path", "d", pathData(route.points()), "fill", "none", "stroke", EXTRA, "stroke-width", "2",
        "stroke-dasharray", "7 4", "stroke-linejoin", "round", "marker-end", "url(#arrow-extra)", "class", "edge");
    Point mid = route.label();
    if (mid == null) {
      return;
    }
    List<String> text = extraLines(e);
    double w = extraWidth(e);
    double h = text.size() * LABEL_LINE + 3;
    svg.rect(g, mid.x() - w / 2, mid.y() - h / 2, w, h, "#ffffff", "rx", "3", "fill-opacity", "0.9",
        "stroke", EXTRA, "stroke-width", "1", "stroke-dasharray", "3 2");
    svg.text(g, mid.x(), mid.y() - h / 2 + 11, text, 10, LABEL_LINE, EXTRA, "text-anchor", "middle", "class", "share extra");
  }

  private List<String> extraLines(GraphNotes.ExtraEdge e) {
    List<String> lines = new java.util.ArrayList<>();
    for (String line : e.text().split("\n")) {
      lines.addAll(TextMeasure.wrap(line, LABEL_WIDTH, 10, false, MOST_LINES));
    }
    return lines;
  }

  private double extraWidth(GraphNotes.ExtraEdge e) {
    return extraLines(e).stream().mapToDouble(line -> TextMeasure.width(line, 10, false)).max().orElse(0) + 8;
  }

  /**
   * The share and the transition's label, wrapped to a few words a line: ELK is given the label's
   * real size, so it leaves room for the lines between the layers instead of the label being cut.
   */
  private List<String> labelLines(Transition t) {
    GraphNotes.EdgeNote note = notes.transitions().isEmpty() ? null : notes.transitions().get(positions.get(t));
    String own = note != null ? note.text() : Formats.percent(view.share(t), view.journey().language())
        + (t.label().isBlank() ? "" : " " + t.label().strip());
    return TextMeasure.wrap((view.inLoop(t) ? "\u21ba " : "") + own, LABEL_WIDTH, 10, false, MOST_LINES);
  }

  private double labelWidth(Transition t) {
    return labelLines(t).stream().mapToDouble(line -> TextMeasure.width(line, 10, false)).max().orElse(0) + 8;
  }

  private double labelHeight(Transition t) {
    return labelLines(t).size() * LABEL_LINE + 3;
  }

  private void drawNode(Element parent, NodeBox box) {
    Stage stage = stages.get(box.stageId());
    String classes = "graph-stage" + stage.outcome().map(o -> " outcome outcome-" + SvgDocument.cssName(o))
        .orElse("");
    Element g = svg.group(parent, "graph-stage-" + stage.id(), classes);
    g.setAttribute("data-friction", Formats.friction(view.friction(stage.id())));
    String meta = view.frictionAndReach(stage.id());
    svg.title(g, name(stage.id()) + "\n" + meta);
    String stroke = Palette.CARD_EDGE;
    String strokeWidth = "1";
    if (stage.isOutcome()) {
      stroke = stage.outcome().get().equals(Stage.SUCCESS) ? Palette.MET
          : stage.outcome().get().equals(Stage.FAILURE) ? Palette.BREACHED : Palette.MUTED;
      strokeWidth = "2.5";
    }
    svg.rect(g, box.x(), box.y(), box.width(), box.height(), Palette.heat(view.heat(stage.id())), "rx",
        stage.isOutcome() ? "16" : "6", "stroke", stroke, "stroke-width", strokeWidth);
    List<String> lines = name(stage);
    svg.text(g, box.x() + 8, box.y() + 10 + NAME_SIZE, lines, NAME_SIZE, 16, Palette.INK, "font-weight", "bold");
    double y = box.y() + 10 + lines.size() * 16 + 12;
    List<String> metaLines = meta(stage);
    svg.text(g, box.x() + 8, y, metaLines, 10, 13, Palette.MUTED);
    y += (metaLines.size() - 1) * 13 + 16;
    if (stage.isOutcome()) {
      List<String> badge = badge(stage);
      svg.text(g, box.x() + 8, y, badge, 10, 13, stroke, "font-weight", "bold", "class", "outcome-badge");
      y += badge.size() * 13 + 5;
    }
    List<String> noted = noted(stage);
    if (!noted.isEmpty()) {
      svg.text(g, box.x() + 8, y, noted, 10, 13, Palette.INK, "class", "stage-note");
    }
  }

  private String name(String stageId) {
    Stage stage = stages.get(stageId);
    return stage == null ? stageId : stage.displayName();
  }

  /** Indexes of the transitions along a path: for each step the first transition joining the two stages. */
  private Set<Integer> onPath(Optional<JourneyPath> path) {
    Set<Integer> indexes = new HashSet<>();
    if (path.isEmpty()) {
      return indexes;
    }
    List<String> ids = path.get().stages();
    List<Transition> transitions = view.journey().transitions();
    for (int i = 0; i + 1 < ids.size(); i++) {
      for (int j = 0; j < transitions.size(); j++) {
        if (transitions.get(j).from().equals(ids.get(i)) && transitions.get(j).to().equals(ids.get(i + 1))) {
          indexes.add(j);
          break;
        }
      }
    }
    return indexes;
  }

  private static String pathData(List<Point> points) {
    StringBuilder d = new StringBuilder();
    for (Point p : points) {
      d.append(d.length() == 0 ? "M" : " L").append(SvgDocument.num(p.x())).append(' ').append(SvgDocument.num(p.y()));
    }
    return d.toString();
  }

}
