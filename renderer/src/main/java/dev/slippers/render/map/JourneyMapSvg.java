package dev.slippers.render.map;

import dev.slippers.analysis.StageFriction;
import dev.slippers.model.Channel;
import dev.slippers.model.Metric;
import dev.slippers.model.Opportunity;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.render.Formats;
import dev.slippers.render.JourneyView;
import dev.slippers.render.Labels;
import dev.slippers.render.svg.Palette;
import dev.slippers.render.svg.SvgDocument;
import dev.slippers.render.text.TextMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * The journey map as SVG: one column per stage in flow order, lanes for what the customer does,
 * thinks and feels, pain points, opportunities, the service blueprint where the journey has one,
 * and metrics against targets. Each stage, touchpoint, pain point, opportunity and metric is a
 * group with an id from the journey and a {@code <title>} with its details.
 *
 * <p>Layout is two passes: text is wrapped and measured first ({@link Block}) to size the lanes
 * ({@link MapGrid}), then everything is drawn. The cost is linear in the size of the journey.
 */
public final class JourneyMapSvg {

  static final double PAD = 8;
  private static final double EMOTION_HEIGHT = 120;
  private static final double CARD_GAP = 6;
  private static final List<String> BLUEPRINT = List.of("frontstage", "backstage", "support");
  /**
   * Lines a name, a metric or a stage's figures may take before it is cut with an ellipsis: enough
   * for any sensible text in a 170 px column, while a pasted essay still cannot push the lanes
   * off the page. The whole text is always in the group's {@code <title>} and on the HTML page.
   */
  static final int LONG_TEXT_LINES = 8;

  private final JourneyView view;
  private final Labels labels;
  private final Map<String, Channel> channels;
  private final MapGrid grid;
  private final boolean heading;
  private SvgDocument svg;

  private JourneyMapSvg(JourneyView view, boolean heading) {
    this.view = view;
    this.heading = heading;
    this.labels = view.labels();
    this.channels = view.journey().channelsById();
    this.grid = new MapGrid(view.flowOrder());
  }

  /** Renders the map of a journey as a complete SVG document (UTF-8 text). */
  public static String render(JourneyView view) {
    return new JourneyMapSvg(view, true).draw();
  }

  /**
   * The map for the journey's HTML page, without the title and description drawn at its top: the
   * page shows them once as its heading, and a second copy inside the picture was read as a
   * repeated title.
   */
  public static String renderForPage(JourneyView view) {
    return new JourneyMapSvg(view, false).draw();
  }

  private String draw() {
    svg = new SvgDocument(grid.width(), 100, view.journey().title());
    Element root = svg.root();
    root.setAttribute("id", "journey-map");
    root.setAttribute("class", "slippers-map");
    root.setAttribute("data-journey", view.journey().id());
    Element background = svg.rect(root, 0, 0, grid.width(), 100, Palette.BACKGROUND);
    double y = heading ? drawTitle(root) : MapGrid.MARGIN;
    if (MapOverview.wanted(view)) {
      y = MapOverview.draw(svg, root, view, labels, MapGrid.MARGIN, y);
    }
    layoutLanes(y);
    drawLanes(root);
    Element stages = svg.group(root, "stages", "stages");
    for (Stage stage : view.flowOrder()) {
      drawStage(stages, stage);
    }
    EmotionCurves.draw(svg, root, view, grid, grid.lane("feels"));
    double height = MapLegend.draw(svg, root, labels, view, grid.lanesBottom() + 20, grid.width() - MapGrid.MARGIN) + MapGrid.MARGIN;
    background.setAttribute("height", SvgDocument.num(height));
    svg.resize(grid.width(), height);
    return svg.serialise();
  }

