package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  private Path write(String name, String yaml) throws Exception {
    return Files.writeString(dir.resolve(name), yaml);
  }

  @Test
  void aValidJourneyIsConfirmedOnStandardErrorAndExitsZero() throws Exception {
    Path file = write("ok.yaml", "slippers: 1\nid: ok\ntitle: OK\nstages:\n  - {id: a, name: A, outcome: success}\n");
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals("ok: 1 journey valid, 0 warnings\n", run.err());
    CliRun quiet = CliRun.of("validate", "-q", file.toString());
    assertEquals(ExitCode.OK, quiet.exitCode());
    assertEquals("", quiet.out() + quiet.err());
  }

  @Test
  void problemsArePrintedCompilerStyleAndExitOne() throws Exception {
    Path file = write("bad.yaml", "slippers: 1\nid: bad\ntitle: Bad\nstages:\n  - {id: a, name: A, outcom: success}\n");
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    assertTrue(run.out().contains(file + ":5:22: error: unknown key 'outcom' in stage (did you mean 'outcome'?) [key.unknown]\n"),
        run.out());
    assertTrue(run.err().contains("error(s)"));
  }

  @Test
  void warningsAloneKeepTheExitCodeZero() throws Exception {
    Path file = write("warn.yaml", "slippers: 1\nid: w\ntitle: W\nstages:\n"
        + "  - {id: a, name: A, outcome: success, metrics: {csat: 4.1}}\n");
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.OK, run.exitCode());
    assertTrue(run.out().contains("warning: metric 'csat' of stage 'a' has no target"), run.out());
  }

  @Test
  void jsonListsEveryProblemWithItsPosition() throws Exception {
    write("bad.yaml", "slippers: 1\nid: bad\ntitle: Bad\nstages:\n  - {id: a, name: A}\n");
    CliRun run = CliRun.of("validate", "--format", "json", dir.toString());
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertFalse(json.get("valid").asBoolean());
    JsonNode problem = json.get("files").get(0).get("problems").get(0);
    assertEquals("stage.no-outcome", problem.get("rule").asText());
    assertEquals(5, problem.get("line").asInt());
    assertEquals(3, problem.get("column").asInt());
  }

  @Test
  void jsonEndsWithOneNewlineSoShellsAndDiffsStayTidy() throws Exception {
    Path file = write("ok.yaml", "slippers: 1\nid: ok\ntitle: OK\nstages:\n  - {id: a, name: A, outcome: success}\n");
    CliRun run = CliRun.of("validate", "--format", "json", file.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().endsWith("}\n"), run.out());
    assertFalse(run.out().endsWith("\n\n") || run.out().contains("\r"), run.out());
    assertTrue(new ObjectMapper().readTree(run.out()).get("valid").asBoolean());
  }

  @Test
  void aMissingPathIsAUsageError() {
    CliRun run = CliRun.of("validate", dir.resolve("nope.yaml").toString());
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().contains("no such file or folder"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithoutAStackTrace() {
    CliRun run = CliRun.of("validate", "--colour", "x.yaml");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.of("validate", "--help");
    assertEquals(ExitCode.OK, run.exitCode());
    assertTrue(run.out().contains("Exit codes:"), run.out());
    assertTrue(run.out().contains("Usage error"), run.out());
  }
}
