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
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code reference.unknown}: every id a journey refers to (stages in transitions and {@code entry},
 * channels, personas, touchpoints of pain points, pain points of opportunities) is declared.
 */
final class UnknownReferences implements Rule {

  @Override
  public void check(Journey journey, SourceMap sources, Consumer<Diagnostic> report) {
    Set<String> stages = ids(journey.stages().stream().map(Stage::id).toList());
    Set<String> channels = ids(journey.channels().stream().map(c -> c.id()).toList());
    Set<String> personas = ids(journey.personas().stream().map(p -> p.id()).toList());
    Set<String> pains = ids(journey.painPoints().stream().map(PainPoint::id).toList());

    if (!journey.entry().isEmpty() && !stages.contains(journey.entry())) {
      unknown(report, sources.at("/entry"), "stage", journey.entry(), stages);
    }
    journey.persona().filter(p -> !personas.contains(p))
        .ifPresent(p -> unknown(report, sources.at("/persona"), "persona", p, personas));
    for (Transition transition : journey.transitions()) {
      if (!transition.from().isEmpty() && !stages.contains(transition.from())) {
        unknown(report, sources.of(transition, "from"), "stage", transition.from(), stages);
      }
      if (!transition.to().isEmpty() && !stages.contains(transition.to())) {
        unknown(report, sources.of(transition, "to"), "stage", transition.to(), stages);
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

  private static void unknown(Consumer<Diagnostic> report, SourceRef where, String kind, String id,
      Collection<String> known) {
    report.accept(Diagnostic.error("reference.unknown", where, "unknown " + kind + " '" + id + "'",
        Suggestions.hint(id, known, kind.equals("pain point") ? "pain points" : kind + "s")));
  }

  private static Set<String> ids(Collection<String> ids) {
    return ids.stream().collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