  private double drawTitle(Element root) {
    Element title = svg.group(root, "title", "map-title");
    double width = grid.width() - 2 * MapGrid.MARGIN;
    Block heading = Block.of(view.journey().title(), width, 20, true, 2);
    double y = MapGrid.MARGIN;
    svg.text(title, MapGrid.MARGIN, heading.firstBaseline(y), heading.lines(), 20, heading.lineHeight() + 4,
        Palette.INK, "font-weight", "bold");
    y += heading.lines().size() * (heading.lineHeight() + 4);
    if (!view.journey().description().isBlank()) {
      Block description = Block.of(view.journey().description(), Math.min(width, 900), Block.NORMAL, false, 3);
      svg.text(title, MapGrid.MARGIN, description.firstBaseline(y + 4), description.lines(), Block.NORMAL,
          description.lineHeight(), Palette.MUTED);
      y += description.height() + 4;
    }
    return y + 14;
  }

  // ---- pass 1: lane heights ----

  private void layoutLanes(double top) {
    grid.startLanes(top);
    grid.addLane("stage", labels.get("stage"), max(view.flowOrder(), s -> headerHeight(s)));
    addLaneIfUsed("evidence", maxTouchpoint(tp -> listHeight(tp.evidence())));
    grid.addLane("does", labels.get("does"), maxTouchpoint(tp -> doesHeight(tp)));
    addLaneIfUsed("thinks", maxTouchpoint(tp -> thinksHeight(tp)));
    grid.addLane("feels", labels.get("feels"), EMOTION_HEIGHT);
    addLaneIfUsed("pains", max(view.flowOrder(), this::painsHeight));
    addLaneIfUsed("opportunities", max(view.flowOrder(), this::opportunitiesHeight));
    addLaneIfUsed("frontstage", maxTouchpoint(tp -> listHeight(tp.frontstage())));
    addLaneIfUsed("backstage", maxTouchpoint(tp -> listHeight(tp.backstage())));
    addLaneIfUsed("support", maxTouchpoint(tp -> listHeight(tp.support())));
    addLaneIfUsed("metrics", max(view.flowOrder(), this::metricsHeight));
  }

  /**
   * Adds a lane only when some stage has something in it: an empty band (a blueprint lane no
   * touchpoint fills, pains on a journey without any) is height and reading time for nothing. The
   * stage, does and feels lanes are always there: they carry the columns and the emotion curve.
   */
  private void addLaneIfUsed(String key, double contentHeight) {
    if (contentHeight > 0) {
      grid.addLane(key, labels.get(key), contentHeight);
    }
  }

  private double max(List<Stage> stages, Function<Stage, Double> height) {
    double best = 0;
    for (Stage stage : stages) {
      best = Math.max(best, height.apply(stage));
    }
    return best;
  }

  private double maxTouchpoint(Function<Touchpoint, Double> height) {
    double best = 0;
    for (Stage stage : view.flowOrder()) {
      for (Touchpoint tp : stage.touchpoints()) {
        best = Math.max(best, height.apply(tp));
      }
    }
    return best;
  }

  /** A lane's label in its header column; the lane is never shorter than it. */
  static Block laneLabel(String label) {
    return Block.of(label, MapGrid.HEADER_WIDTH - 2 * PAD, Block.NORMAL, true, 3);
  }

  private Block stageName(Stage stage) {
    return Block.of(stage.displayName(), grid.stageWidth(stage.id()) - 2 * PAD,
        13, true, LONG_TEXT_LINES);
  }

  /** Friction and reach under the stage's name, wrapped rather than cut in a narrow column. */
  private Block stageMeta(Stage stage) {
    return Block.of(view.frictionAndReach(stage.id()), grid.stageWidth(stage.id()) - 2 * PAD, Block.SMALL, false,
        LONG_TEXT_LINES);
  }

  private double headerHeight(Stage stage) {
    return PAD + stageName(stage).height() + 4 + stageMeta(stage).height() + (stage.isOutcome() ? 16 : 0) + PAD;
  }

  private Block action(Touchpoint tp) {
    return Block.of(tp.action().isBlank() ? tp.id() : tp.action(), MapGrid.CELL_WIDTH - 2 * PAD, Block.NORMAL, false, 6);
  }

