package dev.slippers.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The metrics Slippers knows, with their scale and good direction. Any other key is a custom
 * metric that declares its own {@code unit} and {@code better}.
 */
public enum MetricKind {
  NPS("nps", "NPS", "NPS", MetricUnit.SCORE, -100, 100, Better.HIGHER),
  CSAT("csat", "CSAT", "CSAT", MetricUnit.SCORE, 1, 5, Better.HIGHER),
  CES("ces", "CES", "CES", MetricUnit.SCORE, 1, 7, Better.LOWER),
  FCR("fcr", "FCR", "FCR", MetricUnit.PERCENT, 0, 1, Better.HIGHER),
  RESPONSE_TIME("response_time", "Response time", "Время ответа", MetricUnit.DURATION, 0, Double.MAX_VALUE, Better.LOWER),
  RESOLUTION_TIME("resolution_time", "Resolution time", "Время решения", MetricUnit.DURATION, 0, Double.MAX_VALUE, Better.LOWER),
  CONVERSION("conversion", "Conversion", "Конверсия", MetricUnit.PERCENT, 0, 1, Better.HIGHER),
  DROP_OFF("drop_off", "Drop-off", "Доля ушедших", MetricUnit.PERCENT, 0, 1, Better.LOWER),
  RETENTION("retention", "Retention", "Удержание", MetricUnit.PERCENT, 0, 1, Better.HIGHER),
  REPEAT_CONTACTS("repeat_contacts", "Repeat contacts", "Повторные обращения", MetricUnit.PERCENT, 0, 1, Better.LOWER),
  COST_PER_CONTACT("cost_per_contact", "Cost per contact", "Стоимость обращения", MetricUnit.MONEY, 0, Double.MAX_VALUE, Better.LOWER),
  COMPLAINTS("complaints", "Complaints", "Жалобы", MetricUnit.NUMBER, 0, Double.MAX_VALUE, Better.LOWER),
  CUSTOM("", "", "", MetricUnit.NUMBER, -Double.MAX_VALUE, Double.MAX_VALUE, Better.HIGHER);

  private final String key;
  private final String label;
  private final String labelRu;
  private final MetricUnit unit;
  private final double min;
  private final double max;
  private final Better better;

  MetricKind(String key, String label, String labelRu, MetricUnit unit, double min, double max, Better better) {
    this.key = key;
    this.label = label;
    this.labelRu = labelRu;
    this.unit = unit;
    this.min = min;
    this.max = max;
    this.better = better;
  }

  /** The known metric with this YAML key; empty for a custom metric. */
  public static Optional<MetricKind> known(String key) {
    return Arrays.stream(values()).filter(k -> k != CUSTOM && k.key.equals(key)).findFirst();
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The label in the language of a journey's generated text. */
  public String label(Language language) {
    return language == Language.RU ? labelRu : label;
  }

  public MetricUnit unit() {
    return unit;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  public Better better() {
    return better;
  }
}
