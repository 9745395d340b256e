package dev.slippers.cli;

import dev.slippers.render.JourneyRenderer;
import dev.slippers.render.png.PngRenderer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Which pictures to draw and how large the PNGs are: the same {@code --format}, {@code --png-width}
 * and {@code --png-scale} on {@code render} and {@code build}.
 */
final class PictureOptions {

  /** Every format, in the order files are written. */
  static final List<String> FORMATS = List.of("svg", "graph", "png", "graph-png", "html");

  /** PNGs are drawn at twice the SVG's size unless told otherwise: 1x labels are 10.5 px, too small to read. */
  static final double DEFAULT_PNG_SCALE = 2;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec spec;

  /** What {@code render} draws when {@code --format} is not given. */
  static final List<String> RENDER_DEFAULT = List.of("svg", "graph", "png", "html");

  /**
   * What {@code build} draws when {@code --format} is not given: no PNG, which cost most of a build
   * (Batik drawing and zlib encoding for every journey); each HTML page has a "Download PNG" button
   * that draws the same map at the same scale in the reader's browser.
   */
  static final List<String> BUILD_DEFAULT = List.of("svg", "graph", "html");

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Comma-separated pictures of each journey: svg (the map), graph (the stage graph), png (the map), "
          + "graph-png, html (default: svg,graph,png,html for render; svg,graph,html for build, whose HTML pages "
          + "have a Download PNG button).")
  List<String> formats; // null when --format is not given (an empty list is "--format ,", an error)

  @Option(names = "--png-width", paramLabel = "PIXELS",
      description = "Width of PNG pictures in pixels (default: the SVG's own width times --png-scale).")
  Integer pngWidth;

  @Option(names = "--png-scale", paramLabel = "FACTOR", defaultValue = "2",
      description = "Scale of PNG pictures against the SVG's size: 1 for small files, 4 for prints (default 2).")
  double pngScale = DEFAULT_PNG_SCALE;

  /** The formats asked for, or {@code defaults} when {@code --format} was not given; checked, in {@link #FORMATS} order. */
  Set<String> formats(List<String> defaults) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String format : formats == null ? defaults : formats) {
      String name = format.strip().toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(name)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown format '" + format + "'; choose from " + String.join(", ", FORMATS));
      }
      wanted.add(name);
    }
    if (wanted.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format names no format; choose from "
          + String.join(", ", FORMATS));
    }
    List<String> ordered = new ArrayList<>(FORMATS);
    ordered.retainAll(wanted);
    return new LinkedHashSet<>(ordered);
  }

  /** The PNG size asked for, checked. */
  PngRenderer.Size pngSize() {
    if (pngWidth != null) {
      if (pngWidth < 16 || pngWidth > 20_000) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--png-width must be between 16 and 20000 pixels");
      }
      return PngRenderer.Size.width(pngWidth);
    }
    if (!(pngScale > 0 && pngScale <= 8)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--png-scale must be above 0 and at most 8");
    }
    return PngRenderer.Size.scale(pngScale);
  }

  /** The file a format is written to: the names {@code render} and {@code build} share. */
  static String fileName(String journeyId, String format) {
    return switch (format) {
      case "svg" -> journeyId + ".svg";
      case "graph" -> journeyId + "-graph.svg";
      case "png" -> journeyId + ".png";
      case "graph-png" -> journeyId + "-graph.png";
      case "html" -> journeyId + ".html";
      default -> throw new IllegalStateException("unchecked format " + format);
    };
  }

  /** The link text of a format on the index page. */
  static String label(String format) {
    return switch (format) {
      case "svg" -> "map (SVG)";
      case "graph" -> "stage graph";
      case "png" -> "map (PNG)";
      case "graph-png" -> "stage graph (PNG)";
      case "html" -> "map";
      default -> throw new IllegalStateException("unchecked format " + format);
    };
  }

  /**
   * The bytes of one picture.
   *
   * @throws PngRenderer.TooLargeException when a PNG would be larger than the renderer draws
   */
  static byte[] draw(JourneyRenderer renderer, String format, PngRenderer.Size size) {
    return switch (format) {
      case "svg" -> utf8(renderer.mapSvg());
      case "graph" -> utf8(renderer.graphSvg());
      case "png" -> renderer.mapPng(size);
      case "graph-png" -> renderer.graphPng(size);
      case "html" -> utf8(renderer.html());
      default -> throw new IllegalStateException("unchecked format " + format);
    };
  }

  private static byte[] utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
