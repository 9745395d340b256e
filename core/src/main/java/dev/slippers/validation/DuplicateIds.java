package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.diagnostic.SourceRef;
import dev.slippers.io.SourceMap;
import dev.slippers.model.Channel;
import dev.slippers.model.Journey;
import dev.slippers.model.Opportunity;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Persona;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code id.duplicate}: every id is unique within its kind in one journey. */
final class DuplicateIds implements Rule {

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    check(journey.stages(), Stage::id, "stage", sources, report);
    check(journey.touchpoints(), Touchpoint::id, "touchpoint", sources, report);
    check(journey.painPoints(), PainPoint::id, "pain point", sources, report);
    check(journey.stages().stream().flatMap(s -> s.opportunities().stream()).toList(), Opportunity::id, "opportunity",
        sources, report);
    check(journey.personas(), Persona::id, "persona", sources, report);
    check(journey.channels(), Channel::id, "channel", sources, report);
  }

  static <T> void check(List<T> items, Function<T, String> id, String kind, SourceMap sources,
      Consumer<Diagnostic> report) {
    // Positions are looked up only for duplicates: looking one up for every element dominated this
    // rule on large journeys.
    Map<String, T> first = new HashMap<>();
    for (T item : items) {
      String value = id.apply(item);
      if (value.isEmpty()) {
        continue;
      }
      T firstItem = first.putIfAbsent(value, item);
      if (firstItem != null) {
        SourceRef here = sources.of(item, "id");
        SourceRef earlier = sources.of(firstItem, "id");
        String where = earlier.file().equals(here.file()) ? "line " + earlier.line() : earlier.toString();
        report.accept(Diagnostic.error("id.duplicate", here,
            "the " + kind + " id '" + value + "' is already used (" + where + ")",
            "give each " + kind + " its own id"));
      }
    }
  }
}
