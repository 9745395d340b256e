package dev.slippers.render.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A friction report's content, ready for every output format: numbers as the analysis gives them;
 * the templates format them in the report's language with {@link dev.slippers.wording.Numerals}
 * (as {@code n}), so that HTML and Markdown agree and the JSON keeps plain numbers.
 *
 * @param journeyId   the journey's id
 * @param title       the journey's title
 * @param description the journey's description, may be empty
 * @param success     success probability
 * @param friction    total friction (friction x expected visits, summed over stages)
 * @param duration    expected time from entry to an outcome, formatted; "n/a" when no touchpoint has one
 * @param topPains    the pain points to act on first, by estimated impact
 * @param outcomes    the outcome funnel, success first, then named outcomes, failures and lost; each
 *                    share exact and as the pages show it, rounded together so that they add up to 100%
 * @param dropOffs    where customers leave for a failure or are lost, most first
 * @param breaches    metrics missing their targets, worst first
 * @param loops       cycles customers go round (repeat contacts), most travelled first
 * @param switches    forced channel switches, most likely first
 * @param stages      friction per stage, in file order
 * @param money       the cost column's heading ("RUB per month") when the journey has economics, else empty
 * @param language    the language of the words around the journey's text
 * @param value       what the journey is worth per period and what is at risk; null without economics
 * @param experience  the journey's experience figure and what it is made of
 * @param ranking     what the pains are ranked by: {@code value} (money, with economics), else
 *                    {@code success}, each then by impact
 * @param addsUp      the sentence that checks the pains' shares: they add up to the gain of fixing
 *                    them all, and none exceeds what is at risk; empty when no pain declares an effect
 * @param brightSpots touchpoints customers feel good about, most credit met first
 * @param approximate whether the flow solve stopped at its bound in work, so that the figures are the
 *                    values reached, not exact
 * @param approximation why, one sentence in the report's language; empty when exact
 * @param evidence    which shares are measured (counts from an event log) and which assumed, and the
 *                    95% intervals the counts give; null for a report built without a journey's shares
 */
