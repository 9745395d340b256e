package dev.slippers.render.graph;

import java.util.List;

/**
 * The stage graph as pure geometry: where each stage's box is and which points each transition
 * passes through. Built by {@link StageGraphLayout}, drawn by {@link StageGraphSvg}.
 *
 * @param width      width of the drawing
 * @param height     height of the drawing
 * @param nodes      one box per stage, in file order
 * @param edges      one route per transition, in file order
 * @param simplified true when the graph was too large for ELK and was laid out in plain layers
 * @param collapsed  transitions left out of a large graph (small shares), not drawn
 */
public record GraphLayout(double width, double height, List<NodeBox> nodes, List<EdgeRoute> edges, boolean simplified,
    int collapsed) {

  public GraphLayout {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** A stage's box, top-left corner and size. */
  public record NodeBox(String stageId, double x, double y, double width, double height) {}

  /**
   * The route of one transition.
   *
   * @param index  the transition's position in the journey's list
   * @param from   source stage id
   * @param to     target stage id
   * @param points from the source's border to the target's border, at least two
   * @param label  centre of the edge's label, placed by the layout so that it overlaps no stage; null
   *     when the edge has no label (small shares in a large graph)
   */
  public record EdgeRoute(int index, String from, String to, List<Point> points, Point label) {

    public EdgeRoute {
      points = List.copyOf(points);
    }
  }

  /** A point of the drawing. */
  public record Point(double x, double y) {}
}
