package dev.slippers.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they seem: a pipe, a device, a symbolic link out of the root, includes
 * that go round. Each is a located problem, never a hang; the timeout only guards against one.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FilesAndIncludesTest {

  @TempDir Path dir;

  private static final String CATALOGUE = "slippers: 1\ncatalogue: shared\npersonas:\n  - {id: p, name: P}\n";

  private static String journey(String id, String include) {
    return "slippers: 1\nid: " + id + "\ntitle: T\ninclude: [" + include + "]\n"
        + "stages:\n  - id: a\n    name: A\n  - id: done\n    name: Done\n    outcome: success\n"
        + "transitions:\n  - {from: a, to: done}\n";
  }

  private static Diagnostic only(LoadResult result) {
    List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  @Test
  void aFifoIsRefusedBeforeItIsOpened() throws Exception {
    Path fifo = dir.resolve("journey.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed");
    Diagnostic problem = only(new JourneyLoader(dir).load(fifo));
    assertEquals("file.unreadable", problem.ruleId());
    assertTrue(problem.message().contains("not a regular file"), problem.message());
    // Given as an include, too.
    Files.writeString(dir.resolve("j.yaml"), journey("j", "journey.yaml"));
    Diagnostic include = only(new JourneyLoader(dir).load(dir.resolve("j.yaml")));
    assertEquals("include.invalid", include.ruleId());
    assertTrue(include.format().startsWith(dir.resolve("j.yaml") + ":4:11:"), include.format());
  }

  @Test
  void aDeviceIsRefusedBeforeItIsRead() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero));
    Diagnostic problem = only(new JourneyLoader(Path.of("/dev")).load(zero));
    assertEquals("file.unreadable", problem.ruleId());
  }

  @Test
  void aSymbolicLinkOutOfTheRootIsRefused() throws Exception {
    Path root = Files.createDirectories(dir.resolve("root"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("cat.yaml"), CATALOGUE);
    Files.createSymbolicLink(root.resolve("link.yaml"), outside.resolve("cat.yaml"));
    Files.writeString(root.resolve("j.yaml"), journey("j", "link.yaml"));
    Diagnostic problem = only(new JourneyLoader(root).load(root.resolve("j.yaml")));
    assertEquals("include.invalid", problem.ruleId());
    assertTrue(problem.message().contains("outside the journeys' root through a symbolic link"), problem.message());
    // A link that stays inside the root is fine.
    Files.writeString(root.resolve("real.yaml"), CATALOGUE);
    Files.createSymbolicLink(root.resolve("inside.yaml"), root.resolve("real.yaml"));
    Files.writeString(root.resolve("k.yaml"), journey("k", "inside.yaml"));
    assertEquals(List.of(), new JourneyLoader(root).load(root.resolve("k.yaml")).diagnostics());
  }

  @Test
  void anIncludeCycleIsALocatedProblemAndTheOtherFilesStillLoad() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), journey("a", "b.yaml"));
    Files.writeString(dir.resolve("b.yaml"), journey("b", "a.yaml"));
    Files.writeString(dir.resolve("self.yaml"), journey("self", "self.yaml"));
    Files.writeString(dir.resolve("fine.yaml"), journey("fine", "cat.yaml"));
    Files.writeString(dir.resolve("cat.yaml"), CATALOGUE);
    JourneyLoader loader = new JourneyLoader(dir);
    List<LoadResult> results = JourneyLoader.discover(dir).stream().map(loader::load).toList();
    assertEquals(5, results.size());
    for (LoadResult result : results) {
      String name = result.file().getFileName().toString();
      if (name.equals("fine.yaml") || name.equals("cat.yaml")) {
        assertEquals(List.of(), result.diagnostics(), name);
      } else {
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.ruleId().equals("include.invalid")
            && d.format().startsWith(result.file() + ":4:11:")), result.diagnostics().toString());
      }
    }
    Diagnostic self = only(loader.load(dir.resolve("self.yaml")));
    assertTrue(self.message().contains("includes itself"), self.message());
  }
}
