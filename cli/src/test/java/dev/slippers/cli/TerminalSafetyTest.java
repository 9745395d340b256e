package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey cannot command the reviewer's terminal: whatever a command prints, control and escape
 * characters from the journey (C1 controls such as the one-character CSI U+009B, bidirectional
 * overrides, and ESC in the messages about an invalid file) come out escaped as {@code \}{@code u009b}.
 */
class TerminalSafetyTest {

  @TempDir Path dir;

  /**
   * Characters a terminal obeys, as YAML escapes (YAML refuses them raw); every one is XML-valid,
   * so the journey itself is valid.
   */
  private static final String CSI_CLEAR = "\\u009b2J";
  private static final String OSC_TITLE = "\\u009d0;owned\\u009c";
  private static final String RTL = "\\u202e";

  private static void assertNoRawControl(CliRun run) {
    String all = run.out() + run.err();
    for (char c : all.toCharArray()) {
      assertTrue(c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f) && c != 0x202e && c != 0x1b),
          "raw U+" + Integer.toHexString(c) + " in " + all);
    }
  }

  private Path journey(String name, String title, String stageName) throws Exception {
    String yaml = Files.readString(Path.of("../journeys/pizza-delivery.yaml"))
        .replace("title: Pizza delivered within the hour, or the next one is free", "title: \"" + title + "\"")
        .replace("name: Chooses pizzas in the app", "name: \"" + stageName + "\"");
    if (!Files.exists(dir.resolve("catalogue.yaml"))) {
      Files.copy(Path.of("../journeys/catalogue.yaml"), dir.resolve("catalogue.yaml"));
    }
    return Files.writeString(dir.resolve(name), yaml);
  }

  @Test
  void everyCommandPrintsAJourneysEscapeSequencesEscaped() throws Exception {
    Path before = journey("before.yaml", "Pizza " + OSC_TITLE, "Chooses " + CSI_CLEAR + " pizzas");
    Path after = journey("after.yaml", "Pizza " + RTL + " after", "Chooses " + RTL + " pizzas in the app");
    Path out = dir.resolve("out");
    List<CliRun> runs = List.of(
        CliRun.of("validate", before.toString()),
        CliRun.of("analyze", before.toString()),
        CliRun.of("analyze", before.toString(), "--format", "json"),
        CliRun.of("report", before.toString()),
        CliRun.of("diff", before.toString(), after.toString()),
        CliRun.of("diff", before.toString(), after.toString(), "--format", "json"),
        CliRun.of("walk", before.toString(), "-o", out.toString()),
        CliRun.of("render", before.toString(), "-o", out.toString()));
    for (CliRun run : runs) {
      assertEquals(0, run.exitCode(), run.out() + run.err());
      assertNoRawControl(run);
    }
    assertTrue(runs.get(3).out().contains("Pizza \\u009d0;owned\\u009c"), runs.get(3).out());
    assertTrue(runs.get(4).out().contains("\\u202e"), runs.get(4).out());
    // JSON stays JSON: the escape is a JSON escape.
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(runs.get(5).out());
  }

  @Test
  void messagesAboutAnInvalidFileQuoteItsEscapesEscaped() throws Exception {
    String yaml = "slippers: 1\nid: \"x\\e]0;owned\\a\"\ntitle: T\n\"\\e[8mhidden\": 1\nstages: []\n";
    Path file = Files.writeString(dir.resolve("bad\u001b[2J.yaml"), yaml);
    CliRun validate = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.PROBLEMS, validate.exitCode());
    assertNoRawControl(validate);
    assertTrue(validate.out().contains("'x\\u001b]0;owned\\u0007' is not a valid id"), validate.out());
    assertTrue(validate.out().contains("bad\\u001b[2J.yaml:"), validate.out());
    CliRun analyze = CliRun.of("analyze", file.toString());
    assertNoRawControl(analyze);
    assertFalse(analyze.err().isEmpty());
  }
}
