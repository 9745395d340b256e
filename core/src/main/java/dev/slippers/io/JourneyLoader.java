package dev.slippers.io;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.diagnostic.SourceRef;
import dev.slippers.model.Journey;
import dev.slippers.validation.Validator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads journey and catalogue files: reads them safely, maps them to the model, pulls in included
 * catalogues and runs every validation rule. Never throws for bad input; every problem comes back
 * in the {@link LoadResult}.
 */
public final class JourneyLoader {

  /**
   * Larger files are refused before they are read. A hand-written journey is a few hundred
   * kilobytes, but generated ones are not: 100,000 stages and 500,000 transitions are about 60 MB
   * of YAML, which load, validate and analyse in a 4 GiB heap (in 2 GiB too, slower; measured in
   * docs/performance.md). The limit leaves room for twice that; a larger file is refused before a
   * byte is read, so no file can make the reader hold more than this much text. Raised from
   * 10 MiB deliberately, for issue 11; nesting and alias limits are unchanged.
   */
  public static final long MAX_FILE_BYTES = 128L * 1024 * 1024;

  private static final String TOO_LARGE_HINT = "that is the documented limit (docs/format.md, yaml.limits); "
      + "split the journey into several files, each under it";

  private final Path root;
  private final Map<Path, LoadResult> catalogues = new HashMap<>();
  /** Files being loaded right now, by real path: an include of one of them is a cycle. */
  private final java.util.Set<Path> loading = new java.util.HashSet<>();
  private Path realRoot;

  /**
   * @param root the journeys' root: includes must stay inside it
   */
  public JourneyLoader(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Every {@code .yaml} and {@code .yml} file under a folder, sorted by path, for {@code validate DIR}. */
  public static List<Path> discover(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
    }
  }

