package dev.slippers.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --root} option of every command that reads journeys (a picocli mixin). */
final class JourneyRoot {

  @Option(names = "--root", paramLabel = "DIR",
      description = "The journeys' root, which includes may not leave (default: the folder given, or each file's folder).")
  private Path root;

  /** The root given, or null for the default that {@link JourneyFiles#loadAll} applies. */
  Path path() {
    return root;
  }
}
