package dev.slippers.validation;

import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.List;
import java.util.Map;

/**
 * What several rules look up in the same journey, computed once per validation and only when a
 * rule asks: stages by id, transitions by the stage they leave, and the misspelt stage references.
 * Each rule used to build its own (about 10 ms per map at 10,000 stages, and the misspelt references
 * twice). The maps are shared between rules, so rules must not change them.
 */
final class JourneyIndex {

  private final Journey journey;
  private Map<String, Stage> stagesById;
  private Map<String, List<Transition>> outgoingByStage;
  private MisspeltStages misspelt;

  JourneyIndex(Journey journey) {
    this.journey = journey;
  }

  /** {@link Journey#stagesById()}: in file order, the first stage wins where an id is repeated. */
  Map<String, Stage> stagesById() {
    if (stagesById == null) {
      stagesById = journey.stagesById();
    }
    return stagesById;
  }

  /** {@link Journey#outgoingByStage()}: transitions leaving each stage id, in file order. */
  Map<String, List<Transition>> outgoingByStage() {
    if (outgoingByStage == null) {
      outgoingByStage = journey.outgoingByStage();
    }
    return outgoingByStage;
  }

  MisspeltStages misspelt() {
    if (misspelt == null) {
      misspelt = MisspeltStages.of(journey, stagesById());
    }
    return misspelt;
  }
}