  /**
   * Who acts and on which channel, then how long it takes on a line of its own: wrapped, so that a
   * long channel name ("Staff at the customer's home") and the duration are both read whole.
   */
  private Block chip(Touchpoint tp) {
    String head = tp.channel().map(this::channelName).orElse("");
    if (!tp.actor().isBlank() && !tp.actor().equals("customer")) {
      head = labels.actor(tp.actor()) + (head.isBlank() ? "" : " \u00b7 " + head);
    }
    double width = MapGrid.CELL_WIDTH - 2 * PAD;
    List<String> lines = new ArrayList<>();
    if (!head.isBlank()) {
      lines.addAll(TextMeasure.wrap(head.strip(), width, Block.SMALL, true, 3));
    }
    tp.duration().ifPresent(d -> lines.addAll(
        TextMeasure.wrap(Formats.duration(d, view.journey().language()), width, Block.SMALL, true, 2)));
    if (lines.isEmpty()) {
      lines.add("");
    }
    return new Block(lines, Block.SMALL, true, 14);
  }

  private double doesHeight(Touchpoint tp) {
    return PAD + chip(tp).height() + action(tp).height() + PAD;
  }

  private Block thought(Touchpoint tp) {
    return Block.of("\u201c" + tp.thought().strip() + "\u201d", MapGrid.CELL_WIDTH - 2 * PAD, Block.NORMAL, false, 5);
  }

  private double thinksHeight(Touchpoint tp) {
    return tp.thought().isBlank() ? 0 : PAD + thought(tp).height() + PAD;
  }

  private List<Block> items(List<String> items) {
    List<Block> blocks = new ArrayList<>();
    for (String item : items) {
      blocks.add(Block.of("\u2022 " + item, MapGrid.CELL_WIDTH - 2 * PAD, Block.SMALL, false, 4));
    }
    return blocks;
  }

  private double listHeight(List<String> items) {
    if (items.isEmpty()) {
      return 0;
    }
    return PAD + items(items).stream().mapToDouble(b -> b.height() + 2).sum() + PAD;
  }

  private Block painText(Stage stage, PainPoint pain) {
    return Block.of(pain.description().isBlank() ? pain.id() : pain.description(),
        grid.stageWidth(stage.id()) - 2 * PAD - 8, Block.NORMAL, false, 5);
  }

  private Block painMeta(Stage stage, PainPoint pain) {
    String meta = labels.get("severity") + " " + pain.severity() + " \u00b7 " + Formats.percent(pain.frequency(), view.journey().language())
        + " " + labels.get("frequency");
    return Block.of(meta, grid.stageWidth(stage.id()) - 2 * PAD - 58, Block.SMALL, false, 2);
  }

  private double painHeight(Stage stage, PainPoint pain) {
    return PAD + painText(stage, pain).height() + 3 + painMeta(stage, pain).height() + PAD;
  }

  private double painsHeight(Stage stage) {
    double h = 0;
    for (PainPoint pain : stage.painPoints()) {
      h += painHeight(stage, pain) + CARD_GAP;
    }
    return h;
  }

  private Block opportunityText(Stage stage, Opportunity opportunity) {
    return Block.of(opportunity.description().isBlank() ? opportunity.id() : opportunity.description(),
        grid.stageWidth(stage.id()) - 2 * PAD, Block.NORMAL, false, 8);
  }

  private double opportunitiesHeight(Stage stage) {
    double h = 0;
    for (Opportunity opportunity : stage.opportunities()) {
      h += PAD + opportunityText(stage, opportunity).height() + PAD + CARD_GAP;
    }
    return h;
  }

  private Block metricText(Stage stage, Metric metric) {
    return Block.of(metricLine(metric), grid.stageWidth(stage.id()) - 2 * PAD, Block.SMALL + 0.5, false,
        LONG_TEXT_LINES);
  }

  private double metricsHeight(Stage stage) {
    if (stage.metrics().isEmpty()) {
      return 0;
    }
    double h = PAD;
    for (Metric metric : stage.metrics().values()) {
      h += metricText(stage, metric).height() + 4;
    }
    return h + PAD;
  }

