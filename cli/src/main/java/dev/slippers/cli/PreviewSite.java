package dev.slippers.cli;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.render.JourneyRenderer;
import dev.slippers.render.preview.PreviewPages;
import dev.slippers.render.preview.PreviewProblem;
import dev.slippers.render.report.ReportRenderer;
import dev.slippers.render.walk.WalkPaths;
import dev.slippers.render.walk.WalkRenderer;
import dev.slippers.render.walk.Walks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code slippers serve} shows at one moment: every journey file under the paths, loaded and
 * validated, and its pages drawn on first request and kept until a file changes.
 *
 * <p>A snapshot is immutable apart from its page cache; the server swaps in a new one when the
 * watched files change ({@link #reload}). Which files changed is decided by their content (a SHA-256
 * of every file read, journeys and includes, and the list of files found), so an editor that only
 * touches a file, or a watch event for a file nobody reads, reloads nothing.
 *
 * <p>A page's URL is the journey file's path under the folder given, without {@code .yaml}
 * ({@code /shirt-store/map}), so it stays the same while the journey is broken and its id unreadable.
 */
final class PreviewSite {

  /** The views of every journey, as the URLs name them. */
  static final List<String> VIEWS = List.of("map", "graph", "report", "walk");

  private final List<Path> paths;
  private final Path root;
  private final long generation;
  private final String fingerprint;
  private final Map<String, Page> pages;
  private final List<Path> watched;
  /** Pages drawn so far, by path; a new generation starts empty. */
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
  /** One analysis per journey and generation, shared by its four views. */
  private final Map<String, JourneyAnalysis> analyses = new ConcurrentHashMap<>();

  private PreviewSite(List<Path> paths, Path root, long generation, String fingerprint, Map<String, Page> pages,
      List<Path> watched) {
    this.paths = paths;
    this.root = root;
    this.generation = generation;
    this.fingerprint = fingerprint;
    this.pages = pages;
    this.watched = watched;
  }

  /** One journey file and what loading it gave. */
  private record Page(String key, LoadResult result) {}

  /**
   * Loads everything under the paths.
   *
   * @throws UserException when a path does not exist (at start; later a vanished path shows on the index)
   */
  static PreviewSite load(List<Path> paths, Path root) {
    if (root != null && !Files.isDirectory(root)) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--root " + root + (Files.exists(root) ? " is a file" : ": no such folder")
          + "; give the folder that holds the journeys and the catalogues they include");
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UserException(ExitCode.USAGE_OR_IO, path + ": no such file or folder");
      }
    }
    return load(paths, root, 0);
  }

  private static PreviewSite load(List<Path> paths, Path root, long generation) {
    Map<String, Page> pages = new LinkedHashMap<>();
    Set<Path> watched = new java.util.LinkedHashSet<>();
    List<LoadResult> results = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        watched.add(path);
        JourneyLoader loader = new JourneyLoader(root != null ? root : path);
        for (Path file : discover(path)) {
          LoadResult result = loader.load(file);
          results.add(result);
          put(pages, key(path.relativize(file)), result);
        }
      } else if (Files.exists(path)) {
        Path parent = path.toAbsolutePath().getParent();
        LoadResult result = new JourneyLoader(root != null ? root : parent).load(path);
        results.add(result);
        put(pages, key(path.getFileName()), result);
      }
      // A path that vanished while serving simply has no pages until it is back.
    }
    watched.addAll(JourneyFiles.inputFiles(results));
    paths.stream().filter(p -> !Files.isDirectory(p)).forEach(watched::add);
    return new PreviewSite(paths, root, generation, fingerprint(pages.keySet(), watched), pages, List.copyOf(watched));
  }

  private static List<Path> discover(Path folder) {
    try {
      return JourneyLoader.discover(folder);
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private static void put(Map<String, Page> pages, String key, LoadResult result) {
    String unique = key;
    for (int n = 2; pages.containsKey(unique); n++) {
      unique = key + "-" + n;
    }
    pages.put(unique, new Page(unique, result));
  }

  /** {@code sub/shirt-store.yaml} becomes {@code sub/shirt-store}; only characters safe in a URL path remain. */
  static String key(Path relative) {
    String text = relative.toString().replace('\\', '/').replaceFirst("\\.ya?ml$", "");
    StringBuilder key = new StringBuilder();
    text.codePoints().forEach(c -> key.append(c < 128 && (Character.isLetterOrDigit(c) || "-_./".indexOf(c) >= 0)
        ? Character.toString(c) : "_"));
    return key.toString().replace("..", "_");
  }

  /** The same paths loaded again: this site when nothing that is read changed, a new generation otherwise. */
  PreviewSite reload() {
    PreviewSite next = load(paths, root, generation + 1);
    return next.fingerprint.equals(fingerprint) ? this : next;
  }

  long generation() {
    return generation;
  }

  /** Every file and folder whose change may change a page: journeys, includes, and the folders searched. */
  List<Path> watched() {
    return watched;
  }

  int journeyCount() {
    return (int) pages.values().stream().filter(p -> !p.result().isCatalogue()).count();
  }

  /** The keys of the journeys' pages, in index order. */
  List<String> keys() {
    return List.copyOf(pages.keySet());
  }

  /** The index page, or a journey's view ({@code shirt-store/map}); empty for any other path. */
  Optional<byte[]> page(String path) {
    String clean = path.startsWith("/") ? path.substring(1) : path;
    if (clean.isEmpty() || clean.equals("index.html")) {
      return Optional.of(cache.computeIfAbsent("", k -> utf8(PreviewPages.withLiveReload(index(), "", generation))));
    }
    int slash = clean.lastIndexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String key = clean.substring(0, slash);
    String view = clean.substring(slash + 1);
    Page page = pages.get(key);
    if (page == null || !VIEWS.contains(view) || page.result().isCatalogue()) {
      return Optional.empty();
    }
    return Optional.of(cache.computeIfAbsent(clean, k -> utf8(PreviewPages.withLiveReload(view(page, view), key, generation))));
  }

  private String index() {
    List<PreviewPages.IndexEntry> entries = new ArrayList<>();
    for (Page page : pages.values()) {
      LoadResult result = page.result();
      int errors = (int) result.diagnostics().stream().filter(Diagnostic::isError).count();
      if (result.isCatalogue() && errors == 0) {
        continue;
      }
      Optional<Journey> journey = result.journey();
      String title = journey.map(Journey::title).filter(t -> !t.isBlank()).orElse(result.file().getFileName().toString());
      entries.add(new PreviewPages.IndexEntry(page.key(), result.file().toString(), journey.map(Journey::id).orElse(""),
          title, result.isCatalogue(), errors, result.diagnostics().size() - errors, problems(result)));
    }
    return PreviewPages.index(entries, paths.stream().map(Path::toString).toList());
  }

  private String view(Page page, String view) {
    LoadResult result = page.result();
    Optional<Journey> valid = result.validJourney();
    if (valid.isEmpty()) {
      return PreviewPages.problems(result.file().toString(), view, problems(result));
    }
    Journey journey = valid.get();
    JourneyAnalysis analysis = analysis(page.key(), journey);
    return switch (view) {
      case "map" -> new JourneyRenderer(journey, analysis).html();
      case "graph" -> PreviewPages.graph(journey.title(), new JourneyRenderer(journey, analysis).graphSvg());
      case "report" -> ReportRenderer.html(Analyses.report(journey, analysis));
      case "walk" -> walk(journey, analysis);
      default -> throw new IllegalStateException("unchecked view " + view);
    };
  }

  private JourneyAnalysis analysis(String key, Journey journey) {
    return analyses.computeIfAbsent(key, k -> Analyses.analyze(journey));
  }

  private static String walk(Journey journey, JourneyAnalysis analysis) {
    try {
      var path = WalkPaths.choose(journey, analysis, WalkPaths.MOST_LIKELY);
      return WalkRenderer.html(Walks.of(journey, analysis, path, Optional.empty()));
    } catch (IllegalArgumentException e) {
      return PreviewPages.unavailable(journey.title(), "No walk: " + e.getMessage());
    }
  }

  /** The problems with the lines they point at, read from the files (journeys and includes) they name. */
  private static List<PreviewProblem> problems(LoadResult result) {
    Map<String, Optional<List<String>>> lines = new LinkedHashMap<>();
    return PreviewProblem.of(result.diagnostics(), file -> lines.computeIfAbsent(file, PreviewSite::lines));
  }

  private static Optional<List<String>> lines(String file) {
    try {
      Path path = Path.of(file);
      if (Files.size(path) > JourneyLoader.MAX_FILE_BYTES) {
        return Optional.empty();
      }
      return Optional.of(List.of(Files.readString(path, StandardCharsets.UTF_8).split("\r?\n", -1)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** SHA-256 over the page keys and the bytes of every file read; an unreadable file counts as its absence. */
  private static String fingerprint(Set<String> keys, Set<Path> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      keys.forEach(k -> digest.update((k + "\n").getBytes(StandardCharsets.UTF_8)));
      Set<Path> seen = new HashSet<>();
      for (Path file : files) {
        if (!seen.add(file.toAbsolutePath().normalize()) || !Files.isRegularFile(file)) {
          continue;
        }
        digest.update((file + "\n").getBytes(StandardCharsets.UTF_8));
        try {
          digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
          digest.update("unreadable".getBytes(StandardCharsets.UTF_8));
        }
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
