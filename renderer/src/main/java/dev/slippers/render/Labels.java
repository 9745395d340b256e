package dev.slippers.render;

import dev.slippers.model.Language;
import java.util.Map;

/**
 * The words Slippers writes around the user's text, in the journey's language. Keys are stable
 * identifiers; a missing translation falls back to English, then to the key itself.
 */
public final class Labels {

  private static final Map<String, String> EN = Map.ofEntries(
      Map.entry("stage", "Stage"),
      Map.entry("does", "Customer does"),
      Map.entry("thinks", "Thinks"),
      Map.entry("feels", "Feels"),
      Map.entry("pains", "Pain points"),
      Map.entry("opportunities", "Opportunities"),
      Map.entry("evidence", "Evidence"),
      Map.entry("frontstage", "Frontstage"),
      Map.entry("backstage", "Backstage"),
      Map.entry("support", "Support processes"),
      Map.entry("metrics", "Metrics"),
      Map.entry("line.interaction", "line of interaction"),
      Map.entry("line.visibility", "line of visibility"),
      Map.entry("line.internal", "line of internal interaction"),
      Map.entry("friction", "friction"),
      Map.entry("reach", "reach"),
      Map.entry("severity", "severity"),
      Map.entry("frequency", "of customers"),
      Map.entry("target", "target"),
      Map.entry("met", "met"),
      Map.entry("breached", "breached"),
      Map.entry("everyone", "Everyone"),
      Map.entry("legend.heat", "Stage heat: friction, one scale for every map"),
      Map.entry("legend.severity", "Pain severity"),
      Map.entry("legend.emotion", "Emotion: -2 very negative … +2 very positive"),
      Map.entry("legend.likely", "most likely path"),
      Map.entry("legend.curvePath", "curves follow the most likely path (%s of customers)"),
      Map.entry("legend.offPath", "stages off that path"),
      Map.entry("curve.offPath", "off the drawn path"),
      Map.entry("legend.frictionPath", "highest-friction path"),
      Map.entry("legend.share", "edge width: share of customers"),
      Map.entry("legend.loop", "loop: customers come back"),
      Map.entry("outcome", "outcome"),
      Map.entry("ranking", "Friction ranking"),
      Map.entry("bright", "Bright spots: what to keep"),
      Map.entry("bright.reached", "reached by"),
      Map.entry("graph", "Stage graph"),
      Map.entry("map", "Journey map"),
      Map.entry("persona", "Persona"),
      Map.entry("channel", "channel"),
      Map.entry("actor", "actor"),
      Map.entry("duration", "duration"),
      Map.entry("emotion", "emotion"),
      Map.entry("touchpoint", "touchpoint"),
      Map.entry("source", "source"),
      Map.entry("graph.tooLarge", "The graph has %d stages: too many to lay out in time, so it is drawn by simple layers."),
      Map.entry("graph.collapsed", "%d smaller transitions are left out; shares under %s are not labelled."),
      Map.entry("overview", "The whole journey: %d stages in flow order, coloured by friction"),
      Map.entry("overview.top", "Most friction"),
      Map.entry("zoom", "Zoom"),
      Map.entry("zoom.fit", "Fit width"),
      Map.entry("png.download", "Download PNG"),
      Map.entry("png.failed", "This browser could not draw the map as a PNG; slippers render --format png draws it."),
      Map.entry("png.smaller", "The map is too large for a PNG at twice its size here, so it was saved at %s times."),
      Map.entry("zoom.in", "Zoom in"),
      Map.entry("zoom.out", "Zoom out"),
      Map.entry("zoom.hint", "Drag or arrow keys to move; Ctrl+wheel or + and \u2212 to zoom; Tab to an item for its details, Esc to close"),
      Map.entry("table", "The map as a table: stages, touchpoints and pain points"),
      Map.entry("table.stage", "Stage"),
      Map.entry("position", "stage"),
      Map.entry("count.stages", "Stages"),
      Map.entry("count.touchpoints", "Touchpoints"),
      Map.entry("count.pains", "Pain points"),
      Map.entry("count.success", "Success"),
      Map.entry("actor.customer", "customer"),
      Map.entry("actor.staff", "staff"),
      Map.entry("actor.system", "system"),
      Map.entry("empty", "—"));

