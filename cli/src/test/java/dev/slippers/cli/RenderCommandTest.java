package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  private static final String JOURNEY = """
      slippers: 1
      id: pizza
      title: Pizza <b>tonight</b>
      stages:
        - id: order
          name: Orders in the app
          touchpoints:
            - {id: tap, channel: app, action: Taps order, emotion: 1}
          pain_points:
            - {id: slow, description: The courier is late, severity: 4, frequency: 20%}
        - {id: eat, name: Eats, outcome: success}
        - {id: gone, name: Leaves, outcome: failure}
      channels:
        - {id: app, name: App}
      transitions:
        - {from: order, to: eat, share: 90%}
        - {from: order, to: gone}
      """;

  @TempDir Path dir;

  @Test
  void writesEveryFormatForEachJourneyOfAFolder() throws Exception {
    Path journeys = Files.createDirectories(dir.resolve("journeys"));
    Files.writeString(journeys.resolve("pizza.yaml"), JOURNEY);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("render", journeys.toString(), "-o", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(List.of("pizza-graph.svg", "pizza.html", "pizza.png", "pizza.svg"), list(out));
    assertTrue(run.out().contains(out.resolve("pizza.svg").toString()), run.out());
    String svg = Files.readString(out.resolve("pizza.svg"));
    assertTrue(svg.contains("id=\"touchpoint-tap\""));
    assertTrue(svg.contains("Pizza &lt;b&gt;tonight&lt;/b&gt;"), "title escaped");
    if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
      assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
          Files.getPosixFilePermissions(out.resolve("pizza.svg"))), "outputs are readable by others");
    }
    byte[] png = Files.readAllBytes(out.resolve("pizza.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
  }

  @Test
  void outputIsByteIdenticalFromRunToRun() throws Exception {
    Path file = Files.writeString(dir.resolve("pizza.yaml"), JOURNEY);
    CliRun.of("render", file.toString(), "-o", dir.resolve("a").toString(), "--format", "svg,graph,png,graph-png,html");
    CliRun.of("render", file.toString(), "-o", dir.resolve("b").toString(), "--format", "svg,graph,png,graph-png,html");
    List<String> names = list(dir.resolve("a"));
    assertEquals(5, names.size(), names.toString());
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)), Files.readAllBytes(dir.resolve("b").resolve(name)),
          name + " differs between runs");
    }
  }

  @Test
  void formatsAndPngWidthAreHonoured() throws Exception {
    Path file = Files.writeString(dir.resolve("pizza.yaml"), JOURNEY);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("render", file.toString(), "-o", out.toString(), "--format", "png,graph-png", "--png-width", "400");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(List.of("pizza-graph.png", "pizza.png"), list(out));
    var image = javax.imageio.ImageIO.read(out.resolve("pizza.png").toFile());
    assertEquals(400, image.getWidth());
  }

  @Test
  void anInvalidJourneyIsReportedAndExitsOne() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "slippers: 1\nid: bad\ntitle: Bad\nstages:\n  - {id: a, name: A}\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("render", file.toString(), "-o", out.toString());
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    assertTrue(run.err().contains(file + ":5:"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(out.resolve("bad.svg")));
  }

  @Test
  void aPngTooLargeToDrawIsRefusedWithAHint() throws Exception {
    Path file = Files.writeString(dir.resolve("pizza.yaml"), JOURNEY);
    CliRun run = CliRun.of("render", file.toString(), "-o", dir.resolve("out").toString(), "--format", "png",
        "--png-width", "20000");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.err());
    assertTrue(run.err().contains("pizza: the PNG would be 20000 x "), run.err());
    assertTrue(run.err().contains("choose a smaller --png-width"), run.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("pizza.yaml"), JOURNEY);
    CliRun run = CliRun.of("render", file.toString(), "-o", dir.toString(), "--format", "pdf");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().contains("unknown format 'pdf'"), run.err());
  }

  @Test
  void neverOverwritesAnInput() throws Exception {
    String other = JOURNEY.replace("id: pizza", "id: other");
    Path file = Files.writeString(dir.resolve("pizza.svg"), other);
    Path yaml = Files.writeString(dir.resolve("pizza.yaml"), JOURNEY);
    // pizza.yaml's map would be pizza.svg, which is itself an input (a journey in an odd file name).
    CliRun run = CliRun.of("render", yaml.toString(), dir.resolve("pizza.svg").toString(), "-o", dir.toString(),
        "--format", "svg");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("is one of the inputs"), run.err());
    assertEquals(other, Files.readString(file));
  }

  /** The outputs in a folder, without the list of them and the lock that the folder keeps ({@link OutputFolder#MANIFEST}). */
  private static List<String> list(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(OutputFolder.MANIFEST) && !n.equals(OutputFolder.LOCK)).sorted().toList();
    }
  }
}
