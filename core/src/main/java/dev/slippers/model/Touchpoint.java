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
 * @param initiatedBy who starts this contact: {@link #CUSTOMER} (the default) or {@link #BUSINESS}
 *                   (a proactive push, a courier the customer booked); a change of channel into a
 *                   touchpoint the business initiates is not friction
 * @param events     names or glob patterns of event-log activities that belong to this touchpoint's
 *                   stage ({@code docs/evidence.md}); empty: an activity equal to the id maps there
 * @param source     where the duration comes from when it was measured, e.g. {@code events
 *                   2026-09-01..2026-10-31, median of 23950 cases}; empty when not given
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
    List<String> support,
    String initiatedBy,
    List<String> events,
    String source) {

  public static final String CUSTOMER = "customer";
  public static final String BUSINESS = "business";

  public Touchpoint {
    evidence = List.copyOf(evidence);
    frontstage = List.copyOf(frontstage);
    backstage = List.copyOf(backstage);
    support = List.copyOf(support);
    events = List.copyOf(events);
  }

  /** A touchpoint whose duration names no source. */
  public Touchpoint(String id, Optional<String> channel, String actor, String action, Optional<Duration> duration,
      Optional<Emotion> emotion, String thought, List<String> evidence, List<String> frontstage,
      List<String> backstage, List<String> support, String initiatedBy, List<String> events) {
    this(id, channel, actor, action, duration, emotion, thought, evidence, frontstage, backstage, support, initiatedBy,
        events, "");
  }

  /** The same touchpoint with another duration and its source. */
  public Touchpoint withDuration(Optional<Duration> newDuration, String newSource) {
    return new Touchpoint(id, channel, actor, action, newDuration, emotion, thought, evidence, frontstage, backstage,
        support, initiatedBy, events, newSource);
  }

  /** A touchpoint without a list of event-log activities. */
  public Touchpoint(String id, Optional<String> channel, String actor, String action, Optional<Duration> duration,
      Optional<Emotion> emotion, String thought, List<String> evidence, List<String> frontstage,
      List<String> backstage, List<String> support, String initiatedBy) {
    this(id, channel, actor, action, duration, emotion, thought, evidence, frontstage, backstage, support, initiatedBy,
        List.of());
  }

  /** A touchpoint the customer initiates. */
  public Touchpoint(String id, Optional<String> channel, String actor, String action, Optional<Duration> duration,
      Optional<Emotion> emotion, String thought, List<String> evidence, List<String> frontstage,
      List<String> backstage, List<String> support) {
    this(id, channel, actor, action, duration, emotion, thought, evidence, frontstage, backstage, support, CUSTOMER);
  }

  /** True when the business starts this contact, so that reaching the customer on its channel is no forced switch. */
  public boolean businessInitiated() {
    return BUSINESS.equals(initiatedBy);
  }

  /** True when any service-blueprint lane is filled. */
  public boolean hasBlueprint() {
    return !evidence.isEmpty() || !frontstage.isEmpty() || !backstage.isEmpty() || !support.isEmpty();
  }
}
