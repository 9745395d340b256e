package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slippers completion}: the script picocli generates, run in a real bash the way bash runs
 * it on Tab (the words typed so far in {@code COMP_WORDS}, the function fills {@code COMPREPLY}).
 */
class CompletionCommandTest {

  @TempDir Path dir;

  private Path script() throws IOException {
    CliRun run = CliRun.of("completion");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Path script = dir.resolve("slippers-completion.bash");
    Files.writeString(script, run.out(), StandardCharsets.UTF_8);
    return script;
  }

  /** What bash offers after these words, the last one being the word under the cursor. */
  private List<String> complete(Path script, String... words) throws Exception {
    String line = String.join(" ", words);
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    // compopt works only while bash itself runs a completion; here the function is called directly.
    String program = "source '" + script + "'\n"
        + "compopt() { :; }\n"
        + "COMP_WORDS=(" + array + " )\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE='" + line + "'\n"
        + "COMP_POINT=${#COMP_LINE}\n"
        + "_complete_slippers\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, bash.exitValue(), out);
    return Arrays.stream(out.split("\n")).filter(s -> !s.isBlank()).sorted().toList();
  }

  @Test
  void bashOffersTheSubcommandsThoughARunBuildsOnlyTheOneItRuns() throws Exception {
    Path script = script();
    assertEquals(List.of("validate"), complete(script, "slippers", "va"));
    assertEquals(List.of("schema", "serve", "simulate"), complete(script, "slippers", "s"));
    assertEquals(List.of("completion"), complete(script, "slippers", "comp"));
  }

  @Test
  void bashCompletesTheOptionsOfASubcommandAndTheValuesOfItsEnums() throws Exception {
    Path script = script();
    assertEquals(List.of("--fail-on-regression"), complete(script, "slippers", "diff", "--fail"));
    assertEquals(List.of("--path", "--persona"), complete(script, "slippers", "walk", "--p"));
    assertEquals(List.of("json", "text"), complete(script, "slippers", "analyze", "--format", ""));
    assertEquals(List.of("mermaid"), complete(script, "slippers", "import", "mer"));
  }

  @Test
  void zshGetsTheSameScriptWhichLoadsBashcompinitItself() {
    CliRun bash = CliRun.of("completion", "--shell", "bash");
    CliRun zsh = CliRun.of("completion", "--shell", "zsh");
    assertEquals(bash.out(), zsh.out());
    assertTrue(zsh.out().contains("bashcompinit"), "the script does not enable bash completion in zsh");
    assertTrue(zsh.out().contains("complete -F _complete_slippers"), zsh.out());
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRun run = CliRun.of("completion", "--shell", "fish");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().contains("fish"), run.err());
  }
}
