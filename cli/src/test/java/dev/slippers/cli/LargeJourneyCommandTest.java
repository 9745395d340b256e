package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.JourneyWriter;
import dev.slippers.synthetic.SyntheticJourneys;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journeys far larger than a hand-written one go through the commands as files: 10,000 stages
 * (about 6 MB of YAML, over the old 10 MiB limit's shape of generated journeys at 23,000 stages)
 * validate and analyse; a file over the documented limit is refused before it is read, with the
 * limit in the message and exit code 1. Speed is measured by {@code slippers bench}, not here.
 */
class LargeJourneyCommandTest {

  @TempDir Path dir;

  @Test
  void tenThousandStagesValidateAndAnalyse() throws Exception {
    Path file = Files.writeString(dir.resolve("big.yaml"), JourneyWriter.write(SyntheticJourneys.generate(10_000, 1)));
    CliRun validate = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.OK, validate.exitCode(), validate.err());
    CliRun analyze = CliRun.of("analyze", "--format", "json", file.toString());
    assertEquals(ExitCode.OK, analyze.exitCode(), analyze.err());
    JsonNode json = new ObjectMapper().readTree(analyze.out());
    assertEquals(10_000, json.get("stages").size(), "one friction entry per stage");
  }

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimit() throws Exception {
    Path file = dir.resolve("huge.yaml");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(JourneyLoader.MAX_FILE_BYTES + 1);
    }
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.PROBLEMS, run.exitCode(), run.err());
    assertTrue(run.out().contains(file + ": error: the file is larger than 128 MiB (that is the documented limit "
        + "(docs/format.md, yaml.limits); split the journey into several files, each under it) [yaml.limits]"), run.out());
    assertTrue(!run.err().contains("Exception"), run.err());
  }
}
