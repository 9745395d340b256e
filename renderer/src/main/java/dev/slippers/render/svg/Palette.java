package dev.slippers.render.svg;

import java.util.HexFormat;
import java.util.List;

/**
 * The colours of every picture, chosen to be calm and legible: dark text on light fills with a
 * contrast of at least 4.5:1, a heat scale from pale sand to brick red, and persona colours that
 * stay apart for the common forms of colour blindness (Okabe and Ito's palette).
 */
public final class Palette {

  public static final String INK = "#1f2a37";
  public static final String MUTED = "#4b5563";
  public static final String GRID = "#d6dbe1";
  public static final String LANE_HEADER = "#eef1f5";
  public static final String CARD = "#ffffff";
  public static final String CARD_EDGE = "#c7ced8";
  public static final String BACKGROUND = "#fbfbfa";
  public static final String MET = "#1b7a43";
  public static final String BREACHED = "#b42318";
  public static final String OPPORTUNITY = "#e7f5ec";
  public static final String OPPORTUNITY_EDGE = "#6fbf8e";
  public static final String LIKELY_PATH = "#1d4ed8";
  public static final String FRICTION_PATH = "#c2410c";
  public static final String SUCCESS = "#d1f0dc";
  public static final String FAILURE = "#f3d6d3";
  public static final String OTHER_OUTCOME = "#e5e7eb";

  /** Severity 1..5, from a soft amber to a strong red. */
  private static final List<String> SEVERITY = List.of("#f6d365", "#f4a259", "#e9724c", "#d1495b", "#9e2a2b");

  /** Okabe-Ito colours without yellow (too pale for a line on white), then two extra darks. */
  private static final List<String> PERSONAS =
      List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9", "#e69f00", "#000000", "#7f3c8d");

  /** Heat stops from no friction to the journey's highest. */
  private static final int[][] HEAT = {{0xf7, 0xf4, 0xea}, {0xfb, 0xe3, 0xb8}, {0xf6, 0xb0, 0x8a}, {0xe9, 0x7a, 0x6b}};

  private Palette() {}

  /** Colour of a pain point with this severity (clamped to 1..5). */
  public static String severity(int severity) {
    return SEVERITY.get(Math.max(1, Math.min(5, severity)) - 1);
  }

  /** Colour of the n-th persona's emotion curve. */
  public static String persona(int index) {
    return PERSONAS.get(index % PERSONAS.size());
  }

  /** Heat colour for a friction normalised to 0..1 within the journey. */
  public static String heat(double normalised) {
    double t = Double.isNaN(normalised) ? 0 : Math.max(0, Math.min(1, normalised)) * (HEAT.length - 1);
    int i = Math.min(HEAT.length - 2, (int) Math.floor(t));
    double f = t - i;
    int r = (int) Math.round(HEAT[i][0] + (HEAT[i + 1][0] - HEAT[i][0]) * f);
    int g = (int) Math.round(HEAT[i][1] + (HEAT[i + 1][1] - HEAT[i][1]) * f);
    int b = (int) Math.round(HEAT[i][2] + (HEAT[i + 1][2] - HEAT[i][2]) * f);
    // Not String.format: java.util.Formatter's first use costs a cold render several milliseconds.
    HexFormat hex = HexFormat.of();
    return "#" + hex.toHexDigits((byte) r) + hex.toHexDigits((byte) g) + hex.toHexDigits((byte) b);
  }
}
