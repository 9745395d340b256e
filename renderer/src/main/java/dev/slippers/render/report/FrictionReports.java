package dev.slippers.render.report;

import dev.slippers.render.Formats;
import dev.slippers.analysis.Breach;
import dev.slippers.analysis.ChannelSwitch;
import dev.slippers.analysis.Contribution;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.Loop;
import dev.slippers.analysis.PainImpact;
import dev.slippers.analysis.StageFriction;
import dev.slippers.analysis.ExperienceScore;
import dev.slippers.analysis.JourneyValue;
import dev.slippers.analysis.MoneyText;
import dev.slippers.analysis.uncertainty.ExitCounts;
import dev.slippers.analysis.uncertainty.Interval;
import dev.slippers.analysis.uncertainty.PainUncertainty;
import dev.slippers.analysis.uncertainty.Uncertainty;
import dev.slippers.analysis.uncertainty.UncertaintyAnalysis;
import dev.slippers.model.Language;
import dev.slippers.wording.OutcomeNames;
import dev.slippers.wording.ShownShares;
import dev.slippers.model.Channel;
import dev.slippers.model.Economics;
import dev.slippers.model.Journey;
import dev.slippers.model.Metric;
import dev.slippers.model.Opportunity;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the content of friction reports from journeys and their analyses. */
public final class FrictionReports {

  /** How many pain points a report leads with: the few a manager can act on this quarter. */
  public static final int TOP_PAINS = 5;

  /**
   * Journeys drawn for a report's intervals when its journey carries counts. The ends of a 95%
   * interval from N draws wobble by about sqrt(0.025 × 0.975 / N) / density: for N = 1,000 a tenth of the
   * interval's width, and a "top fix" share by at most 1.6 points (binomial); the shirt store's 1,000
   * draws with its three fixes take well under a second.
   */
  public static final int SAMPLES = 1_000;

  private FrictionReports() {}

  /**
   * The report of one journey; when it carries counts, with the intervals of {@link #SAMPLES} draws
   * seeded with {@link UncertaintyAnalysis#DEFAULT_SEED}, as {@code slippers analyze --samples 1000} gives.
   *
   * @param gains what fixing each pain point would gain, by pain point id; pain points without an
   *              entry show no what-if
   */
  public static FrictionReport of(Journey journey, JourneyAnalysis analysis, Map<String, FixGain> gains) {
    return of(journey, analysis, gains, uncertainty(journey, SAMPLES, UncertaintyAnalysis.DEFAULT_SEED));
  }

  /**
   * The posterior draws of a journey that carries counts on any stage ({@link UncertaintyAnalysis}, the
   * same code as {@code slippers analyze --samples}); empty when no stage does.
   */
  public static Optional<Uncertainty> uncertainty(Journey journey, int samples, long seed) {
    return ExitCounts.any(journey) ? Optional.of(UncertaintyAnalysis.of(journey, samples, seed)) : Optional.empty();
  }

  /**
   * The report of one journey with the given posterior draws (empty: every share is assumed).
   *
   * @param gains       what fixing each pain point would gain, by pain point id; pain points without an
   *                    entry show no what-if
   * @param uncertainty the draws from the journey's counts, {@link #uncertainty}
   */
  public static FrictionReport of(Journey journey, JourneyAnalysis analysis, Map<String, FixGain> gains,
      Optional<Uncertainty> uncertainty) {
    Map<String, Stage> stages = journey.stagesById();
    List<FrictionReport.PainRow> pains = topPains(journey, analysis, gains, uncertainty);
    List<FrictionReport.OutcomeRow> outcomes = outcomes(analysis);
    FrictionReport.Value value = value(journey, analysis);
    return new FrictionReport(
        journey.id(),
        journey.title(),
        journey.description(),
        analysis.successProbability(),
        analysis.totalFriction(),
        analysis.expectedDurationSeconds() > 0
            ? Formats.duration(analysis.expectedDurationSeconds(), journey.language())
            : PageText.get(journey.language(), "none"),
        pains,
        outcomes,
        dropOffs(journey, analysis),
        breaches(journey, analysis, journey.language()),
        analysis.loops().stream().map(l -> loop(l, stages)).toList(),
        switches(journey, analysis),
        analysis.stages().stream().map(s -> stage(s, stages, journey.language())).toList(),
        moneyHeading(journey),
        journey.language(),
        value,
        experience(analysis, outcomes, journey.language()),
        ranking(journey, analysis),
        addsUp(journey, analysis, outcomes),
        brightSpots(journey, analysis),
        analysis.approximate(),
        analysis.approximation().map(a -> a.reason(journey.language())).orElse(""),
        ReportEvidence.of(journey, analysis, value, pains, outcomes, uncertainty));
  }

