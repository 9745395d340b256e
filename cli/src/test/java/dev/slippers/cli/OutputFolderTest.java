package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder's promise, against what broke it: files recognised by content, no link
 * followed, every input protected, names that cannot collide, two builds at once, and a build
 * killed with SIGKILL half way. The timeout only guards against a hang.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OutputFolderTest {

  @TempDir Path dir;

  private Path journeys(String... names) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("journeys"));
    Files.copy(Path.of("../journeys/catalogue.yaml"), folder.resolve("catalogue.yaml"));
    for (String name : names) {
      Files.copy(Path.of("../journeys/" + name + ".yaml"), folder.resolve(name + ".yaml"));
    }
    return folder;
  }

  private static void assertRefused(CliRun run, String expected) {
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains(expected), run.err());
  }

  /** Every file of a folder with its bytes, the lock and list left out. */
  private static Map<String, byte[]> contents(Path folder) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.toList()) {
        String name = file.getFileName().toString();
        if (!name.equals(OutputFolder.MANIFEST) && !name.equals(OutputFolder.LOCK)) {
          files.put(name, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /** How many outputs a folder holds so far (temporary files come and go while it is counted). */
  private static long outputsIn(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(f -> !f.getFileName().toString().startsWith(".")).count();
    }
  }

  /** Every output is listed with the hash of what it holds, and every listed file holds what is listed. */
  private static void assertListTrue(Path out) throws Exception {
    Map<String, String> listed = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve(OutputFolder.MANIFEST))) {
      listed.put(line.substring(65), line.substring(0, 64));
    }
    Map<String, byte[]> files = contents(out);
    assertEquals(files.keySet(), listed.keySet());
    files.forEach((name, bytes) -> assertEquals(listed.get(name), OutputFolder.sha256(bytes), name));
  }

  @Test
  void aUsersOwnFileCreatedAfterABuildIsNotOverwritten() throws Exception {
    Path in = journeys("pizza-delivery");
    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("build", in.toString(), "-o", out.toString()).exitCode());
    Files.writeString(out.resolve("index.html"), "<p>my own index</p>\n");
    assertRefused(CliRun.of("build", in.toString(), "-o", out.toString()),
        out.resolve("index.html") + " has changed since Slippers wrote it");
    assertEquals("<p>my own index</p>\n", Files.readString(out.resolve("index.html")));
  }

  @Test
  void aCopiedListDoesNotMakeSomeoneElsesFilesSlippers() throws Exception {
    Path in = journeys("pizza-delivery");
    Path first = dir.resolve("first");
    assertEquals(0, CliRun.of("build", in.toString(), "-o", first.toString()).exitCode());
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.copy(first.resolve(OutputFolder.MANIFEST), mine.resolve(OutputFolder.MANIFEST));
    Files.writeString(mine.resolve("pizza-delivery.html"), "mine\n");
    assertRefused(CliRun.of("build", in.toString(), "-o", mine.toString()), "has changed since Slippers wrote it");
    assertEquals("mine\n", Files.readString(mine.resolve("pizza-delivery.html")));
    // Checked before anything was written: no other output appeared.
    assertEquals(List.of("pizza-delivery.html"), List.copyOf(contents(mine).keySet()));
  }

  @Test
  void noLinkIsFollowed() throws Exception {
    Path in = journeys("pizza-delivery");
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "precious\n");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve(OutputFolder.MANIFEST), elsewhere);
    assertRefused(CliRun.of("build", in.toString(), "-o", out.toString()), "is a symbolic link");
    Files.delete(out.resolve(OutputFolder.MANIFEST));
    Files.createSymbolicLink(out.resolve("pizza-delivery.svg"), elsewhere);
    assertRefused(CliRun.of("build", in.toString(), "-o", out.toString()), "pizza-delivery.svg is a symbolic link");
    assertEquals("precious\n", Files.readString(elsewhere));
  }

  @Test
  void anIncludedCatalogueInTheOutputFolderIsAnInputAndIsKept() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path catalogue = Files.copy(Path.of("../journeys/catalogue.yaml"), out.resolve("index.html"));
    Path in = Files.createDirectories(dir.resolve("journeys"));
    Files.writeString(in.resolve("pizza-delivery.yaml"), Files.readString(Path.of("../journeys/pizza-delivery.yaml"))
        .replace("include: [catalogue.yaml]", "include: [../out/index.html]"));
    CliRun run = CliRun.of("build", in.toString(), "-o", out.toString(), "--root", dir.toString());
    assertRefused(run, "index.html is one of the inputs");
    assertEquals(Files.readString(Path.of("../journeys/catalogue.yaml")), Files.readString(catalogue));
  }

  @Test
  void idsWhoseOutputsCollideAreRefusedAtTheirIdBeforeAnythingIsWritten() throws Exception {
    Path in = journeys("pizza-delivery");
    Files.writeString(in.resolve("shadow.yaml"), Files.readString(in.resolve("pizza-delivery.yaml"))
        .replace("id: pizza-delivery", "id: pizza-delivery-report"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("build", in.toString(), "-o", out.toString());
    assertEquals(ExitCode.PROBLEMS, run.exitCode(), run.err());
    int idLine = Files.readAllLines(in.resolve("shadow.yaml")).indexOf("id: pizza-delivery-report") + 1;
    assertTrue(run.err().contains(in.resolve("shadow.yaml") + ":" + idLine + ":5: error: the journey id 'pizza-delivery-report' gives"
        + " the output pizza-delivery-report.html, which is also an output of the journey 'pizza-delivery'"), run.err());
    assertTrue(run.err().contains("[id.output-clash]"), run.err());
    assertFalse(Files.exists(out));

    Files.delete(in.resolve("shadow.yaml"));
    Files.writeString(in.resolve("index.yaml"), Files.readString(in.resolve("pizza-delivery.yaml"))
        .replace("id: pizza-delivery", "id: index"));
    CliRun index = CliRun.of("build", in.toString(), "-o", out.toString());
    assertEquals(ExitCode.PROBLEMS, index.exitCode(), index.err());
    assertTrue(index.err().contains("gives the output index.html, which is also the site's index page"), index.err());
    assertFalse(Files.exists(out));
  }

  private static ProcessBuilder slippers(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), SlippersCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  @Test
  void twoBuildsIntoOneFolderAtOnceBothSucceedAndLeaveATrueList() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    for (Path folder : List.of(a, b)) {
      Files.copy(Path.of("../journeys/catalogue.yaml"), folder.resolve("catalogue.yaml"));
    }
    Files.copy(Path.of("../journeys/pizza-delivery.yaml"), a.resolve("pizza-delivery.yaml"));
    Files.copy(Path.of("../journeys/lab-tests.yaml"), b.resolve("lab-tests.yaml"));
    Path out = dir.resolve("out");
    Process first = slippers("build", a.toString(), "-o", out.toString()).start();
    Process second = slippers("build", b.toString(), "-o", out.toString()).start();
    String firstOut = new String(first.getInputStream().readAllBytes());
    String secondOut = new String(second.getInputStream().readAllBytes());
    assertEquals(0, first.waitFor(), firstOut);
    assertEquals(0, second.waitFor(), secondOut);
    assertListTrue(out);
    assertTrue(contents(out).containsKey("pizza-delivery.svg") && contents(out).containsKey("lab-tests.svg"));
    assertEquals(0, CliRun.of("build", a.toString(), "-o", out.toString()).exitCode(), "the folder is still Slippers'");
  }

  @Test
  void aBuildKilledHalfWayLeavesNoTruncatedFileAndAFolderTheNextBuildTakes() throws Exception {
    Path in = journeys("pizza-delivery", "shirt-store", "lab-tests");
    Path reference = dir.resolve("reference");
    assertEquals(0, CliRun.of("build", in.toString(), "-o", reference.toString()).exitCode());
    Map<String, byte[]> complete = contents(reference);
    for (int round = 0; round < 2; round++) {
      Path out = dir.resolve("out" + round);
      Process build = slippers("build", in.toString(), "-o", out.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      // Kill it as soon as the first outputs are there, then a little later each round.
      while (build.isAlive() && outputsIn(out) <= round * 4) {
        Thread.sleep(5);
      }
      build.destroyForcibly().waitFor();
      for (Map.Entry<String, byte[]> file : contents(out).entrySet()) {
        if (file.getKey().endsWith(".part")) {
          continue;
        }
        assertTrue(complete.containsKey(file.getKey()), file.getKey());
        assertEquals(complete.get(file.getKey()).length, file.getValue().length, "truncated: " + file.getKey());
      }
      CliRun again = CliRun.of("build", in.toString(), "-o", out.toString());
      assertEquals(0, again.exitCode(), again.err());
      assertEquals(complete.keySet(), contents(out).keySet(), "the next build cleans up what the killed one left");
      assertListTrue(out);
    }
  }

  @Test
  void theLockIsHeldForTheWholeCommandAndReleasedAfter() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (OutputFolder folder = new OutputFolder(out, List.of())) {
      folder.write("a.txt", "a\n");
      try (var channel = java.nio.channels.FileChannel.open(out.resolve(OutputFolder.LOCK),
          java.nio.file.StandardOpenOption.WRITE)) {
        // Another process would find it taken; in this process the JDK says so by an exception.
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.channels.OverlappingFileLockException.class,
            channel::tryLock);
      }
    }
    try (var channel = java.nio.channels.FileChannel.open(out.resolve(OutputFolder.LOCK),
        java.nio.file.StandardOpenOption.WRITE); var lock = channel.tryLock()) {
      assertTrue(lock != null && lock.isValid());
    }
    assertTrue(new File(out.toFile(), "a.txt").isFile());
  }
  @Test
  void aFileChangedBetweenTheCheckAndTheWriteIsStillKept() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (OutputFolder folder = new OutputFolder(out, List.of())) {
      folder.write("map.svg", "<svg/>\n");
    }
    try (OutputFolder folder = new OutputFolder(out, List.of())) {
      // The name is checked (the file is Slippers'), then someone edits it before the write.
      folder.claim(List.of("map.svg"));
      Files.writeString(out.resolve("map.svg"), "<svg>mine</svg>\n");
      UserException refused = org.junit.jupiter.api.Assertions.assertThrows(UserException.class,
          () -> folder.write("map.svg", "<svg>new</svg>\n"));
      assertTrue(refused.getMessage().contains("has changed since Slippers wrote it"), refused.getMessage());
    }
    assertEquals("<svg>mine</svg>\n", Files.readString(out.resolve("map.svg")));
  }

  @Test
  void rewritingAFileWithTheSameBytesOrNewOnesReplacesIt() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (OutputFolder folder = new OutputFolder(out, List.of())) {
      folder.write("map.svg", "<svg/>\n");
    }
    try (OutputFolder folder = new OutputFolder(out, List.of())) {
      folder.claim(List.of("map.svg"));
      folder.write("map.svg", "<svg/>\n");
      folder.write("map.svg", "<svg>two</svg>\n");
    }
    assertEquals("<svg>two</svg>\n", Files.readString(out.resolve("map.svg")));
    assertEquals(List.of(OutputFolder.sha256("<svg>two</svg>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        + " map.svg"), Files.readAllLines(out.resolve(OutputFolder.MANIFEST)));
  }

  @Test
  void aClaimedFileTheUserChangedStopsTheFirstWriteOfAnyName() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (OutputFolder folder = new OutputFolder(out, List.of())) {
      folder.write("map.svg", "<svg/>\n");
    }
    Files.writeString(out.resolve("map.svg"), "<svg>mine</svg>\n");
    try (OutputFolder folder = new OutputFolder(out, List.of())) {
      // Its content is checked on claim's thread; the refusal comes before anything is written.
      folder.claim(List.of("map.svg", "graph.svg"));
      UserException refused = org.junit.jupiter.api.Assertions.assertThrows(UserException.class,
          () -> folder.write("graph.svg", "<svg>graph</svg>\n"));
      assertTrue(refused.getMessage().contains("map.svg has changed since Slippers wrote it"), refused.getMessage());
    }
    assertFalse(Files.exists(out.resolve("graph.svg")));
    assertEquals("<svg>mine</svg>\n", Files.readString(out.resolve("map.svg")));
  }

  @Test
  void aClaimedFileRemovedBeforeTheWriteIsNoProblem() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (OutputFolder folder = new OutputFolder(out, List.of())) {
      folder.write("map.svg", "<svg/>\n");
    }
    try (OutputFolder folder = new OutputFolder(out, List.of())) {
      folder.claim(List.of("map.svg"));
      Files.delete(out.resolve("map.svg"));
      folder.write("map.svg", "<svg>new</svg>\n");
    }
    assertEquals("<svg>new</svg>\n", Files.readString(out.resolve("map.svg")));
  }
}
