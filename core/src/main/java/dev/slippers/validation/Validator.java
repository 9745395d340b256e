package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.Catalogue;
import dev.slippers.io.SourceMap;
import dev.slippers.model.Journey;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a journey or a catalogue. The loader calls it; so may tests. */
public final class Validator {

  private static final List<Rule> RULES = List.of(
      new DuplicateIds(),
      new UnknownReferences(),
      new SharesOverTotal(),
      new CountsOverDepartures(),
      new OutcomeTransitions(),
      new SuspiciousOutcomes(),
      new Reachability(),
      new PainEffects(),
      new EconomicsOutcomes(),
      new MetricTargets());

  private Validator() {}

  public static List<Diagnostic> checkJourney(Journey journey, SourceMap sources) {
    List<Diagnostic> found = new ArrayList<>();
    JourneyIndex index = new JourneyIndex(journey);
    for (Rule rule : RULES) {
      rule.check(journey, index, sources, found::add);
    }
    return found;
  }

  public static List<Diagnostic> checkCatalogue(Catalogue catalogue, SourceMap sources) {
    List<Diagnostic> found = new ArrayList<>();
    DuplicateIds.check(catalogue.personas(), dev.slippers.model.Persona::id, "persona", sources, found::add);
    DuplicateIds.check(catalogue.channels(), dev.slippers.model.Channel::id, "channel", sources, found::add);
    return found;
  }
}
