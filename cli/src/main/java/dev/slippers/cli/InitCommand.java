package dev.slippers.cli;

import dev.slippers.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code slippers init [DIR]}: a starter journey, the catalogue it includes and the JSON Schema the
 * editor needs, so that a newcomer starts from a file that validates clean and teaches the format in
 * its comments. Nothing that exists is ever replaced.
 */
@Command(
    name = "init",
    header = "Start a journey: write a starter journey, its catalogue and the schema for the editor.",
    description = {
      "Writes DIR/<id>.yaml (a small journey that validates clean, with comments that explain every key), "
          + "DIR/catalogue.yaml (the personas and channels it includes) and DIR/slippers.schema.json (completion "
          + "and hover help in editors with the YAML language server).",
      "Refuses to replace any file that exists; DIR is created when missing."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers init                   # my-journey.yaml in the current folder",
      "  slippers init journeys --name returns",
      "  slippers init journeys-ru --language ru"})
final class InitCommand implements Callable<Integer> {

  /** The file name the journey's modeline names; written beside the journey. */
  static final String SCHEMA_FILE = "slippers.schema.json";
  /** Where the build puts a copy of docs/slippers.schema.json (see cli/pom.xml). */
  private static final String SCHEMA_RESOURCE = "/dev/slippers/cli/init/slippers.schema.json";
  /** The journey id rule of the format (docs/format.md, "Values"), checked before any file is written. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder to write into (default: the current folder).")
  Path folder = Path.of(".");

  @Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
      description = "en (default) or ru: the language of the example and its comments.")
  String language;

  @Option(names = "--name", paramLabel = "ID", defaultValue = "my-journey",
      description = "The journey's id and file name (default: my-journey).")
  String name;

  @Override
  public Integer call() {
    Language lang = language();
    if (!ID.matcher(name).matches()) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--name '" + name + "' is not an id; use latin letters, digits, "
          + "'-', '_' and '.', starting with a letter or digit (e.g. --name returns)");
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UserException(ExitCode.USAGE_OR_IO, folder + " is a file; give init a folder (it is created when missing)");
    }
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(folder.resolve(name + ".yaml"), template("journey-" + lang.code() + ".yaml").replace("{{id}}", name));
    files.put(folder.resolve("catalogue.yaml"), template("catalogue-" + lang.code() + ".yaml"));
    files.put(folder.resolve(SCHEMA_FILE), resource(SCHEMA_RESOURCE));
    List<String> existing = files.keySet().stream().filter(Files::exists).map(Path::toString).toList();
    if (!existing.isEmpty()) {
      throw new UserException(ExitCode.USAGE_OR_IO, "not replacing " + String.join(", ", existing)
          + ": init writes only new files; give another folder, or --name for another journey file");
    }
    List<Path> written = write(files);
    PrintWriter out = spec.commandLine().getOut();
    written.forEach(p -> out.println("wrote " + p));
    Path journey = written.get(0);
    out.println("next: edit " + journey + ", preview it with 'slippers serve " + folder + "', check it with 'slippers validate "
        + folder + "' (docs/authoring.md walks you through the rest)");
    out.flush();
    return ExitCode.OK;
  }

  private Language language() {
    String code = language.strip().toLowerCase(Locale.ROOT);
    for (Language l : Language.values()) {
      if (l.code().equals(code)) {
        return l;
      }
    }
    throw new UserException(ExitCode.USAGE_OR_IO, "--language " + language + ": the starter journey comes in en or ru");
  }

  /**
   * Writes each file as a new file ({@code CREATE_NEW}), so a file that appeared since the check is
   * still not replaced; on a failure the files this run wrote are removed again.
   */
  private static List<Path> write(Map<Path, String> files) {
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folderOf(files.keySet().iterator().next()));
      for (Map.Entry<Path, String> file : files.entrySet()) {
        Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        written.add(file.getKey());
      }
      return written;
    } catch (IOException e) {
      for (Path p : written) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // The message below names the problem; a leftover starter file harms nothing.
        }
      }
      String what = e instanceof FileAlreadyExistsException f ? "not replacing " + f.getFile() + ", which just appeared"
          : "cannot write the starter files: " + IoProblems.reason(e);
      throw new UserException(ExitCode.USAGE_OR_IO, what + "; check the folder and try again", e);
    }
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent != null ? parent : Path.of(".");
  }

  private static String template(String name) {
    return resource("/dev/slippers/cli/init/" + name);
  }

  private static String resource(String path) {
    try (InputStream in = InitCommand.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the starter file " + path + " is missing from the Slippers jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the starter file " + path + " cannot be read from the Slippers jar", e);
    }
  }
}
