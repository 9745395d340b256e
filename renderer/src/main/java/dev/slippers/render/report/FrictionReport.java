package dev.slippers.render.report;

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
 * @param outcomes    the outcome funnel, success first, then failures, named outcomes and lost
 * @param dropOffs    where customers leave for a failure or are lost, most first
 * @param breaches    metrics missing their targets, worst first
 * @param loops       cycles customers go round (repeat contacts), most travelled first
 * @param switches    forced channel switches, most likely first
 * @param stages      friction per stage, in file order
 * @param money       the cost column's heading ("RUB per month") when the journey has economics, else empty
 * @param language    the language of the words around the journey's text
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
    dev.slippers.model.Language language) {

  public FrictionReport {
    topPains = List.copyOf(topPains);
    outcomes = List.copyOf(outcomes);
    dropOffs = List.copyOf(dropOffs);
    breaches = List.copyOf(breaches);
    loops = List.copyOf(loops);
    switches = List.copyOf(switches);
    stages = List.copyOf(stages);
  }



  /**
   * One pain point in the ranking.
   *
   * @param rank        1 for the highest impact
   * @param reach       share of entering customers who visit its stage
   * @param affected    share of entering customers who meet it (reach x frequency)
   * @param impact      the analysis's impact score
   * @param explanation how the impact comes about, in words and numbers
   * @param cost        estimated money lost per period, formatted; empty without economics
   * @param whatIf      the gain of fixing it, formatted; empty when no what-if was computed
   * @param fixes       descriptions of the opportunities that address it
   */
  public record PainRow(int rank, String id, String description, String stageId, String stageName, int severity,
      double reach, double frequency, double affected, double impact, String explanation, String cost, String whatIf,
      List<String> fixes, List<String> evidence) {

    public PainRow {
      fixes = List.copyOf(fixes);
      evidence = List.copyOf(evidence);
    }


  }

  /** One outcome of the funnel; {@code kind} is success, failure, lost or other (for CSS and icons). */
  public record OutcomeRow(String outcome, String kind, double probability) {


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
