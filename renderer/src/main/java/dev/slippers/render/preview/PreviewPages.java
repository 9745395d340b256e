package dev.slippers.render.preview;

import dev.slippers.render.template.Templates;
import java.util.List;
import java.util.Map;

/**
 * The pages only the live preview has, and the live-reload snippet it adds to every page.
 *
 * <p>The snippet is a script of a few lines and a small navigation bar, added before
 * {@code </body>}. The script listens to the server's event stream ({@code /events}) and reloads the
 * page when a watched file changes, keeping the scroll position. Nothing is loaded from elsewhere
 * and the page itself is unchanged otherwise: saved from the browser it still opens offline, where
 * the script finds no server and does nothing.
 */
public final class PreviewPages {

  private PreviewPages() {}

  /**
   * One journey file on the index page.
   *
   * @param key      the path of its pages on the server ({@code shirt-store} for {@code /shirt-store/map})
   * @param file     the file as the user named it
   * @param id       the journey id, empty when it could not be read
   * @param title    the journey's title, or the file name when it could not be read
   * @param catalogue true for a catalogue (no pages of its own; listed only when it has problems)
   * @param errors   number of errors; the pages show the problems instead of pictures when above 0
   */
  public record IndexEntry(String key, String file, String id, String title, boolean catalogue, int errors,
      int warnings, List<PreviewProblem> problems) {

    public IndexEntry {
      problems = List.copyOf(problems);
    }
  }

  /** The index: every journey with links to its map, graph, report and walk, or its problems. */
  public static String index(List<IndexEntry> entries, List<String> paths) {
    return Templates.shared().render("preview/index.ftlh", Map.of("entries", List.copyOf(entries),
        "paths", String.join(", ", paths)));
  }

  /**
   * The page shown for every view of a journey that does not validate: its located problems, so the
   * author sees what to fix instead of the last picture that worked.
   */
  public static String problems(String file, String view, List<PreviewProblem> problems) {
    long errors = problems.stream().filter(p -> p.severity().equals("error")).count();
    return Templates.shared().render("preview/problems.ftlh", Map.of("file", file, "view", view,
        "problems", List.copyOf(problems), "errors", errors, "warnings", problems.size() - errors));
  }

  /** A page saying why one view cannot be shown (a journey without a walk, a graph too large). */
  public static String unavailable(String title, String reason) {
    return Templates.shared().render("preview/unavailable.ftlh", Map.of("title", title, "reason", reason));
  }

  /** The stage graph, an SVG picture, on a page of its own so that it can reload like the others. */
  public static String graph(String title, String svg) {
    return Templates.shared().render("preview/graph.ftlh", Map.of("title", title, "svg", stripProlog(svg)));
  }

  /**
   * The page with the live-reload snippet added before its {@code </body>} (at the end when it has none).
   *
   * @param key        the journey's path on the server, or empty for the index
   * @param generation the version of the watched files the page was made from: the server reloads
   *     a page at once when the files changed between its making and its connecting to the stream
   */
  public static String withLiveReload(String html, String key, long generation) {
    String snippet = Templates.shared().render("preview/live-reload.ftlh", Map.of("key", key,
        "generation", generation, "views", List.of("map", "graph", "report", "walk")));
    int end = html.lastIndexOf("</body>");
    return end < 0 ? html + snippet : html.substring(0, end) + snippet + html.substring(end);
  }

  /** An SVG document without its XML declaration, for putting inside an HTML page. */
  private static String stripProlog(String svg) {
    String text = svg.strip();
    if (text.startsWith("<?xml")) {
      text = text.substring(text.indexOf("?>") + 2).strip();
    }
    return text;
  }
}
