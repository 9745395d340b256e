package dev.slippers.io;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.model.Journey;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What loading one file gave: a journey or a catalogue (as far as it could be read), every problem
 * found, sorted by position, and where each element was written.
 *
 * @param file        the file as the user named it
 * @param journey     the journey, when the file is one and could be read (even with problems)
 * @param catalogue   the catalogue, when the file is one
 * @param diagnostics every problem, errors and warnings, sorted by file, line and column
 * @param sources     positions of the journey's elements
 */
public record LoadResult(
    Path file, Optional<Journey> journey, Optional<Catalogue> catalogue, List<Diagnostic> diagnostics, SourceMap sources) {

  public LoadResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_PLACE).distinct().toList();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public boolean isCatalogue() {
    return catalogue.isPresent();
  }

  /** The journey when it has no errors: what analysis and rendering may safely use. */
  public Optional<Journey> validJourney() {
    return hasErrors() ? Optional.empty() : journey;
  }
}
