package dev.slippers.cli;

import java.util.List;
import java.util.Locale;

/** The option checks both benchmarks share: repetitions, and a list of sizes within bounds. */
final class BenchChecks {

  private BenchChecks() {}

  /** {@code --repeat}: at least one repetition. */
  static void repeat(int repeat) {
    if (repeat < 1) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--repeat " + repeat + ": give 1 or more repetitions");
    }
  }

  /**
   * A comma-separated list of sizes: at least one ({@code empty} says what to give otherwise),
   * each from {@code min} to {@code max}, refused as "OPTION N: SUBJECT from MIN to MAX UNIT".
   */
  static void sizes(String option, List<? extends Number> sizes, String empty, long min, long max, String subject,
      String unit) {
    if (sizes.isEmpty()) {
      throw new UserException(ExitCode.USAGE_OR_IO, option + ": " + empty);
    }
    for (Number size : sizes) {
      if (size.longValue() < min || size.longValue() > max) {
        throw new UserException(ExitCode.USAGE_OR_IO, String.format(Locale.ROOT, "%s %d: %s from %,d to %,d %s",
            option, size.longValue(), subject, min, max, unit));
      }
    }
  }
}