  /** What the pains are ranked by, as {@link dev.slippers.analysis.PainImpacts} ranks them. */
  static String ranking(Journey journey, JourneyAnalysis analysis) {
    if (analysis.attribution().pains() == 0) {
      return "impact";
    }
    return journey.economics().isPresent() && analysis.value().isPresent() ? "value" : "success";
  }

  static FrictionReport.Value value(Journey journey, JourneyAnalysis analysis) {
    if (journey.economics().isEmpty() || analysis.value().isEmpty()) {
      return null;
    }
    Economics economics = journey.economics().get();
    JourneyValue value = analysis.value().get();
    Language language = journey.language();
    String best = analysis.outcomes().keySet().stream()
        .max(Comparator.comparingDouble(economics::valueOf)).orElse(Stage.SUCCESS);
    double gain = analysis.painPoints().stream().mapToDouble(p -> p.valueAttributed().orElse(0)).sum();
    return new FrictionReport.Value(value.currency(), value.period(), PageText.period(language, value.period()),
        value.customers(),
        value.expectedPerPeriod(), value.bestPerPeriod(), value.atRisk(), OutcomeNames.of(best, language), gain,
        about(MoneyText.of(value.expectedPerPeriod(), value.currency(), language), language),
        about(MoneyText.of(value.bestPerPeriod(), value.currency(), language), language),
        about(MoneyText.of(value.atRisk(), value.currency(), language), language),
        about(MoneyText.signed(gain, value.currency(), language), language));
  }

  /** "about 12 M RUB": money rounded to two significant digits says so. Zero is exact. */
  private static String about(String money, Language language) {
    return money.matches("[+\u2212]?0(\u00A0.*)?") ? money : PageText.get(language, "about") + " " + money;
  }

  /**
   * The experience figure and the sentence it adds up in; the share of customers who fail or are lost
   * as the outcome list shows it ({@link #failOrLost}), the figures themselves exact.
   */
  private static FrictionReport.ExperienceFigure experience(JourneyAnalysis analysis,
      List<FrictionReport.OutcomeRow> outcomes, Language language) {
    ExperienceScore e = analysis.experience();
    double churnCost = e.churnPenalty() * e.churnShare();
    String explanation = PageText.get(language, "experienceExplained",
        "finished", Numbers.score(e.finishedFriction(), language),
        "bright", Numbers.score(e.brightCredit(), language),
        "m", Numbers.score(e.churnPenalty(), language),
        "churn", Numbers.percent(failOrLost(outcomes), language),
        "cost", Numbers.score(churnCost, language),
        "total", Numbers.score(e.perCustomer(), language));
    return new FrictionReport.ExperienceFigure(e.perCustomer(), e.finishedFriction(), e.brightCredit(),
        e.churnShare(), e.churnPenalty(), churnCost, explanation);
  }

