package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command line as a separate process in a pipe, as a shell runs it: a journey written to its
 * standard input, its standard output and error read back, its exit code checked. (The in-process
 * tests swap {@code System.in}; this one proves the real streams, buffering and exit codes.)
 */
class PipeProcessTest {

  private static final Path LAB_TESTS = Path.of("..", "journeys", "lab-tests.yaml");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  /** What a process printed and how it ended. */
  record Ended(int exitCode, String out, String err) {}

  private static List<String> slippers(String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), "dev.slippers.cli.SlippersCommand"));
    command.addAll(List.of(args));
    return command;
  }

  /** Runs slippers with this text piped into its standard input. */
  private static Ended pipe(String stdin, String... args) throws Exception {
    Process process = new ProcessBuilder(slippers(args)).start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String out = read(process.getInputStream());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "slippers did not end");
    return new Ended(process.exitValue(), out, err.get(60, TimeUnit.SECONDS));
  }

  private static String read(java.io.InputStream stream) {
    try {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void validateReadsAJourneyPipedIntoItsStandardInput() throws Exception {
    Ended valid = pipe(Files.readString(LAB_TESTS), "validate", "-");
    assertEquals(0, valid.exitCode(), valid.err());
    assertEquals("", valid.out());
    assertEquals("ok: 1 journey valid, 0 warnings\n", valid.err());

    String misspelt = Files.readString(LAB_TESTS).replaceFirst("\n  - id: ", "\n  - idd: ");
    Ended invalid = pipe(misspelt, "validate", "-");
    assertEquals(1, invalid.exitCode());
    assertTrue(invalid.out().startsWith("<stdin>:"), invalid.out());
    assertTrue(invalid.out().contains("unknown key 'idd'"), invalid.out());
    assertTrue(invalid.err().endsWith("in 1 file(s)\n"), invalid.err());
  }

  @Test
  void analyzeAsJsonPrintsOneDocumentToStandardOutputAndNothingElse() throws Exception {
    Ended run = pipe(Files.readString(LAB_TESTS), "analyze", "-", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode analysis = new ObjectMapper().readTree(run.out());
    assertEquals("slippers-analysis/2", analysis.get("format").asText());
    assertEquals("lab-tests", analysis.get("journey").asText());
    assertEquals(0, analysis.get("problems").size());
  }

  @Test
  void exportPrintsMermaidToStandardOutputForTheNextProgramInThePipe() throws Exception {
    Ended run = pipe(Files.readString(LAB_TESTS), "export", "--format", "mermaid", "-", "-o", "-");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    // lab-tests is a Russian journey: its export speaks Russian, in UTF-8 through the pipe.
    assertTrue(run.out().startsWith("journey\n  %% Путь Slippers lab-tests: "), run.out());

    // A real shell pipe: cat | slippers export | head, the way a user chains it.
    List<String> command = new ArrayList<>(List.of("bash", "-c", "set -o pipefail; cat \"$0\" | \"$@\" | head -n 1",
        LAB_TESTS.toString()));
    command.addAll(slippers("export", "--format", "mermaid-flowchart", "-", "-o", "-"));
    Process shell = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String first = read(shell.getInputStream());
    assertTrue(shell.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, shell.exitValue());
    assertEquals("flowchart LR\n", first);
  }
}
