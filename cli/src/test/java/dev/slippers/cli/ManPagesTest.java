package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The man pages the build makes: one per command, with name, synopsis, options and examples, readable by man. */
class ManPagesTest {

  @TempDir Path dir;

  private static List<CommandLine> commands() {
    List<CommandLine> all = new ArrayList<>();
    collect(SlippersCommand.newCommandLine(), all);
    return all;
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  private static String troffText(String text) {
    return text.replace("-", "\\-");
  }

  @Test
  void everyCommandHasAPageWithItsNameSynopsisOptionsAndExamples() throws Exception {
    List<Path> pages = ManPages.write(dir);
    List<CommandLine> commands = commands();
    assertEquals(commands.size(), pages.size(), pages.toString());
    for (CommandLine command : commands) {
      var spec = command.getCommandSpec();
      String name = spec.qualifiedName("-");
      Path page = dir.resolve(name + ".1");
      assertTrue(Files.isRegularFile(page), "no man page " + page);
      String troff = Files.readString(page, StandardCharsets.UTF_8);
      assertTrue(troff.startsWith(".TH \"" + troffText(name.toUpperCase(java.util.Locale.ROOT)) + "\" 1 \"\" \"slippers "),
          troff.lines().findFirst().orElse(""));
      assertTrue(troff.contains(".SH \"NAME\"\n.PP\n" + troffText(name) + " \\- " + troffText(spec.usageMessage().header()[0]
          .replace("%%", "%"))), name + ":\n" + troff);
      assertTrue(troff.contains(".SH \"SYNOPSIS\"\n.PP\n\\fB" + troffText(spec.qualifiedName()) + "\\fR"), name + ":\n" + troff);
      for (OptionSpec option : spec.options()) {
        assertTrue(troff.contains("\\fB" + troffText(option.longestName()) + "\\fR"), name + " lacks " + option.longestName());
      }
      assertTrue(troff.contains(".SH \"EXAMPLES\"\n.PP\n.nf\n" + troffText(spec.qualifiedName())), name + ":\n" + troff);
      assertTrue(troff.contains(".SH \"EXIT CODES\""), name);
    }
  }

  @Test
  void asciiDocTheConverterDoesNotKnowFailsLoudly() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ManPages.troff("= slippers(1)\n\n== Name\n\n|===\n| a table\n|===\n"));
    assertTrue(e.getMessage().contains("line 5"), e.getMessage());
  }

  @Test
  void boldItalicAndTroffsSpecialCharactersConvert() {
    assertEquals(".PP\n\\fBslippers walk\\fR [\\fB\\-o\\fR=\\fIDIR\\fR] pain_points: a\\ebackslash\n",
        ManPages.troff("*slippers walk* [*-o*=_DIR_] pain_points: a\\backslash\n"));
    assertEquals(".PP\n\\&'\\-' is not a request\n", ManPages.troff("'-' is not a request\n"));
  }

  /** groff, which man uses, formats every page without a warning and shows what --help shows. */
  @Test
  void groffFormatsEveryPageWithoutWarnings() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "groff is not installed");
    for (Path page : ManPages.write(dir)) {
      Process groff = new ProcessBuilder("/usr/bin/groff", "-man", "-Tutf8", "-ww", "-rLL=1000n", page.toString())
          .redirectError(dir.resolve("groff.err").toFile()).start();
      String text = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll(".\b", "")
          .replace('\u2010', '-').replace('\u2212', '-').replaceAll("[ \t]+", " ");
      assertTrue(groff.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, groff.exitValue());
      assertEquals("", Files.readString(dir.resolve("groff.err")), page.toString());
      assertTrue(text.contains("NAME") && text.contains("SYNOPSIS") && text.contains("EXAMPLES"), text);
      if (page.getFileName().toString().equals("slippers-walk.1")) {
        assertTrue(text.contains("slippers-walk - Write the slippers walk"), text);
        assertTrue(text.contains("--format=FORMAT"), text);
        assertTrue(text.contains("slippers walk journeys/shirt-store.yaml --format json"), text);
      }
    }
  }
}