  private String metricLine(Metric metric) {
    String value = metric.displayName(view.journey().language()) + " " + Formats.metric(metric, metric.value(), view.journey().language());
    if (metric.target().isEmpty()) {
      return "\u2022 " + value;
    }
    String mark = metric.breached() ? "\u2717 " : "\u2713 ";
    String direction = metric.better() == dev.slippers.model.Better.HIGHER ? "\u2265 " : "\u2264 ";
    return mark + value + " (" + labels.get("target") + " " + direction
        + Formats.metric(metric, metric.target().getAsDouble(), view.journey().language()) + ")";
  }

  // ---- pass 2: drawing ----

  private void drawLanes(Element root) {
    Element lanes = svg.group(root, "lanes", "lanes");
    int index = 0;
    for (MapGrid.Lane lane : grid.lanes()) {
      Element g = svg.group(lanes, "lane-" + lane.key(), "lane lane-" + lane.key());
      String fill = index++ % 2 == 0 ? "#f3f5f8" : "#fafbfc";
      svg.rect(g, MapGrid.MARGIN, lane.y(), grid.gridRight() - MapGrid.MARGIN, lane.height(), fill);
      svg.rect(g, MapGrid.MARGIN, lane.y(), MapGrid.HEADER_WIDTH, lane.height(), Palette.LANE_HEADER);
      Block label = laneLabel(lane.label());
      svg.text(g, MapGrid.MARGIN + PAD, label.firstBaseline(lane.y() + PAD), label.lines(), Block.NORMAL,
          label.lineHeight(), Palette.INK, "font-weight", "bold");
    }
    List<String> service = BLUEPRINT.stream().filter(grid::hasLane).toList();
    if (!service.isEmpty()) {
      // The line of interaction lies above the first service lane drawn; the lines of visibility
      // and of internal interaction above their own lanes, unless that lane is the first one
      // (two lines in one gap would be drawn over each other).
      Element lines = svg.group(lanes, "blueprint-lines", "blueprint-lines");
      blueprintLine(lines, "interaction", grid.lane(service.get(0)).y() - MapGrid.LANE_GAP / 2, "6 3");
      if (service.indexOf("backstage") > 0) {
        blueprintLine(lines, "visibility", grid.lane("backstage").y() - MapGrid.LANE_GAP / 2, "2 3");
      }
      if (service.indexOf("support") > 0) {
        blueprintLine(lines, "internal", grid.lane("support").y() - MapGrid.LANE_GAP / 2, "8 3 2 3");
      }
    }
  }

  private void blueprintLine(Element parent, String key, double y, String dash) {
    Element g = svg.group(parent, "line-" + key, "blueprint-line");
    svg.line(g, MapGrid.MARGIN, y, grid.gridRight(), y, Palette.MUTED, "stroke-width", "1.5",
        "stroke-dasharray", dash);
    String text = labels.get("line." + key);
    double width = TextMeasure.width(text, 9.5, false) + 8;
    svg.rect(g, grid.gridRight() - width - 6, y - 7, width, 14, "#ffffff", "rx", "3");
    svg.text(g, grid.gridRight() - width - 2, y + 3.5, text, 9.5, Palette.MUTED, "font-style", "italic");
  }

  private void drawStage(Element parent, Stage stage) {
    String classes = "stage" + stage.outcome().map(o -> " outcome outcome-" + SvgDocument.cssName(o)).orElse("");
    Element g = svg.group(parent, "stage-" + stage.id(), classes);
    g.setAttribute("data-friction", Formats.friction(view.friction(stage.id())));
    svg.title(g, stageTooltip(stage));
    drawHeader(g, stage);
    for (Touchpoint tp : stage.touchpoints()) {
      drawTouchpoint(g, tp);
    }
    // A lane is left out only when no stage has anything in it, so a stage with pains has a lane.
    if (!stage.painPoints().isEmpty()) {
      double y = grid.lane("pains").y() + PAD / 2;
      for (PainPoint pain : stage.painPoints()) {
        y = drawPain(g, stage, pain, y);
      }
    }
    if (!stage.opportunities().isEmpty()) {
      double y = grid.lane("opportunities").y() + PAD / 2;
      for (Opportunity opportunity : stage.opportunities()) {
        y = drawOpportunity(g, stage, opportunity, y);
      }
    }
    drawMetrics(g, stage);
  }

