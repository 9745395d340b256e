package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every command does with input that cannot work: one clear line, the right exit code, nothing written. */
class BadInputTest {

  @TempDir Path dir;

  private static void assertRefused(CliRun run, String expected) {
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().startsWith("slippers: "), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aFolderWithoutJourneysIsAUsageErrorAndNothingIsWritten() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "not a journey\n");
    Path out = dir.resolve("out");
    assertRefused(CliRun.of("validate", empty.toString()), empty + ": no journeys here");
    assertRefused(CliRun.of("render", empty.toString(), "-o", out.toString()), "give a folder of journeys");
    assertRefused(CliRun.of("report", empty.toString()), "no .yaml or .yml files");
    assertRefused(CliRun.of("report", empty.toString(), "-o", out.toString()), "no journeys here");
    assertRefused(CliRun.of("build", empty.toString(), "-o", out.toString()), "no journeys here");
    assertFalse(Files.exists(out));
  }

  @Test
  void onlyCataloguesAreNothingToDrawOrReport() throws Exception {
    String catalogue = "../journeys/catalogue.yaml";
    Path out = dir.resolve("out");
    assertRefused(CliRun.of("render", catalogue, "-o", out.toString()), catalogue + ": only catalogues, no journey");
    assertRefused(CliRun.of("report", catalogue), "give journey files");
    assertRefused(CliRun.of("build", catalogue, "-o", out.toString()), "only catalogues");
    assertRefused(CliRun.of("walk", catalogue, "-o", out.toString()), catalogue + " is a catalogue, not a journey; give a journey file");
    assertRefused(CliRun.of("diff", "../journeys/shirt-store.yaml", catalogue),
        catalogue + " is a catalogue, not a journey; diff compares two journey files");
    assertFalse(Files.exists(out));
    assertEquals(ExitCode.OK, CliRun.of("validate", catalogue).exitCode(), "a catalogue alone is still worth validating");
  }

  @Test
  void aWalkFollowsOneJourneyFileNotAFolder() {
    Path out = dir.resolve("out");
    assertRefused(CliRun.of("walk", "../journeys", "-o", out.toString()),
        "../journeys is a folder; a walk follows one journey, so give its file");
    assertFalse(Files.exists(out));
  }

  @Test
  void anUnreadableFolderBelowTheOneGivenIsAUsageError() throws Exception {
    Path journeys = Files.createDirectories(dir.resolve("journeys"));
    Files.copy(Path.of("../journeys/pizza-delivery.yaml"), journeys.resolve("pizza-delivery.yaml"));
    Path locked = Files.createDirectories(journeys.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "the superuser reads every folder; run as a normal user");
      assertRefused(CliRun.of("validate", journeys.toString()), "cannot read the folder " + locked + ": permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void anOutputThatIsAFileOrLiesUnderOneIsRefusedAndTheFileKept() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine\n");
    String journey = "../journeys/pizza-delivery.yaml";
    for (String[] command : new String[][] {
        {"render", journey}, {"report", journey}, {"walk", journey}, {"build", journey}}) {
      String[] onFile = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("-o", file.toString()))
          .toArray(String[]::new);
      assertRefused(CliRun.of(onFile), "-o " + file + " is a file, not a folder; give -o a folder");
      String[] under = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
          java.util.stream.Stream.of("-o", file.resolve("site").toString())).toArray(String[]::new);
      assertRefused(CliRun.of(under), "cannot be created: " + file + " is a file, not a folder");
    }
    assertEquals("mine\n", Files.readString(file));
  }

  @Test
  void aFileSlippersDidNotWriteIsNeverReplacedButItsOwnOutputsAre() throws Exception {
    Path out = Files.createDirectories(dir.resolve("site"));
    Path mine = Files.writeString(out.resolve("pizza-delivery.html"), "<p>my own page</p>\n");
    String journey = "../journeys/pizza-delivery.yaml";
    assertRefused(CliRun.of("render", journey, "-o", out.toString(), "--format", "html"),
        "pizza-delivery.html exists and was not written by Slippers; move it away or give -o another folder");
    assertEquals("<p>my own page</p>\n", Files.readString(mine));

    Files.delete(mine);
    assertEquals(0, CliRun.of("render", journey, "-o", out.toString(), "--format", "html,svg").exitCode());
    String first = Files.readString(mine);
    assertTrue(first.contains("<svg"), "the page was written");
    assertEquals(List.of(OutputFolder.sha256(Files.readAllBytes(mine)) + " pizza-delivery.html",
        OutputFolder.sha256(Files.readAllBytes(out.resolve("pizza-delivery.svg"))) + " pizza-delivery.svg"),
        Files.readAllLines(out.resolve(OutputFolder.MANIFEST)));
    assertEquals(0, CliRun.of("render", journey, "-o", out.toString(), "--format", "html").exitCode(),
        "a second run replaces its own outputs");
    assertEquals(first, Files.readString(mine));
  }

  @Test
  void aReadOnlyOutputFolderIsRefusedBeforeAnythingIsDrawn() throws Exception {
    Path readOnly = Files.createDirectories(dir.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(readOnly), "the superuser writes everywhere; run as a normal user");
      assertRefused(CliRun.of("render", "../journeys/pizza-delivery.yaml", "-o", readOnly.toString()),
          "-o " + readOnly + ": permission denied; give -o a folder you can write to");
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aRootThatIsNotAFolderIsAUsageErrorNotThirtyIncludeErrors() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine\n");
    assertRefused(CliRun.of("validate", "--root", dir.resolve("nope").toString(), "../journeys/shirt-store.yaml"),
        "slippers: --root " + dir.resolve("nope") + ": no such folder; give the folder that holds the journeys");
    assertRefused(CliRun.of("analyze", "--root", file.toString(), "../journeys/shirt-store.yaml"),
        "slippers: --root " + file + " is a file; give the folder");
  }

  @Test
  void aTopOfZeroPathsIsAUsageErrorNotAJourneyWithoutPaths() {
    assertRefused(CliRun.of("analyze", "../journeys/pizza-delivery.yaml", "--top", "0"), "--top must be 1 or more, was 0");
  }

  @Test
  void aFormatListNamingNoFormatIsAUsageError() {
    Path out = dir.resolve("out");
    assertRefused(CliRun.of("render", "../journeys/pizza-delivery.yaml", "-o", out.toString(), "--format", ","),
        "--format names no format; choose from svg, graph, png, graph-png, html");
    assertRefused(CliRun.of("report", "../journeys/pizza-delivery.yaml", "-o", out.toString(), "--format", ","),
        "--format names no format; choose from html, md, json");
    assertFalse(Files.exists(out));
  }

  @Test
  void twoJourneysWithOneIdAreAProblemForEveryCommandThatNamesOutputsById() throws Exception {
    Path journeys = Files.createDirectories(dir.resolve("journeys"));
    String yaml = "slippers: 1\nid: same\ntitle: T\nstages:\n  - {id: a, name: A, outcome: success}\n";
    Files.writeString(journeys.resolve("a.yaml"), yaml);
    Files.writeString(journeys.resolve("b.yaml"), yaml);
    Path out = dir.resolve("out");
    String expected = "slippers: " + journeys.resolve("b.yaml") + ":2:5: the journey id 'same' is also used by "
        + journeys.resolve("a.yaml") + ", so their outputs would overwrite each other; give each journey its own id";
    for (String command : new String[] {"render", "report", "build"}) {
      CliRun run = CliRun.of(command, journeys.toString(), "-o", out.toString());
      assertEquals(ExitCode.PROBLEMS, run.exitCode(), command + ": " + run.err());
      assertEquals(expected, run.err().strip(), command);
    }
    assertFalse(Files.exists(out));
  }

  @Test
  void aReferenceWithNothingDeclaredSaysSoInGoodEnglish() throws Exception {
    Path file = Files.writeString(dir.resolve("j.yaml"), "slippers: 1\nid: j\ntitle: T\npersona: ghost\n"
        + "stages:\n  - {id: a, name: A, outcome: success}\n");
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.PROBLEMS, run.exitCode(), run.out());
    assertTrue(run.out().contains("unknown persona 'ghost' (no personas are declared)"), run.out());
  }

  @Test
  void aReportFormatOtherThanMarkdownNeedsAnOutputFolder() {
    assertRefused(CliRun.of("report", "../journeys/pizza-delivery.yaml", "--format", "json"),
        "slippers: --format chooses the files written with -o DIR; without -o the report prints as Markdown, so add -o DIR");
    CliRun markdown = CliRun.of("report", "../journeys/pizza-delivery.yaml", "--format", "md");
    assertEquals(ExitCode.OK, markdown.exitCode(), markdown.err());
    assertTrue(markdown.out().startsWith("## "), markdown.out());
  }

  @Test
  void invalidJourneysAreNamedOnceMoreAfterTheirProblemsAsLeftOut() throws Exception {
    String invalid = "../core/src/test/resources/invalid/graph-rules.yaml";
    Path out = dir.resolve("out");
    for (String[] command : new String[][] {
        {"render", invalid, "../journeys/pizza-delivery.yaml", "-o", out.toString(), "--format", "svg"},
        {"report", invalid}, {"walk", invalid, "-o", out.toString()}, {"diff", invalid, "../journeys/pizza-delivery.yaml"}}) {
      CliRun run = CliRun.of(command);
      assertEquals(ExitCode.PROBLEMS, run.exitCode(), command[0] + ": " + run.err());
      assertTrue(run.err().contains(invalid + ":11:9: error: "), run.err());
      assertTrue(run.err().endsWith("slippers: left out because of errors: " + invalid
          + " (fix the problems above; 'slippers validate' lists them alone)" + System.lineSeparator()), run.err());
    }
    try (var written = Files.list(out)) {
      assertEquals(List.of(OutputFolder.MANIFEST, OutputFolder.LOCK, "pizza-delivery.svg"),
          written.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void ioFailuresAreNamedByWhatWentWrongNotByThePathAgain() {
    assertEquals("permission denied", IoProblems.reason(new java.nio.file.AccessDeniedException("ro/.x.part")));
    assertEquals("no such file or folder", IoProblems.reason(new java.nio.file.NoSuchFileException("a/b")));
    assertEquals("a file of that name is in the way", IoProblems.reason(new java.nio.file.FileAlreadyExistsException("a")));
    assertEquals("Not a directory", IoProblems.reason(new java.nio.file.FileSystemException("a/b", null, "Not a directory")));
  }
}