  /**
   * The sentence a manager checks the pains' money with: the shares add up to the gain of fixing them
   * all, and no pain is worth more than what is at risk. Empty when no pain declares an effect on the
   * flow: there is nothing to add up, and the ranking's lead says once why no pain shows money or success.
   */
  static String addsUp(Journey journey, JourneyAnalysis analysis, List<FrictionReport.OutcomeRow> outcomes) {
    Language language = journey.language();
    int players = analysis.attribution().pains();
    if (players == 0) {
      // Nothing to add up: the ranking's lead ("actLead.impact") already says why no pain shows money or success.
      return "";
    }
    String method = analysis.attribution().method().equals(dev.slippers.analysis.Attribution.SAMPLED)
        ? PageText.get(language, "addsUpSampled", "n", String.valueOf(analysis.attribution().permutations()))
        : "";
    if (ranking(journey, analysis).equals("value")) {
      FrictionReport.Value value = value(journey, analysis);
      double largest = analysis.painPoints().stream().mapToDouble(p -> p.valueAttributed().orElse(0)).max().orElse(0);
      return PageText.get(language, "addsUpValue", "gain", value.gainText(), "period", value.periodText(),
          "n", String.valueOf(players), "largest", about(MoneyText.signed(largest, value.currency(), language), language),
          "risk", value.atRiskText()) + method;
    }
    double gain = analysis.painPoints().stream().mapToDouble(PainImpact::successAttributed).sum();
    double largest = analysis.painPoints().stream().mapToDouble(PainImpact::successAttributed).max().orElse(0);
    return PageText.get(language, "addsUpSuccess", "gain", Numbers.points(gain, language),
        "n", String.valueOf(players), "largest", Numbers.points(largest, language),
        "risk", Numbers.percent(notSucceeding(outcomes), language)) + method;
  }

  /**
   * The share that does not reach success as the page shows it: 100% less the shown success, which is
   * the shown other outcomes added (28.4% succeed, so 71.6% do not: 31.5% fail and 40.1% are lost, where
   * 0.7165 rounded alone would say 71.7%).
   */
  static double notSucceeding(List<FrictionReport.OutcomeRow> outcomes) {
    return ShownShares.share(ShownShares.WHOLE - shownTenths(outcomes, "success"));
  }

  /**
   * The share of customers who fail or are lost as the page shows it: the shown failure and lost shares
   * added, so that the experience sentence agrees with the outcome list. Without named outcomes it is
   * 100% less the shown success; customers who end in a named outcome finish and are not counted.
   */
  static double failOrLost(List<FrictionReport.OutcomeRow> outcomes) {
    return ShownShares.share(shownTenths(outcomes, "failure") + shownTenths(outcomes, "lost"));
  }

  /** The shown tenths of a percent of the outcomes of one kind, added. */
  private static int shownTenths(List<FrictionReport.OutcomeRow> outcomes, String kind) {
    return outcomes.stream().filter(o -> o.kind().equals(kind)).mapToInt(FrictionReport.OutcomeRow::shownTenths).sum();
  }

  private static List<FrictionReport.BrightRow> brightSpots(Journey journey, JourneyAnalysis analysis) {
    Map<String, Stage> stages = journey.stagesById();
    Map<String, String> actions = new LinkedHashMap<>();
    journey.stages().forEach(st -> st.touchpoints().forEach(tp -> actions.putIfAbsent(tp.id(), tp.action())));
    return analysis.brightSpots().stream()
        .map(b -> new FrictionReport.BrightRow(b.touchpointId(), actions.getOrDefault(b.touchpointId(), b.touchpointId()),
            b.stageId(), stageName(stages, b.stageId()), b.emotion(), b.credit(), b.reachProbability()))
        .toList();
  }


