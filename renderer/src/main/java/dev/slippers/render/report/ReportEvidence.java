package dev.slippers.render.report;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.MoneyText;
import dev.slippers.analysis.uncertainty.ExitCounts;
import dev.slippers.analysis.uncertainty.Interval;
import dev.slippers.analysis.uncertainty.Uncertainty;
import dev.slippers.model.Economics;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's "what the data says": which shares are measured and which assumed, the intervals of
 * the figures the report leads with, and the notes that check those figures against their counts;
 * with the interval and money formats the pain table's bands use too.
 */
final class ReportEvidence {

  private ReportEvidence() {}

  /**
   * Which shares are measured and which assumed, and the intervals of the figures the report leads
   * with; notes where the draws centre away from a figure and where a figure lies outside its interval
   * (the shares as written then disagree with their counts), so that the page's numbers can be checked
   * against each other.
   */
  static FrictionReport.Evidence of(Journey journey, JourneyAnalysis analysis, FrictionReport.Value value,
      List<FrictionReport.PainRow> pains, List<FrictionReport.OutcomeRow> outcomes, Optional<Uncertainty> drawn) {
    Language language = journey.language();
    if (drawn.isEmpty() || !drawn.get().measured()) {
      return new FrictionReport.Evidence(false, 0, 0, PageText.get(language, "evidenceAssumed"), null, null,
          List.of(), List.of());
    }
    Uncertainty u = drawn.get();
    Map<String, Long> customers = new java.util.HashMap<>();
    ExitCounts.of(journey).forEach(c -> customers.put(c.stageId(), c.departures().isPresent()
        ? c.departures().getAsLong() : c.transitions().stream().mapToLong(Long::longValue).sum()));
    List<FrictionReport.StageShares> rows = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      boolean measured = u.measuredStages().contains(stage.id());
      if (measured || u.assumedStages().contains(stage.id())) {
        rows.add(new FrictionReport.StageShares(stage.id(), stage.displayName(), measured,
            measured ? customers.get(stage.id()) : null));
      }
    }
    java.util.function.DoubleFunction<String> percent = x -> Numbers.percent(x, language);
    FrictionReport.Band success = band(analysis.successProbability(), u.success(), percent, language);
    FrictionReport.Band money = value == null || u.valuePerPeriod().isEmpty() ? null
        : band(value.expectedPerPeriod(), u.valuePerPeriod().get(),
            moneyFormat(u.valuePerPeriod().get(), false, value.currency(), language), language);
    // Each figure with an interval, its name and how the page writes it, to check against each other.
    List<Figure> figures = new ArrayList<>();
    // Success as the headline shows it, rounded with the other outcomes; the other figures as their format writes them.
    figures.add(new Figure(PageText.get(language, "figureSuccess"), success, percent,
        percent.apply(FrictionReport.shownSuccess(outcomes, success.point()))));
    if (money != null) {
      figures.add(Figure.of(PageText.get(language, "figureValue", "period", value.periodText()), money,
          moneyFormat(u.valuePerPeriod().get(), false, value.currency(), language)));
    }
    for (FrictionReport.PainRow pain : pains) {
      if (pain.uncertainty() != null) {
        FrictionReport.Band fix = pain.uncertainty().ifFixed();
        figures.add(Figure.of(PageText.get(language, "figureFix", "id", pain.id()), fix,
            fixFormat(pain.valueIfFixed() != null, new Interval(fix.low(), fix.high(), fix.mean()), journey, language)));
      }
    }
    List<String> disagreeing = disagreeing(journey, u);
    List<String> notes = new ArrayList<>();
    if (!disagreeing.isEmpty()) {
      notes.add(PageText.get(language, "evidenceDisagree", "list", String.join("; ", disagreeing)));
    }
    List<String> offCentre = new ArrayList<>();
    for (Figure figure : figures) {
      FrictionReport.Band band = figure.band();
      // The mean of 1,000 draws wobbles by about a hundredth of the interval's width; a tenth is a real shift,
      // worth a sentence when the page's rounding shows it.
      String point = figure.point();
      String mean = figure.format().apply(band.mean());
      if (Math.abs(band.mean() - band.point()) > 0.1 * (band.high() - band.low()) && !point.equals(mean)) {
        offCentre.add(PageText.get(language, "evidenceMeanItem", "name", figure.name(), "point", point, "mean", mean));
      }
      if (!band.inside()) {
        String name = figure.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + figure.name().substring(1);
        notes.add(PageText.get(language, "evidenceOutside", "name", name, "point", figure.point(),
            "band", band.text()) + " " + PageText.get(language, disagreeing.isEmpty() ? "outsideFew" : "outsideDisagree"));
      }
    }
    if (!offCentre.isEmpty() && disagreeing.isEmpty()) {
      notes.add(0, PageText.get(language, "evidenceMean", "what", String.join("; ", offCentre)));
    }
    String measured = u.assumedStages().isEmpty() ? PageText.get(language, "evidenceAll")
        : PageText.get(language, "evidenceSome", "m", String.valueOf(u.measuredStages().size()),
            "k", String.valueOf(rows.size()));
    String summary = measured + " " + PageText.get(language, "evidenceDrawn", "n", String.valueOf(u.samples()),
        "seed", String.valueOf(u.seed()));
    return new FrictionReport.Evidence(true, u.samples(), u.seed(), summary, success, money, rows, notes);
  }

  /**
   * Transitions of measured stages whose written share is not the share their counts give (beyond the
   * four decimals {@code calibrate --write} rounds to): "try → win: 50% written, 30 of 100 counted".
   * With the stage's departures a share is count / departures; without, the counts only split what the
   * stage passes on, so a share is compared as its part of the shares written.
   */
  static List<String> disagreeing(Journey journey, Uncertainty u) {
    Language language = journey.language();
    Map<String, List<Transition>> leaving = journey.outgoingByStage();
    Map<String, Stage> stages = journey.stagesById();
    List<String> found = new ArrayList<>();
    for (String id : u.measuredStages()) {
      List<Transition> out = leaving.getOrDefault(id, List.of());
      double[] shares = Transition.effectiveShares(out);
      double passed = java.util.Arrays.stream(shares).sum();
      long counted = out.stream().mapToLong(t -> t.count().orElse(0)).sum();
      java.util.OptionalLong departures = stages.get(id).departures();
      long n = departures.orElse(counted);
      for (int i = 0; i < out.size(); i++) {
        long k = out.get(i).count().orElse(0);
        double counts = n == 0 ? 0 : departures.isPresent() ? (double) k / n : passed * k / n;
        if (n > 0 && Math.abs(shares[i] - counts) > 5e-5 + 1e-12) {
          found.add(PageText.get(language, "disagreeItem", "from", id, "to", out.get(i).to(),
              "share", Numbers.percent(shares[i], language), "k", String.valueOf(k), "n", String.valueOf(n)));
        }
      }
    }
    return found;
  }

  /**
   * A figure the report shows with an interval: its name, how the page writes its numbers, and the figure
   * as the page writes it (success rounded with the other outcomes, so not always its format's text).
   */
  private record Figure(String name, FrictionReport.Band band, java.util.function.DoubleFunction<String> format,
      String point) {

    /** A figure written as its format writes it. */
    static Figure of(String name, FrictionReport.Band band, java.util.function.DoubleFunction<String> format) {
      return new Figure(name, band, format, format.apply(band.point()));
    }
  }

  /** A figure and its interval, the interval written with {@code format} in the report's language. */
  static FrictionReport.Band band(double point, Interval interval, java.util.function.DoubleFunction<String> format,
      Language language) {
    String low = format.apply(interval.low());
    String high = format.apply(interval.high());
    String text = PageText.get(language, "band", "low", low, "high", high);
    // Ends written to more digits than the report's figures (a narrow interval of money) name the figure to
    // as many digits too, so that the figure visibly lies between them.
    if (format instanceof MoreDigits) {
      text += PageText.get(language, "bandFigure", "point", format.apply(point));
    }
    return new FrictionReport.Band(point, interval.low(), interval.high(), interval.mean(), interval.contains(point), text);
  }

  /** A money format with more significant digits than the report's usual two. */
  private interface MoreDigits extends java.util.function.DoubleFunction<String> {}

  /** How the change of fixing a pain is written: signed money with economics, else points of success. */
  static java.util.function.DoubleFunction<String> fixFormat(boolean money, Interval interval, Journey journey,
      Language language) {
    String currency = journey.economics().map(Economics::currency).orElse("");
    return money ? moneyFormat(interval, true, currency, language) : x -> Numbers.points(x, language);
  }

  /**
   * Money for an interval's ends: two significant digits, as everywhere in the report, or as many more
   * (up to four) as it takes for ends that differ to read differently ("5.9 M to 6.5 M", not "110 M to
   * 110 M" where three digits say "108 M to 111 M").
   */
  static java.util.function.DoubleFunction<String> moneyFormat(Interval interval, boolean signed, String currency,
      Language language) {
    int digits = 2;
    while (digits < 4 && interval.high() > interval.low()
        && MoneyText.of(interval.low(), "", language, digits).equals(MoneyText.of(interval.high(), "", language, digits))) {
      digits++;
    }
    int chosen = digits;
    java.util.function.DoubleFunction<String> format = signed ? x -> MoneyText.signed(x, currency, language, chosen)
        : x -> MoneyText.of(x, currency, language, chosen);
    return chosen == 2 ? format : (MoreDigits) format::apply;
  }
}