  private void drawHeader(Element g, Stage stage) {
    MapGrid.Lane lane = grid.lane("stage");
    double x = grid.stageX(stage.id());
    double w = grid.stageWidth(stage.id());
    Element header = svg.group(g, "", "stage-header");
    svg.rect(header, x, lane.y(), w, lane.height(), Palette.heat(view.heat(stage.id())), "rx", "6",
        "stroke", Palette.CARD_EDGE);
    Block name = stageName(stage);
    double top = lane.y() + PAD;
    svg.text(header, x + PAD, name.firstBaseline(top), name.lines(), 13, name.lineHeight(), Palette.INK,
        "font-weight", "bold");
    top += name.height() + 4;
    Block meta = stageMeta(stage);
    svg.text(header, x + PAD, meta.firstBaseline(top), meta.lines(), Block.SMALL, meta.lineHeight(), Palette.MUTED,
        "class", "stage-meta");
    top += meta.height() - 14;
    if (stage.outcome().isPresent()) {
      String outcome = stage.outcome().get();
      String fill = outcome.equals(Stage.SUCCESS) ? Palette.SUCCESS
          : outcome.equals(Stage.FAILURE) ? Palette.FAILURE : Palette.OTHER_OUTCOME;
      String text = labels.get("outcome") + ": " + labels.outcome(outcome);
      double width = TextMeasure.width(text, Block.SMALL, true) + 12;
      svg.rect(header, x + PAD, top + 17, Math.min(width, w - 2 * PAD), 15, fill, "rx", "7",
          "stroke", Palette.CARD_EDGE);
      svg.text(header, x + PAD + 6, top + 28, TextMeasure.fit(text, w - 2 * PAD - 12,
          Block.SMALL, true), Block.SMALL, Palette.INK, "font-weight", "bold", "class", "outcome-badge");
    }
  }

  private void drawTouchpoint(Element parent, Touchpoint tp) {
    String channel = tp.channel().orElse("");
    Element g = svg.group(parent, "touchpoint-" + tp.id(),
        "touchpoint" + (channel.isEmpty() ? "" : " channel-" + SvgDocument.cssName(channel)));
    svg.title(g, touchpointTooltip(tp));
    double x = grid.touchpointX(tp.id());
    double w = MapGrid.CELL_WIDTH;
    MapGrid.Lane does = grid.lane("does");
    svg.rect(g, x, does.y() + 2, w, doesHeight(tp) - 4, Palette.CARD, "rx", "5", "stroke", Palette.CARD_EDGE,
        "class", "card");
    Block chip = chip(tp);
    svg.text(g, x + PAD, does.y() + PAD + 9, chip.lines(), Block.SMALL, chip.lineHeight(), "#305f8c",
        "font-weight", "bold", "class", "channel");
    Block action = action(tp);
    svg.text(g, x + PAD, action.firstBaseline(does.y() + PAD + chip.height()), action.lines(), Block.NORMAL,
        action.lineHeight(), Palette.INK, "class", "action");
    if (!tp.thought().isBlank()) {
      MapGrid.Lane thinks = grid.lane("thinks");
      Block thought = thought(tp);
      svg.rect(g, x, thinks.y() + 2, w, thinksHeight(tp) - 4, "#fffdf3", "rx", "12", "stroke", "#e2d9a8",
          "class", "thought-bubble");
      svg.text(g, x + PAD, thought.firstBaseline(thinks.y() + PAD), thought.lines(), Block.NORMAL,
          thought.lineHeight(), Palette.INK, "font-style", "italic", "class", "thought");
    }
    drawList(g, "evidence", x, tp.evidence());
    drawList(g, "frontstage", x, tp.frontstage());
    drawList(g, "backstage", x, tp.backstage());
    drawList(g, "support", x, tp.support());
  }