  private static List<FrictionReport.PainRow> topPains(Journey journey, JourneyAnalysis analysis,
      Map<String, FixGain> gains, Optional<Uncertainty> drawn) {
    Map<String, PainPoint> pains = new LinkedHashMap<>();
    journey.painPoints().forEach(p -> pains.putIfAbsent(p.id(), p));
    Map<String, Stage> stages = journey.stagesById();
    List<Opportunity> opportunities = journey.stages().stream().flatMap(s -> s.opportunities().stream()).toList();
    Optional<Economics> economics = journey.economics();
    List<FrictionReport.PainRow> rows = new ArrayList<>();
    for (PainImpact impact : analysis.painPoints()) {
      if (rows.size() == TOP_PAINS || impact.impact() <= 0 && !impact.effectDeclared()) {
        break;
      }
      PainPoint pain = pains.get(impact.painPointId());
      if (pain == null) {
        continue;
      }
      double reach = analysis.stage(impact.stageId()).map(StageFriction::reachProbability).orElse(0.0);
      Language language = journey.language();
      String explanation = PageText.get(language, "explanation", "reach", Numbers.percent(reach, language),
          "freq", dev.slippers.wording.Numerals.of(language).share(pain.frequency()),
          "affected", Numbers.percent(impact.affectedShare(), language),
          "s", String.valueOf(pain.severity()),
          "w", dev.slippers.wording.Numerals.of(language).number(journey.scoring().pain()),
          "i", Numbers.score(impact.impact(), language));
      // Money from the one decision model: the pain's Shapley share of the gain of fixing every pain,
      // rounded for people; a pain without a declared effect on the flow says so instead of a number.
      boolean money = economics.isPresent() && impact.valueAttributed().isPresent() && impact.valueIfFixed().isPresent();
      String cost = !impact.effectDeclared() ? ""
          : money ? PageText.get(language, "worth", "money",
                  about(MoneyText.signed(impact.valueAttributed().getAsDouble(), economics.get().currency(), language),
                      language),
                  "period", PageText.period(language, economics.get().period()))
              : "";
      FrictionReport.PainBand band = painBand(impact, money, drawn, journey);
      List<String> fixes = opportunities.stream().filter(o -> o.addresses().contains(pain.id()))
          .map(Opportunity::description).toList();
      rows.add(new FrictionReport.PainRow(rows.size() + 1, pain.id(), pain.description(), impact.stageId(),
          stageName(stages, impact.stageId()), pain.severity(), reach, pain.frequency(), impact.affectedShare(),
          impact.impact(), explanation, cost,
          whatIf(impact, economics.filter(e -> money), gains.get(pain.id()), band, language),
          fixes, pain.evidence(), impact.effectDeclared(), impact.successIfFixed(), impact.successAttributed(),
          money ? impact.valueIfFixed().getAsDouble() : null, money ? impact.valueAttributed().getAsDouble() : null,
          sign(impact, money), band));
    }
    return rows;
  }

  /**
   * The interval of what fixing the pain alone gains (money with economics, else success) and how often
   * it is the top fix; null without draws from counts or for a pain that declares no effect on the flow.
   */
  private static FrictionReport.PainBand painBand(PainImpact impact, boolean money, Optional<Uncertainty> drawn,
      Journey journey) {
    if (!impact.effectDeclared() || drawn.isEmpty() || !drawn.get().measured()) {
      return null;
    }
    Optional<PainUncertainty> pain = drawn.get().pain(impact.painPointId());
    if (pain.isEmpty()) {
      return null;
    }
    Interval interval = money ? pain.get().valueIfFixed().orElseThrow() : pain.get().successIfFixed();
    double point = money ? impact.valueIfFixed().getAsDouble() : impact.successIfFixed();
    return new FrictionReport.PainBand(ReportEvidence.band(point, interval,
        ReportEvidence.fixFormat(money, interval, journey, journey.language()),
        journey.language()), pain.get().probabilityTop());
  }

