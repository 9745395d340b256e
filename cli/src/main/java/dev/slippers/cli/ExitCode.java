package dev.slippers.cli;

/** Every exit code of the {@code slippers} command, in one place; help lists them. */
public final class ExitCode {

  /** The command did its job; a journey is valid (warnings allowed). */
  public static final int OK = 0;
  /** Problems were found in a journey, or a gate such as {@code --fail-on-regression} tripped. */
  public static final int PROBLEMS = 1;
  /** Bad usage or an input/output error: a missing file, an unwritable folder. */
  public static final int USAGE_OR_IO = 2;
  /** A bug in Slippers itself: please report it with the output of {@code --stacktrace}. */
  public static final int INTERNAL = 3;

  /** The list picocli prints under "Exit codes:" in every command's help. */
  static final String[] HELP_LIST = {
    OK + ":Success: the journeys are valid (warnings allowed) and the outputs were written.",
    PROBLEMS + ":Problems were found in a journey, or a regression gate tripped.",
    USAGE_OR_IO + ":Usage error, or a file or folder could not be read or written.",
    INTERNAL + ":Internal error in Slippers (rerun with --stacktrace and report it).",
  };

  private ExitCode() {}
}
