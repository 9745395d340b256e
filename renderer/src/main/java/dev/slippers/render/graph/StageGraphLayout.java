package dev.slippers.render.graph;

import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import dev.slippers.render.JourneyView;
import dev.slippers.render.graph.GraphLayout.EdgeRoute;
import dev.slippers.render.graph.GraphLayout.NodeBox;
import dev.slippers.render.graph.GraphLayout.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays the stage graph out left to right with Eclipse ELK's layered algorithm (cycles broken,
 * layers assigned, crossings reduced, edges routed orthogonally). ELK is deterministic: its
 * randomness comes from one fixed seed.
 *
 * <p>ELK's work grows with the transitions it is given and the crossings among them, so the work is
 * bounded before ELK starts, not by a clock. A graph of up to {@link #FULL_STAGES} stages and
 * {@link #FULL_TRANSITIONS} transitions is laid out whole, every transition labelled. A larger one
 * is laid out with ELK's cheaper settings (one crossing-minimisation sweep, no greedy switching)
 * and only its main transitions, at most {@link #KEPT_PER_STAGE} leaving
 * each stage (the largest shares) and never more than {@link #MAX_ELK_TRANSITIONS} in all; the
 * others are collapsed (left out of the picture and counted in its header) and only transitions
 * of at least {@link #LABELLED_SHARE} get a label. Above {@link #ELK_LIMIT} stages the graph gets
 * plain layers (see {@link #simpleLayers}), and the picture says so.
 *
 * <p>ELK recurses deeply on large graphs, so it runs on a thread with a large stack.
 */
public final class StageGraphLayout {

  /** Most stages laid out whole with ELK's thorough defaults. */
  public static final int FULL_STAGES = 150;
  /** Most transitions laid out whole (a complete graph of 40 stages has 1,560 and took 9 s). */
  public static final int FULL_TRANSITIONS = 450;
  /** Transitions kept per stage in a large graph: the largest shares leaving it. */
  public static final int KEPT_PER_STAGE = 3;
  /** Most transitions given to ELK at all. */
  public static final int MAX_ELK_TRANSITIONS = 4_000;
  /** Smallest share labelled in a large graph. */
  public static final double LABELLED_SHARE = 0.15;
  /**
   * Most stages laid out with ELK. Measured here with the cheap settings and at most three
   * transitions per stage: 300 stages in 4 to 5 s, 1,000 stages in 10 to 15 s on a loaded 2-core
   * machine, most of it in ELK's handling of transitions that span many layers.
   */
  public static final int ELK_LIMIT = 1_000;

  private static final double MARGIN = 20;
  /** ELK recurses deeply; far more than it needs for the stages it is given, yet only reserved, not used. */
  private static final long STACK_BYTES = 64L * 1024 * 1024;

  static {
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private StageGraphLayout() {}

  /**
   * Lays out the journey's stages with the given box sizes.
   *
   * @param size      width and height of each stage's box
   * @param labelSize width and height of each transition's label
   */
  public static GraphLayout layout(JourneyView view, Function<Stage, double[]> size,
      Function<Transition, double[]> labelSize) {
    return layout(view, size, labelSize, List.of());
  }

  /**
   * An edge to lay out beside the journey's transitions (one it lacks).
   *
   * @param from        a stage id of the journey
   * @param to          a stage id of the journey
   * @param labelWidth  its label's size
   * @param labelHeight its label's size
   */
  public record ExtraEdge(String from, String to, double labelWidth, double labelHeight) {}

  /**
   * Lays out the journey's stages with the given box sizes, and extra edges after its transitions:
   * the route of {@code extra.get(j)} has the index {@code transitions().size() + j}.
   */
  public static GraphLayout layout(JourneyView view, Function<Stage, double[]> size,
      Function<Transition, double[]> labelSize, List<ExtraEdge> extra) {
    if (view.journey().stages().size() > ELK_LIMIT) {
      return simpleLayers(view, size, extra);
    }
    boolean whole = view.journey().stages().size() <= FULL_STAGES
        && view.journey().transitions().size() <= FULL_TRANSITIONS;
    List<Integer> kept = whole ? allTransitions(view) : mainTransitions(view);
    AtomicReference<GraphLayout> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(elk(view, size, labelSize, kept, whole, extra));
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "slippers-elk-layout", STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while laying out the graph", e);
    }
    if (failure.get() != null) {
      throw new IllegalStateException("ELK could not lay out the graph: " + failure.get(), failure.get());
    }
    return result.get();
  }

  private static List<Integer> allTransitions(JourneyView view) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < view.journey().transitions().size(); i++) {
      all.add(i);
    }
    return all;
  }

  /**
   * The indexes, in file order, of the transitions drawn in a large graph: for each stage the
   * {@link #KEPT_PER_STAGE} largest shares leaving it (ties in file order), at most
   * {@link #MAX_ELK_TRANSITIONS} in all (the largest shares first).
   */
  static List<Integer> mainTransitions(JourneyView view) {
    List<Transition> transitions = view.journey().transitions();
    Map<String, List<Integer>> leaving = new LinkedHashMap<>();
    for (int i = 0; i < transitions.size(); i++) {
      leaving.computeIfAbsent(transitions.get(i).from(), k -> new ArrayList<>()).add(i);
    }
    List<Integer> kept = new ArrayList<>();
    java.util.Comparator<Integer> byShare = java.util.Comparator
        .comparingDouble((Integer i) -> -view.share(transitions.get(i))).thenComparingInt(i -> i);
    for (List<Integer> out : leaving.values()) {
      out.stream().sorted(byShare).limit(KEPT_PER_STAGE).forEach(kept::add);
    }
    if (kept.size() > MAX_ELK_TRANSITIONS) {
      kept = new ArrayList<>(kept.stream().sorted(byShare).limit(MAX_ELK_TRANSITIONS).toList());
    }
    kept.sort(null);
    return kept;
  }

  private static GraphLayout elk(JourneyView view, Function<Stage, double[]> size,
      Function<Transition, double[]> labelSize, List<Integer> kept, boolean whole, List<ExtraEdge> extra) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
    root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(MARGIN));
    root.setProperty(LayeredOptions.RANDOM_SEED, 1);
    root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
    // Nodes go in in flow order and cycles are broken by that order, so the edges ELK reverses
    // are the ones that really go back (repeat contacts, retries) and the entry stays on the left.
    root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
    if (!whole) {
      // One crossing-minimisation sweep instead of seven, no greedy switching. Node placement stays
      // Brandes-Koepf: linear segments, tried first, spent minutes balancing 1,000 stages.
      root.setProperty(LayeredOptions.THOROUGHNESS, 1);
      root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
      root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
    }
    Map<String, ElkNode> created = new LinkedHashMap<>();
    for (Stage stage : view.flowOrder()) {
      ElkNode node = ElkGraphUtil.createNode(root);
      node.setIdentifier(stage.id());
      double[] wh = size.apply(stage);
      node.setDimensions(wh[0], wh[1]);
      if (stage.id().equals(view.journey().entry())) {
        node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
      }
      created.putIfAbsent(stage.id(), node);
    }
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    for (Stage stage : view.journey().stages()) {
      nodes.putIfAbsent(stage.id(), created.get(stage.id()));
    }
    List<ElkEdge> edges = new ArrayList<>();
    List<ElkLabel> labels = new ArrayList<>();
    List<Transition> transitions = view.journey().transitions();
    for (int index : kept) {
      Transition t = transitions.get(index);
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(t.from()), nodes.get(t.to()));
      ElkLabel label = null;
      if (whole || view.share(t) >= LABELLED_SHARE) {
        // Labels take part in the layout, so ELK leaves room for them between the layers.
        label = ElkGraphUtil.createLabel("transition " + index, edge);
        double[] wh = labelSize.apply(t);
        label.setDimensions(wh[0], wh[1]);
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      }
      edges.add(edge);
      labels.add(label);
    }
    List<Integer> indexes = new ArrayList<>(kept);
    for (int j = 0; j < extra.size(); j++) {
      ExtraEdge e = extra.get(j);
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(e.from()), nodes.get(e.to()));
      ElkLabel label = ElkGraphUtil.createLabel("extra " + j, edge);
      label.setDimensions(e.labelWidth(), e.labelHeight());
      label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      edges.add(edge);
      labels.add(label);
      indexes.add(transitions.size() + j);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    List<NodeBox> boxes = new ArrayList<>();
    for (ElkNode node : nodes.values()) {
      boxes.add(new NodeBox(node.getIdentifier(), node.getX(), node.getY(), node.getWidth(), node.getHeight()));
    }
    List<EdgeRoute> routes = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      List<Point> points = new ArrayList<>();
      for (ElkEdgeSection section : edges.get(i).getSections()) {
        points.add(new Point(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
          points.add(new Point(bend.getX(), bend.getY()));
        }
        points.add(new Point(section.getEndX(), section.getEndY()));
      }
      ElkLabel label = labels.get(i);
      Point centre = label == null ? null
          : new Point(label.getX() + label.getWidth() / 2, label.getY() + label.getHeight() / 2);
      int index = indexes.get(i);
      routes.add(index < transitions.size()
          ? new EdgeRoute(index, transitions.get(index).from(), transitions.get(index).to(), points, centre)
          : new EdgeRoute(index, extra.get(index - transitions.size()).from(), extra.get(index - transitions.size()).to(),
              points, centre));
    }
    return new GraphLayout(root.getWidth(), root.getHeight(), boxes, routes, false,
        transitions.size() - kept.size());
  }

  /**
   * Columns by the longest chain of forward transitions from the entry ({@link JourneyView#layer}), so
   * every forward transition goes right; stages stacked in each column in file order, straight
   * edges. Written here rather than taken from ELK because it is the answer for graphs too large
   * for ELK to lay out in reasonable time; it is linear in the size of the graph.
   */
  static GraphLayout simpleLayers(JourneyView view, Function<Stage, double[]> size) {
    return simpleLayers(view, size, List.of());
  }

  static GraphLayout simpleLayers(JourneyView view, Function<Stage, double[]> size, List<ExtraEdge> extra) {
    Map<Integer, Double> columnY = new HashMap<>();
    Map<Integer, Double> columnWidth = new HashMap<>();
    Map<String, double[]> sizes = new HashMap<>();
    int maxLayer = 0;
    for (Stage stage : view.journey().stages()) {
      double[] wh = size.apply(stage);
      sizes.put(stage.id(), wh);
      int layer = view.layer(stage.id());
      maxLayer = Math.max(maxLayer, layer);
      columnWidth.merge(layer, wh[0], Math::max);
    }
    double[] columnX = new double[maxLayer + 2];
    columnX[0] = MARGIN;
    for (int layer = 1; layer <= maxLayer + 1; layer++) {
      columnX[layer] = columnX[layer - 1] + columnWidth.getOrDefault(layer - 1, 0.0) + 70;
    }
    List<NodeBox> boxes = new ArrayList<>();
    Map<String, NodeBox> byId = new HashMap<>();
    double height = 0;
    for (Stage stage : view.journey().stages()) {
      int layer = view.layer(stage.id());
      double y = columnY.getOrDefault(layer, MARGIN);
      double[] wh = sizes.get(stage.id());
      NodeBox box = new NodeBox(stage.id(), columnX[layer], y, wh[0], wh[1]);
      boxes.add(box);
      byId.putIfAbsent(stage.id(), box);
      columnY.put(layer, y + wh[1] + 20);
      height = Math.max(height, y + wh[1]);
    }
    List<EdgeRoute> routes = new ArrayList<>();
    List<Transition> transitions = view.journey().transitions();
    for (int i = 0; i < transitions.size(); i++) {
      NodeBox from = byId.get(transitions.get(i).from());
      NodeBox to = byId.get(transitions.get(i).to());
      Point start = new Point(from.x() + from.width(), from.y() + from.height() / 2);
      Point end = new Point(to.x(), to.y() + to.height() / 2);
      routes.add(new EdgeRoute(i, from.stageId(), to.stageId(), List.of(start, end),
          new Point((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)));
    }
    for (int j = 0; j < extra.size(); j++) {
      NodeBox from = byId.get(extra.get(j).from());
      NodeBox to = byId.get(extra.get(j).to());
      Point start = new Point(from.x() + from.width(), from.y() + from.height() / 2);
      Point end = new Point(to.x(), to.y() + to.height() / 2);
      routes.add(new EdgeRoute(transitions.size() + j, from.stageId(), to.stageId(), List.of(start, end),
          new Point((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)));
    }
    return new GraphLayout(columnX[maxLayer + 1] - 70 + MARGIN, height + MARGIN, boxes, routes, true, 0);
  }
}