  private static final Map<String, String> RU = Map.ofEntries(
      Map.entry("stage", "Этап"),
      Map.entry("does", "Клиент делает"),
      Map.entry("thinks", "Думает"),
      Map.entry("feels", "Чувствует"),
      Map.entry("pains", "Боли"),
      Map.entry("opportunities", "Возможности"),
      Map.entry("evidence", "Свидетельства"),
      Map.entry("frontstage", "Видимые действия"),
      Map.entry("backstage", "Закулисье"),
      Map.entry("support", "Поддерживающие процессы"),
      Map.entry("metrics", "Метрики"),
      Map.entry("line.interaction", "линия взаимодействия"),
      Map.entry("line.visibility", "линия видимости"),
      Map.entry("line.internal", "линия внутреннего взаимодействия"),
      Map.entry("friction", "трение"),
      Map.entry("reach", "доходят"),
      Map.entry("severity", "серьёзность"),
      Map.entry("frequency", "клиентов"),
      Map.entry("target", "цель"),
      Map.entry("met", "достигнута"),
      Map.entry("breached", "не достигнута"),
      Map.entry("everyone", "Все"),
      Map.entry("legend.heat", "Цвет этапа: трение, одна шкала для всех карт"),
      Map.entry("legend.severity", "Серьёзность боли"),
      Map.entry("legend.emotion", "Эмоция: -2 очень плохо … +2 очень хорошо"),
      Map.entry("legend.likely", "самый вероятный путь"),
      Map.entry("legend.curvePath", "кривые идут по самому вероятному пути (%s клиентов)"),
      Map.entry("legend.offPath", "этапы вне этого пути"),
      Map.entry("curve.offPath", "вне показанного пути"),
      Map.entry("legend.frictionPath", "путь с наибольшим трением"),
      Map.entry("legend.share", "толщина стрелки: доля клиентов"),
      Map.entry("legend.loop", "цикл: клиенты возвращаются"),
      Map.entry("outcome", "исход"),
      Map.entry("ranking", "Рейтинг трения"),
      Map.entry("bright", "Светлые моменты: что сохранить"),
      Map.entry("bright.reached", "доходят"),
      Map.entry("graph", "Граф этапов"),
      Map.entry("map", "Карта пути"),
      Map.entry("persona", "Персона"),
      Map.entry("channel", "канал"),
      Map.entry("actor", "кто действует"),
      Map.entry("duration", "длительность"),
      Map.entry("emotion", "эмоция"),
      Map.entry("touchpoint", "точка контакта"),
      Map.entry("source", "источник"),
      Map.entry("graph.tooLarge", "В графе %d этапов: слишком много для раскладки, поэтому он нарисован простыми слоями."),
      Map.entry("graph.collapsed", "Не показаны мелкие переходы: %d; доли меньше %s не подписаны."),
      Map.entry("overview", "Весь путь: %d этапов по порядку, цвет — трение"),
      Map.entry("overview.top", "Больше всего трения"),
      Map.entry("zoom", "Масштаб"),
      Map.entry("zoom.fit", "По ширине"),
      Map.entry("png.download", "Скачать PNG"),
      Map.entry("png.failed", "Браузер не смог нарисовать карту в PNG; её нарисует slippers render --format png."),
      Map.entry("png.smaller", "Карта слишком велика для PNG в двойном размере, поэтому сохранена в масштабе %s."),
      Map.entry("zoom.in", "Крупнее"),
      Map.entry("zoom.out", "Мельче"),
      Map.entry("zoom.hint", "Перетаскивайте или двигайте стрелками; Ctrl+колесо или + и \u2212 меняют масштаб; Tab ведёт к элементам и их подробностям, Esc закрывает"),
      Map.entry("table", "Карта в виде таблицы: этапы, точки контакта и боли"),
      Map.entry("table.stage", "Этап"),
      Map.entry("position", "этап"),
      Map.entry("count.stages", "Этапов"),
      Map.entry("count.touchpoints", "Точек контакта"),
      Map.entry("count.pains", "Болей"),
      Map.entry("count.success", "Успех"),
      Map.entry("actor.customer", "клиент"),
      Map.entry("actor.staff", "сотрудник"),
      Map.entry("actor.system", "система"),
      Map.entry("empty", "—"));

  private final Map<String, String> words;

  private Labels(Map<String, String> words) {
    this.words = words;
  }

  public static Labels of(Language language) {
    return new Labels(language == Language.RU ? RU : EN);
  }

  public String get(String key) {
    return words.getOrDefault(key, EN.getOrDefault(key, key));
  }

  /** The display name of an actor: the translated word for customer, staff and system, else as written. */
  public String actor(String actor) {
    return switch (actor) {
      case "customer", "staff", "system" -> get("actor." + actor);
      default -> actor;
    };
  }

  /** The display name of an outcome: the translated word for success, failure and lost, else as written. */
  public String outcome(String outcome) {
    return dev.slippers.wording.OutcomeNames.of(outcome, words == RU ? Language.RU : Language.EN);
  }
}
