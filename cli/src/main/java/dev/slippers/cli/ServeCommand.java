package dev.slippers.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code slippers serve [PATH...]}: the live preview. Pages are drawn in memory on request and
 * reloaded in the browser when a journey or a catalogue it includes is saved; nothing is written.
 */
@Command(
    name = "serve",
    header = "Preview journeys in the browser while editing them: map, graph, report and walk reload on save.",
    description = {
      "Serves every journey under the paths on http://127.0.0.1:PORT/ (this machine only): an index page, and for "
          + "each journey its map, stage graph, report and walk. The files and the catalogues they include are "
          + "watched; open pages reload by themselves when one is saved. A journey with errors shows its problems "
          + "(file:line:col, message, hint) instead of a stale picture.",
      "Nothing is written to disk. Stop it with Ctrl-C."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers serve journeys/",
      "  slippers serve journeys/shirt-store.yaml --port 0   # any free port"})
final class ServeCommand implements Callable<Integer> {

  /** The default port: 8080 is the one local preview servers usually take; --port 0 picks a free one. */
  static final int DEFAULT_PORT = 8080;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Folders of journeys, or journey files (default: the current folder).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
      description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks any free port).")
  int port;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() throws InterruptedException {
    List<Path> given = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    PrintWriter out = spec.commandLine().getOut();
    PreviewServer server = PreviewServer.start(given, journeyRoot.path(), port);
    // Ctrl-C ends the JVM through its shutdown hooks: stop serving there, quietly, with a last word.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      out.println("slippers serve: stopped");
      out.flush();
    }, "slippers-serve-stop"));
    int journeys = server.journeyCount();
    out.println("Serving " + journeys + " journey" + (journeys == 1 ? "" : "s") + " from "
        + String.join(", ", given.stream().map(Path::toString).toList()) + " at " + server.uri());
    out.println("Open it in a browser; pages reload when a file is saved. Press Ctrl-C to stop.");
    out.flush();
    server.awaitStop();
    return ExitCode.OK;
  }
}
