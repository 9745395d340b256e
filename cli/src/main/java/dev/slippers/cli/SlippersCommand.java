package dev.slippers.cli;

import dev.slippers.io.Suggestions;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: {@code slippers <subcommand>}. */
@Command(
    name = "slippers",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Customer journey maps as code: validate, analyse and render YAML stage graphs.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers build journeys/ -o out/      # then open out/index.html",
      "  slippers validate journeys/",
      "  slippers help render                  # or: slippers render --help"})
public final class SlippersCommand implements java.util.concurrent.Callable<Integer> {

  /**
   * The subcommands by name, in the order help lists them. They are added by hand rather than
   * through {@code @Command(subcommands = ...)}, so that a run builds the model of the command it
   * runs only: picocli reads every annotation of a command when it is added, and doing that for all
   * nine took about a third of a small run's start-up.
   */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

  private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
    java.util.Map<String, java.util.function.Supplier<Object>> commands = new java.util.LinkedHashMap<>();
    commands.put("init", InitCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("analyze", AnalyzeCommand::new);
    commands.put("render", RenderCommand::new);
    commands.put("report", ReportCommand::new);
    commands.put("walk", WalkCommand::new);
    commands.put("diff", DiffCommand::new);
    commands.put("build", BuildCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("import", ImportCommand::new);
    commands.put("export", ExportCommand::new);
    commands.put("bench", BenchCommand::new);
    commands.put("calibrate", CalibrateCommand::new);
    commands.put("schema", SchemaCommand::new);
    commands.put("simulate", SimulateCommand::new);
    commands.put("completion", CompletionCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return java.util.Collections.unmodifiableMap(commands);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an error (for reporting bugs in Slippers).")
  boolean stacktrace;

  public static void main(String[] args) {
    // Pictures are drawn off-screen; without this a desktop JVM may start a window system for fonts.
    System.setProperty("java.awt.headless", "true");
    prepareFonts(args);
    System.exit(newCommandLine(args).execute(args));
  }

  /** The commands that always measure text: every picture they draw does. */
  private static final java.util.Set<String> DRAWING = java.util.Set.of("render", "build");

  /**
   * For a command that draws, starts Java2D's fonts on a second thread while this one reads the
   * command line and the journeys: loading the fonts and their first measurement were about a sixth
   * of a cold small render's CPU, with one core idle (docs/performance.md). A daemon thread, so an
   * early exit (bad arguments, --help) does not wait for it; measurements are the same either way.
   */
  private static void prepareFonts(String[] args) {
    String first = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    if (DRAWING.contains(first)) {
      Thread thread = new Thread(() -> {
        try {
          dev.slippers.render.text.TextMeasure.prepare();
        } catch (RuntimeException | LinkageError e) {
          // Only a head start: the command measures its text itself and reports what fails there.
        }
      }, "slippers-fonts");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * The command line for these arguments: with only the named subcommand when the first word is one
   * (other than {@code help}), since nothing else can run; with none for {@code --version} alone,
   * which prints a line and needs no subcommand (building all of them was most of its 0.4 s); with
   * all of them otherwise, for help, suggestions and usage errors.
   */
  static CommandLine newCommandLine(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return newCommandLine(java.util.Set.of());
    }
    String first = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    boolean one = SUBCOMMANDS.containsKey(first) && !first.equals("help");
    return newCommandLine(one ? java.util.Set.of(first) : SUBCOMMANDS.keySet());
  }

  /**
   * The configured command line, also used by tests: exit codes listed in every help, errors
   * printed as messages, and the user's words kept as they are ({@code @file} arguments are off).
   */
  public static CommandLine newCommandLine() {
    return newCommandLine(SUBCOMMANDS.keySet());
  }

  private static CommandLine newCommandLine(java.util.Set<String> names) {
    CommandLine commandLine = new CommandLine(new SlippersCommand());
    SUBCOMMANDS.forEach((name, command) -> {
      if (names.contains(name)) {
        commandLine.addSubcommand(name, command.get());
      }
    });
    withErrorHandling(commandLine);
    commandLine.setExpandAtFiles(false);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    configure(commandLine);
    return commandLine;
  }

  /** Errors printed as one message with the right exit code, for this command line and its tests. */
  static CommandLine withErrorHandling(CommandLine commandLine) {
    commandLine.setExecutionStrategy(SlippersCommand::execute);
    commandLine.setExecutionExceptionHandler(SlippersCommand::handleExecutionException);
    commandLine.setParameterExceptionHandler(SlippersCommand::handleParameterException);
    commandLine.setExitCodeExceptionMapper(e -> e instanceof UserException u ? u.exitCode()
        : e instanceof CommandLine.ParameterException ? ExitCode.USAGE_OR_IO : ExitCode.INTERNAL);
    return commandLine;
  }

  /**
   * Runs the command; running out of memory or stack (a huge journey or --sizes) becomes a message
   * saying how to give Java more, instead of the JVM's "Exception in thread main".
   */
  private static int execute(CommandLine.ParseResult parseResult) {
    CommandLine top = parseResult.commandSpec().commandLine();
    PrintWriter out = top.getOut();
    PrintWriter err = top.getErr();
    // Everything a command prints passes one escaping step: a journey's control and escape
    // characters reach the terminal as visible text, never as commands to it.
    top.setOut(terminalSafe(out));
    top.setErr(terminalSafe(err));
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (OutOfMemoryError | StackOverflowError e) {
      List<CommandLine> chain = parseResult.asCommandLineList();
      String what = e instanceof OutOfMemoryError ? "ran out of memory" : "ran out of stack";
      String option = e instanceof OutOfMemoryError ? "-Xmx4g" : "-Xss64m";
      throw new CommandLine.ExecutionException(chain.get(chain.size() - 1), what, new UserException(
          ExitCode.USAGE_OR_IO, what + ": the input is too large for this Java; give it more, e.g. "
          + "SLIPPERS_JAVA_OPTS=" + option + " ./slippers ...", e));
    } finally {
      top.getOut().flush();
      top.getErr().flush();
      top.setOut(out);
      top.setErr(err);
    }
  }

  private static PrintWriter terminalSafe(PrintWriter writer) {
    return new PrintWriter(new dev.slippers.text.TerminalWriter(writer), true);
  }

  /** The same help options, exit codes and exit code list on the command and every subcommand. */
  private static void configure(CommandLine commandLine) {
    CommandLine.Model.CommandSpec spec = commandLine.getCommandSpec();
    spec.mixinStandardHelpOptions(true);
    // -V on every subcommand: picocli asks only the command that was named for its version.
    spec.versionProvider(new VersionProvider());
    spec.exitCodeOnInvalidInput(ExitCode.USAGE_OR_IO);
    spec.exitCodeOnExecutionException(ExitCode.INTERNAL);
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    if (commandLine.getCommand() instanceof CommandLine.HelpCommand) {
      // picocli's own class: its examples are set here, as the others' are in their annotations.
      spec.usageMessage().footerHeading("%nExamples:%n").footer(
          "  slippers help validate", "  slippers help import mermaid");
    }
    commandLine.getSubcommands().values().forEach(SlippersCommand::configure);
  }

  /** A bare {@code slippers} is a usage error: the help goes to standard error and the exit code is 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE_OR_IO;
  }

  /**
   * A usage error in one line: what is wrong and where the options are. Picocli's default prints the
   * whole help after the message, which pushes the message itself off a small terminal.
   */
  private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      message = unmatchedMessage(unmatched);
    }
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    String name = commandLine.getCommandSpec().qualifiedName();
    PrintWriter err = terminalSafe(commandLine.getErr());
    err.println("slippers: " + message + "; see '" + name + " --help'");
    err.flush();
    return ExitCode.USAGE_OR_IO;
  }

  /** Picocli says "Unmatched argument at index 0: 'valdate'"; say what it is and what was meant. */
  private static String unmatchedMessage(CommandLine.UnmatchedArgumentException e) {
    List<String> unmatched = e.getUnmatched();
    if (unmatched.isEmpty()) {
      return e.getMessage();
    }
    // Picocli's own suggestions are loose ('frobnicate' -> validate); the journeys' did-you-mean is not.
    CommandLine commandLine = e.getCommandLine();
    boolean option = unmatched.get(0).startsWith("-");
    String suggestion = Suggestions.closest(unmatched.get(0), option ? commandLine.getCommandSpec().optionsMap().keySet()
        : commandLine.getSubcommands().keySet()).map(s -> " (did you mean " + s + "?)").orElse("");
    if (option) {
      return e.getMessage() + suggestion;
    }
    if (!commandLine.getSubcommands().isEmpty()) {
      return "unknown command '" + unmatched.get(0) + "'" + (!suggestion.isEmpty() ? suggestion
          : "; the commands are " + String.join(", ", commandLine.getSubcommands().keySet()));
    }
    return "unexpected argument '" + unmatched.get(0) + "'" + suggestion;
  }

  private static int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = terminalSafe(commandLine.getErr());
    boolean wantsTrace = false;
    for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
      wantsTrace |= level.hasMatchedOption("--stacktrace");
    }
    if (e instanceof UserException user) {
      err.println("slippers: " + user.getMessage());
      if (wantsTrace) {
        e.printStackTrace(err);
      }
      err.flush();
      return user.exitCode();
    }
    err.println("slippers: internal error: " + e);
    err.println("This is a bug in Slippers. Rerun with --stacktrace and report the output.");
    if (wantsTrace) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }
}
