package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

  @Test
  void printsTheSchemaOfTheDocsFromTheJar() throws Exception {
    CliRun run = CliRun.of("schema");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.readString(Path.of("../docs/slippers.schema.json")), run.out());
    assertEquals("", run.err());
  }
}
