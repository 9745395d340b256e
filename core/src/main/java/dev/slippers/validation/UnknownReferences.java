package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.diagnostic.SourceRef;
import dev.slippers.io.SourceMap;
import dev.slippers.io.Suggestions;
import dev.slippers.model.Journey;
import dev.slippers.model.Opportunity;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code reference.unknown}: every id a journey refers to (stages in transitions and {@code entry},
 * channels, personas, touchpoints of pain points, pain points of opportunities) is declared.
 */
final class UnknownReferences implements Rule {

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    Set<String> stages = ids(journey.stages().stream().map(Stage::id).toList());
    Set<String> channels = ids(journey.channels().stream().map(c -> c.id()).toList());
    Set<String> personas = ids(journey.personas().stream().map(p -> p.id()).toList());
    Set<String> pains = ids(journey.painPoints().stream().map(PainPoint::id).toList());

    // Without any stage every stage reference is unknown; the missing stages are reported, once.
    boolean noStages = stages.isEmpty();
    if (!noStages && !journey.entry().isEmpty() && !stages.contains(journey.entry())) {
      unknown(report, sources.at("/entry"), "stage", journey.entry(), stages);
    }
    journey.persona().filter(p -> !personas.contains(p))
        .ifPresent(p -> unknown(report, sources.at("/persona"), "persona", p, personas));
    MisspeltStages misspelt = index.misspelt();
    for (Transition transition : noStages ? List.<Transition>of() : journey.transitions()) {
      for (String field : List.of("from", "to")) {
        String id = field.equals("from") ? transition.from() : transition.to();
        if (!id.isEmpty() && !stages.contains(id)) {
          String hint = Suggestions.hint(id, stages, "stages") + misspelt.consequenceOf(transition, field)
              .map(UnknownReferences::consequences).orElse("");
          report.accept(Diagnostic.error("reference.unknown", sources.of(transition, field),
              "unknown stage '" + id + "'" + dev.slippers.io.LookAlikes.describe(id, Suggestions.closest(id, stages)), hint));
        }
      }
    }
    for (Stage stage : journey.stages()) {
      Set<String> ownTouchpoints = ids(stage.touchpoints().stream().map(Touchpoint::id).toList());
      for (Touchpoint touchpoint : stage.touchpoints()) {
        touchpoint.channel().filter(c -> !channels.contains(c))
            .ifPresent(c -> unknown(report, sources.of(touchpoint, "channel"), "channel", c, channels));
        touchpoint.emotion().ifPresent(emotion -> emotion.perPersona().keySet().stream()
            .filter(p -> !personas.contains(p))
            .forEach(p -> report.accept(Diagnostic.error("reference.unknown",
                sources.keyAt(sources.pointer(touchpoint) + "/emotion/" + SourceMap.segment(p)),
                "unknown persona '" + p + "' in the emotion of touchpoint '" + touchpoint.id() + "'",
                Suggestions.hint(p, personas, "personas")))));
      }
      for (PainPoint pain : stage.painPoints()) {
        pain.touchpoint().filter(t -> !ownTouchpoints.contains(t)).ifPresent(t -> {
          String elsewhere = journey.stages().stream()
              .filter(s -> s.touchpoints().stream().anyMatch(tp -> tp.id().equals(t)))
              .map(Stage::id).findFirst().orElse("");
          String hint = elsewhere.isEmpty()
              ? Suggestions.hint(t, ownTouchpoints, "touchpoints of stage '" + stage.id() + "'")
              : "it belongs to stage '" + elsewhere + "'; move the pain point there";
          report.accept(Diagnostic.error("reference.unknown", sources.of(pain, "touchpoint"),
              "stage '" + stage.id() + "' has no touchpoint '" + t + "'", hint));
        });
      }
      for (Opportunity opportunity : stage.opportunities()) {
        for (int i = 0; i < opportunity.addresses().size(); i++) {
          String pain = opportunity.addresses().get(i);
          if (!pains.contains(pain)) {
            unknown(report, sources.of(opportunity, "addresses", i), "pain point", pain, pains);
          }
        }
      }
    }
  }

  /** What a misspelt reference cuts off, for its hint: " Until it is fixed, 11 stages cannot be reached ...". */
  private static String consequences(MisspeltStages.Consequence consequence) {
    List<String> parts = new java.util.ArrayList<>();
    List<String> unreachable = consequence.unreachable();
    if (unreachable.size() == 1) {
      parts.add("stage '" + unreachable.get(0) + "' cannot be reached from the entry");
    } else if (!unreachable.isEmpty()) {
      parts.add(unreachable.size() + " stages cannot be reached from the entry: " + list(unreachable));
    }
    List<String> noOutcome = consequence.noOutcome();
    if (noOutcome.size() == 1) {
      parts.add("no outcome can be reached from stage '" + noOutcome.get(0) + "'");
    } else if (!noOutcome.isEmpty()) {
      parts.add("no outcome can be reached from " + noOutcome.size() + " stages: " + list(noOutcome));
    }
    return " Until it is fixed, " + String.join("; and ", parts);
  }

  private static String list(List<String> ids) {
    int shown = Math.min(ids.size(), 8);
    return String.join(", ", ids.subList(0, shown)) + (ids.size() > shown ? " and " + (ids.size() - shown) + " more" : "");
  }

  private static void unknown(Consumer<Diagnostic> report, SourceRef where, String kind, String id,
      Collection<String> known) {
    report.accept(Diagnostic.error("reference.unknown", where, "unknown " + kind + " '" + id + "'"
        + dev.slippers.io.LookAlikes.describe(id, Suggestions.closest(id, known)),
        Suggestions.hint(id, known, kind.equals("pain point") ? "pain points" : kind + "s")));
  }

  private static Set<String> ids(Collection<String> ids) {
    return ids.stream().collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