  /**
   * What fixing the pain alone changes: money and success from the decision model, or that its effect
   * on the flow is not declared; then the friction removed where a what-if was computed.
   */
  private static String whatIf(PainImpact impact, Optional<Economics> economics, FixGain gain,
      FrictionReport.PainBand band, Language language) {
    // The interval right after the figure it qualifies (money with economics, else success).
    String interval = band == null ? "" : " (" + band.ifFixed().text() + ")";
    String outcome = !impact.effectDeclared() ? PageText.get(language, "notDeclared")
        : economics.isPresent()
            ? PageText.get(language, "whatIfValue",
                "money", about(MoneyText.signed(impact.valueIfFixed().getAsDouble(), economics.get().currency(), language),
                    language),
                "period", PageText.period(language, economics.get().period()),
                "band", interval,
                "ds", Numbers.points(impact.successIfFixed(), language))
            : PageText.get(language, "whatIfSuccess", "ds", Numbers.points(impact.successIfFixed(), language),
                "band", interval);
    if (band != null) {
      outcome += "; " + PageText.get(language, "topFix", "p", Numbers.percent(band.probabilityTop(), language));
    }
    if (gain == null) {
      return outcome;
    }
    String experience = gain.hasExperience() ? PageText.get(language, "whatIfExperience",
        "a", Numbers.score(gain.experienceBefore(), language), "b", Numbers.score(gain.experienceAfter(), language)) + ", "
        : "";
    return outcome + "; " + experience + PageText.get(language, "whatIfFriction",
        "df", Numbers.signedScore(gain.frictionAfter() - gain.frictionBefore(), language),
        "dp", Numbers.signedPercent(-gain.frictionDropShare(), language));
  }

  /** The sign of fixing the pain alone, by money with economics, else by success; for its colour. */
  private static String sign(PainImpact impact, boolean money) {
    if (!impact.effectDeclared()) {
      return "undeclared";
    }
    double delta = money ? impact.valueIfFixed().getAsDouble() : impact.successIfFixed();
    double negligible = money ? 0.5 : 5e-4;
    return delta > negligible ? "gain" : delta < -negligible ? "loss" : "none";
  }

  /**
   * The outcome funnel in the page's order (success, named outcomes, failure, lost), each share also as
   * the page shows it: rounded together ({@link ShownShares#outcomes}) so that the shown shares add up
   * to 100% and the headline, the outcome list and every sentence built from them agree.
   */
  static List<FrictionReport.OutcomeRow> outcomes(JourneyAnalysis analysis) {
    List<FrictionReport.OutcomeRow> rows = new ArrayList<>();
    ShownShares.outcomes(analysis.outcomes()).forEach((name, shown) ->
        rows.add(new FrictionReport.OutcomeRow(name, kind(name), analysis.outcomes().get(name), shown)));
    return rows;
  }

  private static String kind(String outcome) {
    return switch (outcome) {
      case Stage.SUCCESS -> "success";
      case Stage.FAILURE -> "failure";
      case JourneyAnalysis.LOST -> "lost";
      default -> "other";
    };
  }

