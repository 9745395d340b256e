package dev.slippers.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the bundled journeys and the schema live: the repository root, found by walking up from the working folder. */
final class Corpus {

  private Corpus() {}

  /** The folder that holds both {@code journeys/} and {@code pom.xml}. */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("journeys")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no folder holding journeys/ and pom.xml above " + Path.of("").toAbsolutePath());
  }

  static Path journeys() {
    return root().resolve("journeys");
  }

  /** Every YAML file of the bundled corpus, journeys and catalogues, sorted. */
  static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(journeys())) {
      return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
    }
  }
}
