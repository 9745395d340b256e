package dev.slippers.render;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.model.Journey;
import dev.slippers.render.graph.StageGraphSvg;
import dev.slippers.render.html.JourneyHtml;
import dev.slippers.render.map.JourneyMapSvg;
import dev.slippers.render.png.PngRenderer;

/**
 * The pictures of one journey, each a document returned to the caller: the map and the stage
 * graph as SVG, either as PNG, and the HTML page with both. Pictures are computed once and
 * reused, so asking for the HTML after the SVGs costs no second layout.
 *
 * <p>Safe to share between threads: {@code build} draws the map, the graph, the PNG and the page
 * of one journey at once. Each picture has its own lock, so the map and the graph are laid out in
 * parallel while a caller that needs one waits for it instead of drawing it twice.
 */
public final class JourneyRenderer {

  private final JourneyView view;
  private final Object mapLock = new Object();
  private final Object graphLock = new Object();
  private String map;
  private String graph;
  private String pageMap;

  public JourneyRenderer(Journey journey, JourneyAnalysis analysis) {
    this.view = new JourneyView(journey, analysis);
  }

  public JourneyView view() {
    return view;
  }

  /** The journey map as an SVG document. */
  public String mapSvg() {
    synchronized (mapLock) {
      if (map == null) {
        map = JourneyMapSvg.render(view);
      }
      return map;
    }
  }

  /** The stage graph as an SVG document. */
  public String graphSvg() {
    synchronized (graphLock) {
      if (graph == null) {
        graph = StageGraphSvg.render(view);
      }
      return graph;
    }
  }

  public byte[] mapPng(PngRenderer.Size size) {
    return PngRenderer.render(mapSvg(), size);
  }

  public byte[] graphPng(PngRenderer.Size size) {
    return PngRenderer.render(graphSvg(), size);
  }

  /**
   * The self-contained HTML page with the map and the graph. Its map is drawn without the title
   * (the page's heading says it), so it is a layout of its own, not the SVG file's.
   */
  public String html() {
    String pictureOnPage;
    synchronized (mapLock) {
      if (pageMap == null) {
        pageMap = JourneyMapSvg.renderForPage(view);
      }
      pictureOnPage = pageMap;
    }
    return JourneyHtml.render(view, pictureOnPage, graphSvg());
  }
}
