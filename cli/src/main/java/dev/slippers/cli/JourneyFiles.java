package dev.slippers.cli;

import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The journeys a command was given: files as they are, folders searched for YAML files, each loaded
 * and validated with the right journeys' root for includes.
 */
final class JourneyFiles {

  private JourneyFiles() {}

  /**
   * Loads every file named or found; a missing path is a usage error.
   *
   * @param root the journeys' root, or null for "the folder given, or the file's own folder"
   */
  static List<LoadResult> loadAll(List<Path> paths, Path root) {
    if (root != null && !Files.isDirectory(root)) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--root " + root + (Files.exists(root) ? " is a file" : ": no such folder")
          + "; give the folder that holds the journeys and the catalogues they include");
    }
    List<LoadResult> results = new ArrayList<>();
    if (paths.stream().filter(JourneyFiles::isStdin).count() > 1) {
      throw new UserException(ExitCode.USAGE_OR_IO, "'-' (standard input) is given twice; standard input can be read once");
    }
    for (Path path : paths) {
      if (isStdin(path)) {
        results.add(new JourneyLoader(root != null ? root : Path.of("")).parse(STDIN_NAME, readStdin()));
        continue;
      }
      if (!Files.exists(path)) {
        throw new UserException(ExitCode.USAGE_OR_IO, path + ": no such file or folder");
      }
      if (Files.isDirectory(path)) {
        JourneyLoader loader = new JourneyLoader(root != null ? root : path);
        List<Path> files = discover(path);
        if (files.isEmpty()) {
          throw new UserException(ExitCode.USAGE_OR_IO, path + ": no journeys here (no .yaml or .yml files in the folder); "
              + "give a folder of journeys or a journey file");
        }
        files.forEach(file -> results.add(loader.load(file)));
      } else {
        Path parent = path.toAbsolutePath().getParent();
        results.add(new JourneyLoader(root != null ? root : parent).load(path));
      }
    }
    return results;
  }

  /** The name problems give a journey read from standard input. */
  static final String STDIN_NAME = "<stdin>";

  /**
   * {@code -} names standard input, as in {@code cat j.yaml | slippers validate -}. A file really
   * called {@code -} is still reachable as {@code ./-}.
   */
  static boolean isStdin(Path path) {
    return path.toString().equals("-");
  }

  /**
   * Standard input as text, at most the loader's file limit: a journey from stdin has the same
   * bounds as one from a file. Its includes resolve from the current folder (or --root).
   */
  private static String readStdin() {
    try {
      byte[] bytes = System.in.readNBytes((int) JourneyLoader.MAX_FILE_BYTES + 1);
      if (bytes.length > JourneyLoader.MAX_FILE_BYTES) {
        throw new UserException(ExitCode.USAGE_OR_IO, STDIN_NAME + ": more than " + JourneyLoader.MAX_FILE_BYTES / (1024 * 1024)
            + " MB; split the journey into catalogues");
      }
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot read standard input: " + IoProblems.reason(e), e);
    }
  }

  /** The YAML files under a folder; an unreadable folder anywhere below it is a usage error, not a crash. */
  private static List<Path> discover(Path folder) {
    try {
      return JourneyLoader.discover(folder);
    } catch (IOException e) {
      throw unreadable(folder, e);
    } catch (UncheckedIOException e) {
      throw unreadable(folder, e.getCause());
    }
  }

  private static UserException unreadable(Path folder, IOException e) {
    String where = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : folder.toString();
    return new UserException(ExitCode.USAGE_OR_IO, "cannot read the folder " + where + ": " + IoProblems.reason(e)
        + "; check its permissions, or give the journey files one by one", e);
  }

  /**
   * Commands that draw or report need at least one journey: a path holding only catalogues would
   * otherwise end with exit code 0 and nothing done.
   */
  static void requireJourney(List<LoadResult> results, List<Path> paths) {
    if (results.stream().noneMatch(r -> r.journey().isPresent() || r.hasErrors())) {
      throw new UserException(ExitCode.USAGE_OR_IO, String.join(", ", paths.stream().map(Path::toString).toList())
          + ": only catalogues, no journey; give journey files or a folder that holds some");
    }
  }

  /**
   * The valid journeys among the paths (catalogues skipped). Problems of invalid files are printed
   * to {@code err}; the caller decides the exit code with {@link #anyErrors}.
   */
  static List<Journey> validJourneys(List<LoadResult> results, java.io.PrintWriter err) {
    List<Journey> journeys = new ArrayList<>();
    for (LoadResult result : results) {
      result.diagnostics().forEach(d -> err.println(d.format()));
      result.validJourney().ifPresent(journeys::add);
    }
    List<String> leftOut = results.stream().filter(LoadResult::hasErrors).map(r -> r.file().toString()).toList();
    if (!leftOut.isEmpty()) {
      err.println("slippers: left out because of errors: " + String.join(", ", leftOut)
          + " (fix the problems above; 'slippers validate' lists them alone)");
    }
    err.flush();
    return journeys;
  }

  static boolean anyErrors(List<LoadResult> results) {
    return results.stream().anyMatch(LoadResult::hasErrors);
  }

  /**
   * Outputs are named by journey id, so two journeys with one id would overwrite each other's
   * files: refuse before writing anything.
   */
  static void requireDistinctIds(List<LoadResult> results) {
    java.util.Map<String, Path> seen = new java.util.HashMap<>();
    for (LoadResult result : results) {
      Optional<Journey> journey = result.validJourney();
      if (journey.isEmpty()) {
        continue;
      }
      Path earlier = seen.putIfAbsent(journey.get().id(), result.file());
      if (earlier != null) {
        throw new UserException(ExitCode.PROBLEMS, result.sources().at("/id") + ": the journey id '" + journey.get().id()
            + "' is also used by " + earlier + ", so their outputs would overwrite each other; give each journey its own id");
      }
    }
  }

  /**
   * The names of the files a command writes must not collide: journey {@code shirt} writes
   * {@code shirt-report.html}, which is also the map of a journey {@code shirt-report}, and a journey
   * {@code index} would lose its map to the site's index page. Refused before anything is drawn, at
   * the id of the journey that came second.
   *
   * @param namesOf the files written for a journey id
   * @param shared  files written once for all journeys, with what they are ("the site's index page")
   */
  static void requireDistinctOutputs(List<LoadResult> results, java.util.function.Function<String, List<String>> namesOf,
      java.util.Map<String, String> shared) {
    java.util.Map<String, String> owner = new java.util.HashMap<>(shared);
    for (LoadResult result : results) {
      Optional<Journey> journey = result.validJourney();
      if (journey.isEmpty()) {
        continue;
      }
      String id = journey.get().id();
      for (String name : namesOf.apply(id)) {
        String earlier = owner.putIfAbsent(name, "the journey '" + id + "'");
        if (earlier != null) {
          throw new UserException(ExitCode.PROBLEMS, result.sources().at("/id") + ": error: the journey id '" + id
              + "' gives the output " + name + ", which is also " + (shared.containsKey(name) ? "" : "an output of ")
              + earlier + ", so one would overwrite the other (give this journey another id, one that is not 'index',"
              + " 'portfolio', or another journey's id followed by -graph, -report or -walk) [id.output-clash]");
        }
      }
    }
  }

  /** Every file read, journeys and the catalogues they include: none may be overwritten by an output. */
  static List<Path> inputFiles(List<LoadResult> results) {
    List<Path> files = new ArrayList<>();
    for (LoadResult result : results) {
      files.add(result.file());
      files.addAll(result.sources().includes());
    }
    return files;
  }
}
