package dev.slippers.analysis;

import dev.slippers.model.Language;

/**
 * The short explanations the analysis writes into each {@link Contribution}, in the journey's
 * language, so that a Russian map or report does not switch to English in the middle of a sentence.
 * Plain concatenation rather than a message format: these strings are built for every term of every
 * stage, and on large journeys formatting showed up in profiles.
 */
enum Wording {
  EN {
    @Override String pain(int severity, String share) {
      return "severity " + severity + " x " + share + " of customers";
    }

    @Override String emotion(int emotion) {
      return "emotion " + emotion;
    }

    @Override String timeSpent(String duration) {
      return duration + " spent";
    }

    @Override String channelSwitch(String from, String to) {
      return "switch from " + from + " to " + to;
    }

    @Override String arrivalsSwitching(String share) {
      return share + " of arrivals change channel";
    }

    @Override String breach(String metric, String value, String target) {
      return metric + " " + value + " against target " + target;
    }
  },
  RU {
    @Override String pain(int severity, String share) {
      return "серьёзность " + severity + " x " + share + " клиентов";
    }

    @Override String emotion(int emotion) {
      return "эмоция " + emotion;
    }

    @Override String timeSpent(String duration) {
      return "затрачено " + duration;
    }

    @Override String channelSwitch(String from, String to) {
      return "смена канала: " + from + " → " + to;
    }

    @Override String arrivalsSwitching(String share) {
      return share + " пришедших меняют канал";
    }

    @Override String breach(String metric, String value, String target) {
      return metric + " " + value + " при цели " + target;
    }
  };

  static Wording of(Language language) {
    return language == Language.RU ? RU : EN;
  }

  abstract String pain(int severity, String share);

  abstract String emotion(int emotion);

  abstract String timeSpent(String duration);

  abstract String channelSwitch(String from, String to);

  abstract String arrivalsSwitching(String share);

  abstract String breach(String metric, String value, String target);
}