  /**
   * Flow out of each stage into failure-like outcomes: expected visits x the share of the
   * transition ({@link Transition#effectiveShares}), and the unaccounted remainder of the shares as
   * "lost".
   */
  static List<FrictionReport.DropRow> dropOffs(Journey journey, JourneyAnalysis analysis) {
    Map<String, Stage> stages = journey.stagesById();
    Map<String, List<Transition>> leaving = journey.outgoingByStage();
    List<FrictionReport.DropRow> rows = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      if (stage.isOutcome()) {
        continue;
      }
      double visits = analysis.stage(stage.id()).map(StageFriction::expectedVisits).orElse(0.0);
      if (visits <= 0) {
        continue;
      }
      List<Transition> out = leaving.getOrDefault(stage.id(), List.of());
      double[] shares = Transition.effectiveShares(out);
      double passed = 0;
      for (int i = 0; i < shares.length; i++) {
        passed += shares[i];
        Stage target = stages.get(out.get(i).to());
        if (target == null || target.outcome().isEmpty() || target.outcome().get().equals(Stage.SUCCESS)) {
          continue;
        }
        rows.add(new FrictionReport.DropRow(stage.id(), stage.name(), target.outcome().get(), visits * shares[i]));
      }
      double rest = Math.max(0, 1 - passed);
      if (rest > 1e-9) {
        rows.add(new FrictionReport.DropRow(stage.id(), stage.name(), JourneyAnalysis.LOST, visits * rest));
      }
    }
    rows.removeIf(r -> r.share() <= 1e-9);
    rows.sort(Comparator.comparingDouble(FrictionReport.DropRow::share).reversed());
    return rows;
  }

  private static List<FrictionReport.BreachRow> breaches(Journey journey, JourneyAnalysis analysis,
      dev.slippers.model.Language language) {
    Map<String, Stage> stages = journey.stagesById();
    List<FrictionReport.BreachRow> rows = new ArrayList<>();
    for (Breach breach : analysis.breaches()) {
      Stage stage = stages.get(breach.stageId());
      Metric metric = stage == null ? null : stage.metrics().get(breach.metricKey());
      if (metric == null) {
        continue;
      }
      rows.add(new FrictionReport.BreachRow(stage.id(), stage.name(), metric.displayName(language),
          Formats.metric(metric, breach.value(), language),
          Formats.metric(metric, breach.target(), language),
          PageText.get(language, breach.better() == dev.slippers.model.Better.HIGHER ? "shortBy" : "overBy",
              "gap", Formats.metric(metric, breach.gap(), language)),
          metric.source()));
    }
    return rows;
  }

  private static FrictionReport.LoopRow loop(Loop loop, Map<String, Stage> stages) {
    return new FrictionReport.LoopRow(loop.stages().stream().map(id -> stageName(stages, id)).toList(),
        loop.returnProbability(), loop.expectedRounds());
  }

  private static List<FrictionReport.SwitchRow> switches(Journey journey, JourneyAnalysis analysis) {
    Map<String, Channel> channels = journey.channelsById();
    return analysis.channelSwitches().stream()
        .sorted(Comparator.comparingDouble(ChannelSwitch::probability).reversed())
        .map(s -> new FrictionReport.SwitchRow(s.fromTouchpoint(), s.toTouchpoint(), channelName(channels, s.fromChannel()),
            channelName(channels, s.toChannel()), s.probability()))
        .toList();
  }

  /** The positive terms of a stage's friction, largest first, as "kind: detail (amount)". */
  public static List<String> describe(StageFriction friction, dev.slippers.model.Language language) {
    return friction.contributions().stream()
        .filter(c -> c.amount() > 0)
        .map(c -> label(c.kind(), language) + ": " + c.detail() + " (" + Numbers.score(c.amount(), language) + ")")
        .toList();
  }

  private static FrictionReport.StageRow stage(StageFriction friction, Map<String, Stage> stages,
      dev.slippers.model.Language language) {
    List<String> parts = describe(friction, language);
    return new FrictionReport.StageRow(friction.stageId(), stageName(stages, friction.stageId()), friction.friction(),
        friction.reachProbability(), friction.expectedVisits(), parts);
  }

  private static String label(Contribution.Kind kind, dev.slippers.model.Language language) {
    return PageText.get(language, switch (kind) {
      case PAIN -> "kindPain";
      case EMOTION -> "kindEmotion";
      case EFFORT -> "kindEffort";
      case BREACH -> "kindBreach";
      case CHANNEL_SWITCH -> "kindSwitch";
    });
  }

  private static String moneyHeading(Journey journey) {
    return journey.economics()
        .filter(e -> e.valuePerSuccess().isPresent())
        .map(e -> PageText.get(journey.language(), "moneyHeading", "currency",
            e.currency().isEmpty() ? PageText.get(journey.language(), "money") : e.currency(),
            "period", PageText.period(journey.language(), e.period())))
        .orElse("");
  }

  static String stageName(Map<String, Stage> stages, String id) {
    Stage stage = stages.get(id);
    return stage == null ? id : stage.displayName();
  }

  private static String channelName(Map<String, Channel> channels, String id) {
    Channel channel = channels.get(id);
    return channel == null ? id : channel.displayName();
  }
}
