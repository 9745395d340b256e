package dev.slippers.render.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.slippers.analysis.MoneyText;
import dev.slippers.model.Language;
import java.util.Comparator;
import java.util.List;

/**
 * A folder of journeys side by side, the most to win first, so a manager sees where to look.
 * Journeys are ranked by the decision model, not by friction: total friction falls when customers
 * leave early, so a journey that loses everyone would look calm.
 *
 * @param rows one per journey: those with economics first, by value at risk (highest first), then by
 *             success probability (lowest first), then by id. Amounts in different currencies are
 *             compared as numbers; keep one currency per portfolio.
 */
public record Portfolio(List<Row> rows) {

  public Portfolio {
    rows = rows.stream()
        .sorted(Comparator.comparingDouble((Row r) -> r.atRisk() == null ? Double.NEGATIVE_INFINITY : r.atRisk())
            .reversed()
            .thenComparingDouble(Row::success)
            .thenComparing(Row::journeyId))
        .toList();
  }

  /** The portfolio of these reports, each linked as {@code <id>-report.html}. */
  public static Portfolio of(List<FrictionReport> reports) {
    return new Portfolio(reports.stream()
        .map(r -> new Row(r.journeyId(), r.title(), r.value() == null ? null : r.value().atRisk(),
            r.value() == null ? "" : r.value().currency(), r.value() == null ? "" : r.value().period(),
            r.success(), r.experience() == null ? 0 : r.experience().perCustomer(), r.friction(),
            r.topPains().isEmpty() ? "" : r.topPains().get(0).description(), r.breaches().size(),
            r.journeyId() + "-report.html", r.shownSuccess()))
        .toList());
  }

  /**
   * One journey of the portfolio. The portfolio is a page about many journeys, in English; its
   * numbers are written with points.
   *
   * @param atRisk     value at risk per period (best minus expected); null without economics
   * @param experience the experience cost per entering customer (lower is better)
   * @param topPain    description of its first pain point to fix, empty when it has none
   * @param breaches   number of metrics missing their targets
   * @param report     file name of its HTML report, relative to the portfolio
   * @param shownSuccess the success share as its report's headline shows it (rounded together with the
   *                   other outcomes, {@link FrictionReport#shownSuccess}), so that the portfolio and the
   *                   report agree; left out of the JSON, which keeps the exact {@code success}
   */
  public record Row(String journeyId, String title, Double atRisk, String currency, String period, double success,
      double experience, double friction, String topPain, int breaches, String report,
      @JsonIgnore double shownSuccess) {

    /** "about 18 M RUB per month", or "n/a" without economics. */
    public String atRiskText() {
      return atRisk == null ? "n/a" : atRiskMoney() + " per " + PageText.period(Language.EN, period);
    }

    /** "about 18 M RUB", or "n/a" without economics. */
    public String atRiskMoney() {
      if (atRisk == null) {
        return "n/a";
      }
      String money = MoneyText.of(atRisk, currency, Language.EN);
      return (money.matches("0(\\u00A0.*)?") ? "" : "about ") + money;
    }

    /** "value at risk per month". */
    public String atRiskLabel() {
      return "value at risk per " + PageText.period(Language.EN, period);
    }

    public String frictionText() {
      return Numbers.score(friction, Language.EN);
    }

    public String experienceText() {
      return Numbers.score(experience, Language.EN);
    }

    public String successText() {
      return Numbers.percent(shownSuccess, Language.EN);
    }
  }
}