  private void drawList(Element g, String laneKey, double x, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    MapGrid.Lane lane = grid.lane(laneKey);
    Element list = svg.group(g, "", "blueprint " + laneKey);
    svg.rect(list, x, lane.y() + 2, MapGrid.CELL_WIDTH, listHeight(items) - 4, Palette.CARD, "rx", "4",
        "stroke", BLUEPRINT.contains(laneKey) ? "#b9c3d0" : Palette.CARD_EDGE, "stroke-dasharray",
        laneKey.equals("backstage") || laneKey.equals("support") ? "3 2" : "none");
    double top = lane.y() + PAD;
    for (Block item : items(items)) {
      svg.text(list, x + PAD, item.firstBaseline(top), item.lines(), item.size(), item.lineHeight(), Palette.INK);
      top += item.height() + 2;
    }
  }

  private double drawPain(Element parent, Stage stage, PainPoint pain, double y) {
    double x = grid.stageX(stage.id());
    double w = grid.stageWidth(stage.id());
    Element g = svg.group(parent, "pain-" + pain.id(), "pain-point severity-" + pain.severity());
    svg.title(g, painTooltip(pain));
    Block text = painText(stage, pain);
    double h = painHeight(stage, pain);
    svg.rect(g, x, y, w, h, "#fff7f5", "rx", "5", "stroke", "#e8c4bd");
    svg.rect(g, x, y, 6, h, Palette.severity(pain.severity()), "class", "severity-bar");
    svg.text(g, x + PAD + 4, text.firstBaseline(y + PAD), text.lines(), Block.NORMAL, text.lineHeight(), Palette.INK);
    Block meta = painMeta(stage, pain);
    double metaY = meta.firstBaseline(y + PAD + text.height() + 3);
    for (int i = 0; i < 5; i++) {
      svg.add(g, "circle", "cx", SvgDocument.num(x + PAD + 8 + i * 9), "cy", SvgDocument.num(metaY - 3.5), "r", "3.2",
          "fill", i < pain.severity() ? Palette.severity(pain.severity()) : "#ffffff",
          "stroke", Palette.severity(pain.severity()));
    }
    svg.text(g, x + PAD + 54, metaY, meta.lines(), Block.SMALL, meta.lineHeight(), Palette.MUTED);
    return y + h + CARD_GAP;
  }

  private double drawOpportunity(Element parent, Stage stage, Opportunity opportunity, double y) {
    double x = grid.stageX(stage.id());
    double w = grid.stageWidth(stage.id());
    Element g = svg.group(parent, "opportunity-" + opportunity.id(), "opportunity");
    String tooltip = opportunity.description()
        + (opportunity.addresses().isEmpty() ? "" : "\n\u2192 " + String.join(", ", opportunity.addresses()));
    svg.title(g, tooltip);
    Block text = opportunityText(stage, opportunity);
    double h = PAD + text.height() + PAD;
    svg.rect(g, x, y, w, h, Palette.OPPORTUNITY, "rx", "5", "stroke", Palette.OPPORTUNITY_EDGE);
    svg.text(g, x + PAD, text.firstBaseline(y + PAD), text.lines(), Block.NORMAL, text.lineHeight(), Palette.INK);
    return y + h + CARD_GAP;
  }

  private void drawMetrics(Element parent, Stage stage) {
    if (stage.metrics().isEmpty()) {
      return;
    }
    MapGrid.Lane lane = grid.lane("metrics");
    double x = grid.stageX(stage.id());
    double top = lane.y() + PAD;
    for (Metric metric : stage.metrics().values()) {
      String state = metric.target().isEmpty() ? "untargeted" : metric.breached() ? "breached" : "met";
      Element g = svg.group(parent, "metric-" + stage.id() + "-" + metric.key(), "metric " + state);
      svg.title(g, metricTooltip(metric, state));
      Block text = metricText(stage, metric);
      String colour = state.equals("breached") ? Palette.BREACHED : state.equals("met") ? Palette.MET : Palette.INK;
      svg.text(g, x + PAD, text.firstBaseline(top), text.lines(), text.size(), text.lineHeight(), colour,
          "font-weight", state.equals("breached") ? "bold" : "normal");
      top += text.height() + 4;
    }
  }

