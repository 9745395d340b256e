package dev.slippers.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long commands (me.tongfei:progressbar, which knows the
 * terminal's width and redraws in place), shown only when a person watches: on a terminal and
 * without {@code --quiet}. Otherwise every call does nothing, so logs and pipes get no escape codes.
 */
final class Progress implements AutoCloseable {

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * A bar counting to {@code total}, or a silent one.
   *
   * @param quiet true when the user asked for no progress
   */
  static Progress start(String task, long total, boolean quiet) {
    if (quiet || System.console() == null) {
      return new Progress(null);
    }
    return new Progress(new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(200)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build());
  }

  /** One more step done; {@code now} says what is being done next (a journey and an output). */
  void step(String now) {
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(now);
    }
  }

  /** Says what is being done without counting a step. */
  void say(String now) {
    if (bar != null) {
      bar.setExtraMessage(now);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