public record FrictionReport(
    String journeyId,
    String title,
    String description,
    double success,
    double friction,
    String duration,
    List<PainRow> topPains,
    List<OutcomeRow> outcomes,
    List<DropRow> dropOffs,
    List<BreachRow> breaches,
    List<LoopRow> loops,
    List<SwitchRow> switches,
    List<StageRow> stages,
    String money,
    dev.slippers.model.Language language,
    Value value,
    ExperienceFigure experience,
    String ranking,
    String addsUp,
    List<BrightRow> brightSpots,
    boolean approximate,
    String approximation,
    Evidence evidence) {

  public FrictionReport {
    topPains = List.copyOf(topPains);
    outcomes = List.copyOf(outcomes);
    dropOffs = List.copyOf(dropOffs);
    breaches = List.copyOf(breaches);
    loops = List.copyOf(loops);
    switches = List.copyOf(switches);
    stages = List.copyOf(stages);
    brightSpots = List.copyOf(brightSpots);
  }

  /**
   * The success share as the pages show it: the success outcome's share rounded together with the
   * others ({@link OutcomeRow#shownTenths}), so that the headline agrees with the outcome list; the
   * exact {@link #success} for a report without outcome rows.
   */
  public double shownSuccess() {
    return shownSuccess(outcomes, success);
  }

  /** {@link #shownSuccess} of these outcome rows, {@code success} when none is a success. */
  static double shownSuccess(List<OutcomeRow> outcomes, double success) {
    return outcomes.stream().filter(o -> o.kind().equals("success")).mapToDouble(OutcomeRow::shown).findFirst()
        .orElse(success);
  }

  /** A report without the decision model's figures (a journey built in code, a test). */
  public FrictionReport(String journeyId, String title, String description, double success, double friction,
      String duration, List<PainRow> topPains, List<OutcomeRow> outcomes, List<DropRow> dropOffs,
      List<BreachRow> breaches, List<LoopRow> loops, List<SwitchRow> switches, List<StageRow> stages, String money,
      dev.slippers.model.Language language) {
    this(journeyId, title, description, success, friction, duration, topPains, outcomes, dropOffs, breaches, loops,
        switches, stages, money, language, null, null, "impact", "", List.of(), false, "", null);
  }

  /**
   * How sure the figures are (docs/analysis.md, section 15). With counts on any stage ({@code count:} on
   * its transitions, {@code departures:} on the stage, as {@code slippers calibrate --write} writes them)
   * the figures get 95% intervals from {@code samples} journeys drawn from the counts with {@code seed};
   * without, every share is assumed and only {@code summary} is set.
   *
   * @param measured whether any stage's shares come from counts
   * @param summary  one sentence: how the intervals were drawn, or that every share is assumed
   * @param success  the success figure with its interval; null when not measured
   * @param value    the value per period with its interval; null when not measured or without economics
   * @param stages   every stage customers leave along transitions, in file order, measured or assumed
   * @param notes    what a reader checking the numbers needs: where the draws centre away from a figure,
   *                 and any figure outside its interval (the shares as written disagree with the counts)
   */
  public record Evidence(boolean measured, int samples, long seed, String summary, Band success, Band value,
      List<StageShares> stages, List<String> notes) {

    public Evidence {
      stages = List.copyOf(stages);
      notes = List.copyOf(notes);
    }
  }

  /**
   * A figure and its 95% interval.
   *
   * @param point  the figure as the report shows it, from the shares as written
   * @param low    2.5th percentile of the draws
   * @param high   97.5th percentile of the draws
   * @param mean   mean of the draws
   * @param inside whether the figure lies within low..high
   * @param text   the interval for people, in the report's language: "26.4% to 28.8%"
   */
  public record Band(double point, double low, double high, double mean, boolean inside, String text) {}

  /**
   * A stage's shares: measured from {@code customers} departures counted in a log, or assumed.
   *
   * @param customers departures the counts come from (the stage's {@code departures}, else the sum of its
   *                  transitions' counts); null when assumed
   */
  public record StageShares(String stageId, String stageName, boolean measured, Long customers) {}

  /**
   * How sure fixing one pain is worth what the report says.
   *
   * @param ifFixed        the change fixing it alone makes (value per period with economics, else success),
   *                       with its interval
   * @param probabilityTop share of the draws in which fixing it alone gains the most of all pains
   */
  public record PainBand(Band ifFixed, double probabilityTop) {}

  /**
   * The journey's value per period (docs/analysis.md, section 10), raw and rounded for people.
   *
   * @param period            the period as the journey writes it ({@code month})
   * @param periodText        the period in the report's language ({@code месяц})
   * @param expectedPerPeriod customers x Σ P(outcome) x value(outcome)
   * @param bestPerPeriod     the value if every customer reached {@code bestOutcome}
   * @param atRisk            best minus expected: what no fix can exceed
   * @param bestOutcome       the most valuable outcome, in the report's language
   * @param gainOfFixingAll   the change in expected value when every pain point is fixed: the sum of
   *                          every pain's {@code valueAttributed}
   * @param expectedText      {@code expectedPerPeriod} rounded: "about 6.0 M RUB"
   */
  public record Value(String currency, String period, String periodText, double customers, double expectedPerPeriod,
      double bestPerPeriod, double atRisk, String bestOutcome, double gainOfFixingAll, String expectedText,
      String bestText, String atRiskText, String gainText) {}

  /**
   * The experience figure per entering customer (docs/analysis.md, section 11): lower is better.
   *
   * @param finishedFriction the net friction met by customers who finish
   * @param churnCost        churnPenalty x churnShare: what customers who fail or are lost cost
   * @param explanation      how the figure adds up, in words and numbers
   */
  public record ExperienceFigure(double perCustomer, double finishedFriction, double brightCredit,
      double churnShare, double churnPenalty, double churnCost, String explanation) {}

  /** A touchpoint with a positive emotion: what the business does well, to keep. */
  public record BrightRow(String touchpointId, String action, String stageId, String stageName, int emotion,
      double credit, double reach) {}



  /**
   * One pain point in the ranking.
   *
   * @param rank        1 for the highest impact
   * @param reach       share of entering customers who visit its stage
   * @param affected    share of entering customers who meet it (reach x frequency)
   * @param impact      the analysis's impact score
   * @param explanation how the impact comes about, in words and numbers
   * @param cost        its share of the money of fixing every pain, rounded for people ("about +5.5 M RUB
   *                    per month"); "effect on the flow not declared" for a pain that declares none;
   *                    empty without economics
   * @param whatIf      what fixing it alone changes, formatted: money and success, or that its effect on
   *                    the flow is not declared, then friction when a what-if was computed
   * @param fixes       descriptions of the opportunities that address it
   * @param effectDeclared    whether it drives customers along a transition (directly or through what
   *                          it causes); without, it changes no outcome
   * @param successIfFixed    change in success when it alone is fixed
   * @param successAttributed its Shapley share of the success gained by fixing every pain
   * @param valueIfFixed      change in value per period when it alone is fixed; null without economics
   * @param valueAttributed   its Shapley share of the value gained by fixing every pain; null without
   *                          economics
   * @param sign        the sign of what fixing it gains, for its colour: {@code gain}, {@code loss},
   *                    {@code none} or {@code undeclared}
   * @param uncertainty the interval of what fixing it alone gains and how often it is the top fix, when
   *                    the journey carries counts and the pain declares an effect; else null
   */
  public record PainRow(int rank, String id, String description, String stageId, String stageName, int severity,
      double reach, double frequency, double affected, double impact, String explanation, String cost, String whatIf,
      List<String> fixes, List<String> evidence, boolean effectDeclared, double successIfFixed,
      double successAttributed, Double valueIfFixed, Double valueAttributed, String sign, PainBand uncertainty) {

    public PainRow {
      fixes = List.copyOf(fixes);
      evidence = List.copyOf(evidence);
    }


  }

  /**
   * One outcome of the funnel; {@code kind} is success, failure, lost or other (for CSS and icons).
   *
   * @param probability the share of customers who end here, exact (the JSON's)
   * @param shownTenths the share as the pages show it, in tenths of a percent: rounded together with the
   *                    report's other outcomes ({@link dev.slippers.wording.ShownShares}) so that the shown
   *                    shares add up to 100%; left out of the JSON, which keeps exact numbers
   */
  public record OutcomeRow(String outcome, String kind, double probability, @JsonIgnore int shownTenths) {

    /** The share as the pages show it ({@link #shownTenths}), for {@code n.percent}: 284 tenths are 0.284. */
    public double shown() {
      return dev.slippers.wording.ShownShares.share(shownTenths);
    }

    /** Bar width in percent, at least 0.5 so that a small outcome stays visible. */
    public String barWidth() {
      return Numbers.css(Math.max(0.5, probability * 100));
    }
  }

  /** Customers leaving from a stage: to a failure outcome stage, or lost through unaccounted shares. */
  public record DropRow(String stageId, String stageName, String outcome, double share) {

  }

  /** A metric missing its target; values formatted in the metric's unit. */
  public record BreachRow(String stageId, String stageName, String metric, String value, String target, String gap,
      String source) {}

  /** A loop as stage names, with how often customers go round it. */
  public record LoopRow(List<String> stageNames, double returnProbability, double expectedRounds) {

    public LoopRow {
      stageNames = List.copyOf(stageNames);
    }


  }

  /** A forced switch of channel between consecutive touchpoints. */
  public record SwitchRow(String fromTouchpoint, String toTouchpoint, String fromChannel, String toChannel,
      double probability) {

  }

  /** Friction at one stage and what it is made of. */
  public record StageRow(String stageId, String stageName, double friction, double reach, double visits,
      List<String> contributions) {

    public StageRow {
      contributions = List.copyOf(contributions);
    }



  }
}
