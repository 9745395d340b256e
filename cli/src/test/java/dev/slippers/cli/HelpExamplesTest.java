package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} ends with an {@code Examples:} section whose lines are commands a
 * user can paste: each starts with {@code slippers <that command>}, parses without a usage error,
 * and the bundled files it names exist.
 */
class HelpExamplesTest {

  /** Where a shell command ends and the shell's own syntax begins. */
  private static final Set<String> SHELL = Set.of("|", ">", "<", "&&", ";", "#");

  @Test
  void everyCommandsHelpHasExamplesOfThatCommandThatParse() {
    List<CommandLine> commands = new ArrayList<>();
    collect(SlippersCommand.newCommandLine(), commands);
    assertTrue(commands.size() >= 18, "too few commands found: " + commands.size());
    for (CommandLine command : commands) {
      String name = command.getCommandSpec().qualifiedName();
      List<String> words = new ArrayList<>(Arrays.asList(name.split(" ")));
      words.remove(0);
      words.add("--help");
      CliRun help = CliRun.of(words.toArray(String[]::new));
      assertEquals(ExitCode.OK, help.exitCode(), name + ": " + help.err());
      List<String> examples = examples(name, help.out());
      assertTrue(examples.size() >= 2 && examples.size() <= 4, name + " has " + examples.size() + " examples:\n" + help.out());
      for (String example : examples) {
        assertTrue((example + " ").startsWith(name + " "), name + ": example '" + example + "' is not of this command");
        assertTrue(example.length() <= 77, name + ": example too long for one line of help: " + example);
        checkParses(name, example);
      }
    }
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  /** The lines of the Examples section: the last section of the help, one command per line. */
  private static List<String> examples(String name, String help) {
    int at = help.indexOf("\nExamples:\n");
    if (at < 0) {
      fail(name + " --help has no Examples: section:\n" + help);
    }
    List<String> lines = new ArrayList<>();
    for (String line : help.substring(at + "\nExamples:\n".length()).split("\n")) {
      if (line.isBlank()) {
        break;
      }
      assertTrue(line.startsWith("  slippers "), name + ": an example line must be a whole command: '" + line + "'");
      lines.add(line.strip());
    }
    return lines;
  }

  /**
   * Parses the example as the shell would hand it over, up to its first pipe, redirection or comment;
   * the bundled journeys and logs it reads must exist.
   */
  private static void checkParses(String name, String example) {
    List<String> args = words(example);
    assertEquals("slippers", args.remove(0));
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      boolean output = i > 0 && Set.of("-o", "--output", "--write").contains(args.get(i - 1));
      if (!output && (arg.startsWith("journeys/") || arg.startsWith("examples/")) && arg.matches(".*\\.(yaml|csv)")) {
        assertTrue(Files.isRegularFile(Path.of("..").resolve(arg)), name + ": example names a missing file " + arg);
      }
    }
    try {
      SlippersCommand.newCommandLine().parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      fail(name + ": example '" + example + "' does not parse: " + e.getMessage());
    }
  }

  /** Words split as a POSIX shell splits them, for the quoting the examples use. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          if (SHELL.contains(word.toString())) {
            return words;
          }
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    assertFalse(quote != 0, "unclosed quote in " + line);
    if (word != null && !SHELL.contains(word.toString())) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void shellWordsStopAtPipesAndRedirections() {
    assertEquals(List.of("slippers", "validate", "-"), words("slippers validate - < journeys/a.yaml"));
    assertEquals(List.of("slippers", "schema"), words("slippers schema | jq '.x'"));
    assertEquals(List.of("slippers", "init", "a b"), words("slippers init 'a b'   # comment"));
  }
}