  /** Loads and validates one file. */
  public LoadResult load(Path file) {
    String name = file.toString();
    Optional<String> text;
    List<Diagnostic> problems = new ArrayList<>();
    text = readText(file, name, problems);
    if (text.isEmpty()) {
      return new LoadResult(file, Optional.empty(), Optional.empty(), problems, new SourceMap(name));
    }
    Path real = realPath(file);
    boolean top = loading.add(real);
    try {
      return parse(file, text.get());
    } finally {
      if (top) {
        loading.remove(real);
      }
    }
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /** Loads and validates YAML text as if it were the file {@code fileName} (includes resolve beside it). */
  public LoadResult parse(String fileName, String yaml) {
    return parse(Path.of(fileName), yaml);
  }

  private LoadResult parse(Path file, String yaml) {
    String name = file.toString();
    List<Diagnostic> problems = new ArrayList<>();
    SourceMap sources = new SourceMap(name);
    YamlTreeReader.Result tree = YamlTreeReader.read(name, yaml);
    problems.addAll(tree.problems());
    if (tree.root().isEmpty()) {
      return new LoadResult(file, Optional.empty(), Optional.empty(), problems, sources);
    }
    YamlNode root = tree.root().get();
    sources.index(root);
    JourneyReader reader = new JourneyReader(sources, problems::add);
    boolean isCatalogue = root instanceof YamlNode.Mapping m && m.get("catalogue").isPresent() && m.get("id").isEmpty();
    Fields fields = Fields.of(root, "", isCatalogue ? "the catalogue" : "the journey",
        isCatalogue ? JourneyReader.CATALOGUE_KEYS : JourneyReader.JOURNEY_KEYS, problems::add);
    if (!(root instanceof YamlNode.Mapping) || !reader.checkVersion(fields)) {
      return new LoadResult(file, Optional.empty(), Optional.empty(), problems, sources);
    }
    if (isCatalogue) {
      Catalogue catalogue = reader.catalogue(fields);
      problems.addAll(Validator.checkCatalogue(catalogue, sources));
      return new LoadResult(file, Optional.empty(), Optional.of(catalogue), problems, sources);
    }
    List<Catalogue> included = new ArrayList<>();
    List<String> includes = reader.includes(fields);
    for (int i = 0; i < includes.size(); i++) {
      include(file, includes.get(i), sources.at("/include/" + i), sources, problems).ifPresent(included::add);
    }
    Journey journey = reader.journey(fields, included);
    problems.addAll(Validator.checkJourney(journey, sources));
    return new LoadResult(file, Optional.of(journey), Optional.empty(), problems, sources);
  }

  private Optional<Catalogue> include(Path from, String include, SourceRef where, SourceMap sources,
      List<Diagnostic> problems) {
    Path parent = from.getParent() == null ? Path.of("") : from.getParent();
    Path target;
    try {
      target = parent.resolve(include).normalize();
    } catch (InvalidPathException e) {
      problems.add(Diagnostic.error("include.invalid", where, "'" + include + "' is not a path a file can have",
          "write the catalogue's path relative to this file, without control characters"));
      return Optional.empty();
    }
    Path absolute = target.toAbsolutePath().normalize();
    if (Path.of(include).isAbsolute() || !absolute.startsWith(root)) {
      problems.add(Diagnostic.error("include.invalid", where, "'" + include + "' is outside the journeys' root",
          "include catalogues by a relative path inside " + displayRoot()));
      return Optional.empty();
    }
    if (!Files.isRegularFile(absolute)) {
      problems.add(Diagnostic.error("include.invalid", where, "cannot include '" + include + "': "
          + (Files.exists(absolute) ? "not a regular file" : "no such file"),
          "the path is relative to " + (from.getParent() == null ? "this file's folder" : from.getParent().toString())));
      return Optional.empty();
    }
    // The path text stays inside the root; so must the file it names once symbolic links are followed.
    Path real;
    try {
      real = absolute.toRealPath();
    } catch (IOException e) {
      problems.add(Diagnostic.error("include.invalid", where, "cannot include '" + include + "': its path cannot be followed",
          "check the symbolic links on the way to it"));
      return Optional.empty();
    }
    if (!real.startsWith(realRoot())) {
      problems.add(Diagnostic.error("include.invalid", where, "'" + include + "' leads outside the journeys' root through a symbolic link",
          "copy the catalogue inside " + displayRoot() + ", or give a wider root with --root"));
      return Optional.empty();
    }
    sources.included(absolute);
    if (loading.contains(real)) {
      problems.add(Diagnostic.error("include.invalid", where, "'" + include + "' includes itself, directly or through other files",
          "an include names a catalogue; catalogues include nothing, so the cycle cannot be meant"));
      return Optional.empty();
    }
    LoadResult loaded = catalogues.get(real);
    if (loaded == null) {
      loading.add(real);
      try {
        loaded = load(target);
      } finally {
        loading.remove(real);
      }
      catalogues.put(real, loaded);
    }
    if (loaded.catalogue().isEmpty()) {
      problems.add(Diagnostic.error("include.invalid", where, "'" + include + "' is not a catalogue",
          "an included file holds 'catalogue: <id>' with personas and channels"));
      return Optional.empty();
    }
    if (loaded.hasErrors()) {
      problems.add(Diagnostic.error("include.invalid", where, "the catalogue '" + include + "' has errors",
          "validate it: slippers validate " + target));
    }
    Catalogue catalogue = loaded.catalogue().get();
    SourceMap theirs = loaded.sources();
    catalogue.personas().forEach(p -> sources.adopt(theirs, p));
    catalogue.channels().forEach(c -> sources.adopt(theirs, c));
    return Optional.of(catalogue);
  }

  /** The root with symbolic links followed, once; the root as given when it cannot be followed. */
  private Path realRoot() {
    if (realRoot == null) {
      try {
        realRoot = root.toRealPath();
      } catch (IOException e) {
        realRoot = root;
      }
    }
    return realRoot;
  }

  private String displayRoot() {
    Path here = Path.of("").toAbsolutePath();
    return root.startsWith(here) && !root.equals(here) ? here.relativize(root).toString() : root.getFileName() == null ? "/" : root.getFileName().toString();
  }

  private static Optional<String> readText(Path file, String name, List<Diagnostic> problems) {
    SourceRef where = SourceRef.file(name);
    if (Files.isDirectory(file)) {
      problems.add(Diagnostic.error("file.unreadable", where, "this is a folder, not a journey file",
          "give a .yaml file, or use a command that takes folders such as 'slippers validate'"));
      return Optional.empty();
    }
    if (!Files.exists(file)) {
      problems.add(Diagnostic.error("file.unreadable", where, "no such file", "check the path"));
      return Optional.empty();
    }
    try {
      // The type first: opening a FIFO blocks until someone writes to it, and a device such as
      // /dev/zero reports size 0 and never ends.
      if (!Files.isRegularFile(file)) {
        problems.add(Diagnostic.error("file.unreadable", where, "this is not a regular file (a pipe, a device or a socket)",
            "give a journey file saved on disk"));
        return Optional.empty();
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        problems.add(Diagnostic.error("yaml.limits", where, "the file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB",
            TOO_LARGE_HINT));
        return Optional.empty();
      }
      byte[] bytes;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        // Bounded even if the file grows while it is read.
        bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      }
      if (bytes.length > MAX_FILE_BYTES) {
        problems.add(Diagnostic.error("yaml.limits", where, "the file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB",
            TOO_LARGE_HINT));
        return Optional.empty();
      }
      for (byte b : bytes) {
        if (b == 0) {
          problems.add(Diagnostic.error("file.binary", where, "this is a binary file, not YAML text",
              "give a journey written in YAML (UTF-8 text)"));
          return Optional.empty();
        }
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      problems.add(Diagnostic.error("file.binary", where, "the file is not UTF-8 text",
          "save it as UTF-8 (the encoding of YAML)"));
    } catch (IOException e) {
      // The JDK's message is only the path again; the exception's type is what went wrong.
      String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
      problems.add(Diagnostic.error("file.unreadable", where, "cannot read the file: " + reason,
          "check that it exists and is readable"));
    }
    return Optional.empty();
  }
}
