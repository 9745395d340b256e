package dev.slippers.render.graph;

import java.util.List;
import java.util.Map;

/**
 * What a caller knows beside the journey and wants on its stage graph, such as the shares and times an
 * event log shows ({@code slippers calibrate -o}): the graph draws the journey as always and prints
 * these where they belong. {@link #NONE} draws the plain graph.
 *
 * @param transitions by a transition's position in the journey's list, the label printed in place of
 *                    its own (share and label)
 * @param stages      by stage id, lines printed under the stage's figures
 * @param legend      printed in place of the legend's word on shares; empty keeps it
 * @param extra       edges the journey lacks, drawn dashed in their own colour after its own (such as
 *                    moves an event log shows that nobody drew); those between unknown stages are skipped
 * @param extraLegend the legend's entry for the extra edges, shown when there are any
 */
public record GraphNotes(Map<Integer, EdgeNote> transitions, Map<String, List<String>> stages, String legend,
    List<ExtraEdge> extra, String extraLegend) {

  /** No notes: the plain stage graph. */
  public static final GraphNotes NONE = new GraphNotes(Map.of(), Map.of(), "");

  public GraphNotes {
    transitions = Map.copyOf(transitions);
    stages = Map.copyOf(stages);
    extra = List.copyOf(extra);
  }

  /** Notes on the journey's own stages and transitions only. */
  public GraphNotes(Map<Integer, EdgeNote> transitions, Map<String, List<String>> stages, String legend) {
    this(transitions, stages, legend, List.of(), "");
  }

  /**
   * An edge the journey does not have.
   *
   * @param from a stage id
   * @param to   a stage id
   * @param text its label, lines apart by {@code \n}
   */
  public record ExtraEdge(String from, String to, String text) {}

  /**
   * A transition's label.
   *
   * @param text  the whole label, lines apart by {@code \n} (the graph adds the loop mark of a loop's
   *              transition; its tooltip joins the lines with " · ")
   * @param alert drawn in the colour of a missed target: the note calls for attention (drift)
   */
  public record EdgeNote(String text, boolean alert) {}
}
