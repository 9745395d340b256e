package dev.slippers.model;

import java.util.Locale;
import java.util.Optional;

/** Language of the labels that Slippers adds around the user's own text. */
public enum Language {
  EN, RU;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Language> fromCode(String code) {
    for (Language language : values()) {
      if (language.code().equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
