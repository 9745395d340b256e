package dev.slippers.render.report;

import dev.slippers.model.Language;
import java.util.Comparator;
import java.util.List;

/**
 * A folder of journeys side by side, most friction first, so a manager sees where to look.
 *
 * @param rows one per journey, ranked by total friction (highest first), then by success
 *             probability (lowest first), then by id
 */
public record Portfolio(List<Row> rows) {

  public Portfolio {
    rows = rows.stream()
        .sorted(Comparator.comparingDouble(Row::friction).reversed()
            .thenComparingDouble(Row::success)
            .thenComparing(Row::journeyId))
        .toList();
  }

  /** The portfolio of these reports, each linked as {@code <id>-report.html}. */
  public static Portfolio of(List<FrictionReport> reports) {
    return new Portfolio(reports.stream()
        .map(r -> new Row(r.journeyId(), r.title(), r.friction(), r.success(),
            r.topPains().isEmpty() ? "" : r.topPains().get(0).description(), r.breaches().size(),
            r.journeyId() + "-report.html"))
        .toList());
  }

  /**
   * One journey of the portfolio.
   *
   * @param topPain  description of its highest-impact pain point, empty when it has none
   * @param breaches number of metrics missing their targets
   * @param report   file name of its HTML report, relative to the portfolio
   */
  /** The portfolio is a page about many journeys, in English; its numbers are written with points. */
  public record Row(String journeyId, String title, double friction, double success, String topPain, int breaches,
      String report) {

    public String frictionText() {
      return Numbers.score(friction, Language.EN);
    }

    public String successText() {
      return Numbers.percent(success, Language.EN);
    }
  }
}