  // ---- tooltips ----

  private String stageTooltip(Stage stage) {
    StringBuilder text = new StringBuilder(stage.displayName());
    if (!stage.description().isBlank()) {
      text.append('\n').append(stage.description().strip());
    }
    text.append('\n').append(view.frictionAndReach(stage.id()));
    view.analysis().stage(stage.id()).map(StageFriction::contributions).orElse(List.of()).stream().limit(4)
        .forEach(c -> text.append("\n  ").append(c.detail().isBlank() ? c.sourceId() : c.detail()));
    stage.outcome().ifPresent(o -> text.append('\n').append(labels.get("outcome")).append(": ").append(labels.outcome(o)));
    return text.toString();
  }

  private String touchpointTooltip(Touchpoint tp) {
    StringBuilder text = new StringBuilder(tp.action().isBlank() ? tp.id() : tp.action().strip());
    tp.channel().ifPresent(c -> text.append('\n').append(labels.get("channel")).append(": ").append(channelName(c)));
    if (!tp.actor().isBlank()) {
      text.append('\n').append(labels.get("actor")).append(": ").append(labels.actor(tp.actor()));
    }
    tp.duration().ifPresent(d -> text.append('\n').append(labels.get("duration")).append(": ").append(Formats.duration(d, view.journey().language())));
    tp.emotion().ifPresent(e -> {
      text.append('\n').append(labels.get("emotion")).append(": ");
      text.append(e.perPersona().isEmpty() ? signed(e.value()) : perPersona(e.perPersona()));
    });
    if (!tp.thought().isBlank()) {
      text.append("\n\u201c").append(tp.thought().strip()).append('\u201d');
    }
    return text.toString();
  }

  private String painTooltip(PainPoint pain) {
    StringBuilder text = new StringBuilder(pain.description().isBlank() ? pain.id() : pain.description().strip());
    text.append('\n').append(labels.get("severity")).append(' ').append(pain.severity()).append("/5 \u00b7 ")
        .append(Formats.percent(pain.frequency(), view.journey().language())).append(' ').append(labels.get("frequency"));
    pain.touchpoint().ifPresent(t -> text.append('\n').append(labels.get("touchpoint")).append(": ")
        .append(view.journey().touchpoints().stream().filter(tp -> tp.id().equals(t) && !tp.action().isBlank())
            .map(tp -> tp.action().strip())
            .findFirst().orElse(t)));
    pain.evidence().forEach(e -> text.append("\n\u2022 ").append(e));
    return text.toString();
  }

  private String metricTooltip(Metric metric, String state) {
    StringBuilder text = new StringBuilder(metricLine(metric));
    if (!state.equals("untargeted")) {
      text.append('\n').append(labels.get("target")).append(": ").append(labels.get(state));
    }
    metric.sourceText().ifPresent(s -> text.append('\n').append(labels.get("source")).append(": ").append(s));
    return text.toString();
  }

  private String perPersona(Map<String, Integer> values) {
    List<String> parts = new ArrayList<>();
    values.forEach((persona, value) -> parts.add(personaName(persona) + " " + signed(value)));
    return String.join(", ", parts);
  }

  private String personaName(String id) {
    var persona = view.journey().personasById().get(id);
    return persona == null ? id : persona.displayName();
  }

  private String channelName(String id) {
    if (id.isEmpty()) {
      return "";
    }
    Channel channel = channels.get(id);
    return channel == null ? id : channel.displayName();
  }

  static String signed(int value) {
    return value > 0 ? "+" + value : Integer.toString(value);
  }
}
