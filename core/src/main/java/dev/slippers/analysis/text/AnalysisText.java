package dev.slippers.analysis.text;

import dev.slippers.analysis.Bottleneck;
import dev.slippers.analysis.BrightSpot;
import dev.slippers.analysis.MoneyText;
import dev.slippers.analysis.Breach;
import dev.slippers.analysis.ChannelSwitch;
import dev.slippers.analysis.Contribution;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyPath;
import dev.slippers.analysis.Loop;
import dev.slippers.analysis.PainImpact;
import dev.slippers.analysis.PersonaExperience;
import dev.slippers.analysis.StageFriction;
import dev.slippers.analysis.WhatIf;
import dev.slippers.io.Quantities;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Metric;
import dev.slippers.model.MetricUnit;
import dev.slippers.model.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A readable summary of an analysis for a terminal, in English (money rounded for people, "12 M RUB"): outcomes, the stages that hurt most and why,
 * paths, loops, structure, breaches, personas, the pain points worth fixing first and, when fixes
 * were asked for, what they change. Long lists are cut to {@link #LIST_LIMIT} lines with a note
 * saying how many more there are (the JSON output has them all). Lines end in {@code "\n"}.
 */
public final class AnalysisText {

  /** At most this many lines per list. */
  public static final int LIST_LIMIT = 10;

  private final Journey journey;
  private final Map<String, Stage> stages;
  private final StringBuilder out = new StringBuilder();

  private AnalysisText(Journey journey) {
    this.journey = journey;
    this.stages = journey.stagesById();
  }

  /** The summary of {@code analysis}, made from {@code journey} (names, units); {@code whatIf} when fixes were asked. */
  public static String render(Journey journey, JourneyAnalysis analysis, Optional<WhatIf> whatIf) {
    AnalysisText text = new AnalysisText(journey);
    text.write(analysis);
    whatIf.ifPresent(text::write);
    return text.out.toString();
  }

  /** The summary followed by the uncertainty section when posterior draws were made. */
  public static String render(Journey journey, JourneyAnalysis analysis, Optional<WhatIf> whatIf,
      Optional<dev.slippers.analysis.uncertainty.Uncertainty> uncertainty) {
    AnalysisText text = new AnalysisText(journey);
    text.write(analysis);
    whatIf.ifPresent(text::write);
    uncertainty.ifPresent(u -> text.write(u, analysis));
    return text.out.toString();
  }

  private void write(dev.slippers.analysis.uncertainty.Uncertainty u, JourneyAnalysis a) {
    line("");
    line("Uncertainty: " + u.samples() + " journeys drawn from the counts (seed " + u.seed() + "), 95% intervals");
    line("  Success: " + share(a.successProbability()) + " (" + share(u.success().low()) + " to "
        + share(u.success().high()) + ")");
    a.value().ifPresent(v -> u.valuePerPeriod().ifPresent(i -> line("  Value per " + v.period() + ": "
        + MoneyText.of(v.expectedPerPeriod(), v.currency(), Language.EN) + " (" + MoneyText.of(i.low(), v.currency(),
        Language.EN) + " to " + MoneyText.of(i.high(), v.currency(), Language.EN) + ")")));
    for (var impact : a.painPoints()) {
      u.pain(impact.painPointId()).filter(p -> impact.effectDeclared()).ifPresent(p -> line("  Fix " + p.painPointId()
          + ": " + p.valueIfFixed().map(i -> MoneyText.signed(i.low(), a.value().map(v -> v.currency()).orElse(""),
              Language.EN) + " to " + MoneyText.signed(i.high(), a.value().map(v -> v.currency()).orElse(""), Language.EN))
              .orElse(share(p.successIfFixed().low()) + " to " + share(p.successIfFixed().high()) + " success")
          + ", top fix in " + share(p.probabilityTop()) + " of draws"));
    }
    line("  Measured stages: " + (u.measuredStages().isEmpty() ? "none" : String.join(", ", u.measuredStages())));
    line("  Assumed stages (designed shares, no counts): "
        + (u.assumedStages().isEmpty() ? "none" : String.join(", ", u.assumedStages())));
  }

  private void write(JourneyAnalysis a) {
    line("Journey " + a.journeyId() + ": " + journey.title());
    line("Outcomes: " + outcomes(a.outcomes()));
    a.value().ifPresent(v -> line("Value: " + MoneyText.of(v.expectedPerPeriod(), v.currency(), Language.EN)
        + " per " + v.period() + " of at best " + MoneyText.of(v.bestPerPeriod(), v.currency(), Language.EN)
        + " (" + MoneyText.of(v.atRisk(), v.currency(), Language.EN) + " at risk)"));
    line("Experience: " + num(a.experience().perCustomer()) + " per entering customer (friction met by those who"
        + " finish, less bright spots, plus a churn penalty of " + num(a.experience().churnPenalty())
        + " per customer who fails or is lost; lower is better)");
    line("Expected duration: " + duration(a.expectedDurationSeconds()) + "   Total friction: " + num(a.totalFriction())
        + " (friction x expected visits over all stages)");

    List<StageFriction> hurting = a.stages().stream().filter(s -> s.friction() > 0)
        .sorted(Comparator.comparingDouble((StageFriction s) -> -s.friction() * s.expectedVisits())).toList();
    section("Stages, most friction felt first (friction x expected visits)", hurting.size());
    for (StageFriction s : limit(hurting)) {
      line("  " + name(s.stageId()) + ": friction " + num(s.friction()) + ", reach " + share(s.reachProbability())
          + ", visits " + num(s.expectedVisits()));
      for (Contribution c : s.contributions().subList(0, Math.min(3, s.contributions().size()))) {
        line("      " + num(c.amount()) + "  " + c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
            + c.sourceId() + ": " + c.detail());
      }
    }
    more(hurting.size());

    section("Most likely paths", a.paths().likely().size());
    paths(a.paths().likely());
    section("Highest-friction paths", a.paths().friction().size());
    paths(a.paths().friction());

    section("Loops", a.loops().size());
    for (Loop l : limit(a.loops())) {
      line("  " + String.join(" > ", l.stages()) + " > " + l.stages().get(0) + ": comes back "
          + share(l.returnProbability()) + " of the time, " + num(l.expectedRounds()) + " rounds per customer");
    }
    more(a.loops().size());

    if (!a.unreachable().isEmpty()) {
      line("Unreachable stages: " + String.join(", ", a.unreachable()));
    }
    if (!a.deadEnds().isEmpty()) {
      line("Stages with no way to an outcome: " + String.join(", ", a.deadEnds()));
    }
    section("Bottlenecks", a.bottlenecks().size());
    for (Bottleneck b : limit(a.bottlenecks())) {
      line("  " + name(b.stageId()) + (b.onEverySuccessPath() ? ": on every successful path" : ": central")
          + ", betweenness " + num(b.betweenness()));
    }
    more(a.bottlenecks().size());

    section("Channel switches", a.channelSwitches().size());
    for (ChannelSwitch c : limit(a.channelSwitches())) {
      line("  " + c.fromTouchpoint() + " (" + c.fromChannel() + ") > " + c.toTouchpoint() + " (" + c.toChannel()
          + "): " + share(c.probability()) + " of customers");
    }
    more(a.channelSwitches().size());

    section("Metrics missing their targets", a.breaches().size());
    for (Breach b : limit(a.breaches())) {
      Optional<Metric> metric = Optional.ofNullable(stages.get(b.stageId())).map(s -> s.metrics().get(b.metricKey()));
      line("  " + b.stageId() + " " + metric.map(Metric::displayName).orElse(b.metricKey()) + ": "
          + value(metric, b.value()) + " against target " + value(metric, b.target()) + " (gap "
          + value(metric, b.gap()) + ")");
    }
    more(a.breaches().size());

    section("Personas", a.personas().size());
    for (PersonaExperience p : limit(a.personas())) {
      line("  " + p.personaId() + ": score " + num(p.score()) + ", " + share(p.positiveShare())
          + " of touchpoints positive, lowest " + p.lowest() + " at " + p.lowestTouchpoint());
    }
    more(a.personas().size());

    section(journey.economics().isPresent() ? "Pain points by value of fixing them" : "Pain points by success gained",
        a.painPoints().size());
    String currency = journey.economics().map(e -> e.currency()).orElse("");
    for (PainImpact p : limit(a.painPoints())) {
      String gain = !p.effectDeclared() ? "effect on the flow not declared"
          : p.valueAttributed().isPresent()
              ? "worth " + MoneyText.signed(p.valueAttributed().getAsDouble(), currency, Language.EN)
                  + " per " + journey.economics().get().period() + " (alone "
                  + MoneyText.signed(p.valueIfFixed().getAsDouble(), currency, Language.EN) + ")"
              : "success " + points(p.successAttributed()) + " (alone " + points(p.successIfFixed()) + ")";
      line("  " + p.painPointId() + " (" + p.stageId() + "): " + gain + "; impact " + num(p.impact()) + ", meets "
          + share(p.affectedShare()) + " of customers");
    }
    more(a.painPoints().size());
    a.value().ifPresent(v -> {
      double total = a.painPoints().stream().mapToDouble(p -> p.valueAttributed().orElse(0)).sum();
      line("  Fixing every pain point: " + MoneyText.signed(total, currency, Language.EN) + " per " + v.period()
          + (a.attribution().pains() == 0 ? " (no pain point declares what it does to the flow)"
              : "; the attributions above add up to it (" + a.attribution().method() + " Shapley values"
                  + (a.attribution().permutations() > 0 ? ", " + a.attribution().permutations()
                      + " sampled orders, standard error " + MoneyText.of(a.attribution().standardError(), currency,
                          Language.EN) : "") + ")"));
    });
    section("Bright spots", a.brightSpots().size());
    for (BrightSpot b : limit(a.brightSpots())) {
      line("  " + b.touchpointId() + " (" + b.stageId() + "): emotion +" + b.emotion() + ", credit " + num(b.credit())
          + ", reached by " + share(b.reachProbability()));
    }
    more(a.brightSpots().size());
  }

  private static String points(double delta) {
    String text = String.format(Locale.ROOT, "%.1f", delta * 100);
    text = text.equals("-0.0") ? "0.0" : text;
    return (delta > 0 && !text.equals("0.0") ? "+" : "") + text + " pp";
  }

  private void write(WhatIf w) {
    line("");
    line("What if " + String.join(", ", w.fixes()) + (w.fixes().size() == 1 ? " is" : " are") + " fixed:");
    line("  Outcomes: " + outcomes(w.before().outcomes()) + "  ->  " + outcomes(w.after().outcomes()));
    if (w.valueBefore().isPresent()) {
      String currency = journey.economics().map(e -> e.currency()).orElse("");
      line("  Value per " + journey.economics().get().period() + ": "
          + MoneyText.of(w.valueBefore().getAsDouble(), currency, Language.EN) + " -> "
          + MoneyText.of(w.valueAfter().getAsDouble(), currency, Language.EN) + " ("
          + MoneyText.signed(w.valueAfter().getAsDouble() - w.valueBefore().getAsDouble(), currency, Language.EN)
          + ")");
    }
    line("  Experience: " + num(w.before().experience().perCustomer()) + " -> "
        + num(w.after().experience().perCustomer()));
    line("  Total friction: " + num(w.before().totalFriction()) + " -> " + num(w.after().totalFriction()));
    for (WhatIf.StageChange c : limit(w.stages())) {
      line("  " + name(c.stageId()) + ": friction " + num(c.frictionBefore()) + " -> " + num(c.frictionAfter())
          + ", visits " + num(c.visitsBefore()) + " -> " + num(c.visitsAfter()));
    }
    more(w.stages().size());
    if (w.fixed().size() > 1) {
      line("  Each fix alone:");
      List<WhatIf.FixEffect> ranked = new ArrayList<>(w.fixed());
      ranked.sort(Comparator.comparingDouble((WhatIf.FixEffect f) -> -(f.successAfter() - f.successBefore()))
          .thenComparingDouble(f -> -f.frictionRemoved()));
      for (WhatIf.FixEffect f : ranked) {
        line("    " + f.painPointId() + " (" + f.stageId() + "): success " + share(f.successBefore()) + " -> "
            + share(f.successAfter()) + ", friction -" + num(f.frictionRemoved()));
      }
    }
  }

  private void paths(List<JourneyPath> paths) {
    int i = 1;
    for (JourneyPath p : paths) {
      line("  " + i++ + ". " + share(p.probability()) + "  " + String.join(" > ", p.stages()) + "  (" + p.outcome()
          + ", friction " + num(p.friction()) + ")");
    }
  }

  private void section(String title, int size) {
    line(title + (size == 0 ? ": none" : ":"));
  }

  private <T> List<T> limit(List<T> items) {
    return items.subList(0, Math.min(LIST_LIMIT, items.size()));
  }

  private void more(int size) {
    if (size > LIST_LIMIT) {
      line("  ... and " + (size - LIST_LIMIT) + " more (--format json lists them all)");
    }
  }

  private String name(String stageId) {
    Stage stage = stages.get(stageId);
    return stage == null || stage.name().equals(stageId) ? stageId : stageId + " \"" + stage.name() + "\"";
  }

  private static String outcomes(Map<String, Double> outcomes) {
    List<String> parts = new ArrayList<>();
    outcomes.forEach((name, p) -> parts.add(name + " " + share(p)));
    return String.join(", ", parts);
  }

  private static String value(Optional<Metric> metric, double value) {
    MetricUnit unit = metric.map(Metric::unit).orElse(MetricUnit.NUMBER);
    return switch (unit) {
      case PERCENT -> share(value);
      case DURATION -> Quantities.formatDuration(Duration.ofMillis(Math.round(value * 1000)));
      default -> num(value) + metric.map(m -> m.label().isEmpty() ? "" : " " + m.label()).orElse("");
    };
  }

  private static String duration(double seconds) {
    return Quantities.formatDuration(Duration.ofSeconds(Math.round(seconds)));
  }

  /** A probability as a percentage with one decimal: 94.5%, 0.1%; "<0.1%" for tiny but non-zero ones. */
  static String share(double p) {
    if (p > 0 && p < 0.0005) {
      return "<0.1%";
    }
    return String.format(Locale.ROOT, "%.1f%%", p * 100);
  }

  static String num(double value) {
    double rounded = Math.round(value * 100) / 100.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0$", "");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
