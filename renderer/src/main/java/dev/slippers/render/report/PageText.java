package dev.slippers.render.report;

import dev.slippers.model.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words the report and walk pages write around the journey's own text, in the journey's
 * language. Templates read them as {@code t.key}; Java code through {@link #get}. A key missing in
 * a language falls back to English, so a new label never breaks a page.
 */
public final class PageText {

  private static final String[][] WORDS = {
    // key, English, Russian
    {"walkKicker", "Slippers walk", "Slippers: прогулка по пути клиента"},
    {"back", "← Back", "← Назад"},
    {"next", "Next →", "Далее →"},
    {"findings", "Findings", "Находки"},
    {"stepOf", "Step {n} of {m}", "Шаг {n} из {m}"},
    {"progress", "Progress through the walk", "Пройдено шагов"},
    {"visit", "visit {n} of this stage", "{n}-й заход на этап"},
    {"outcome", "Outcome", "Исход"},
    {"friction", "friction", "трение"},
    {"reachedBy", "reached by", "доходят"},
    {"ofCustomers", "of customers", "клиентов"},
    {"as", "as", "глазами"},
    {"noTouchpoint", "No touchpoint at this stage.", "На этом этапе нет точек контакта."},
    {"takes", "takes", "занимает"},
    {"sees", "Sees", "Видит"},
    {"whatHurts", "What hurts here", "Что здесь болит"},
    {"severity", "severity", "серьёзность"},
    {"ofCustomersHere", "of customers here", "клиентов на этапе"},
    {"evidence", "Evidence", "Свидетельства"},
    {"whatMetrics", "What the metrics say", "Что говорят метрики"},
    {"metric", "Metric", "Метрика"},
    {"value", "Value", "Значение"},
    {"target", "Target", "Цель"},
    {"source", "Source", "Источник"},
    {"whyScores", "Why this stage scores", "Из чего складывается трение"},
    {"yourReview", "Your review", "Ваш разбор"},
    {"didHappen", "Did this happen to you?", "Это случилось с вами?"},
    {"elseHurt", "What else hurt here?", "Что ещё помешало?"},
    {"onePerLine", "(one problem per line)", "(по одной проблеме в строке)"},
    {"placeholder", "e.g. The pick-up point was closed at lunch", "например: пункт выдачи был закрыт на обед"},
    {"howBad", "How bad", "Насколько плохо"},
    {"minor", "minor", "мелочь"},
    {"critical", "critical", "критично"},
    {"howMany", "How many customers meet it", "Сколько клиентов с этим сталкиваются"},
    {"exportLead", "Each block is a pain_points: list for one stage of the journey (format 1). Paste the entries under "
        + "that stage's pain_points: and run slippers validate. Pain points you confirmed are listed as comments: add "
        + "the evidence line to their evidence:.",
        "Каждый блок — список pain_points: для одного этапа (формат 1). Вставьте записи под pain_points: этого этапа и "
        + "запустите slippers validate. Подтверждённые боли перечислены в комментариях: добавьте строку в их evidence:."},
    {"reviewer", "Reviewer", "Кто проходил"},
    {"reviewerHint", "your name or team", "имя или команда"},
    {"copy", "Copy", "Копировать"},
    {"download", "Download findings.yaml", "Скачать findings.yaml"},
    {"backToWalk", "Back to the walk", "Вернуться к прогулке"},
    {"copied", "Copied.", "Скопировано."},
    {"emotion-2", "very negative", "очень негативно"},
    {"emotion-1", "negative", "негативно"},
    {"emotion0", "neutral", "нейтрально"},
    {"emotion1", "positive", "позитивно"},
    {"emotion2", "very positive", "очень позитивно"},
    {"pathLikely", "The most likely path, taken by {p} of customers", "Самый вероятный путь: по нему идут {p} клиентов"},
    {"pathFriction", "The highest-friction path (friction {f}), taken by {p} of customers",
        "Путь с наибольшим трением ({f}): по нему идут {p} клиентов"},
    {"pathChosen", "A chosen path: {stages}", "Выбранный путь: {stages}"},
    {"kindPain", "pain", "боль"},
    {"kindEmotion", "emotion", "эмоции"},
    {"kindEffort", "effort", "усилие"},
    {"kindBreach", "missed target", "цель не достигнута"},
    {"kindSwitch", "channel switch", "смена канала"},
    {"reportTitle", "Friction report", "Отчёт о трении"},
    {"reachSuccess", "of customers reach success", "клиентов доходят до успеха"},
    {"totalFriction", "total friction (lower is better)", "общее трение (чем меньше, тем лучше)"},
    {"expectedTime", "expected time in the journey", "ожидаемое время в пути"},
    {"missingTarget", "metrics missing target", "целей по метрикам не достигнуто"},
    {"period.day", "day", "день"},
    {"period.week", "week", "неделю"},
    {"period.month", "month", "месяц"},
    {"period.quarter", "quarter", "квартал"},
    {"period.year", "year", "год"},
    {"actFirst", "Act on these first", "Что исправить в первую очередь"},
    {"actLead.value", "Pain points ranked by the money fixing them is worth: each one's share of the gain of fixing them all (Shapley values, so the shares add up), then by impact: the share of customers who meet them times their severity.",
        "Боли по деньгам, которые принесёт их исправление: доля каждой в эффекте исправления всех болей (значения Шепли, поэтому доли складываются), затем по влиянию: доля клиентов, которые с ними сталкиваются, умноженная на серьёзность."},
    {"actLead.success", "Pain points ranked by the success fixing them gains: each one's share of the gain of fixing them all (Shapley values, so the shares add up), then by impact: the share of customers who meet them times their severity.",
        "Боли по приросту успеха от их исправления: доля каждой в эффекте исправления всех болей (значения Шепли, поэтому доли складываются), затем по влиянию: доля клиентов, которые с ними сталкиваются, умноженная на серьёзность."},
    {"actLead.impact", "No pain point declares what it does to the flow (drives or causes), so fixing one changes no outcome the journey models: no figure of money or success is shown for any of them, and they are ranked by impact, the share of customers who meet them times their severity.",
        "Ни одна боль не указывает, как она меняет поток (drives или causes), поэтому исправление любой из них не меняет смоделированных исходов: ни для одной не показаны деньги или успех, а ранжированы боли по влиянию — доле клиентов, которые с ними сталкиваются, умноженной на серьёзность."},
    {"valueTitle", "What the journey is worth", "Сколько приносит путь"},
    {"valueExpected", "expected per {period}", "ожидается за {period}"},
    {"valueBest", "at best, if every customer reached {outcome}", "в лучшем случае, если бы все клиенты пришли к исходу «{outcome}»"},
    {"valueAtRisk", "value at risk (best − expected), the most any fix can gain", "под угрозой (лучшее − ожидаемое), больше не даст ни одно исправление"},
    {"valueAtRiskCard", "value at risk per {period} (best − expected)", "под угрозой за {period} (лучшее − ожидаемое)"},
    {"valueGain", "gain per {period} if every pain point were fixed", "прирост за {period}, если исправить все боли"},
    {"valueCustomers", "{customers} customers enter per {period}.", "За {period} в путь входят {customers} клиентов."},
    {"experienceCard", "experience cost per customer (lower is better)", "цена опыта на клиента (чем меньше, тем лучше)"},
    {"experienceExplained", "{finished} of net friction met by customers who finish (after {bright} of credit for bright spots) + a churn penalty of {m} for each of the {churn} of customers who fail or are lost ({cost}) = {total} per customer who enters.",
        "{finished} — чистое трение клиентов, которые доходят до конца (с учётом {bright} за светлые моменты), + штраф {m} за каждого из {churn} клиентов, которые уходят в неудачу или теряются ({cost}), = {total} на входящего клиента."},
    {"addsUpValue", "These amounts add up: the shares of all {n} pain points with a declared effect sum to {gain} per {period}, the gain of fixing them all together, and none (the largest is {largest}) is worth more than the value at risk, {risk}.",
        "Суммы сходятся: доли всех болей с указанным влиянием ({n}) в сумме дают {gain} за {period} — эффект исправления всех сразу, и ни одна (наибольшая — {largest}) не превышает суммы под угрозой, {risk}."},
    {"addsUpSuccess", "These figures add up: the success shares of all {n} pain points with a declared effect sum to {gain}, the gain of fixing them all together, and none (the largest is {largest}) exceeds the {risk} of customers who do not reach success.",
        "Цифры сходятся: доли успеха всех болей с указанным влиянием ({n}) в сумме дают {gain} — эффект исправления всех сразу, и ни одна (наибольшая — {largest}) не превышает {risk} клиентов, не доходящих до успеха."},
    {"addsUpSampled", " (Shapley values sampled over {n} orders with a fixed seed.)", " (Значения Шепли оценены по {n} случайным порядкам с фиксированным зерном.)"},
    {"worth", "worth {money} per {period} (its share of fixing every pain)", "стоит {money} за {period} (её доля в эффекте исправления всех болей)"},
    {"whatIfValue", "alone {money} per {period}{band}, success {ds}", "одна она: {money} за {period}{band}, успех {ds}"},
    {"whatIfSuccess", "alone success {ds}{band}", "одна она: успех {ds}{band}"},
    {"whatIfFriction", "friction {df} ({dp})", "трение {df} ({dp})"},
    {"whatIfExperience", "experience cost {a} → {b}", "цена опыта {a} → {b}"},
    {"brightTitle", "Bright spots: what to keep", "Светлые моменты: что сохранить"},
    {"brightLead", "Touchpoints customers feel good about. Each earns credit in the experience figure; losing one makes it worse.",
        "Точки контакта, которые радуют клиентов. Каждая уменьшает цену опыта; потерять её — значит ухудшить опыт."},
    {"touchpoint", "Touchpoint", "Точка контакта"},
    {"emotionCol", "emotion", "эмоция"},
    {"noBright", "No touchpoint with a positive emotion: nothing to keep yet.", "Нет точек контакта с позитивной эмоцией: сохранять пока нечего."},
    {"stage", "stage", "этап"},
    {"affected", "of customers affected", "клиентов затронуто"},
    {"impact", "impact", "влияние"},
    {"about", "about", "около"},
    {"ifFixed", "If fixed", "Если исправить"},
    {"ideas", "Ideas", "Идеи"},
    {"noPains", "No pain points with an impact: nothing hurts on the modelled paths.", "Нет болей с влиянием: на смоделированных путях ничего не болит."},
    {"whereEnd", "Where customers end up", "Чем заканчивается путь"},
    {"leaveAt", "Customers leave at", "Где клиенты уходят"},
    {"to", "to", "куда"},
    {"shareAll", "share of all customers", "доля всех клиентов"},
    {"noDrops", "No customer leaves for a failure or is lost.", "Никто не уходит в неудачу и не теряется."},
    {"breachesTitle", "Metrics missing their targets", "Метрики, не достигающие цели"},
    {"gap", "Gap", "Разрыв"},
    {"noBreaches", "Every metric with a target meets it.", "Все метрики с целями их достигают."},
    {"loopsTitle", "Where customers come back (repeat contacts)", "Где клиенты возвращаются (повторные обращения)"},
    {"loop", "Loop", "Петля"},
    {"comesBack", "comes back", "возвращаются"},
    {"rounds", "expected rounds", "ожидаемых кругов"},
    {"noLoops", "No loops: nobody has to come back.", "Петель нет: никому не приходится возвращаться."},
    {"switchesTitle", "Forced channel switches", "Вынужденная смена канала"},
    {"mermaidTitle", "The journey in Mermaid (the most likely path, then the stage graph)",
        "Путь в Mermaid (самый вероятный путь, затем граф этапов)"},
    {"mermaidTooLong", "The {what} in Mermaid would be {chars} characters, more than the {limit} Mermaid draws (GitHub"
        + " shows an error in its place), so it is left out; the map that slippers render draws shows it all.",
        "{what} в Mermaid здесь не показана: число знаков в ней — {chars}, больше предела в {limit}, до которого"
        + " рисует Mermaid (GitHub покажет на её месте ошибку); всю карту рисует slippers render."},
    {"mermaidPath", "journey diagram of the most likely path", "Диаграмма самого вероятного пути"},
    {"mermaidGraph", "flowchart of the stage graph", "Блок-схема графа этапов"},
    {"from", "From", "Откуда"},
    {"toCap", "To", "Куда"},
    {"customers", "customers", "клиентов"},
    {"noSwitches", "No forced channel switch on the likely paths.", "На вероятных путях канал менять не приходится."},
    {"stagesTitle", "Friction per stage", "Трение по этапам"},
    {"reachedByCol", "reached by", "доходят"},
    {"visits", "visits", "заходов"},
    {"madeOf", "made of", "из чего"},
    {"footer", "Generated by Slippers from the journey", "Создано Slippers по пути"},
    {"footerNote", "Figures are estimates from the journey's shares, severities and metrics.", "Цифры — оценки по долям, серьёзности болей и метрикам пути."},
    {"explanation", "reaches {reach} of customers x met by {freq} of them = {affected} affected; x severity {s} x pain weight {w} = impact {i}", "доходят {reach} клиентов x сталкиваются {freq} из них = {affected} затронуты; x серьёзность {s} x вес боли {w} = влияние {i}"},
    {"shortBy", "short by {gap}", "не хватает {gap}"},
    {"overBy", "over by {gap}", "превышение на {gap}"},
    {"cost", "{money} {currency} per {period}", "{money} {currency} за {period}"},
    {"none", "n/a", "н/д"},
    {"comeBackLine", "{share} come back, {rounds} expected rounds", "возвращаются {share}, ожидаемых кругов: {rounds}"},
    {"ofCustomersLine", "{share} of customers", "{share} клиентов"},
    {"mdLine", "of customers reach success · total friction", "клиентов доходят до успеха · общее трение"},
    {"mdTime", "expected time", "ожидаемое время"},
    {"pains", "Pain point", "Боль"},
    {"affectedShort", "Affected", "Затронуто"},
    {"notDeclared", "effect on the flow not declared", "действие на поток не указано"},
    {"moneyHeading", "{currency} per {period}", "{currency} за {period}"},
    {"money", "money", "деньги"},
    {"diffTitle", "Journey diff", "Сравнение путей"},
    {"diffBeforeAfter", "before → after", "было → стало"},
    {"diffFriction", "friction", "трение"},
    {"diffSuccess", "success", "успех"},
    {"diffValue", "value", "ценность"},
    {"diffExperience", "experience", "опыт"},
    {"diffPer", "per {period}", "за {period}"},
    {"diffPenalty", "(both with a churn penalty of {m})", "(оба со штрафом за уход {m})"},
    {"diffGateNote", "The gate judges value, success and experience (lower is better); friction explains where it hurts.",
        "Проверка судит по ценности, успеху и опыту (чем меньше, тем лучше); трение объясняет, где болит."},
    {"diffRegression", "REGRESSION: value per period fell, success fell or the experience worsened", "РЕГРЕССИЯ: ценность за период или успех упали, либо опыт клиентов ухудшился"},
    {"diffRegressionMd", "**Regression:** value per period fell, success fell or the experience worsened.", "**Регрессия:** ценность за период или успех упали, либо опыт клиентов ухудшился."},
    {"diffNoRegression", "no regression", "регрессии нет"},
    {"diffRegressedHead", "Regression", "Регрессия"},
    {"diffRegressedBody", "{what} got worse; slippers diff --fail-on-regression exits 1.",
        "ухудшилось: {what}; slippers diff --fail-on-regression завершится с кодом 1."},
    {"diffOkHead", "No regression", "Регрессии нет"},
    {"diffOkBody", "value, success and experience held or improved; the gate passes.",
        "ценность, успех и опыт не ухудшились; проверка проходит."},
    {"diffGate", "What the gate judges", "Что оценивает проверка"},
    {"diffFigure", "Figure", "Показатель"},
    {"diffBefore", "Before", "Было"},
    {"diffAfter", "After", "Стало"},
    {"diffChange", "Change", "Изменение"},
    {"diffJudged", "Gate", "Проверка"},
    {"diffWorse", "worse", "хуже"},
    {"diffBetter", "better", "лучше"},
    {"diffSame", "unchanged", "без изменений"},
    {"diffNotGated", "not judged, explains", "не оценивается, объясняет"},
    {"diffBeforeJourney", "Before", "Было"},
    {"diffAfterJourney", "After", "Стало"},
    {"diffOutcomeCol", "Outcome", "Исход"},
    {"diffFooter", "Generated by slippers diff. The page works offline.", "Создано командой slippers diff. Страница работает без сети."},
    {"diffNoRegressionMd", "No regression.", "Регрессии нет."},
    {"diffChanges", "Changes", "Изменения"},
    {"diffNone", "none", "нет"},
    {"diffNoStructural", "No structural change.", "Структура не изменилась."},
    {"diffStages", "Friction per stage (friction x visits)", "Трение по этапам (трение x заходы)"},
    {"diffNoChange", "no change", "без изменений"},
    {"diffNoChangeMd", "No change.", "Без изменений."},
    {"diffOutcomes", "Outcomes", "Исходы"},
    {"diffMetrics", "Metrics across their targets", "Метрики, пересёкшие цель"},
    {"diffAt", "at", "на этапе"},
    {"diffNew", "new", "новый"},
    {"diffRemoved", "removed", "удалён"},
    {"diffNowMeets", "now meets the target", "теперь достигает цели"},
    {"diffNowMisses", "now misses the target", "теперь не достигает цели"},
    {"change.added", "added", "добавлено:"},
    {"change.removed", "removed", "удалено:"},
    {"change.changed", "changed", "изменено:"},
    {"element.stage", "stage", "этап"},
    {"element.touchpoint", "touchpoint", "точка контакта"},
    {"element.pain_point", "pain point", "боль"},
    {"element.transition", "transition", "переход"},
    {"element.metric", "metric", "метрика"},
    {"band", "95%: {low} to {high}", "95%: от {low} до {high}"},
    {"bandFigure", "; the figure {point}", "; цифра {point}"},
    {"topFix", "top fix in {p} of draws", "лучшее исправление в {p} выборок"},
    {"evidenceTitle", "Evidence behind the shares", "На чём основаны доли"},
    {"evidenceAssumed", "Every share in this journey is assumed: no stage carries counts from an event log, so the "
        + "figures are as sure as the guesses behind them (slippers calibrate --write measures them).",
        "Все доли в этом пути предположены: ни один этап не несёт счётчиков из журнала событий, поэтому цифры "
        + "надёжны настолько, насколько надёжны догадки за ними (slippers calibrate --write их измерит)."},
    {"evidenceAll", "Every stage's shares are measured from an event log's counts.",
        "Доли всех этапов измерены по счётчикам журнала событий."},
    {"evidenceSome", "{m} of {k} stages have shares measured from an event log's counts; the others' are assumed "
        + "(designed, their uncertainty unknown).",
        "Этапов с долями, измеренными по счётчикам журнала событий: {m} из {k}; доли остальных предположены "
        + "(заданы при проектировании, их неопределённость неизвестна)."},
    {"evidenceDrawn", "Intervals are 95%: the 2.5th to 97.5th percentile of {n} journeys "
        + "drawn from the counts with seed {seed} (the same as slippers analyze --samples {n} --seed {seed}); each "
        + "figure itself is the journey's own, from its shares as written. A fix's \"top fix\" share counts the "
        + "draws in which fixing it alone gains the most.",
        "Интервалы 95%: от 2,5-го до 97,5-го "
        + "процентиля {n} путей, выбранных по счётчикам с зерном {seed} (как slippers analyze --samples {n} --seed "
        + "{seed}); сами цифры — цифры пути по его долям как записано. Доля «лучшее исправление» — доля выборок, "
        + "в которых исправление одной этой боли даёт больше всего."},
    {"evidenceCards", "95% intervals from {n} journeys drawn from the counts (seed {seed}); see the evidence below.",
        "95%-е интервалы по {n} путям, выбранным по счётчикам (зерно {seed}); см. «На чём основаны доли» ниже."},
    {"measured", "measured (n = {n})", "измерена (n = {n})"},
    {"assumed", "assumed", "предположена"},
    {"sharesCol", "Shares", "Доли"},
    {"evidenceMean", "The draws centre a little away from {what}: the figures come from the shares as written "
        + "(the observed shares), the draws from the counts with a uniform prior (one more customer on every exit, "
        + "which pulls few counts towards an even split), and a figure need not move in step with the shares (a fix "
        + "moves no more customers than its transition carries in a draw).",
        "Выборки сосредоточены немного в стороне от цифр ({what}): цифры берутся из долей как записано (наблюдаемых), "
        + "выборки — из счётчиков с равномерным априорным распределением (по одному клиенту на каждый выход, что тянет "
        + "малые счётчики к равному разделению), и цифра не обязана меняться вместе с долями (исправление не переводит "
        + "больше клиентов, чем несёт его переход в выборке)."},
    {"evidenceMeanItem", "{name} {point}, mean of the draws {mean}", "{name} {point}, среднее выборок {mean}"},
    {"evidenceOutside", "{name} {point} lies outside its interval ({band}).",
        "{name} {point} лежит вне своего интервала ({band})."},
    {"outsideDisagree", "The shares as written are not what the counts say (above): recalibrate (slippers calibrate "
        + "--write) or correct them.",
        "Записанные доли расходятся со счётчиками (см. выше): откалибруйте заново (slippers calibrate --write) или "
        + "исправьте их."},
    {"outsideFew", "The counts are few: the figure follows the observed shares, while the draws add one customer to "
        + "every exit (a uniform prior), which moves a share seen as 0% or 100% in a few customers away from the edge.",
        "Счётчиков мало: цифра следует наблюдаемым долям, а выборки добавляют по одному клиенту на каждый выход "
        + "(равномерное априорное распределение), что отодвигает от края долю 0% или 100%, замеченную у немногих клиентов."},
    {"evidenceDisagree", "Written shares that are not what their counts say: {list}. The figures use the written "
        + "shares, the intervals the counts.",
        "Записанные доли, которые расходятся со своими счётчиками: {list}. Цифры берут записанные доли, интервалы — "
        + "счётчики."},
    {"disagreeItem", "{from} → {to} {share} written, {k} of {n} counted", "{from} → {to}: записано {share}, насчитано {k} из {n}"},
    {"figureSuccess", "success", "успех"},
    {"figureValue", "value per {period}", "ценность за {period}"},
    {"figureFix", "fixing {id}", "исправление {id}"},
  };

  private static final Map<String, String> EN = column(1);
  private static final Map<String, String> RU = column(2);

  private PageText() {}

  private static Map<String, String> column(int index) {
    Map<String, String> words = new LinkedHashMap<>();
    for (String[] row : WORDS) {
      words.put(row[0], row[index]);
    }
    return java.util.Collections.unmodifiableMap(words);
  }

  /** Every word in this language, for a template's {@code t}. */
  public static Map<String, String> of(Language language) {
    if (language == Language.RU) {
      return RU;
    }
    return EN;
  }

  /** A period of the journey's economics in words: the known ones translated, others as written. */
  public static String period(Language language, String period) {
    String key = "period." + period.strip().toLowerCase(java.util.Locale.ROOT);
    return of(language).getOrDefault(key, period);
  }

  /** One word, with {@code {name}} placeholders filled from {@code values} (name, value, name, value...). */
  public static String get(Language language, String key, String... values) {
    String text = of(language).getOrDefault(key, EN.getOrDefault(key, key));
    for (int i = 0; i + 1 < values.length; i += 2) {
      text = text.replace("{" + values[i] + "}", values[i + 1]);
    }
    return text;
  }
}
