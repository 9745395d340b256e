package dev.slippers.render.map;

import dev.slippers.render.text.TextMeasure;
import java.util.List;

/**
 * Wrapped text measured for a box: its lines, size and the height it needs, so that lanes can be
 * sized before anything is drawn.
 */
record Block(List<String> lines, double size, boolean bold, double lineHeight) {

  static final double NORMAL = 12;
  static final double SMALL = 10.5;

  Block {
    lines = List.copyOf(lines);
  }

  static Block of(String text, double width, double size, boolean bold, int maxLines) {
    return new Block(TextMeasure.wrap(text, width, size, bold, maxLines), size, bold, Math.round(size * 1.3));
  }

  /** One line shortened to the width. */
  static Block line(String text, double width, double size, boolean bold) {
    return new Block(List.of(TextMeasure.fit(text, width, size, bold)), size, bold, Math.round(size * 1.3));
  }

  double height() {
    return lines.size() * lineHeight;
  }

  /** Baseline of the first line when the block's top is at {@code top}. */
  double firstBaseline(double top) {
    return top + size;
  }
}
