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
import dev.slippers.wording.Numerals;
import dev.slippers.wording.OutcomeNames;
import dev.slippers.wording.ShownShares;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A readable summary of an analysis for a terminal, in the journey's language (English or Russian:
 * every word Slippers adds, outcome names, decimal commas, non-breaking thousands and "п. п." in
 * Russian), money rounded for people ("12 M RUB", "12 млн RUB"): outcomes, the stages that hurt most
 * and why, paths, loops, structure, breaches, personas, the pain points worth fixing first and, when
 * fixes were asked for, what they change. Long lists are cut to {@link #LIST_LIMIT} lines with a
 * note saying how many more there are (the JSON output has them all). Lines end in {@code "\n"}.
 */
public final class AnalysisText {

  /** At most this many lines per list. */
  public static final int LIST_LIMIT = 10;

  /** The words around the numbers: key, English, Russian; {@code {name}} placeholders. */
  private static final String[][] WORDS = {
    {"journey", "Journey {id}: {title}", "Путь {id}: {title}"},
    {"outcomes", "Outcomes: ", "Исходы: "},
    {"value", "Value: {expected} per {period} of at best {best} ({risk} at risk)",
        "Ценность: {expected} за {period}, в лучшем случае {best} (под угрозой {risk})"},
    {"experience", "Experience: {cost} per entering customer (friction met by those who finish, less bright spots,"
        + " plus a churn penalty of {m} per customer who fails or is lost; lower is better)",
        "Опыт: {cost} на входящего клиента (трение тех, кто доходит до конца, за вычетом светлых моментов, плюс"
        + " штраф {m} за каждого, кто уходит в неудачу или теряется; чем меньше, тем лучше)"},
    {"duration", "Expected duration: {d}   Total friction: {f} (friction x expected visits over all stages)",
        "Ожидаемое время: {d}   Общее трение: {f} (трение x ожидаемые заходы по всем этапам)"},
    {"stages", "Stages, most friction felt first (friction x expected visits)",
        "Этапы, сначала самые трудные (трение x ожидаемые заходы)"},
    {"stage", ": friction {f}, reach {r}, visits {v}", ": трение {f}, доходят {r}, заходов {v}"},
    {"kind.pain", "pain", "боль"},
    {"kind.emotion", "emotion", "эмоции"},
    {"kind.effort", "effort", "усилие"},
    {"kind.breach", "breach", "цель"},
    {"kind.channel_switch", "channel switch", "смена канала"},
    {"likely", "Most likely paths", "Самые вероятные пути"},
    {"rough", "Highest-friction paths", "Пути с наибольшим трением"},
    {"path", "friction", "трение"},
    {"loops", "Loops", "Петли"},
    {"loop", ": comes back {p} of the time, {r} rounds per customer", ": возвращаются в {p} случаев, кругов на клиента: {r}"},
    {"unreachable", "Unreachable stages: ", "Недостижимые этапы: "},
    {"deadEnds", "Stages with no way to an outcome: ", "Этапы без пути к исходу: "},
    {"bottlenecks", "Bottlenecks", "Узкие места"},
    {"everyPath", ": on every successful path", ": на каждом успешном пути"},
    {"central", ": central", ": центральный"},
    {"betweenness", ", betweenness ", ", посредничество "},
    {"switches", "Channel switches", "Смены канала"},
    {"ofCustomers", "{p} of customers", "{p} клиентов"},
    {"breaches", "Metrics missing their targets", "Метрики, не достигающие цели"},
    {"breach", ": {v} against target {t} (gap {g})", ": {v} при цели {t} (разрыв {g})"},
    {"personas", "Personas", "Персоны"},
    {"persona", ": score {s}, {p} of touchpoints positive, lowest {l} at {tp}",
        ": оценка {s}, позитивных точек контакта {p}, минимум {l} в {tp}"},
    {"painsValue", "Pain points by value of fixing them", "Боли по ценности их исправления"},
    {"painsSuccess", "Pain points by success gained", "Боли по приросту успеха"},
    {"notDeclared", "effect on the flow not declared", "действие на поток не указано"},
    {"worth", "worth {v} per {period} (alone {a})", "стоит {v} за {period} (одна она: {a})"},
    {"successGain", "success {v} (alone {a})", "успех {v} (одна она: {a})"},
    {"pain", "; impact {i}, meets {p} of customers", "; влияние {i}, затрагивает {p} клиентов"},
    {"fixAll", "  Fixing every pain point: {v} per {period}", "  Исправить все боли: {v} за {period}"},
    {"fixAllNone", " (no pain point declares what it does to the flow)", " (ни одна боль не указывает, как она меняет поток)"},
    {"fixAllAddsUp", "; the attributions above add up to it ({method} Shapley values{sampled})",
        "; доли выше в сумме дают его ({method} значения Шепли{sampled})"},
    {"method.exact", "exact", "точные"},
    {"method.sampled", "sampled", "оценённые"},
    {"method.none", "no", "нет"},
    {"sampled", ", {n} sampled orders, standard error {e}", ", случайных порядков: {n}, стандартная ошибка {e}"},
    {"bright", "Bright spots", "Светлые моменты"},
    {"brightSpot", ": emotion +{e}, credit {c}, reached by {r}", ": эмоция +{e}, вклад {c}, доходят {r}"},
    {"none", ": none", ": нет"},
    {"more", "  ... and {n} more (--format json lists them all)", "  ... и ещё {n} (все — в --format json)"},
    {"whatIf1", "What if {fixes} is fixed:", "Если исправить {fixes}:"},
    {"whatIfN", "What if {fixes} are fixed:", "Если исправить {fixes}:"},
    {"wiOutcomes", "  Outcomes: ", "  Исходы: "},
    {"wiValue", "  Value per {period}: {a} -> {b} ({d})", "  Ценность за {period}: {a} -> {b} ({d})"},
    {"wiExperience", "  Experience: ", "  Опыт: "},
    {"wiFriction", "  Total friction: ", "  Общее трение: "},
    {"wiStage", ": friction {a} -> {b}, visits {c} -> {d}", ": трение {a} -> {b}, заходов {c} -> {d}"},
    {"wiEach", "  Each fix alone:", "  Каждое исправление по отдельности:"},
    {"wiFix", ": success {a} -> {b}, friction -{f}", ": успех {a} -> {b}, трение -{f}"},
    {"period.day", "day", "день"},
    {"period.week", "week", "неделю"},
    {"period.month", "month", "месяц"},
    {"period.quarter", "quarter", "квартал"},
    {"period.year", "year", "год"},
  };

  private final Journey journey;
  private final Language language;
  private final Map<String, Stage> stages;
  private final StringBuilder out = new StringBuilder();

  private AnalysisText(Journey journey) {
    this.journey = journey;
    this.language = journey.language();
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

  /** One phrase in the journey's language, with {@code {name}} placeholders filled (name, value, ...). */
  private String w(String key, String... values) {
    int column = language == Language.RU ? 2 : 1;
    String text = key;
    for (String[] row : WORDS) {
      if (row[0].equals(key)) {
        text = row[column];
        break;
      }
    }
    for (int i = 0; i + 1 < values.length; i += 2) {
      text = text.replace("{" + values[i] + "}", values[i + 1]);
    }
    return text;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private String period() {
    String period = journey.economics().map(e -> e.period()).orElse("");
    String key = "period." + period.strip().toLowerCase(Locale.ROOT);
    String word = w(key);
    return word.equals(key) ? period : word;
  }

  private void write(JourneyAnalysis a) {
    line(w("journey", "id", a.journeyId(), "title", journey.title()));
    a.approximation().ifPresent(x -> line(capitalised(x.reason(language)) + "."));
    line(w("outcomes") + outcomes(a.outcomes()));
    a.value().ifPresent(v -> line(w("value", "expected", MoneyText.of(v.expectedPerPeriod(), v.currency(), language),
        "period", period(), "best", MoneyText.of(v.bestPerPeriod(), v.currency(), language),
        "risk", MoneyText.of(v.atRisk(), v.currency(), language))));
    line(w("experience", "cost", num(a.experience().perCustomer()), "m", num(a.experience().churnPenalty())));
    line(w("duration", "d", duration(a.expectedDurationSeconds()), "f", num(a.totalFriction())));

    List<StageFriction> hurting = a.stages().stream().filter(s -> s.friction() > 0)
        .sorted(Comparator.comparingDouble((StageFriction s) -> -s.friction() * s.expectedVisits())).toList();
    section(w("stages"), hurting.size());
    for (StageFriction s : limit(hurting)) {
      line("  " + name(s.stageId()) + w("stage", "f", num(s.friction()), "r", share(s.reachProbability()),
          "v", num(s.expectedVisits())));
      for (Contribution c : s.contributions().subList(0, Math.min(3, s.contributions().size()))) {
        line("      " + num(c.amount()) + "  " + w("kind." + c.kind().name().toLowerCase(Locale.ROOT)) + " "
            + c.sourceId() + ": " + c.detail());
      }
    }
    more(hurting.size());

    section(w("likely"), a.paths().likely().size());
    paths(a.paths().likely());
    section(w("rough"), a.paths().friction().size());
    paths(a.paths().friction());

    section(w("loops"), a.loops().size());
    for (Loop l : limit(a.loops())) {
      line("  " + String.join(" > ", l.stages()) + " > " + l.stages().get(0)
          + w("loop", "p", share(l.returnProbability()), "r", num(l.expectedRounds())));
    }
    more(a.loops().size());

    if (!a.unreachable().isEmpty()) {
      line(w("unreachable") + String.join(", ", a.unreachable()));
    }
    if (!a.deadEnds().isEmpty()) {
      line(w("deadEnds") + String.join(", ", a.deadEnds()));
    }
    section(w("bottlenecks"), a.bottlenecks().size());
    for (Bottleneck b : limit(a.bottlenecks())) {
      line("  " + name(b.stageId()) + w(b.onEverySuccessPath() ? "everyPath" : "central") + w("betweenness")
          + num(b.betweenness()));
    }
    more(a.bottlenecks().size());

    section(w("switches"), a.channelSwitches().size());
    for (ChannelSwitch c : limit(a.channelSwitches())) {
      line("  " + c.fromTouchpoint() + " (" + c.fromChannel() + ") > " + c.toTouchpoint() + " (" + c.toChannel()
          + "): " + w("ofCustomers", "p", share(c.probability())));
    }
    more(a.channelSwitches().size());

    section(w("breaches"), a.breaches().size());
    for (Breach b : limit(a.breaches())) {
      Optional<Metric> metric = Optional.ofNullable(stages.get(b.stageId())).map(s -> s.metrics().get(b.metricKey()));
      line("  " + b.stageId() + " " + metric.map(m -> m.displayName(language)).orElse(b.metricKey())
          + w("breach", "v", value(metric, b.value()), "t", value(metric, b.target()), "g", value(metric, b.gap())));
    }
    more(a.breaches().size());

    section(w("personas"), a.personas().size());
    for (PersonaExperience p : limit(a.personas())) {
      line("  " + p.personaId() + w("persona", "s", num(p.score()), "p", share(p.positiveShare()),
          "l", String.valueOf(p.lowest()), "tp", p.lowestTouchpoint()));
    }
    more(a.personas().size());

    section(w(journey.economics().isPresent() ? "painsValue" : "painsSuccess"), a.painPoints().size());
    String currency = journey.economics().map(e -> e.currency()).orElse("");
    for (PainImpact p : limit(a.painPoints())) {
      String gain = !p.effectDeclared() ? w("notDeclared")
          : p.valueAttributed().isPresent()
              ? w("worth", "v", MoneyText.signed(p.valueAttributed().getAsDouble(), currency, language),
                  "period", period(), "a", MoneyText.signed(p.valueIfFixed().getAsDouble(), currency, language))
              : w("successGain", "v", points(p.successAttributed()), "a", points(p.successIfFixed()));
      line("  " + p.painPointId() + " (" + p.stageId() + "): " + gain
          + w("pain", "i", num(p.impact()), "p", share(p.affectedShare())));
    }
    more(a.painPoints().size());
    a.value().ifPresent(v -> {
      double total = a.painPoints().stream().mapToDouble(p -> p.valueAttributed().orElse(0)).sum();
      String sampled = a.attribution().permutations() > 0
          ? w("sampled", "n", String.valueOf(a.attribution().permutations()),
              "e", MoneyText.of(a.attribution().standardError(), currency, language))
          : "";
      line(w("fixAll", "v", MoneyText.signed(total, currency, language), "period", period())
          + (a.attribution().pains() == 0 ? w("fixAllNone")
              : w("fixAllAddsUp", "method", w("method." + a.attribution().method()), "sampled", sampled)));
    });
    section(w("bright"), a.brightSpots().size());
    for (BrightSpot b : limit(a.brightSpots())) {
      line("  " + b.touchpointId() + " (" + b.stageId() + ")" + w("brightSpot", "e", String.valueOf(b.emotion()),
          "c", num(b.credit()), "r", share(b.reachProbability())));
    }
    more(a.brightSpots().size());
  }

  /** A signed difference in percentage points with one decimal: {@code +4.2 pp}, {@code +4,2 п. п.}. */
  private String points(double delta) {
    if (language == Language.RU) {
      String text = Numerals.of(language).fixed(delta * 100, 1);
      return (delta > 0 && !text.equals("0,0") ? "+" : "") + text + "\u00a0п.\u00a0п.";
    }
    String text = String.format(Locale.ROOT, "%.1f", delta * 100);
    text = text.equals("-0.0") ? "0.0" : text;
    return (delta > 0 && !text.equals("0.0") ? "+" : "") + text + " pp";
  }

  private void write(WhatIf wi) {
    line("");
    line(w(wi.fixes().size() == 1 ? "whatIf1" : "whatIfN", "fixes", String.join(", ", wi.fixes())));
    line(w("wiOutcomes") + outcomes(wi.before().outcomes()) + "  ->  " + outcomes(wi.after().outcomes()));
    if (wi.valueBefore().isPresent()) {
      String currency = journey.economics().map(e -> e.currency()).orElse("");
      line(w("wiValue", "period", period(),
          "a", MoneyText.of(wi.valueBefore().getAsDouble(), currency, language),
          "b", MoneyText.of(wi.valueAfter().getAsDouble(), currency, language),
          "d", MoneyText.signed(wi.valueAfter().getAsDouble() - wi.valueBefore().getAsDouble(), currency, language)));
    }
    line(w("wiExperience") + num(wi.before().experience().perCustomer()) + " -> "
        + num(wi.after().experience().perCustomer()));
    line(w("wiFriction") + num(wi.before().totalFriction()) + " -> " + num(wi.after().totalFriction()));
    for (WhatIf.StageChange c : limit(wi.stages())) {
      line("  " + name(c.stageId()) + w("wiStage", "a", num(c.frictionBefore()), "b", num(c.frictionAfter()),
          "c", num(c.visitsBefore()), "d", num(c.visitsAfter())));
    }
    more(wi.stages().size());
    if (wi.fixed().size() > 1) {
      line(w("wiEach"));
      List<WhatIf.FixEffect> ranked = new ArrayList<>(wi.fixed());
      ranked.sort(Comparator.comparingDouble((WhatIf.FixEffect f) -> -(f.successAfter() - f.successBefore()))
          .thenComparingDouble(f -> -f.frictionRemoved()));
      for (WhatIf.FixEffect f : ranked) {
        line("    " + f.painPointId() + " (" + f.stageId() + ")" + w("wiFix", "a", share(f.successBefore()),
            "b", share(f.successAfter()), "f", num(f.frictionRemoved())));
      }
    }
  }

  private void paths(List<JourneyPath> paths) {
    int i = 1;
    for (JourneyPath p : paths) {
      line("  " + i++ + ". " + share(p.probability()) + "  " + String.join(" > ", p.stages()) + "  ("
          + OutcomeNames.of(p.outcome(), language) + ", " + w("path") + " " + num(p.friction()) + ")");
    }
  }

  private void section(String title, int size) {
    line(title + (size == 0 ? w("none") : ":"));
  }

  private <T> List<T> limit(List<T> items) {
    return items.subList(0, Math.min(LIST_LIMIT, items.size()));
  }

  private void more(int size) {
    if (size > LIST_LIMIT) {
      line(w("more", "n", String.valueOf(size - LIST_LIMIT)));
    }
  }

  private String name(String stageId) {
    Stage stage = stages.get(stageId);
    return stage == null || stage.name().equals(stageId) ? stageId : stageId + " \"" + stage.name() + "\"";
  }

  /** The outcomes with their shares rounded together, so that the line adds up to 100.0% as the report's does. */
  private String outcomes(Map<String, Double> outcomes) {
    Map<String, Integer> shown = ShownShares.outcomes(outcomes);
    List<String> parts = new ArrayList<>();
    outcomes.forEach((name, p) -> {
      int tenths = shown.get(name);
      // A share too small to be given a tenth still shows that someone ends there.
      parts.add(OutcomeNames.of(name, language) + " " + (p > 0 && tenths == 0 ? lessThanATenth() : share(ShownShares.share(tenths))));
    });
    return String.join(", ", parts);
  }

  private String value(Optional<Metric> metric, double value) {
    MetricUnit unit = metric.map(Metric::unit).orElse(MetricUnit.NUMBER);
    return switch (unit) {
      case PERCENT -> share(value);
      case DURATION -> duration(value);
      default -> num(value) + metric.map(m -> m.label().isEmpty() ? "" : " " + m.label()).orElse("");
    };
  }

  /** A duration: "16m1s" in English as before, "16 мин" in Russian ({@link Numerals#duration}). */
  private String duration(double seconds) {
    if (language == Language.RU) {
      return Numerals.of(language).duration(seconds);
    }
    return Quantities.formatDuration(Duration.ofSeconds(Math.round(seconds)));
  }

  /** A probability as a percentage with one decimal: 94.5%, 0.1% (94,5% in Russian); "<0.1%" for tiny ones. */
  private String share(double p) {
    return p > 0 && p < 0.0005 ? lessThanATenth() : localised(Numerals.decimal(p * 100, 1) + "%");
  }

  private String lessThanATenth() {
    return localised("<0.1%");
  }

  private String localised(String text) {
    return language == Language.RU ? text.replace('.', ',') : text;
  }

  /** At most two decimals; in Russian with a decimal comma and no-break thousands ({@link Numerals#number}). */
  private String num(double value) {
    if (language == Language.RU) {
      return Numerals.of(language).number(value);
    }
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
