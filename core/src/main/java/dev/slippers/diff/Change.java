package dev.slippers.diff;

import java.util.List;

/**
 * One structural difference between two versions of a journey.
 *
 * @param kind    added, removed or changed
 * @param element what sort of element
 * @param id      the element's id; a transition's id is {@code from->to}, a metric's is its key
 * @param stageId the stage it belongs to, empty for stages and transitions
 * @param details for a change, one line per field that differs ("severity 4 -> 2"), in field order;
 *                empty for additions and removals
 */
public record Change(Kind kind, Element element, String id, String stageId, List<String> details) {

  public Change {
    details = List.copyOf(details);
  }

  /** Whether the element was added, removed or changed. */
  public enum Kind { ADDED, REMOVED, CHANGED }

  /** The sorts of element a diff compares, in the order a report lists them. */
  public enum Element { STAGE, TOUCHPOINT, PAIN_POINT, TRANSITION, METRIC }
}
