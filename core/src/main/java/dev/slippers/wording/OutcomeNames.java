package dev.slippers.wording;

import dev.slippers.model.Language;

/**
 * The outcomes Slippers itself names, in the journey's language: {@code success}, {@code failure}
 * and {@code lost} (customers who leave through the unassigned part of the shares). Any other
 * outcome is the journey's own word and is shown as written.
 */
public final class OutcomeNames {

  private OutcomeNames() {}

  public static String of(String outcome, Language language) {
    boolean ru = language == Language.RU;
    return switch (outcome) {
      case "success" -> ru ? "успех" : "success";
      case "failure" -> ru ? "неудача" : "failure";
      case "lost" -> ru ? "потеряны" : "lost";
      default -> outcome;
    };
  }
}
