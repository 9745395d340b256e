package dev.slippers.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One meeting of customer and business within a stage.
 *
 * @param id         unique among the journey's touchpoints
 * @param channel    id of the channel, empty when not given
 * @param actor      who acts: {@code customer}, {@code staff}, {@code system} or free text
 * @param action     what happens, free text
 * @param duration   how long it takes, empty when not given
 * @param emotion    how it feels, empty when not given
 * @param thought    what the customer thinks, may be empty
 * @param evidence   service blueprint: what the customer sees or keeps (screens, receipts)
 * @param frontstage service blueprint: visible actions of staff and interfaces
 * @param backstage  service blueprint: invisible actions of staff
 * @param support    service blueprint: systems and processes behind them
 */
public record Touchpoint(
    String id,
    Optional<String> channel,
    String actor,
    String action,
    Optional<Duration> duration,
    Optional<Emotion> emotion,
    String thought,
    List<String> evidence,
    List<String> frontstage,
    List<String> backstage,
    List<String> support) {

  public Touchpoint {
    evidence = List.copyOf(evidence);
    frontstage = List.copyOf(frontstage);
    backstage = List.copyOf(backstage);
    support = List.copyOf(support);
  }

  /** True when any service-blueprint lane is filled. */
  public boolean hasBlueprint() {
    return !evidence.isEmpty() || !frontstage.isEmpty() || !backstage.isEmpty() || !support.isEmpty();
  }
}
