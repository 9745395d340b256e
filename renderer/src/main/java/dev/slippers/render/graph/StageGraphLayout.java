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
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
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
 * <p>ELK recurses deeply on large graphs, so it runs on a thread with a large stack. Above
 * {@link #ELK_LIMIT} stages it would take many seconds; such graphs get plain layers instead (see
 * {@link #simpleLayers}), and the picture says so.
 */
public final class StageGraphLayout {

  /**
   * Most stages laid out with ELK. Measured here on generated journeys (about two transitions per
   * stage, some of them long jumps and loops), with edge labels and orthogonal routing: 100 stages
   * about 1.5 s, 300 stages 4 to 8 s, 1,000 stages over 15 s. A graph of more than 150 stages is no
   * longer read as a picture anyway, so larger ones get plain layers at once.
   */
  public static final int ELK_LIMIT = 150;

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
    if (view.journey().stages().size() > ELK_LIMIT) {
      return simpleLayers(view, size);
    }
    AtomicReference<GraphLayout> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(elk(view, size, labelSize));
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

  private static GraphLayout elk(JourneyView view, Function<Stage, double[]> size,
      Function<Transition, double[]> labelSize) {
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
    for (Transition t : view.journey().transitions()) {
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(t.from()), nodes.get(t.to()));
      // Labels take part in the layout, so ELK leaves room for them between the layers.
      ElkLabel label = ElkGraphUtil.createLabel("transition " + edges.size(), edge);
      double[] wh = labelSize.apply(t);
      label.setDimensions(wh[0], wh[1]);
      label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      edges.add(edge);
      labels.add(label);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    List<NodeBox> boxes = new ArrayList<>();
    for (ElkNode node : nodes.values()) {
      boxes.add(new NodeBox(node.getIdentifier(), node.getX(), node.getY(), node.getWidth(), node.getHeight()));
    }
    List<EdgeRoute> routes = new ArrayList<>();
    List<Transition> transitions = view.journey().transitions();
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
      Point centre = new Point(label.getX() + label.getWidth() / 2, label.getY() + label.getHeight() / 2);
      routes.add(new EdgeRoute(i, transitions.get(i).from(), transitions.get(i).to(), points, centre));
    }
    return new GraphLayout(root.getWidth(), root.getHeight(), boxes, routes, false);
  }

  /**
   * Columns by the longest chain of forward transitions from the entry ({@link JourneyView#layer}), so
   * every forward transition goes right; stages stacked in each column in file order, straight
   * edges. Written here rather than taken from ELK because it is the answer for graphs too large
   * for ELK to lay out in reasonable time; it is linear in the size of the graph.
   */
  static GraphLayout simpleLayers(JourneyView view, Function<Stage, double[]> size) {
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
    return new GraphLayout(columnX[maxLayer + 1] - 70 + MARGIN, height + MARGIN, boxes, routes, true);
  }
}
