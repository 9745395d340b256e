package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.SourceMap;
import dev.slippers.model.Journey;
import java.util.function.Consumer;

/** One validation rule over a journey that has been read into the model. */
interface Rule {

  /**
   * Reports every finding of this rule; never stops at the first. {@code index} holds look-ups
   * shared by the rules of one validation of this journey.
   */
  void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report);
}
