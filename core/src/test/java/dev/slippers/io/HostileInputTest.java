package dev.slippers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.model.Journey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files end in one clear problem naming the file, not in an exception, a hang or an
 * exhausted heap. The timeouts only guard against hangs; they measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

  @TempDir Path dir;

  private Diagnostic onlyProblem(Path file) {
    List<Diagnostic> problems = new JourneyLoader(dir).load(file).diagnostics();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).isError());
    assertTrue(problems.get(0).format().startsWith(file.toString()), problems.get(0).format());
    return problems.get(0);
  }

  @Test
  void anAliasBombIsStoppedByTheNodeBudget() throws IOException {
    StringBuilder yaml = new StringBuilder("slippers: 1\nid: bomb\ntitle: Bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 12; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    Path file = Files.writeString(dir.resolve("bomb.yaml"), yaml);
    Diagnostic problem = onlyProblem(file);
    assertEquals("yaml.limits", problem.ruleId());
    assertTrue(problem.message().contains("expands to more than"), problem.message());
  }

  @Test
  void deepNestingIsRefused() throws IOException {
    String yaml = "slippers: 1\nid: deep\ntitle: Deep\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    Diagnostic problem = onlyProblem(Files.writeString(dir.resolve("deep.yaml"), yaml));
    assertEquals("yaml.limits", problem.ruleId(), problem.format());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    Path file = dir.resolve("huge.yaml");
    // Sparse where the file system allows: the size is checked before a byte is read.
    try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(JourneyLoader.MAX_FILE_BYTES + 1);
    }
    Diagnostic problem = onlyProblem(file);
    assertEquals("yaml.limits", problem.ruleId());
    assertTrue(problem.message().contains("larger than 128 MiB"), problem.message());
  }

  @Test
  void binaryGarbageIsNamedAsSuch() throws IOException {
    byte[] garbage = new byte[4096];
    new Random(1).nextBytes(garbage);
    Diagnostic problem = onlyProblem(Files.write(dir.resolve("garbage.yaml"), garbage));
    assertEquals("file.binary", problem.ruleId());
  }

  @Test
  void textInAnotherEncodingIsNamedAsSuch() throws IOException {
    byte[] latin1 = "slippers: 1\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("file.binary", onlyProblem(Files.write(dir.resolve("latin1.yaml"), latin1)).ruleId());
  }

  @Test
  void aFolderGivenAsAFileIsNamedAsSuch() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
    Diagnostic problem = onlyProblem(folder);
    assertEquals("file.unreadable", problem.ruleId());
    assertTrue(problem.message().contains("folder"));
  }

  @Test
  void emptyAndScalarFilesAreNotJourneys() throws IOException {
    assertEquals("yaml.syntax", onlyProblem(Files.writeString(dir.resolve("empty.yaml"), "")).ruleId());
    assertEquals("value.type", onlyProblem(Files.writeString(dir.resolve("scalar.yaml"), "hello\n")).ruleId());
  }

  @Test
  void twoDocumentsInOneFileAreRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("two.yaml"),
        "slippers: 1\nid: a\ntitle: A\nstages: [{id: a, name: A, outcome: success}]\n---\nid: b\n");
    Diagnostic problem = onlyProblem(file);
    assertEquals("yaml.syntax", problem.ruleId());
    assertEquals(6, problem.where().line(), "the first line of the second document");
  }

  @Test
  void anUnknownAliasIsReported() throws IOException {
    Path file = Files.writeString(dir.resolve("alias.yaml"),
        "slippers: 1\nid: a\ntitle: *nothing\nstages: [{id: a, name: A, outcome: success}]\n");
    List<Diagnostic> problems = new JourneyLoader(dir).load(file).diagnostics();
    assertTrue(problems.stream().anyMatch(p -> p.message().contains("*nothing")), problems.toString());
  }

  @Test
  void anAliasOfAScalarStandsForItsText() throws IOException {
    // Jackson's parser does not report scalar anchors; an alias of one used to "refer to no anchor".
    Path file = Files.writeString(dir.resolve("scalar-alias.yaml"), """
        slippers: 1
        id: a
        title: &t Shirt for a party
        description: *t
        stages:
          - {id: a, name: &n Looks for a shirt}
          - {id: b, name: *n, outcome: success}
        transitions:
          - {from: a, to: b}
        """);
    LoadResult result = new JourneyLoader(dir).load(file);
    assertTrue(result.diagnostics().stream().noneMatch(d -> d.message().contains("anchor")), result.diagnostics().toString());
    Journey journey = result.validJourney().orElseThrow(() -> new AssertionError(result.diagnostics()));
    assertEquals("Shirt for a party", journey.description());
    assertEquals("Looks for a shirt", journey.stages().get(1).name());
  }
}
